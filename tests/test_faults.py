"""Faults against the desk started as a subprocess: the database becoming unwritable,
and the relay refusing connections, then coming back."""

from __future__ import annotations

import asyncio
import smtplib
import sqlite3
from pathlib import Path

import pytest
from desk_process import DeskProcess
from relay import RecordingRelay


def mail(n: int, sender: str = "taro@example.jp") -> bytes:
    return (
        f"From: {sender}\r\nTo: info@planetmgmt.biz\r\nSubject: fault {n}\r\n"
        f"Message-ID: <fault{n}@example.jp>\r\n\r\nHow do you use my personal information?\r\n"
    ).encode()


def send(port: int, n: int, sender: str = "taro@example.jp") -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.sendmail(sender, ["info@planetmgmt.biz"], mail(n, sender))


def test_an_unwritable_database_gives_451_and_intake_recovers_by_itself(tmp_path: Path) -> None:
    desk = DeskProcess(tmp_path, {"desk": {"busy_timeout": 1.0}}).start()
    try:
        send(desk.port, 1)
        desk.wait_until("SELECT COUNT(*) FROM cases", 1)
        # Another process takes the write lock and keeps it: every write of the desk fails.
        blocker = sqlite3.connect(desk.database, timeout=5, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        with pytest.raises(smtplib.SMTPDataError) as refused:
            send(desk.port, 2)
        assert refused.value.smtp_code == 451  # temporary: the sending MTA will retry
        assert b"Traceback" not in refused.value.smtp_error
        blocker.execute("ROLLBACK")
        blocker.close()
        # Nothing half-stored: the refused mail is not in the database. (Compared in Python:
        # SQLite's LIKE never matches a BLOB, so a LIKE here could not fail.)
        stored = [
            bytes(r) for (r,) in desk.query("SELECT raw FROM messages WHERE direction = 'in'")
        ]
        assert len(stored) == 1 and b"fault1@" in stored[0]
        assert not any(b"fault2@" in raw for raw in stored)
        send(desk.port, 2)  # the MTA's retry, once the database is writable again
        send(desk.port, 3)
        desk.wait_until("SELECT COUNT(*) FROM cases", 3)
        assert desk.process is not None and desk.process.poll() is None  # still up
    finally:
        desk.stop()


async def test_relay_refusing_then_accepting_sends_each_acknowledgement_once(
    tmp_path: Path,
) -> None:
    async with RecordingRelay() as relay:
        await relay.refuse_connections()
        desk = DeskProcess(
            tmp_path,
            {
                "acknowledgement": {"in_hours": True},
                "mail": {"relay_url": f"smtp://127.0.0.1:{relay.port}"},
                "outbox": {"base_delay": 0.2, "max_delay": 1.0, "max_attempts": 30},
            },
        )
        desk.start(wait=False)
        await asyncio.to_thread(desk.wait_listening)
        try:
            senders = [f"customer{n}@example.jp" for n in range(5)]
            for n, sender in enumerate(senders):
                await asyncio.to_thread(send, desk.port, n, sender)
            # Attempts fail while the relay is away; nobody is marked as answered.
            await asyncio.to_thread(
                desk.wait_until,
                "SELECT COUNT(*) > 0 FROM outbox WHERE kind = 'acknowledge' AND attempts >= 2",
                1,
            )
            assert desk.query("SELECT COUNT(*) FROM ack_marks WHERE state = 'sent'")[0][0] == 0
            await relay.accept_connections()
            await asyncio.to_thread(
                desk.wait_until, "SELECT COUNT(*) FROM cases WHERE ack_state = 'sent'", 5, 60
            )
            await asyncio.sleep(1.0)  # room for any duplicate to arrive
        finally:
            await asyncio.to_thread(desk.stop)
    assert sorted(r for t in relay.messages for r in t.rcpt_tos) == sorted(senders)
