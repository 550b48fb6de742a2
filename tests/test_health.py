"""`/healthz` and `/metrics` over HTTP on loopback, from a desk that has seen some mail."""

from __future__ import annotations

import platform
import re
import time
from pathlib import Path

import aiohttp
import aiosmtplib
import pytest
from desk_process import free_port
from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings, make_mail

import inquiry_desk
from inquiry_desk.health import Sample, render


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in the Prometheus text format."""
    want = name + ("{" + ",".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}"
                   if labels else "")  # fmt: skip
    for line in text.splitlines():
        if line.startswith(want + " "):
            return float(line.rsplit(" ", 1)[1])
    raise AssertionError(f"no sample {want} in:\n{text}")


def test_metric_values_are_written_in_full() -> None:
    samples: list[Sample] = [("start", {}, 1796255430.6892264), ("total", {}, 1234567)]
    text = render([("start", "gauge", "h", samples)])
    assert abs(sample(text, "start") - 1796255430.6892264) < 0.01
    assert sample(text, "total") == 1234567


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
    # Two intakes read their mail on the read connection (the acknowledgement reads nothing:
    # its job names its case).
    assert sample(text, "inquiry_desk_store_reads_total") >= 2
    assert sample(text, "inquiry_desk_outbox_held_seconds_total") >= 0
    assert sample(text, "inquiry_desk_outbox_hold_pause_seconds") >= 0
    assert sample(text, "inquiry_desk_store_commits_total") >= 2


async def test_metrics_of_an_idle_desk_have_every_series_at_zero_and_the_process(
    tmp_path: Path,
) -> None:
    port = free_port()
    settings = desk_settings(tmp_path / "var", http={"port": port})
    async with (
        RunningDesk(settings, Clock(SATURDAY_NIGHT)),
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{port}/metrics") as reply,
    ):
        text = await reply.text()
    # The outbox is empty: its series are there, at 0, for every kind this desk works.
    for kind in ("intake", "acknowledge", "reply"):
        for state in ("pending", "running", "failed"):
            assert sample(text, "inquiry_desk_outbox_rows", kind=kind, state=state) == 0
            assert (
                sample(text, "inquiry_desk_outbox_oldest_age_seconds", kind=kind, state=state) == 0
            )
        assert sample(text, "inquiry_desk_outbox_errors_total", kind=kind) == 0
    assert 'kind="slack_post"' not in text  # no Slack configured, no Slack series
    version = inquiry_desk.__version__
    python = platform.python_version()
    assert sample(text, "inquiry_desk_build_info", python=python, version=version) == 1
    assert sample(text, "process_cpu_seconds_total") > 0
    assert 0 < sample(text, "process_start_time_seconds") <= time.time()
    assert sample(text, "process_resident_memory_bytes") > 1_000_000
    assert sample(text, "process_open_fds") > 0
    assert "# TYPE process_cpu_seconds_total counter" in text


def test_every_metrics_series_is_in_the_monitoring_table() -> None:
    # docs/deploy.md, "Monitoring", is where an administrator looks a series up.
    root = Path(__file__).resolve().parent.parent
    source = (root / "inquiry_desk" / "health.py").read_text(encoding="utf-8")
    names = set(re.findall(r'_family\(\s*"([a-z_]+)"', source))
    table = (root / "docs" / "deploy.md").read_text(encoding="utf-8")
    assert names and {n for n in names if f"`inquiry_desk_{n}`" not in table} == set()
