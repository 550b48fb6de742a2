"""The listener's own fast paths must give exactly what aiosmtpd's slow ones give."""

from __future__ import annotations

import asyncio

import pytest
from aiosmtpd.smtp import SMTP
from hypothesis import given, settings
from hypothesis import strategies as st

from responder.session import LimitedSMTP, read_data


async def read(data: bytes, limit: int | None = None, chunk: int = 7) -> bytes | None:
    """Feed `data` to a real StreamReader in small chunks, as a socket would."""
    reader = asyncio.StreamReader(limit=64)
    for start in range(0, len(data), chunk):
        reader.feed_data(data[start : start + chunk])
    reader.feed_eof()
    return await read_data(reader, limit)


@pytest.mark.parametrize(
    ("wire", "content"),
    [
        (b".\r\n", b""),  # an empty message
        (b"\r\n.\r\n", b"\r\n"),  # one empty line
        (b"Subject: x\r\n\r\nbody\r\n.\r\n", b"Subject: x\r\n\r\nbody\r\n"),
        (b"..leading dot\r\n.\r\n", b".leading dot\r\n"),  # dot-stuffing (RFC 5321 §4.5.2)
        (b"a\r\n..\r\n...x\r\n.\r\n", b"a\r\n.\r\n..x\r\n"),
        # Bare-LF end-of-data probes (SMTP smuggling): none of them ends the data.
        (b"a\n.\nMAIL FROM:<x@y>\r\n.\r\n", b"a\n.\nMAIL FROM:<x@y>\r\n"),
        (b"a\r\n.\nb\r\n.\r\n", b"a\r\n\nb\r\n"),  # unstuffed as aiosmtpd does
        (b"a\n.\r\nb\r\n.\r\n", b"a\n.\r\nb\r\n"),
        (b"x.\r\ny\r\n.\r\n", b"x.\r\ny\r\n"),  # ".\r\n" at the end of a line is data
    ],
)
async def test_read_data_ends_only_at_crlf_dot_crlf_and_unstuffs(
    wire: bytes, content: bytes
) -> None:
    for chunk in (1, 3, 64, 4096):
        assert await read(wire + b"QUIT\r\n", chunk=chunk) == content


async def test_read_data_leaves_the_next_command_unread() -> None:
    reader = asyncio.StreamReader()
    reader.feed_data(b"body\r\n.\r\nQUIT\r\n")
    assert await read_data(reader, None) == b"body\r\n"
    assert await reader.readline() == b"QUIT\r\n"


async def test_read_data_over_the_limit_reads_to_the_end_then_says_none() -> None:
    body = b"x" * 1000 + b"\r\n"
    assert await read(body * 50 + b".\r\nQUIT\r\n", limit=10_000) is None
    assert await read(body * 5 + b".\r\n", limit=10_000) == body * 5


async def test_read_data_with_a_long_line_without_terminator() -> None:
    line = b"y" * 5000 + b"\r\n"
    assert await read(line + b".\r\n", chunk=100) == line


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))))
async def test_read_data_round_trips_any_dot_stuffed_lines(lines: list[bytes]) -> None:
    content = b"".join(line + b"\r\n" for line in lines)
    stuffed = b"".join((b"." + line if line.startswith(b".") else line) + b"\r\n" for line in lines)
    assert await read(stuffed + b".\r\n") == content


PATHS = [
    "<taro@example.jp>",
    "<taro.yamada+tag@mail.example.co.jp> SIZE=1000",
    "<a@b.c> BODY=8BITMIME",
    "<>",
    '<"quoted local"@example.jp>',
    "<@relay.example:taro@example.jp>",
    "<taro@[127.0.0.1]>",
    "taro@example.jp",
    "<taro@example..jp>",
    "<taro@-bad.example>",
    "<taro@example.jp",
    "<ta ro@example.jp>",
    "<a@b.c> (a comment) SIZE=10",
    "<a@b.c>\tSIZE=10  BODY=7BIT",
]


@pytest.mark.parametrize("arg", PATHS)
async def test_the_fast_address_path_agrees_with_aiosmtpd(arg: str) -> None:
    class Nothing:
        pass

    fast = LimitedSMTP(Nothing())
    slow = SMTP(Nothing())
    assert fast._getaddr(arg) == slow._getaddr(arg)


async def test_intake_waits_while_mail_floods_in_and_not_longer() -> None:
    import time

    from responder.listener import FLOOD_MESSAGES, ListenerStats

    stats = ListenerStats()
    assert not stats.flooded()
    now = time.monotonic()
    stats.recent.extend([now] * FLOOD_MESSAGES)
    assert stats.flooded()
    # The flood "lasts" (the timestamps are never renewed) as long as the wait: it is bounded.
    stats.recent.clear()
    stats.recent.extend([time.monotonic() + 60] * FLOOD_MESSAGES)
    assert await stats.until_calm(longest=0.3) == pytest.approx(0.3, abs=0.06)
    stats.recent.clear()
    stats.recent.extend([now - 5] * FLOOD_MESSAGES)  # a burst long past
    assert not stats.flooded()
