"""The SMTP/LMTP listener over real sockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
import smtplib
import sqlite3
import ssl
import subprocess
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casework.settings import ListenerSettings
from casework.store import CaseStore, StoreRunner, open_database
from responder.listener import (
    ERR_TEMPORARY,
    GroupCommitWriter,
    InquiryHandler,
    ListenerStats,
    start_listener,
)

ADDRESSES = ("info@planetmgmt.biz", "contact@planetmgmt.biz")
MAIL = b"From: c@example.com\r\nTo: info@planetmgmt.biz\r\nSubject: hello\r\n\r\nHello desk\r\n"


class Listener:
    def __init__(
        self, db_path: Path, settings: ListenerSettings, spool_dir: Path | None = None
    ) -> None:
        self.db_path = db_path
        self.spool_dir = spool_dir
        self.store = CaseStore(open_database(db_path))
        self.runner = StoreRunner(self.store)
        self.writer = GroupCommitWriter(self.runner, timedelta(days=1))
        self.stats = ListenerStats()
        self.handler = InquiryHandler(
            ADDRESSES,
            self.writer,
            lambda: datetime.now(UTC),
            lmtp=settings.protocol == "lmtp",
            stats=self.stats,
        )
        self.settings = settings

    async def __aenter__(self) -> Listener:
        self.task = asyncio.create_task(self.writer.run())
        self.server = await start_listener(self.settings, self.handler, self.spool_dir)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.server.close()
        self.task.cancel()
        self.runner.close()

    def stored(self) -> list[tuple[bytes, str, str]]:
        # A second connection, as another process would read it: only committed data shows.
        with sqlite3.connect(self.db_path) as conn:
            return conn.execute("SELECT raw, mail_from, rcpt_tos FROM messages").fetchall()


@pytest.fixture
async def listener(tmp_path: Path) -> AsyncIterator[Listener]:
    settings = ListenerSettings(port=2525, max_message_size=64 * 1024)
    async with Listener(tmp_path / "desk.sqlite3", replace(settings, port=0)) as running:
        yield running


def smtp_session(port: int) -> smtplib.SMTP:
    client = smtplib.SMTP("127.0.0.1", port, timeout=10)
    client.ehlo("client.example.com")
    return client


async def in_thread(fn, *args):  # type: ignore[no-untyped-def]
    return await asyncio.to_thread(fn, *args)


async def test_250_means_stored_byte_for_byte(listener: Listener) -> None:
    raw = MAIL + b"..leading dot\r\n\xe6\x97\xa5\xe6\x9c\xac 8-bit\r\n"

    def send() -> tuple[int, bytes]:
        with smtp_session(listener.port) as c:
            c.mail("c@example.com", ["BODY=8BITMIME"])
            c.rcpt("INFO@PlanetMgmt.BIZ")
            return c.data(raw)

    code, reply = await in_thread(send)
    assert code == 250 and reply.startswith(b"2.0.0 Ok: stored")
    [(stored, mail_from, rcpts)] = listener.stored()
    assert stored == raw  # the dot-stuffed line comes back unstuffed, as sent by the client
    assert (mail_from, rcpts) == ("c@example.com", '["INFO@PlanetMgmt.BIZ"]')


async def test_ehlo_advertises_size_and_8bitmime(listener: Listener) -> None:
    def ehlo() -> dict[str, str]:
        with smtp_session(listener.port) as c:
            return dict(c.esmtp_features)

    features = await in_thread(ehlo)
    assert features["size"] == str(64 * 1024)
    assert "8bitmime" in features
    assert "smtputf8" not in features  # off by default: see the README's decision


async def test_unknown_recipients_get_550_at_rcpt_and_valid_ones_go_on(listener: Listener) -> None:
    def send() -> tuple[tuple[int, bytes], tuple[int, bytes], tuple[int, bytes]]:
        with smtp_session(listener.port) as c:
            c.mail("c@example.com")
            bad = c.rcpt("nobody@planetmgmt.biz")
            relay = c.rcpt("victim@elsewhere.example")
            good = c.rcpt("contact@planetmgmt.biz")
            assert good[0] == 250
            assert c.data(MAIL)[0] == 250
            return bad, relay, good

    bad, relay, _ = await in_thread(send)
    assert bad[0] == 550 and bad[1].startswith(b"5.1.1")
    assert relay[0] == 550  # never relays
    assert [r[2] for r in listener.stored()] == ['["contact@planetmgmt.biz"]']


async def test_data_without_recipients_is_503(listener: Listener) -> None:
    def send() -> int:
        with smtp_session(listener.port) as c:
            c.mail("c@example.com")
            c.rcpt("nobody@planetmgmt.biz")
            return c.docmd("DATA")[0]

    assert await in_thread(send) == 503
    assert listener.stored() == []


async def test_over_the_size_limit_is_552_and_nothing_is_stored(listener: Listener) -> None:
    big = MAIL + (b"x" * 998 + b"\r\n") * 70

    def declared() -> int:
        with smtp_session(listener.port) as c:
            return c.mail("c@example.com", [f"SIZE={len(big)}"])[0]

    def sent() -> int:
        with smtp_session(listener.port) as c:
            c.mail("c@example.com")
            c.rcpt("info@planetmgmt.biz")
            return c.data(big)[0]

    assert await in_thread(declared) == 552
    assert await in_thread(sent) == 552
    assert listener.stored() == []


async def test_retransmission_after_a_lost_250_is_not_stored_twice(listener: Listener) -> None:
    def send() -> bytes:
        with smtp_session(listener.port) as c:
            return c.sendmail("c@example.com", ["info@planetmgmt.biz"], MAIL) or b"ok"

    await in_thread(send)
    await in_thread(send)
    assert len(listener.stored()) == 1
    assert listener.stats.duplicates == 1


async def test_bare_lf_smuggling_probe_stores_one_message(listener: Listener) -> None:
    # CVE-2023-51764 style: "\n.\n" (or "\n.\r\n") must never end DATA; only CRLF.CRLF does.
    smuggled = (
        b"Subject: probe\r\n\r\nfirst\n.\nMAIL FROM:<evil@example.com>\r\n"
        b"RCPT TO:<info@planetmgmt.biz>\r\nDATA\r\nSubject: smuggled\r\n\r\nsecond\r\n"
        b"x\n.\r\nmore\r\n"
    )

    async def raw_session() -> list[bytes]:
        reader, writer = await asyncio.open_connection("127.0.0.1", listener.port)
        replies = [await reader.readline()]
        for line in (
            b"EHLO c\r\n",
            b"MAIL FROM:<c@example.com>\r\n",
            b"RCPT TO:<info@planetmgmt.biz>\r\n",
            b"DATA\r\n",
        ):
            writer.write(line)
            while True:
                reply = await reader.readline()
                replies.append(reply)
                if reply[3:4] == b" ":
                    break
        writer.write(smuggled + b".\r\n")
        replies.append(await reader.readline())
        writer.write(b"QUIT\r\n")
        replies.append(await reader.readline())
        writer.close()
        return replies

    replies = await raw_session()
    assert replies[-2].startswith(b"250 2.0.0")
    stored = listener.stored()
    assert len(stored) == 1 and b"smuggled" in stored[0][0]


async def test_internal_fault_during_data_is_451_without_details(listener: Listener) -> None:
    listener.store.db.conn.close()  # the database goes away under the listener

    def send() -> tuple[int, bytes]:
        with smtp_session(listener.port) as c:
            c.mail("c@example.com")
            c.rcpt("info@planetmgmt.biz")
            return c.data(MAIL)

    code, reply = await in_thread(send)
    assert (code, reply.decode()) == (451, ERR_TEMPORARY[4:])
    assert b"Error" not in reply and b"closed" not in reply


async def test_lmtp_replies_once_per_accepted_recipient(tmp_path: Path) -> None:
    settings = ListenerSettings(port=0, protocol="lmtp")
    async with Listener(tmp_path / "desk.sqlite3", settings) as lmtp:
        reader, writer = await asyncio.open_connection("127.0.0.1", lmtp.port)
        await reader.readline()

        async def command(line: bytes) -> list[bytes]:
            writer.write(line)
            lines = []
            while True:
                reply = await reader.readline()
                lines.append(reply)
                if reply[3:4] == b" ":
                    return lines

        assert (await command(b"LHLO postfix\r\n"))[-1].startswith(b"250")
        await command(b"MAIL FROM:<c@example.com>\r\n")
        answers = [
            (await command(b"RCPT TO:<" + rcpt + b">\r\n"))[-1][:3]
            for rcpt in (
                b"info@planetmgmt.biz",
                b"nobody@planetmgmt.biz",
                b"contact@planetmgmt.biz",
                b"INFO@planetmgmt.biz",  # a repeat: refused, so that it owes no reply
            )
        ]
        await command(b"DATA\r\n")
        writer.write(MAIL + b".\r\n")
        replies = [await reader.readline() for _ in range(2)]
        after = await command(b"QUIT\r\n")  # the next line is QUIT's: no third reply
        writer.close()
    assert answers == [b"250", b"550", b"250", b"550"]
    assert all(r.startswith(b"250 2.0.0") and r.endswith(b"\r\n") for r in replies)
    assert after[0].startswith(b"221")
    assert len(lmtp.stored()) == 1
    assert lmtp.stored()[0][2] == '["info@planetmgmt.biz", "contact@planetmgmt.biz"]'


async def test_connections_over_the_per_client_cap_get_421(tmp_path: Path) -> None:
    settings = ListenerSettings(port=0, max_connections_per_client=2)
    async with Listener(tmp_path / "desk.sqlite3", settings) as capped:
        opened = [await asyncio.open_connection("127.0.0.1", capped.port) for _ in range(3)]
        greetings = [await reader.readline() for reader, _ in opened]
        assert [g[:3] for g in greetings] == [b"220", b"220", b"421"]
        for _, writer in opened[:2]:
            writer.close()
        await asyncio.sleep(0.1)
        reader, writer = await asyncio.open_connection("127.0.0.1", capped.port)
        assert (await reader.readline()).startswith(b"220")  # freed places are reused
        writer.close()
    assert capped.stats.refused_connections == 1


async def test_an_idle_client_is_dropped(tmp_path: Path) -> None:
    settings = ListenerSettings(port=0, idle_timeout=0.3)
    async with Listener(tmp_path / "desk.sqlite3", settings) as idle:
        reader, writer = await asyncio.open_connection("127.0.0.1", idle.port)
        await reader.readline()
        assert await asyncio.wait_for(reader.read(), 5) == b""  # closed by the server
        writer.close()


def _self_signed(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


async def test_starttls_when_a_certificate_is_configured(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    settings = ListenerSettings(port=0, tls_cert=cert, tls_key=key)
    async with Listener(tmp_path / "desk.sqlite3", settings) as tls:

        def send() -> tuple[bool, int]:
            context = ssl.create_default_context(cafile=str(cert))
            context.check_hostname = False
            with smtp_session(tls.port) as c:
                offered = c.has_extn("starttls")
                c.starttls(context=context)
                c.ehlo("client")
                c.mail("c@example.com")
                c.rcpt("info@planetmgmt.biz")
                return offered, c.data(MAIL)[0]

        assert await in_thread(send) == (True, 250)
        with sqlite3.connect(tls.db_path) as conn:
            assert conn.execute("SELECT tls FROM messages").fetchone() == (1,)
