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
