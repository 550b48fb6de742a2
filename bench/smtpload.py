"""A small SMTP load generator: N persistent connections, each sending its share of messages.

Measures, per message, the time from writing the final "." of DATA to reading the reply.
Used by bench/ingest.py and the load and fault scripts; it speaks plain SMTP over asyncio
streams so that the client costs as little as possible.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field


@dataclass
class LoadResult:
    sent: int = 0
    failed: int = 0
    replies: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        return self.sent / self.elapsed if self.elapsed else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def make_message(n: int, size: int = 2048, sender: str = "customer") -> bytes:
    head = (
        f"From: Customer {n} <{sender}{n}@example.com>\r\n"
        f"To: info@planetmgmt.biz\r\n"
        f"Subject: Inquiry number {n} about my personal information\r\n"
        f"Message-ID: <load-{n}-{time.time_ns()}@example.com>\r\n"
        f"Date: Wed, 25 Nov 2026 12:00:00 +0900\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode()
    line = b"Could you tell me how my personal information is used? " * 2
    body = b""
    while len(head) + len(body) < size:
        body += line[:76] + b"\r\n"
    return head + body


async def _command(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, line: bytes
) -> bytes:
    writer.write(line)
    while True:
        reply = await reader.readline()
        if not reply:
            raise ConnectionError("server closed the connection")
        if reply[3:4] != b"-":
            return reply


async def _connection(
    host: str,
    port: int,
    messages: list[tuple[str, bytes]],
    result: LoadResult,
    lmtp: bool,
    rcpt: str,
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        await reader.readline()
        await _command(reader, writer, (b"LHLO" if lmtp else b"EHLO") + b" load.example\r\n")
        await _transactions(reader, writer, messages, result, rcpt)
        await _command(reader, writer, b"QUIT\r\n")
    finally:
        writer.close()


async def _connection_each(
    host: str,
    port: int,
    messages: list[tuple[str, bytes]],
    result: LoadResult,
    lmtp: bool,
    rcpt: str,
) -> None:
    """A new connection for every message, as mail arrives from the internet."""
    for message in messages:
        await _connection(host, port, [message], result, lmtp, rcpt)


async def _transactions(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    messages: list[tuple[str, bytes]],
    result: LoadResult,
    rcpt: str,
) -> None:
    for mail_from, raw in messages:
        await _command(reader, writer, f"MAIL FROM:<{mail_from}>\r\n".encode())
        await _command(reader, writer, f"RCPT TO:<{rcpt}>\r\n".encode())
        await _command(reader, writer, b"DATA\r\n")
        stuffed = raw.replace(b"\r\n.", b"\r\n..")
        writer.write(stuffed)
        started = time.perf_counter()
        reply = await _command(reader, writer, b".\r\n")
        result.latencies.append(time.perf_counter() - started)
        code = reply[:3].decode()
        result.replies[code] = result.replies.get(code, 0) + 1
        if code == "250":
            result.sent += 1
        else:
            result.failed += 1


async def run_load(
    host: str,
    port: int,
    messages: list[bytes],
    connections: int = 20,
    lmtp: bool = False,
    rcpt: str = "info@planetmgmt.biz",
    sender: str = "c",
    new_connection_per_message: bool = False,
) -> LoadResult:
    """Send `messages` over `connections` at once; message n comes from <{sender}{n}@...>,
    so every message has its own envelope sender (and its own acknowledgement, if due)."""
    result = LoadResult()
    envelopes = [(f"{sender}{n}@example.com", raw) for n, raw in enumerate(messages)]
    shares = [envelopes[i::connections] for i in range(connections)]
    started = time.perf_counter()
    one = _connection_each if new_connection_per_message else _connection
    outcomes = await asyncio.gather(
        *(one(host, port, share, result, lmtp, rcpt) for share in shares if share),
        return_exceptions=True,
    )
    result.elapsed = time.perf_counter() - started
    result.failed += sum(1 for o in outcomes if isinstance(o, BaseException))
    return result


async def wait_for_port(host: str, port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            reader, writer = await asyncio.open_connection(host, port)
            await reader.readline()
            writer.close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.1)
