"""The outbox: claiming, retry with backoff, parking as failed, recovery after a crash."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from casework import outbox
from casework.jobs import OutboxRow
from casework.outbox import GiveUp, OutboxWorker, RetryLater, WorkerPolicy
from casework.store import CaseStore, StoreRunner
from inquiry_desk.health import unhealthy_reasons
from inquiry_desk.serve import supervise

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


@pytest.fixture
def runner(fresh_store: CaseStore) -> Iterator[StoreRunner]:
    """The store's thread for a worker under test. A cancelled worker may leave a call
    running there: it must end before the store's connection is closed."""
    running = StoreRunner(fresh_store)
    yield running
    running._executor.shutdown(wait=True)


def test_claim_due_takes_pending_due_rows_in_order(fresh_store: CaseStore) -> None:
    db = fresh_store.db
    first = outbox.enqueue(db, "a", {"n": 1}, now=NOW)
    later = outbox.enqueue(db, "a", {"n": 2}, now=NOW, delay=60)
    other = outbox.enqueue(db, "b", {"n": 3}, now=NOW)
    second = outbox.enqueue(db, "a", {"n": 4}, now=NOW)
    rows = outbox.claim_due(db, ["a"], NOW, 10)
    assert [r.id for r in rows] == [first, second]
    assert rows[0].attempts == 1 and rows[0].payload == {"n": 1}
    assert outbox.claim_due(db, ["a"], NOW, 10) == []  # running rows are not claimed twice
    assert [r.id for r in outbox.claim_due(db, ["a"], NOW + timedelta(minutes=2), 10)] == [later]
    assert [r.id for r in outbox.claim_due(db, ["b"], NOW, 10)] == [other]


def test_rows_in_flight_at_a_crash_run_again(fresh_store: CaseStore) -> None:
    db = fresh_store.db
    row_id = outbox.enqueue(db, "a", {}, now=NOW)
    outbox.claim_due(db, ["a"], NOW, 1)
    assert outbox.recover(db, NOW) == 1
    again = outbox.claim_due(db, ["a"], NOW, 1)
    assert [r.id for r in again] == [row_id] and again[0].attempts == 2


def test_backoff_grows_exponentially_within_jitter_and_cap() -> None:
    rng = random.Random(7)
    for attempts in range(1, 12):
        ceiling = min(60.0, 2.0 * 2 ** (attempts - 1))
        delay = outbox.backoff(attempts, 2.0, 60.0, rng)
        assert ceiling / 2 <= delay <= ceiling


async def _drain(worker: OutboxWorker, until) -> None:  # type: ignore[no-untyped-def]
    """Run the worker until `until()` is true; the deadline is generous (a busy machine)."""
    task = asyncio.create_task(worker.run())
    deadline = time.monotonic() + 60
    try:
        while not await until():
            if time.monotonic() > deadline:
                raise AssertionError("the worker did not get there")
            await asyncio.sleep(0.01)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def rows_of(runner: StoreRunner, sql: str, params: list[Any] | None = None) -> Any:
    """Rows read on the store's thread, in turn with the worker's calls (the worker and the
    test share one connection: a read from the test's thread could land inside a worker's
    transaction)."""
    return runner.call(lambda s: s.db.execute(sql, params or []).fetchall())


class SteppingClock:
    """A clock that moves only when the code under test reads it, `step` each time: the
    worker's claims and retries drive it, so no figure depends on how fast the machine is."""

    def __init__(self, start: datetime, step: timedelta) -> None:
        self.now, self.step = start, step

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now


