"""The listener's own fast paths must give exactly what aiosmtpd's slow ones give."""

from __future__ import annotations

import asyncio
import socket
from datetime import datetime

import pytest
from aiosmtpd.smtp import SMTP
from hypothesis import given, settings
from hypothesis import strategies as st

from casework.settings import ListenerSettings
from responder.listener import InquiryHandler, session_factory
from responder.session import ConnectionLimits, LimitedSMTP, read_data


async def read(data: bytes, limit: int | None = None, chunk: int = 7) -> bytes | None:
    """Feed `data` to a real StreamReader in small chunks, as a socket would."""
    reader = asyncio.StreamReader(limit=64)
    for start in range(0, len(data), chunk):
        reader.feed_data(data[start : start + chunk])
    reader.feed_eof()
    return await read_all(reader, limit)


async def read_all(reader: asyncio.StreamReader, limit: int | None) -> bytes | None:
    """What `read_data` hands on, joined; None when it says the data is over the limit."""
    pieces: list[bytes] = []
    return b"".join(pieces) if await read_data(reader, limit, pieces.append) else None


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
    assert await read_all(reader, None) == b"body\r\n"
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


class RecordingTransport(asyncio.Transport):
    """asyncio's transport interface, keeping each write apart (a socket would merge them)."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.writes.append(bytes(data))

    def get_extra_info(self, name: str, default: object = None) -> object:
        return {"peername": ("127.0.0.1", 40000), "sockname": ("127.0.0.1", 2525)}.get(
            name, default
        )

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True


def desk_session(settings: ListenerSettings | None = None) -> LimitedSMTP:
    handler = InquiryHandler(("info@planetmgmt.biz",), None, datetime.now, lmtp=False)  # type: ignore[arg-type]
    make = session_factory(settings or ListenerSettings(), handler, ConnectionLimits(10, 10))
    session = make()
    assert isinstance(session, LimitedSMTP)
    return session


async def test_a_multiline_reply_goes_out_in_one_write() -> None:
    session = desk_session()
    transport = RecordingTransport()
    session.connection_made(transport)
    await asyncio.sleep(0)  # the banner
    session.data_received(b"EHLO client.example\r\n")
    for _ in range(100):
        if transport.writes and transport.writes[-1].startswith((b"250 ", b"250-")):
            break
        await asyncio.sleep(0)
    banner, *rest = transport.writes
    assert banner.startswith(b"220 ")
    assert len(rest) == 1, rest  # not one write per line
    lines = rest[0].split(b"\r\n")
    assert lines[0].startswith(b"250-") and lines[-2] == b"250 HELP" and lines[-1] == b""
    assert b"250-8BITMIME" in lines and all(line[:4] == b"250-" for line in lines[:-2])
    session.connection_lost(None)


async def test_sessions_have_the_same_command_tables_as_aiosmtpd() -> None:
    class Nothing:
        pass

    ours = desk_session()
    plain = SMTP(Nothing())
    assert set(ours._smtp_methods) == set(plain._smtp_methods)
    assert set(ours._auth_methods) == set(plain._auth_methods)
    assert set(ours._handle_hooks) == {"RCPT", "DATA", "exception"}


async def test_the_host_name_is_looked_up_once_not_per_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looked_up: list[str] = []

    def getfqdn(name: str = "") -> str:
        looked_up.append(name)
        return "desk.example"

    monkeypatch.setattr(socket, "getfqdn", getfqdn)
    handler = InquiryHandler(("info@planetmgmt.biz",), None, datetime.now, lmtp=False)  # type: ignore[arg-type]
    make = session_factory(ListenerSettings(), handler, ConnectionLimits(10, 10))
    sessions = [make() for _ in range(3)]
    assert len(looked_up) == 1
    assert {s.hostname for s in sessions} == {"desk.example"}
    named = session_factory(
        ListenerSettings(hostname="mx.example"), handler, ConnectionLimits(1, 1)
    )
    assert named().hostname == "mx.example" and len(looked_up) == 1
