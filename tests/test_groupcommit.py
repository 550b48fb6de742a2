"""GroupCommit: store calls that queue while the store is busy share one commit, each call's
writes stand or fall alone, and a fault that ends the transaction fails the group as one."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from casework.db import COMMITS
from casework.groupcommit import GroupCommit
from casework.store import CaseStore, StoreRunner


@pytest.fixture
def runner(file_store: CaseStore) -> Iterator[StoreRunner]:
    file_store.db.execute("CREATE TABLE scratch (n INTEGER NOT NULL)")
    running = StoreRunner(file_store)
    yield running
    running._executor.shutdown(wait=True)


def committed(path: Path) -> list[int]:
    """What another connection sees: committed rows only."""
    with sqlite3.connect(path) as conn:
        return [n for (n,) in conn.execute("SELECT n FROM scratch ORDER BY n")]


def insert(store: CaseStore, n: int) -> int:
    store.db.execute("INSERT INTO scratch (n) VALUES (?)", [n])
    if n < 0:
        raise ValueError(f"no negative numbers: {n}")
    return n * 10


async def hold_the_store(runner: StoreRunner) -> tuple[threading.Event, asyncio.Future[None]]:
    """Keep the store's thread busy until the event is set, as a long commit would."""
    release, started = threading.Event(), threading.Event()

    def busy(_: CaseStore) -> None:
        started.set()
        release.wait(30)

    held = asyncio.ensure_future(runner.call(busy))
    await asyncio.to_thread(started.wait, 30)
    return release, held


async def test_calls_that_queue_meanwhile_share_one_commit(
    runner: StoreRunner, file_store: CaseStore, tmp_path: Path
) -> None:
    group = GroupCommit(runner)
    release, held = await hold_the_store(runner)
    commits = COMMITS.total
    calls = [asyncio.ensure_future(group.call(insert, n)) for n in range(1, 6)]
    await asyncio.sleep(0)  # the calls queue behind the busy store
    assert committed(tmp_path / "desk.sqlite3") == []
    release.set()
    await held
    assert await asyncio.gather(*calls) == [10, 20, 30, 40, 50]
    assert group.groups == 1 and COMMITS.total == commits + 1
    # Every caller heard back only after the commit: another connection sees all five.
    assert committed(tmp_path / "desk.sqlite3") == [1, 2, 3, 4, 5]


async def test_a_failing_call_undoes_only_its_own_writes(
    runner: StoreRunner, tmp_path: Path
) -> None:
    group = GroupCommit(runner)
    release, held = await hold_the_store(runner)
    calls = [asyncio.ensure_future(group.call(insert, n)) for n in (1, -2, 3)]
    await asyncio.sleep(0)
    release.set()
    await held
    outcomes = await asyncio.gather(*calls, return_exceptions=True)
    assert outcomes[0] == 10 and outcomes[2] == 30
    assert isinstance(outcomes[1], ValueError)
    assert committed(tmp_path / "desk.sqlite3") == [1, 3]
    assert group.groups == 1


def end_the_transaction(store: CaseStore, n: int) -> None:
    """A fault that ends the whole transaction, as SQLite does on a full disk."""
    store.db.execute("INSERT INTO scratch (n) VALUES (?)", [n])
    store.db.conn.execute("ROLLBACK")
    raise sqlite3.OperationalError("database or disk is full")


async def test_a_fault_that_ends_the_transaction_fails_the_group_as_one(
    runner: StoreRunner, tmp_path: Path
) -> None:
    group = GroupCommit(runner)
    release, held = await hold_the_store(runner)
    calls = [
        asyncio.ensure_future(group.call(insert, 1)),
        asyncio.ensure_future(group.call(end_the_transaction, 2)),
        asyncio.ensure_future(group.call(insert, 3)),
    ]
    await asyncio.sleep(0)
    release.set()
    await held
    outcomes = await asyncio.gather(*calls, return_exceptions=True)
    # Nothing was committed, so no caller may think its writes stand: all three fail.
    assert all(isinstance(o, sqlite3.OperationalError) for o in outcomes), outcomes
    assert committed(tmp_path / "desk.sqlite3") == []
    # The next group works.
    assert await group.call(insert, 4) == 40
    assert committed(tmp_path / "desk.sqlite3") == [4]


async def test_more_calls_than_a_group_holds_go_on_in_the_next_groups(
    runner: StoreRunner, tmp_path: Path
) -> None:
    group = GroupCommit(runner, max_group=2)
    release, held = await hold_the_store(runner)
    calls = [asyncio.ensure_future(group.call(insert, n)) for n in range(1, 6)]
    await asyncio.sleep(0)
    release.set()
    await held
    assert await asyncio.gather(*calls) == [10, 20, 30, 40, 50]
    assert group.groups == 3
    assert committed(tmp_path / "desk.sqlite3") == [1, 2, 3, 4, 5]


async def test_a_call_after_the_store_closed_fails_instead_of_waiting(
    runner: StoreRunner,
) -> None:
    group = GroupCommit(runner)
    runner._executor.shutdown(wait=True)
    with pytest.raises(RuntimeError):
        await group.call(insert, 1)