@pytest.mark.parametrize("failure", ["outage", "crash"])
async def test_failing_rows_retry_then_park_as_failed(
    fresh_store: CaseStore, runner: StoreRunner, failure: str
) -> None:
    """A fault parks the row after max_attempts; an outage (RetryLater) is not the row's fault
    and keeps it waiting, past max_attempts, until outage_patience has run out."""
    calls: list[int] = []
    given_up: list[str] = []

    async def handler(row: OutboxRow) -> None:
        calls.append(row.attempts)
        if failure == "outage":
            raise RetryLater("relay down")
        raise ValueError("boom")

    async def on_give_up(row: OutboxRow, error: str) -> None:
        given_up.append(error)

    row_id = outbox.enqueue(fresh_store.db, "k", {}, now=NOW)
    worker = OutboxWorker(
        "test",
        handlers={"k": handler},
        run_db=lambda fn: runner.call(lambda s: fn(s.db)),
        policy=WorkerPolicy(
            max_attempts=3, outage_patience=60, base_delay=1, max_delay=1, poll=0.01
        ),
        # Each attempt reads the clock twice (claim, then the retry), 10 s in all, and the
        # backoff (at most 1 s) has always elapsed by the next claim.
        clock=SteppingClock(NOW, timedelta(seconds=5)),
        on_give_up={"k": on_give_up},
    )

    async def parked() -> bool:
        state = await rows_of(runner, "SELECT state FROM outbox WHERE id = ?", [row_id])
        return bool(state[0][0] == "failed")

    await _drain(worker, parked)
    if failure == "outage":
        # An attempt every 10 s of the clock until 60 s after the row was queued: twice the
        # 3 attempts a fault gets.
        assert calls == [1, 2, 3, 4, 5, 6]
    else:
        assert calls == [1, 2, 3]
    [(error,)] = await rows_of(runner, "SELECT last_error FROM outbox")
    assert error == ("relay down" if failure == "outage" else "ValueError: boom")
    assert given_up == [error]


async def test_give_up_parks_at_once_and_success_finishes(
    fresh_store: CaseStore, runner: StoreRunner
) -> None:

    async def handler(row: OutboxRow) -> None:
        if row.payload["ok"] is False:
            raise GiveUp("550 mailbox unknown")

    good = outbox.enqueue(fresh_store.db, "k", {"ok": True}, now=NOW)
    bad = outbox.enqueue(fresh_store.db, "k", {"ok": False}, now=NOW)
    worker = OutboxWorker(
        "t",
        handlers={"k": handler},
        run_db=lambda fn: runner.call(lambda s: fn(s.db)),
        policy=WorkerPolicy(poll=0.01),
        clock=lambda: NOW,
    )

    async def settled() -> bool:
        rows = await rows_of(runner, "SELECT id, state, attempts FROM outbox ORDER BY id")
        return bool(rows == [(good, "done", 1), (bad, "failed", 1)])

    await _drain(worker, settled)


async def test_finish_lets_the_rows_in_hand_complete_and_claims_nothing_more(
    fresh_store: CaseStore,
    runner: StoreRunner,
) -> None:
    """A graceful stop: the row being handled finishes (and is recorded done); the rows still
    waiting stay pending for the next start."""
    started = asyncio.Event()
    release = asyncio.Event()
    handled: list[int] = []

    async def handler(row: OutboxRow) -> None:
        started.set()
        await release.wait()
        handled.append(row.id)

    ids = [outbox.enqueue(fresh_store.db, "k", {}, now=NOW) for _ in range(3)]
    worker = OutboxWorker(
        "t",
        handlers={"k": handler},
        run_db=lambda fn: runner.call(lambda s: fn(s.db)),
        policy=WorkerPolicy(concurrency=1, poll=0.01),
        clock=lambda: NOW,
    )
    task = asyncio.create_task(worker.run())
    await asyncio.wait_for(started.wait(), 5)
    worker.finish()
    release.set()
    await asyncio.wait_for(task, 5)  # returns by itself: no cancel needed
    states = await rows_of(runner, "SELECT id, state FROM outbox ORDER BY id")
    assert handled == [ids[0]]
    assert states == [(ids[0], "done"), (ids[1], "pending"), (ids[2], "pending")]


