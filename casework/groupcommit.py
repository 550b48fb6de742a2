"""Several store calls, each atomic on its own, in one commit.

Every commit is an fsync (synchronous=FULL), and the store's one thread does them one after
the other. While one commit is under way, the outbox workers' next writes (a mail's intake, an
acknowledgement's record) queue up behind it; `GroupCommit` runs the calls that queued
meanwhile in one transaction, each in a savepoint of its own. A call that fails undoes only its
own writes and raises in its caller; the others commit. No caller hears back before the commit
holding its writes is done, so "recorded" means on disk exactly as with a commit per call; a
crash before that commit loses the whole group, which the outbox reruns (at least once), as it
would a single call.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from casework.store import CaseStore, StoreRunner

P = ParamSpec("P")
T = TypeVar("T")

_Call = tuple[Callable[[CaseStore], Any], "asyncio.Future[Any]"]


class GroupCommit:
    """`StoreRunner.call` for writes, several calls to one commit (at most `max_group`).

    A group is taken when the store's thread starts it, not when it is queued: one group
    waits in the store's queue while another runs, so the thread never waits for the event
    loop between two groups, and everything that arrived until it started joins it."""

    def __init__(self, runner: StoreRunner, max_group: int = 64) -> None:
        self.runner = runner
        self.max_group = max_group
        self._waiting: deque[_Call] = deque()  # appended on the loop, taken on the store's thread
        self._lock = threading.Lock()
        self._queued = False  # a group is in the store's queue and has not started
        self._tasks: set[asyncio.Task[None]] = set()
        self.groups = 0  # commits made
        self.calls = 0

    async def call(
        self, fn: Callable[Concatenate[CaseStore, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        with self._lock:
            self._waiting.append((lambda store: fn(store, *args, **kwargs), future))
            start, self._queued = not self._queued, True
        self.calls += 1
        if start:
            self._queue_group()
        return await future

    def _queue_group(self) -> None:
        task = asyncio.create_task(self._group(), name="group-commit")
        self._tasks.add(task)  # held until done: the loop keeps only weak references
        task.add_done_callback(self._tasks.discard)

    async def _group(self) -> None:
        try:
            taken, outcomes, more = await self.runner.call(self._take_and_run)
        except Exception as exc:  # the store's thread took nothing (it is shut down)
            with self._lock:
                taken, more, self._queued = list(self._waiting), False, False
                self._waiting.clear()
            outcomes = exc
        if more:
            self._queue_group()
        if isinstance(outcomes, BaseException):  # the transaction failed: no call's writes stand
            for _, future in taken:
                if not future.done():
                    future.set_exception(outcomes)
            return
        self.groups += bool(taken)
        for (_, future), (ok, value) in zip(taken, outcomes, strict=True):
            if future.done():
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _take_and_run(
        self, store: CaseStore
    ) -> tuple[list[_Call], list[tuple[bool, Any]] | Exception, bool]:
        """On the store's thread: take what waits (up to `max_group`) and run it as one group;
        also says whether more waits, for a next group."""
        with self._lock:
            count = min(len(self._waiting), self.max_group)
            taken = [self._waiting.popleft() for _ in range(count)]
            more = bool(self._waiting)
            self._queued = more
        # A caller cancelled before its group started is not run (`cancelled` only reads).
        taken = [(fn, future) for fn, future in taken if not future.cancelled()]
        try:
            return taken, _run_group(store, [fn for fn, _ in taken]), more
        except Exception as exc:
            return taken, exc, more


def _run_group(store: CaseStore, calls: list[Callable[[CaseStore], Any]]) -> list[tuple[bool, Any]]:
    """On the store's thread: every call in a savepoint of its own, all in one transaction."""
    outcomes: list[tuple[bool, Any]] = []
    with store.transaction():
        for fn in calls:
            try:
                with store.transaction():  # nested: a savepoint (casework.db.transaction)
                    outcomes.append((True, fn(store)))
            except Exception as exc:
                if not store.db.conn.in_transaction:
                    raise  # the fault ended the whole transaction: the group fails as one
                outcomes.append((False, exc))
    return outcomes
