"""Kill the desk with SIGKILL in the middle of a stream of mail: nothing that got a 250 is
lost, nothing is stored twice, and every stored mail becomes a case after the restart."""

from __future__ import annotations

import re
import smtplib
import threading
import time
from pathlib import Path

from desk_process import DeskProcess

MESSAGES = 600


def message(n: int) -> bytes:
    return (
        f"From: Customer {n} <customer{n}@example.com>\r\nTo: info@planetmgmt.biz\r\n"
        f"Subject: question {n}\r\nMessage-ID: <stream-{n}@example.com>\r\n\r\n"
        f"How do you use my personal information? ({n})\r\n"
    ).encode()


def sender(port: int, numbers: list[int], accepted: list[int], stop: threading.Event) -> None:
    client: smtplib.SMTP | None = None
    for n in numbers:
        if stop.is_set():
            return
        try:
            if client is None:
                client = smtplib.SMTP("127.0.0.1", port, timeout=5)
            client.sendmail(f"customer{n}@example.com", ["info@planetmgmt.biz"], message(n))
            accepted.append(n)  # only after the 250
        except (OSError, smtplib.SMTPException):
            client = None  # the desk died: this one is unconfirmed
            time.sleep(0.05)


def test_sigkill_mid_stream_loses_nothing_that_got_250(tmp_path: Path) -> None:
    desk = DeskProcess(tmp_path).start()
    accepted: list[int] = []
    stop = threading.Event()
    threads = [
        threading.Thread(
            target=sender, args=(desk.port, list(range(i, MESSAGES, 4)), accepted, stop)
        )
        for i in range(4)
    ]
    for t in threads:
        t.start()
    while len(accepted) < MESSAGES // 3:
        time.sleep(0.01)
    desk.kill()
    confirmed_before_kill = set(accepted)
    stop.set()
    for t in threads:
        t.join(30)

    desk.start()
    try:
        rows = desk.query("SELECT raw FROM messages WHERE direction = 'in'")
        stored = [int(re.search(rb"<stream-(\d+)@", r[0]).group(1)) for r in rows]  # type: ignore[union-attr]
        assert confirmed_before_kill <= set(stored), "a message that got 250 is missing"
        assert len(stored) == len(set(stored)), "a message was stored twice"
        # Every stored mail becomes exactly one case once the restarted desk catches up.
        desk.wait_until(
            "SELECT COUNT(*) FROM messages WHERE direction = 'in' AND state = 'processed'",
            len(stored),
        )
        assert desk.query("SELECT COUNT(*) FROM cases")[0][0] == len(stored)
    finally:
        desk.stop()
