"""Reads on a connection of their own, beside the store's one writer.

The store's thread runs every call in turn, and a write's commit is an fsync: a worker that
only wants to read a stored mail or a case waits behind every commit queued before it. In WAL
mode a second connection reads the last committed state while the writer writes
(https://www.sqlite.org/wal.html, "Concurrency"), so the outbox workers' reads go to
`ReadRunner`, a second thread with a read-only connection. A caller reads what was committed
when its read began: every caller here reads only what an earlier, awaited commit wrote (the
mail stored before its intake row was claimed, the case opened before its acknowledgement was
queued), so it sees it.

An in-memory database cannot be shared by two connections: then reads go to the store's own
thread, as before.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import sqlite_utils

from casework.store import CaseStore, StoreRunner

P = ParamSpec("P")
T = TypeVar("T")


def open_reader(path: Path, *, busy_timeout: float = 30.0) -> sqlite_utils.Database:
    """A read-only connection to the desk's database (which the writer has created and
    migrated). query_only makes any write through it an error, not a silent second writer."""
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro",
        uri=True,
        check_same_thread=False,  # used from the reader's one thread, opened elsewhere
        isolation_level=None,
        timeout=busy_timeout,
    )
    conn.execute("PRAGMA query_only = ON")
    return sqlite_utils.Database(conn)


class ReadRunner:
    """Runs read-only store calls on a thread and connection of their own."""

    def __init__(self, writer: StoreRunner, path: Path | None, *, busy_timeout: float = 30.0):
        self.writer = writer
        self.store: CaseStore | None = None
        self._executor: ThreadPoolExecutor | None = None
        self.calls = 0
        if path is not None:
            self.store = CaseStore(
                open_reader(path, busy_timeout=busy_timeout),
                tag_prefix=writer.store.tag_prefix,
                slack=writer.store.slack,
            )
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="case-reader")

    async def call(
        self, fn: Callable[Concatenate[CaseStore, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """`fn(store, ...)` on the read connection; `fn` must only read."""
        if self._executor is None or self.store is None:
            return await self.writer.call(fn, *args, **kwargs)
        self.calls += 1
        return await asyncio.get_running_loop().run_in_executor(
            self._executor, functools.partial(fn, self.store, *args, **kwargs)
        )

    def close(self) -> None:
        if self._executor is not None and self.store is not None:
            self._executor.shutdown(wait=True)
            self.store.db.conn.close()
