"""ReadRunner: reads on a connection of their own see what the writer committed, never what it
has not, do not wait for the writer's open transaction, and cannot write."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from casework.readside import ReadRunner
from casework.store import CaseStore, StoreRunner


@pytest.fixture
def runners(file_store: CaseStore, tmp_path: Path) -> Iterator[tuple[StoreRunner, ReadRunner]]:
    file_store.db.execute("CREATE TABLE scratch (n INTEGER NOT NULL)")
    writer = StoreRunner(file_store)
    reader = ReadRunner(writer, tmp_path / "desk.sqlite3")
    yield writer, reader
    reader.close()
    writer._executor.shutdown(wait=True)


def numbers(store: CaseStore) -> list[int]:
    return [n for (n,) in store.db.execute("SELECT n FROM scratch ORDER BY n").fetchall()]


def insert(store: CaseStore, n: int) -> None:
    with store.transaction():
        store.db.execute("INSERT INTO scratch (n) VALUES (?)", [n])


async def test_the_reader_sees_what_was_committed(
    runners: tuple[StoreRunner, ReadRunner],
) -> None:
    writer, reader = runners
    assert await reader.call(numbers) == []
    await writer.call(insert, 1)
    await writer.call(insert, 2)
    assert await reader.call(numbers) == [1, 2]
    assert reader.calls == 2  # on the reader's own thread, not the writer's


async def test_the_reader_neither_sees_nor_waits_for_an_open_write(
    runners: tuple[StoreRunner, ReadRunner],
) -> None:
    writer, reader = runners
    await writer.call(insert, 1)
    written, release = threading.Event(), threading.Event()

    def slow_write(store: CaseStore) -> None:
        with store.transaction():
            store.db.execute("INSERT INTO scratch (n) VALUES (2)")
            written.set()
            release.wait(30)  # a commit that takes its time

    write = asyncio.ensure_future(writer.call(slow_write))
    await asyncio.to_thread(written.wait, 30)
    # The writer's thread is busy inside its transaction: the read still answers, with the
    # last committed state.
    assert await reader.call(numbers) == [1]
    release.set()
    await write
    assert await reader.call(numbers) == [1, 2]


async def test_the_reader_cannot_write(runners: tuple[StoreRunner, ReadRunner]) -> None:
    _, reader = runners
    with pytest.raises(sqlite3.OperationalError):
        await reader.call(insert, 3)


async def test_an_in_memory_database_is_read_on_the_writers_thread(
    fresh_store: CaseStore,
) -> None:
    fresh_store.db.execute("CREATE TABLE scratch (n INTEGER NOT NULL)")
    writer = StoreRunner(fresh_store)
    try:
        reader = ReadRunner(writer, None)
        await writer.call(insert, 5)
        calls = writer.calls
        assert await reader.call(numbers) == [5]
        assert writer.calls == calls + 1 and reader.calls == 0
        reader.close()
    finally:
        writer._executor.shutdown(wait=True)


def number_at(store: CaseStore, place: int) -> int:
    found = numbers(store)
    if place >= len(found):
        raise LookupError(f"no number at {place}")
    return found[place]


async def test_reads_asked_for_together_share_one_trip_and_answer_each_caller(
    runners: tuple[StoreRunner, ReadRunner],
) -> None:
    writer, reader = runners
    for n in (10, 20, 30):
        await writer.call(insert, n)
    outcomes = await asyncio.gather(
        *(reader.call(number_at, place) for place in (2, 0, 5, 1)), return_exceptions=True
    )
    assert outcomes[:2] == [30, 10] and outcomes[3] == 20
    assert isinstance(outcomes[2], LookupError)  # only its own caller hears the failure
    assert reader.calls == 4 and reader.hops == 1
    # Asked one after another, each read makes its own trip.
    assert await reader.call(number_at, 0) == 10
    assert await reader.call(number_at, 1) == 20
    assert reader.calls == 6 and reader.hops == 3


async def test_a_read_whose_caller_gave_up_is_not_run(
    runners: tuple[StoreRunner, ReadRunner],
) -> None:
    writer, reader = runners
    await writer.call(insert, 1)
    ran: list[int] = []

    def noted(store: CaseStore, mark: int) -> list[int]:
        ran.append(mark)
        return numbers(store)

    abandoned = asyncio.ensure_future(reader.call(noted, 1))
    kept = asyncio.ensure_future(reader.call(noted, 2))
    await asyncio.sleep(0)  # both are queued for the same trip
    abandoned.cancel()
    assert await kept == [1]
    assert ran == [2] and abandoned.cancelled()


async def test_a_read_after_close_fails_instead_of_waiting(
    file_store: CaseStore, tmp_path: Path
) -> None:
    writer = StoreRunner(file_store)
    reader = ReadRunner(writer, tmp_path / "desk.sqlite3")
    reader.close()
    try:
        with pytest.raises(RuntimeError):
            await reader.call(numbers)
    finally:
        writer._executor.shutdown(wait=True)
