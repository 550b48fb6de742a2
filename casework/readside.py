"""Reads on a connection of their own, beside the store's one writer.

The store's thread runs every call in turn, and a write's commit is an fsync: a worker that
only wants to read a stored mail or a case waits behind every commit queued before it. In WAL
mode a second connection reads the last committed state while the writer writes
(https://www.sqlite.org/wal.html, "Concurrency"), so the outbox workers' reads go to
`ReadRunner`, a second thread with a read-only connection. A caller reads what was committed
when its read began: every caller here reads only what an earlier, awaited commit wrote (the
mail stored before its intake row was claimed, the case opened before its acknowledgement was
queued), so it sees it.

Reads asked for in the same turn of the event loop go to the reader's thread together, in one
hop: each hop is a wakeup of that thread and of the loop when it answers, and the outbox
workers start their rows' reads together (four intakes, four acknowledgements), so a hop often
carries several. Each read still runs on its own and answers its own caller, its own exception
included.

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
from typing import Any, Concatenate, ParamSpec, TypeVar

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


_Read = tuple[Callable[[], Any], "asyncio.Future[Any]"]


def _run_each(reads: list[Callable[[], Any]]) -> list[tuple[bool, Any]]:
    """On the reader's thread: every read in turn, each with its own outcome."""
    outcomes: list[tuple[bool, Any]] = []
    for read in reads:
        try:
            outcomes.append((True, read()))
        except Exception as exc:
            outcomes.append((False, exc))
    return outcomes


class ReadRunner:
    """Runs read-only store calls on a thread and connection of their own."""

    def __init__(self, writer: StoreRunner, path: Path | None, *, busy_timeout: float = 30.0):
        self.writer = writer
        self.store: CaseStore | None = None
        self._executor: ThreadPoolExecutor | None = None
        self.calls = 0  # reads run here
        self.hops = 0  # trips to the reader's thread (several reads may share one)
        self._queued: list[_Read] = []
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
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queued.append((functools.partial(fn, self.store, *args, **kwargs), future))
        if len(self._queued) == 1:  # the first of this turn: the hop leaves after the turn
            loop.call_soon(self._send)
        return await future

    def _send(self) -> None:
        queued, self._queued = self._queued, []
        live = [(read, future) for read, future in queued if not future.cancelled()]
        if not live:
            return
        assert self._executor is not None
        try:
            hop = asyncio.get_running_loop().run_in_executor(
                self._executor, _run_each, [read for read, _ in live]
            )
        except RuntimeError as exc:  # the executor was shut down: the reads fail, not hang
            _settle(live, exc)
            return
        self.hops += 1
        hop.add_done_callback(lambda done: _settle(live, done))

    def close(self) -> None:
        if self._executor is not None and self.store is not None:
            self._executor.shutdown(wait=True)
            self.store.db.conn.close()


def _settle(live: list[_Read], outcome: asyncio.Future[list[tuple[bool, Any]]] | Exception) -> None:
    """Answer each caller of a hop with its own read's result or exception; when the hop
    itself failed (the executor shut down), every caller hears it."""
    if isinstance(outcome, Exception):
        outcomes: list[tuple[bool, Any]] = [(False, outcome)] * len(live)
    elif outcome.cancelled():
        outcomes = [(False, asyncio.CancelledError())] * len(live)
    elif (fault := outcome.exception()) is not None:
        outcomes = [(False, fault)] * len(live)
    else:
        outcomes = outcome.result()
    for (_, future), (ok, value) in zip(live, outcomes, strict=True):
        if future.done():
            continue
        if ok:
            future.set_result(value)
        elif isinstance(value, asyncio.CancelledError):
            future.cancel()
        else:
            future.set_exception(value)