async def test_a_worker_survives_its_own_store_faults_and_releases_the_rows_in_hand(
    fresh_store: CaseStore, runner: StoreRunner, caplog: pytest.LogCaptureFixture
) -> None:
    """A store write that fails (here: the commit that marks a handled row done and claims
    the next, as a lock past busy_timeout would) does not end the worker: it says why in
    `fault`, backs off and goes on, and clears `fault` after a round that went well. The row
    it had handled is marked done once the store answers again, not run a second time."""
    handled: list[int] = []
    broken = [True]

    async def handler(row: OutboxRow) -> None:
        handled.append(row.attempts)

    async def run_db(fn):  # type: ignore[no-untyped-def]
        finishing = getattr(fn, "func", None) is outbox.finish_and_claim and fn.keywords["finished"]
        if broken[0] and finishing:
            broken[0] = False
            raise sqlite3.OperationalError("database is locked")
        return await runner.call(lambda s: fn(s.db))

    row_id = outbox.enqueue(fresh_store.db, "k", {}, now=NOW)
    worker = OutboxWorker(
        "t",
        handlers={"k": handler},
        run_db=run_db,
        policy=WorkerPolicy(base_delay=0.01, poll=0.01),
        clock=lambda: NOW,
    )

    async def done() -> bool:
        state = await rows_of(runner, "SELECT state FROM outbox WHERE id = ?", [row_id])
        return bool(state[0][0] == "done") and not worker.fault

    await _drain(worker, done)
    assert not broken[0]  # the fault did happen
    assert handled == [1]
    failed = [r for r in caplog.records if r.getMessage() == "outbox worker t failed (1 in a row)"]
    assert failed and "database is locked" in str(failed[0].exc_info)


async def test_a_worker_whose_run_ends_is_restarted(
    fresh_store: CaseStore, runner: StoreRunner
) -> None:
    handled = asyncio.Event()

    async def handler(row: OutboxRow) -> None:
        handled.set()

    class EndsOnce(OutboxWorker):
        runs = 0

        async def run(self) -> None:
            self.runs += 1
            if self.runs == 1:
                raise MemoryError("gone")  # an Exception the worker itself does not expect
            await super().run()

    outbox.enqueue(fresh_store.db, "k", {}, now=NOW)
    worker = EndsOnce(
        "t",
        handlers={"k": handler},
        run_db=lambda fn: runner.call(lambda s: fn(s.db)),
        policy=WorkerPolicy(poll=0.01),
        clock=lambda: NOW,
    )
    assert unhealthy_reasons([worker], 0.0, 60.0) == ["outbox worker t is down: not running"]
    task = asyncio.create_task(supervise(worker))
    await asyncio.wait_for(handled.wait(), 60)
    assert worker.runs == 2
    deadline = time.monotonic() + 60
    while unhealthy_reasons([worker], 0.0, 60.0):  # until a round has gone well
        assert time.monotonic() < deadline, unhealthy_reasons([worker], 0.0, 60.0)
        await asyncio.sleep(0.01)
    assert unhealthy_reasons([worker], 61.0, 60.0) == [
        "the oldest due outbox row has waited 61s (limit 60s)"
    ]
    worker.finish()
    await asyncio.wait_for(task, 60)  # a finished worker is not restarted


def test_oldest_due_age_counts_due_rows_only(fresh_store: CaseStore) -> None:
    db = fresh_store.db
    assert outbox.oldest_due_age(db, NOW) == 0.0
    outbox.enqueue(db, "k", {}, now=NOW, delay=600)  # waiting out an outage: not due
    assert outbox.oldest_due_age(db, NOW + timedelta(seconds=10)) == 0.0
    outbox.enqueue(db, "k", {}, now=NOW)
    assert outbox.oldest_due_age(db, NOW + timedelta(seconds=90)) == 90.0


