"""Attacks at the desk's edges, each reproduced over real sockets: the Slack HTTP endpoint fed
hostile requests, and the SMTP/LMTP listener fed hostile envelopes.

Each test here failed on the code before its fix (see the commit that added it).
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest
from desk_process import DeskProcess, free_port
from fakeslack import FakeSlack
from slack_signing import SECRET, post_signed, slack_desk, slash_command_body
from test_faults_slack import slack_env, start

CHANNEL = "C0CASES"
ONE_MIB = 1024 * 1024
# A line as the desk writes it: an RFC 3339 time with its zone, then key=value pairs.
LOG_LINE = re.compile(
    r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d level=[A-Z]+ logger=\S+ msg="'
)


async def smtp_banner(port: int) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        return await reader.readline()
    finally:
        writer.close()


def hostile_body() -> bytes:
    """A megabyte with no "@" (the worst case for the old address masking) and lines that
    imitate the desk's own log lines."""
    forged = b'\n2026-11-28T23:05:00.000+09:00 level=ERROR logger=FORGED-7Q msg="OWNED-7Q"\r\n'
    filler = b"a" * (ONE_MIB - 2 * len(forged) - 16)
    return b"token=x&text=" + forged + filler + forged


async def test_an_unsigned_megabyte_to_slack_events_is_refused_without_freezing_or_logging(
    tmp_path: Path, fake: FakeSlack
) -> None:
    slack_port = free_port()
    sections: dict[str, dict[str, Any]] = {
        "acknowledgement": {"enabled": False},
        "slack": {"channel": CHANNEL, "http_port": slack_port, "post_interval": 0.0},
    }
    desk = await start(DeskProcess(tmp_path, sections, slack_env(fake)))
    try:
        body = hostile_body()
        reader, writer = await asyncio.open_connection("127.0.0.1", slack_port)
        head = (
            "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"X-Slack-Request-Timestamp: 1700000000\r\nX-Slack-Signature: v0=00\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        writer.write(head.encode() + body[:-1])
        await writer.drain()
        # The SMTP greeting comes while the request is still arriving...
        assert (await asyncio.wait_for(smtp_banner(desk.port), 60)).startswith(b"220 ")
        writer.write(body[-1:])
        await writer.drain()
        # ...and while the desk handles it: the answer has not been read yet.
        assert (await asyncio.wait_for(smtp_banner(desk.port), 60)).startswith(b"220 ")
        status = await asyncio.wait_for(reader.readline(), 60)
        writer.close()
        assert status.split()[1] == b"401"
        assert (await asyncio.wait_for(smtp_banner(desk.port), 60)).startswith(b"220 ")
    finally:
        desk.stop()
    log = desk.log.read_text(encoding="utf-8")
    assert "FORGED-7Q" not in log and "OWNED-7Q" not in log
    assert "a" * 64 not in log, "the request body reached the log"
    lines = log.splitlines()
    assert lines and all(LOG_LINE.match(line) for line in lines), log[-2000:]


@pytest.mark.parametrize("timestamp", ["17e8", "1700000000.5", "", "x" * 40, "+1700000000"])
async def test_a_timestamp_that_is_not_a_number_gets_401_not_500(
    fresh_store: Any, fake: FakeSlack, timestamp: str
) -> None:
    async with slack_desk(fresh_store, fake) as desk:
        body = slash_command_body(text="", response_url=fake.response_url())
        status, text = await post_signed(
            desk.url, body, SECRET, extra_headers={"X-Slack-Request-Timestamp": timestamp}
        )
    assert status == 401, text
    assert "Traceback" not in text
