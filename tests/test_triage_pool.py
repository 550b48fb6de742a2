"""The processes that read mail end with the desk: at a stop, even one stuck on a mail, and
when the desk itself is killed. A process left behind holds memory and its pipes for good."""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.connection
import os
import smtplib
import time
from datetime import UTC, datetime
from pathlib import Path

from desk_process import DeskProcess

from casework.store import Received
from responder.intake import TriagePool

NOW = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)
MAIL = b"From: a@example.jp\r\nTo: info@planetmgmt.biz\r\nSubject: s\r\n\r\nHello\r\n"


class StuckTriager:
    """Stands in for the desk's Triager (sent to the pool process by pickle): it says that it
    started on the mail, then never finishes, as a pathological mail would."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def triage(self, received: Received) -> None:
        self.marker.write_text("reading", encoding="utf-8")
        time.sleep(3600)


async def test_a_stop_ends_a_triage_process_stuck_on_a_mail(tmp_path: Path) -> None:
    marker = tmp_path / "started"
    before = set(multiprocessing.active_children())
    pool = TriagePool(StuckTriager(marker), 1)  # type: ignore[arg-type]
    received = Received(MAIL, "a@example.jp", ("info@planetmgmt.biz",), "127.0.0.1", False, NOW)
    task = asyncio.create_task(pool.triage_async(received))
    children = []
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():  # the process is on the mail now
            assert time.monotonic() < deadline, "the triage process never started the mail"
            await asyncio.sleep(0.05)
        children = [p for p in multiprocessing.active_children() if p not in before]
        assert children
        task.cancel()  # as the desk's stop cancels its intake worker
        await asyncio.gather(task, return_exceptions=True)
        await pool.aclose(grace=0.5)
        ended = multiprocessing.connection.wait([p.sentinel for p in children], 30)
        assert len(ended) == len(children), "a triage process outlived the pool's close"
    finally:
        for child in children:
            child.kill()


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()]


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # a zombie has ended; only its parent's wait is missing


def test_a_triage_process_ends_when_its_desk_is_killed(tmp_path: Path) -> None:
    desk = DeskProcess(tmp_path, {"outbox": {"triage_processes": 1}}).start()
    try:
        with smtplib.SMTP("127.0.0.1", desk.port, timeout=30) as client:
            client.sendmail("a@example.jp", ["info@planetmgmt.biz"], MAIL)
        desk.wait_until("SELECT count(*) FROM cases", 1)  # read in the triage process
        assert desk.process is not None
        spawned = [
            pid
            for pid in _children(desk.process.pid)
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]
        assert spawned
    finally:
        desk.kill()
    deadline = time.monotonic() + 60
    while not all(_gone(pid) for pid in spawned):
        assert time.monotonic() < deadline, f"triage processes {spawned} outlived the desk"
        time.sleep(0.05)


async def test_the_triage_processes_are_started_before_the_first_mail() -> None:
    before = set(multiprocessing.active_children())
    pool = TriagePool(StuckTriager(Path("/nonexistent")), 2)  # type: ignore[arg-type]
    try:
        assert [p for p in multiprocessing.active_children() if p not in before] == []
        await pool.start()
        started = [p for p in multiprocessing.active_children() if p not in before]
        assert len(started) == 2 and all(p.is_alive() for p in started)
    finally:
        await pool.aclose(grace=5)


class EchoTriager:
    """Stands in for the desk's Triager: answers with the mail's sender and the process that
    read it (not this one), and fails on a sender named "broken"."""

    def triage(self, received: Received) -> tuple[str, int]:
        if received.mail_from.startswith("broken"):
            raise ValueError(f"cannot read the mail of {received.mail_from}")
        return received.mail_from, os.getpid()


def _mail_from(sender: str) -> Received:
    return Received(MAIL, sender, ("info@planetmgmt.biz",), "127.0.0.1", False, NOW)


async def test_mail_asked_for_together_goes_to_the_processes_in_one_task_each() -> None:
    pool = TriagePool(EchoTriager(), 2)  # type: ignore[arg-type]
    try:
        await pool.start()
        senders = ["a@example.jp", "broken@example.jp", "c@example.jp", "d@example.jp"]
        outcomes = await asyncio.gather(
            *(pool.triage_async(_mail_from(s)) for s in senders), return_exceptions=True
        )
        assert pool.tasks == 2  # four mails, split over the two processes
        assert all(o[1] != os.getpid() for o in outcomes if isinstance(o, tuple))
        assert isinstance(outcomes[1], ValueError)  # only its own caller hears the failure
        answers = [o for n, o in enumerate(outcomes) if n != 1]
        assert [sender for sender, _ in answers] == ["a@example.jp", "c@example.jp", "d@example.jp"]
        # One at a time, each mail is a task of its own.
        for sender in ("e@example.jp", "f@example.jp"):
            assert (await pool.triage_async(_mail_from(sender)))[0] == sender
        assert pool.tasks == 4
    finally:
        await pool.aclose(grace=5)