async def test_a_batch_is_claimed_at_once_handled_in_priority_order_and_finished_once(
    fresh_store: CaseStore,
    runner: StoreRunner,
) -> None:
    """`batch` rows share one claim: handled one at a time in (priority, id) order, each once,
    and all marked done by one commit (the next claim's)."""
    handled: list[int] = []
    claims: list[int] = []

    async def handler(row: OutboxRow) -> None:
        handled.append(row.id)

    async def run_db(fn):  # type: ignore[no-untyped-def]
        if getattr(fn, "func", None) is outbox.finish_and_claim:
            claims.append(len(fn.keywords["finished"]))
        return await runner.call(lambda s: fn(s.db))

    db = fresh_store.db
    ids = [outbox.enqueue(db, "k", {}, now=NOW, priority=p) for p in (5, 5, 1, 5, 9)]
    worker = OutboxWorker(
        "t",
        handlers={"k": handler},
        run_db=run_db,
        policy=WorkerPolicy(concurrency=1, batch=4, poll=0.01),
        clock=lambda: NOW,
    )

    async def settled() -> bool:
        states = await rows_of(runner, "SELECT state FROM outbox")
        return bool(states == [("done",)] * 5)

    await _drain(worker, settled)
    assert handled == [ids[2], ids[0], ids[1], ids[3], ids[4]]
    assert claims[:2] == [0, 4]  # the first batch of four is finished by one commit
    attempts = await rows_of(runner, "SELECT attempts FROM outbox")
    assert attempts == [(1,)] * 5


async def test_a_fault_in_the_middle_of_a_batch_loses_no_row(
    fresh_store: CaseStore, runner: StoreRunner
) -> None:
    """The worker's own store write fails on the second row of a batch of four: the first row
    stays handled (done, not run again), the rows not yet handled go back to pending and are
    handled later, each exactly once."""
    handled: list[int] = []
    broken = [True]

    async def handler(row: OutboxRow) -> None:
        handled.append(row.id)
        if len(handled) == 2:
            raise RetryLater("peer away")  # its retry write is the store call that fails

    async def run_db(fn):  # type: ignore[no-untyped-def]
        if broken[0] and getattr(fn, "func", None) is not outbox.finish_and_claim:
            broken[0] = False
            raise sqlite3.OperationalError("database is locked")
        return await runner.call(lambda s: fn(s.db))

    db = fresh_store.db
    ids = [outbox.enqueue(db, "k", {}, now=NOW) for _ in range(4)]
    worker = OutboxWorker(
        "t",
        handlers={"k": handler},
        run_db=run_db,
        policy=WorkerPolicy(concurrency=1, batch=4, base_delay=0.01, poll=0.01),
        clock=lambda: NOW + timedelta(hours=1),
    )

    async def settled() -> bool:
        states = await rows_of(runner, "SELECT id, state FROM outbox ORDER BY id")
        return bool(states == [(i, "done") for i in ids])

    await _drain(worker, settled)
    assert handled[:2] == ids[:2]
    # The first row ran once; the second (its outcome never recorded) and the two never
    # started each ran once more.
    assert sorted(handled[2:]) == ids[1:]


async def test_a_worker_cancelled_as_it_is_poked_ends(
    fresh_store: CaseStore, runner: StoreRunner
) -> None:
    """A cancellation that arrives in the same turn as a wake-up ends the worker: on Python
    3.11 `asyncio.wait_for` would drop it, and a test or a stop that cancels its worker and
    waits for it would wait forever."""
    claimed = asyncio.Event()

    async def run_db(fn: Any) -> Any:
        result = await runner.call(lambda s: fn(s.db))
        claimed.set()
        return result

    worker = OutboxWorker(
        "t",
        handlers={"k": lambda row: asyncio.sleep(0)},
        run_db=run_db,
        policy=WorkerPolicy(poll=3600.0),
        clock=lambda: NOW,
    )
    task = asyncio.create_task(worker.run())
    await claimed.wait()  # nothing to do: the worker now waits for a wake-up
    worker.poke()
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=30)
    try:
        assert task in done and task.cancelled()
    finally:
        worker.finish()
        await asyncio.gather(task, return_exceptions=True)
        runner.close()


