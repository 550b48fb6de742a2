"""`/healthz` and `/metrics` over HTTP on loopback, from a desk that has seen some mail."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import aiosmtplib
import pytest
from desk_process import free_port
from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings, make_mail


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in the Prometheus text format."""
    want = name + ("{" + ",".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}"
                   if labels else "")  # fmt: skip
    for line in text.splitlines():
        if line.startswith(want + " "):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"no sample {want} in:\n{text}")


async def test_health_and_metrics(tmp_path: Path) -> None:
    port = free_port()
    settings = desk_settings(tmp_path / "var", http={"port": port})
    async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(), mail_from="taro@example.jp")
        await desk.send(make_mail(message_id="<2@example.jp>"), mail_from="MAILER-DAEMON@x.jp")
        with pytest.raises(aiosmtplib.SMTPRecipientRefused):
            await desk.send(make_mail(), mail_from="taro@example.jp", to=("nobody@example.jp",))
        await desk.wait_for(lambda st: st.count_cases() == 2)
        await desk.settled()
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/healthz") as reply:
                assert reply.status == 200
                assert (await reply.json())["status"] == "ok"
            async with http.get(f"http://127.0.0.1:{port}/metrics") as reply:
                assert reply.status == 200
                assert reply.content_type == "text/plain"
                text = await reply.text()
    assert sample(text, "inquiry_desk_mail_received_total") == 2
    assert sample(text, "inquiry_desk_mail_refused_total", reason="unknown_recipient") == 1
    # The file transport took the first acknowledgement; the second sender is a machine.
    assert sample(text, "inquiry_desk_cases_by_acknowledgement", state="sent", reason="") == 1
    suppressed = sample(
        text, "inquiry_desk_cases_by_acknowledgement", state="suppressed", reason="system-sender"
    )
    assert suppressed == 1
    assert "# TYPE inquiry_desk_outbox_rows gauge" in text
    assert "taro@example.jp" not in text  # no customer address in metrics
