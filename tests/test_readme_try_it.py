"""The README's "Try it" works as written: its sample mail, sent by its own snippet, becomes a
case that is acknowledged in business hours with the README's `acknowledgement.in_hours`, and
the acknowledgement is in the outgoing folder and on `case 1`."""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

import pytest
from running_desk import WEDNESDAY_MORNING, Clock, RunningDesk, desk_settings

from casework.models import AckState
from casework.settings import load_settings
from inquiry_desk import cli

ROOT = Path(__file__).resolve().parent.parent


def readme_snippets() -> tuple[str, str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    config = re.search(r"printf '(.*?)' > try\.toml", readme)
    mail = re.search(r"\.venv/bin/python - <<'MAIL'\n(.*?)\nMAIL\n", readme, re.S)
    assert config and mail, "the README's Try it section has changed shape"
    return config.group(1).replace("\\n", "\n"), mail.group(1)


async def test_the_readme_sample_mail_is_acknowledged_in_business_hours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config_text, send = readme_snippets()
    config = tmp_path / "try.toml"
    config.write_text(config_text + f'[desk]\ndata_dir = "{tmp_path / "var"}"\n', encoding="utf-8")
    in_hours = load_settings(config, {}).acknowledgement.in_hours
    assert in_hours
    settings = desk_settings(tmp_path / "var", acknowledgement={"in_hours": in_hours})
    async with RunningDesk(settings, Clock(WEDNESDAY_MORNING)) as desk:
        script = send.replace("2525", str(desk.port))
        sender = await asyncio.create_subprocess_exec(sys.executable, "-c", script)
        assert await sender.wait() == 0
        case = await desk.wait_for(
            lambda st: st.count_cases() == 1 and st.case(1).ack_state is not AckState.PENDING
            and st.case(1),
            what="case 1 acknowledged or not",
        )  # fmt: skip
        await desk.settled()
    assert case.ack_state is AckState.SENT, case.ack_reason
    assert not case.malformed
    assert len(list((tmp_path / "var" / "outgoing").glob("*.eml"))) == 1
    monkeypatch.delenv(cli.CONFIG_VARIABLE, raising=False)
    assert cli.main(["case", "1", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "(acknowledgement)" in out
    assert "Acknowledgement:" in out and "sent" in out
