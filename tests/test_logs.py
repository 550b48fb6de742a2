"""Logs mask customer addresses, never carry message bodies, and write one bounded line per
record."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from pathlib import Path

import pytest
from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings, make_mail

from inquiry_desk.logs import MAX_MESSAGE, DeskFormatter, mask_addresses


def test_mask_addresses_keeps_the_desks_own() -> None:
    text = "mail from taro.yamada@example.jp to info@planetmgmt.biz"
    masked = mask_addresses(text, frozenset({"info@planetmgmt.biz"}))
    assert masked == "mail from t***@example.jp to info@planetmgmt.biz"


async def test_a_whole_intake_logs_no_address_and_no_body(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    body = "秘密の相談内容です。個人情報の開示をお願いします。"
    async with RunningDesk(desk_settings(tmp_path / "var"), Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(body=body), mail_from="hanako.suzuki@example.jp")
        await desk.wait_for(lambda st: st.count_cases() == 1)
        await desk.settled()
    formatter = DeskFormatter()
    lines = [formatter.format(r) for r in caplog.records]
    assert lines, "the desk logged nothing"
    assert not any("hanako.suzuki@example.jp" in line for line in lines)
    assert not any("秘密の相談" in line for line in lines)


def record(message: str, *args: object, exc: bool = False) -> logging.LogRecord:
    info = None
    if exc:
        try:
            raise ValueError("bad\nvalue\x1b[2J")
        except ValueError:
            import sys

            info = sys.exc_info()
    return logging.LogRecord("bot", logging.ERROR, __file__, 1, message, args, info)


def test_every_record_is_one_line_whatever_it_carries() -> None:
    hostile = "a\nb\r\nc\x00d\x1b[31me\x7ff\x85g\u2028h\u2029i\tj"
    for fmt in ("text", "json"):
        formatter = DeskFormatter(fmt)
        for rec in (record("got %s", hostile), record(hostile, exc=True)):
            line = formatter.format(rec)
            assert len(line.splitlines()) == 1, line
            assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in line), line
            assert "\u2028" not in line and "\u2029" not in line


def test_text_lines_quote_the_message_and_carry_the_zone() -> None:
    line = DeskFormatter("text").format(record('said "hi" \\ to taro@example.jp'))
    when, _, rest = line.partition(" ")
    assert datetime.fromisoformat(when).tzinfo is not None
    assert rest == r'level=ERROR logger=bot msg="said \"hi\" \\ to t***@example.jp"'


def test_json_lines_are_one_object_each_with_the_traceback_folded_in() -> None:
    line = DeskFormatter("json").format(record("failed for %s", "taro@example.jp", exc=True))
    fields = json.loads(line)
    assert fields["level"] == "ERROR" and fields["logger"] == "bot"
    assert fields["msg"] == "failed for t***@example.jp"
    assert fields["exc"].startswith("Traceback") and "ValueError: bad\nvalue" in fields["exc"]
    assert datetime.fromisoformat(fields["time"]).tzinfo is not None


def test_a_huge_message_is_capped_and_masking_still_holds_at_the_cut() -> None:
    formatter = DeskFormatter("text")
    line = formatter.format(record("x" * (MAX_MESSAGE - 5) + " taro.yamada@example.jp" * 3))
    assert "more characters]" in line
    assert "taro" not in line and "yamada" not in line  # no part of a cut address
    assert len(line) < MAX_MESSAGE + 200
    line = formatter.format(record("b" * 2_000_000))
    assert len(line) < MAX_MESSAGE + 200


def test_masking_a_megabyte_without_any_at_sign_is_one_pass() -> None:
    # The old expression retried from every letter of the run: hours for this input.
    text = "a" * 1_000_000 + " taro@example.jp"
    assert mask_addresses(text) == "a" * 1_000_000 + " t***@example.jp"
    assert mask_addresses("@" * 100_000) == "@" * 100_000
    assert mask_addresses("a@b@c x@ @y") == "a***@b@c x@ @y"


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        DeskFormatter("xml")


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_running_desk_writes_its_log_in_the_configured_format(tmp_path: Path, fmt: str) -> None:
    from desk_process import DeskProcess

    desk = DeskProcess(tmp_path, {"logging": {"format": fmt}}).start()
    assert desk.stop() == 0
    lines = desk.log.read_text(encoding="utf-8").splitlines()
    assert any("listening on" in line for line in lines)
    for line in lines:
        if fmt == "json":
            fields = json.loads(line)
            assert {"time", "level", "logger", "msg"} <= set(fields)
            assert datetime.fromisoformat(fields["time"]).tzinfo is not None
        else:
            assert re.match(r"^\S+ level=[A-Z]+ logger=\S+ msg=\".*\"$", line), line
            assert datetime.fromisoformat(line.split(" ")[0]).tzinfo is not None
