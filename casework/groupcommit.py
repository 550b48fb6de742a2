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
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from casework.store import CaseStore, StoreRunner

P = ParamSpec("P")
T = TypeVar("T")

_Call = tuple[Callable[[CaseStore], Any], "asyncio.Future[Any]"]


class GroupCommit:
    """`StoreRunner.call` for writes, several calls to one commit (at most `max_group`)."""

    def __init__(self, runner: StoreRunner, max_group: int = 64) -> None:
        self.runner = runner
        self.max_group = max_group
        self._waiting: list[_Call] = []
        self._flushing: asyncio.Task[None] | None = None
        self.groups = 0  # commits made
        self.calls = 0

    async def call(
        self, fn: Callable[Concatenate[CaseStore, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        self._waiting.append((lambda store: fn(store, *args, **kwargs), future))
        self.calls += 1
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.create_task(self._flush(), name="group-commit")
        return await future

    async def _flush(self) -> None:
        # One group at a time: what arrives while a group is on the store's thread waits for
        # the next one, which is what makes groups.
        while self._waiting:
            group = self._waiting[: self.max_group]
            del self._waiting[: self.max_group]
            live = [(fn, future) for fn, future in group if not future.cancelled()]
            if not live:
                continue
            try:
                outcomes = await self.runner.call(_run_group, [fn for fn, _ in live])
            except Exception as exc:  # the group's transaction failed: no call's writes stand
                for _, future in live:
                    if not future.done():
                        future.set_exception(exc)
                continue
            except BaseException:
                for _, future in live:
                    future.cancel()
                raise
            self.groups += 1
            for (_, future), (ok, value) in zip(live, outcomes, strict=True):
                if future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)


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