# --- rows in flight: a slow row holds its own slot --------------------------------------------


async def test_a_slow_row_holds_its_own_slot_while_the_worker_claims_and_handles_the_rest(
    fresh_store: CaseStore, runner: StoreRunner
) -> None:
    """Two rows at a time: the first row's handler waits for the test. The worker claims
    again as the other slot frees, so every other row is handled meanwhile, except the later
    row of the held row's case, which waits its turn behind it (a case's rows run in claim
    order, one at a time). Each row is handled once and ends done."""
    db = fresh_store.db
    ids = [outbox.enqueue(db, "k", {}, now=NOW, case_id=c) for c in (7, 1, 2, 7, 3, 4, 5)]
    held, release, rest = asyncio.Event(), asyncio.Event(), asyncio.Event()
    started: list[int] = []
    finished: list[int] = []

    async def handler(row: OutboxRow) -> None:
        started.append(row.id)
        if row.id == ids[0]:
            held.set()
            await release.wait()
        finished.append(row.id)
        if set(finished) == set(ids) - {ids[0], ids[3]}:
            rest.set()

    worker = OutboxWorker(
        "t",
        handlers={"k": handler},
        run_db=lambda fn: runner.call(lambda s: fn(s.db)),
        policy=WorkerPolicy(concurrency=2, poll=3600.0),
        clock=lambda: NOW,
    )
    task = asyncio.create_task(worker.run())
    try:
        await asyncio.wait_for(held.wait(), 60)
        await asyncio.wait_for(rest.wait(), 60)  # the lockstep worker waited for the held row
        assert ids[3] not in started  # the held row's case: its later row has not begun
        release.set()

        async def settled() -> bool:
            states = await rows_of(runner, "SELECT id, state FROM outbox ORDER BY id")
            return bool(states == [(i, "done") for i in ids])

        deadline = time.monotonic() + 60
        while not await settled():
            assert time.monotonic() < deadline, "the rows did not settle"
            await asyncio.sleep(0.01)
    finally:
        worker.finish()
        await asyncio.wait_for(task, 60)
    assert sorted(started) == ids and sorted(finished) == ids  # each once
    assert started.index(ids[3]) > finished.index(ids[0])  # the case's rows one after another
    assert started == sorted(started, key=lambda i: (i == ids[3], i))  # claim order otherwise


async def test_a_stop_with_rows_in_flight_lets_them_finish_and_leaves_the_rest_pending(
    fresh_store: CaseStore, runner: StoreRunner
) -> None:
    """Three rows in flight of six claimed when the worker is told to finish: the three end
    and are recorded done, nothing more starts, the three never started are pending again
    for the next start (none is left running, none handled twice)."""
    db = fresh_store.db
    ids = [outbox.enqueue(db, "k", {}, now=NOW) for _ in range(6)]
    release, three = asyncio.Event(), asyncio.Event()
    started: list[int] = []

    async def handler(row: OutboxRow) -> None:
        started.append(row.id)
        if len(started) == 3:
            three.set()
        await release.wait()

    worker = OutboxWorker(
        "t",
        handlers={"k": handler},
        run_db=lambda fn: runner.call(lambda s: fn(s.db)),
        policy=WorkerPolicy(concurrency=3, batch=6, poll=0.01),
        clock=lambda: NOW,
    )
    task = asyncio.create_task(worker.run())
    await asyncio.wait_for(three.wait(), 60)
    worker.finish()
    release.set()
    await asyncio.wait_for(task, 60)  # returns by itself once the rows in flight are done
    states = await rows_of(runner, "SELECT id, state FROM outbox ORDER BY id")
    assert started == ids[:3]
    assert states == [(i, "done") for i in ids[:3]] + [(i, "pending") for i in ids[3:]]
