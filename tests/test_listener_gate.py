"""The gate that lets the listener go first: driven by events and a fake clock."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casework.store import CaseStore, Received, StoreRunner, open_database
from responder.listener import GroupCommitWriter, ListenerGate


class FakeClock:
    """Time that moves only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1024.0
        self.sleeps: list[float] = []
        self.on_sleep: list[object] = []  # callables run at the n-th sleep

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        if len(self.on_sleep) >= len(self.sleeps):
            action = self.on_sleep[len(self.sleeps) - 1]
            if callable(action):
                action()
        await asyncio.sleep(0)


def gate(clock: FakeClock) -> ListenerGate:
    # Binary fractions, so that the fake clock's sums are exact.
    return ListenerGate(
        clock=clock,
        sleep=clock.sleep,
        quiet=1 / 16,
        tolerance=1 / 512,
        shortest=1 / 64,
        longest=1.0,
    )


def answered(
    g: ListenerGate, latency: float, times: int = 1, at_once: int = 4, apart: float = 0.0
) -> None:
    """`times` groups of `at_once` mails, each group waiting for one commit together, each
    `apart` seconds after the last on the gate's (fake) clock."""
    for _ in range(times):
        g.clock.now += apart  # type: ignore[attr-defined]
        for _ in range(at_once):
            g.mail_waiting()
        for _ in range(at_once):
            g.mail_answered(latency)


async def test_a_quiet_listener_holds_nobody_whatever_the_pause() -> None:
    clock = FakeClock()
    g = gate(clock)
    answered(g, 1 / 1024)  # the floor
    answered(g, 1 / 4, times=20)  # outbox work got in the listener's way, a while ago
    assert g.pause == g.longest
    clock.now += g.quiet  # and since then, no mail
    assert await g.wait() == 0 and clock.sleeps == []


async def test_the_pause_follows_the_listeners_latency_and_stays_bounded() -> None:
    g = gate(FakeClock())
    answered(g, 1 / 1024, at_once=1)
    assert g.pause == 0 and g.floor == pytest.approx(1 / 1024)
    slow = 2 / 1024 + 2 * g.tolerance
    answered(g, slow, at_once=1)  # one mail at a time: the listener is not short of time
    assert g.pause == 0
    answered(g, 2 / 1024 + g.tolerance / 2)  # within twice the floor and the tolerance
    assert g.pause == 0
    answered(g, slow)  # four mails waited at once, each slow: crowded
    assert g.pause == 8 * g.shortest
    answered(g, slow, times=20)
    assert g.pause == g.longest  # never more than a round per `longest`
    g.clock.now += g.shortest  # type: ignore[attr-defined]
    answered(g, 1 / 1024, times=20, at_once=1)  # all at one moment: one step down
    assert g.pause == pytest.approx(g.longest * 0.9)
    answered(g, 1 / 1024, times=4, at_once=1, apart=g.shortest)  # by the clock
    assert g.pause == pytest.approx(g.longest * 0.9**5)
    answered(g, 1 / 1024, times=100, apart=g.shortest)
    assert g.pause == 0


async def test_slow_replies_one_at_a_time_never_hold_intake() -> None:
    # Mail at a moderate rate on a slow disk: each reply slow, never two mails waiting.
    clock = FakeClock()
    g = gate(clock)
    answered(g, 1 / 1024, at_once=1)
    for _ in range(200):
        answered(g, 1 / 16, at_once=1)
        assert g.busy()
        assert await g.wait() == 0
    assert g.pause == 0 and clock.sleeps == []


async def test_the_floor_follows_a_slower_disk_in_the_end() -> None:
    g = gate(FakeClock())
    answered(g, 1 / 1024)
    answered(g, 1 / 64, times=100)  # every reply slow: the listener is held up...
    assert g.pause == g.longest
    answered(g, 1 / 64, times=20_000, apart=g.shortest)  # ...until that is the new normal
    assert g.floor > 1 / 128 and g.pause == 0


async def test_a_busy_listener_holds_a_worker_for_the_pause_and_no_longer() -> None:
    clock = FakeClock()
    g = gate(clock)
    g.pause = 0.3
    g.mail_waiting()  # a mail waits for its commit, and goes on waiting
    assert g.busy()
    waited = await g.wait()
    assert abs(waited - 0.3) < 1e-9
    assert all(s <= g.shortest + 1e-12 for s in clock.sleeps)  # it looks again every step
    g.pause = 50.0  # even if set past the bound
    assert abs(await g.wait() - g.longest) < 1e-9
    assert abs(g.held - (0.3 + g.longest)) < 1e-9


async def test_the_gate_opens_once_the_listener_has_been_quiet() -> None:
    clock = FakeClock()
    g = gate(clock)
    g.pause = g.longest
    g.mail_waiting()
    # The mail gets its 250 at the third look; the gate then waits out `quiet`, then opens.
    clock.on_sleep = [None, None, lambda: g.mail_answered(1 / 1024)]
    waited = await g.wait()
    assert g.waiting == 0
    assert abs(waited - (3 * g.shortest + g.quiet)) < 1e-9
    assert not g.busy()


def received(n: int) -> Received:
    raw = f"From: c{n}@example.com\r\nSubject: {n}\r\n\r\nhello\r\n".encode()
    return Received(
        raw=raw,
        mail_from=f"c{n}@example.com",
        rcpt_tos=("info@planetmgmt.biz",),
        peer="127.0.0.1",
        tls=False,
        received_at=datetime(2026, 12, 3, 3, 0, tzinfo=UTC),
    )


async def test_a_mail_whose_commit_queued_behind_other_store_work_lengthens_the_pause(
    tmp_path: Path,
) -> None:
    runner = StoreRunner(CaseStore(open_database(tmp_path / "desk.sqlite3")))
    g = ListenerGate(tolerance=0.001, shortest=0.01, quiet=60.0)
    writer = GroupCommitWriter(runner, timedelta(days=1), gate=g)
    task = asyncio.create_task(writer.run())
    try:
        stored = await writer.store(received(1))  # the store's thread is free
        assert stored.message_id == 1 and g.waiting == 0
        g.floor, g.pause = 0.001, 0.0  # as on a fast disk, whatever this machine's is now

        release = threading.Event()
        started = threading.Event()

        def other_work(store: CaseStore) -> None:  # an intake transaction, say
            started.set()
            release.wait(30)

        other = asyncio.ensure_future(runner.call(other_work))
        await asyncio.to_thread(started.wait, 30)
        mails = [asyncio.ensure_future(writer.store(received(n))) for n in range(2, 6)]
        # Until the writer has taken the batch to the store's thread: a few turns of the
        # loop, with nothing to wait on but the writer's own state.
        while g.waiting < len(mails) or writer._pending:  # noqa: ASYNC110
            await asyncio.sleep(0)
        assert g.busy()
        # The commit waits behind the other work for as long as this thread sleeps.
        await asyncio.to_thread(threading.Event().wait, 0.05)
        release.set()
        await other
        assert [(await mail).message_id for mail in mails] == [2, 3, 4, 5]
        assert g.pause == 8 * g.shortest and g.waiting == 0  # four slow replies, crowded
    finally:
        task.cancel()
        runner.close()
