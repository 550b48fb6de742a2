"""The outbox: work to do after a mail is stored, done at least once, retried, never lost.

Rows are written in the same transaction as the change that calls for them ("store first,
then work from the outbox"). A worker claims due rows, runs the handler for the row's kind,
and on failure retries with exponential backoff and jitter. Two kinds of failure count
differently: an outage (`RetryLater`: the relay or Slack unreachable, 4xx, 429, 5xx) waits as long
as the outage lasts, up to `outage_patience`, as an MTA keeps a queue for days; any other fault
is a defect or a bad row and is parked as failed after `max_attempts`, with its last error, where
staff can see it (`inquiry-desk outbox`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import random
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from casework import jobs
from casework.db import parse_ts, transaction, ts

# The handlers' verdicts, importable from here beside the worker that acts on them.
from casework.errors import GiveUp as GiveUp
from casework.errors import OutboxRowRefused
from casework.errors import RetryLater as RetryLater
from casework.jobs import OutboxRow
from casework.outage import OutageLog
from casework.priority import NORMAL

log = logging.getLogger(__name__)


def enqueue(
    db: sqlite_utils.Database,
    kind: str,
    payload: Mapping[str, Any],
    *,
    now: datetime,
    case_id: int | None = None,
    delay: float = 0.0,
    priority: int = NORMAL,
) -> int:
    """Add a row of any kind (the worker's own tests use made-up kinds); the desk's work goes
    through `enqueue_job`. Call inside the caller's transaction."""
    cursor = db.execute(
        "INSERT INTO outbox (kind, case_id, payload, next_attempt_at, created_at, updated_at,"
        " priority) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            kind,
            case_id,
            json.dumps(payload),
            ts(now + timedelta(seconds=delay)),
            ts(now),
            ts(now),
            priority,
        ],
    )
    return int(cursor.lastrowid or 0)


def enqueue_job(
    db: sqlite_utils.Database,
    job: jobs.Job,
    *,
    now: datetime,
    case_id: int | None = None,
    delay: float = 0.0,
    priority: int = NORMAL,
) -> int:
    """Add a row for a job. Call inside the caller's transaction."""
    kind, payload = jobs.encode(job)
    return enqueue(db, kind, payload, now=now, case_id=case_id, delay=delay, priority=priority)


def enqueue_many(
    db: sqlite_utils.Database,
    batch: Sequence[jobs.Job],
    *,
    now: datetime,
    priorities: Sequence[int] | None = None,
) -> None:
    """Add rows at once (the listener's group commit)."""
    stamp = ts(now)
    levels = priorities if priorities is not None else [NORMAL] * len(batch)
    db.conn.executemany(
        "INSERT INTO outbox (kind, payload, next_attempt_at, created_at, updated_at, priority)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (k, json.dumps(p), stamp, stamp, stamp, level)
            for (k, p), level in zip(map(jobs.encode, batch), levels, strict=True)
        ],
    )


def claim_due(
    db: sqlite_utils.Database, kinds: Iterable[str], now: datetime, limit: int
) -> list[OutboxRow]:
    """Mark up to `limit` due rows of these kinds as running and return them, most urgent
    (lowest priority number) first, oldest first within a priority.

    One ordered index range per kind (the `outbox_due` index), each cut at `limit`, so a
    claim reads about `limit` rows per kind however long the backlog is."""
    kinds = list(kinds)
    if not kinds or limit <= 0:
        return []
    stamp = ts(now)
    per_kind = " UNION ALL ".join(
        "SELECT * FROM (SELECT id, priority FROM outbox WHERE kind = ? AND state = 'pending'"
        " AND next_attempt_at <= ? ORDER BY priority, id LIMIT ?)"
        for _ in kinds
    )
    rows = db.execute(
        f"UPDATE outbox SET state = 'running', attempts = attempts + 1, updated_at = ?"
        f" WHERE id IN (SELECT id FROM ({per_kind}) ORDER BY priority, id LIMIT ?)"
        f" RETURNING id, kind, payload, attempts, case_id, created_at, priority",
        [stamp, *(v for kind in kinds for v in (kind, stamp, limit)), limit],
    ).fetchall()
    rows.sort(key=lambda r: (r[6], r[0]))
    return [OutboxRow(r[0], r[1], json.loads(r[2]), r[3], r[4], parse_ts(r[5]), r[6]) for r in rows]


def finish(db: sqlite_utils.Database, row_id: int, now: datetime) -> None:
    finish_many(db, [row_id], now)


def finish_many(db: sqlite_utils.Database, row_ids: Sequence[int], now: datetime) -> None:
    db.conn.executemany(
        "UPDATE outbox SET state = 'done', last_error = '', updated_at = ? WHERE id = ?",
        [(ts(now), row_id) for row_id in row_ids],
    )


def finish_and_claim(
    db: sqlite_utils.Database,
    finished: Sequence[int],
    kinds: Iterable[str],
    now: datetime,
    limit: int,
) -> list[OutboxRow]:
    """Mark the rows a worker has done as done and claim its next ones, in one commit: every
    commit is an fsync, and a worker that has work claims again at once. A crash before this
    commit runs the finished rows again, which the outbox allows (at least once); a handler
    whose effect must not be repeated finishes its row itself, in the effect's own commit.
    A claim alone is a write and a commit too (the rows it marks running): it is one
    transaction either way, so that the commit count sees it."""
    with transaction(db):
        if finished:
            finish_many(db, finished, now)
        return claim_due(db, kinds, now, limit)


def retry(db: sqlite_utils.Database, row_id: int, error: str, now: datetime, delay: float) -> None:
    db.execute(
        "UPDATE outbox SET state = 'pending', last_error = ?, next_attempt_at = ?, updated_at = ?"
        " WHERE id = ?",
        [error[:2000], ts(now + timedelta(seconds=delay)), ts(now), row_id],
    )


def fail(db: sqlite_utils.Database, row_id: int, error: str, now: datetime) -> None:
    db.execute(
        "UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?",
        [error[:2000], ts(now), row_id],
    )


def release(db: sqlite_utils.Database, row_ids: Iterable[int], now: datetime) -> None:
    """Rows a worker claimed but could not settle (its store write failed) wait again."""
    db.conn.executemany(
        "UPDATE outbox SET state = 'pending', next_attempt_at = ?, updated_at = ?"
        " WHERE id = ? AND state = 'running'",
        [(ts(now), ts(now), row_id) for row_id in row_ids],
    )


def recover(db: sqlite_utils.Database, now: datetime) -> int:
    """Rows that were running when the process died run again (at least once)."""
    cursor = db.execute(
        "UPDATE outbox SET state = 'pending', next_attempt_at = ?, updated_at = ?"
        " WHERE state = 'running'",
        [ts(now), ts(now)],
    )
    return cursor.rowcount


def depth(db: sqlite_utils.Database, now: datetime) -> list[dict[str, Any]]:
    """Per kind and state: how many rows, and the age in seconds of the oldest one."""
    rows = db.execute(
        "SELECT kind, state, COUNT(*), MIN(created_at) FROM outbox"
        " WHERE state != 'done' GROUP BY kind, state ORDER BY kind, state"
    ).fetchall()
    result = []
    for kind, state, count, oldest in rows:
        age = now - parse_ts(oldest)
        result.append(
            {"kind": kind, "state": state, "count": count, "oldest_age": age.total_seconds()}
        )
    return result


def failed_rows(db: sqlite_utils.Database, limit: int = 50) -> list[dict[str, Any]]:
    """The rows parked as failed, newest first, with their last error."""
    rows = db.execute(
        "SELECT id, kind, case_id, attempts, last_error, updated_at FROM outbox"
        " WHERE state = 'failed' ORDER BY id DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [
        {
            "id": r[0],
            "kind": r[1],
            "case_id": r[2],
            "attempts": r[3],
            "last_error": r[4],
            "updated_at": parse_ts(r[5]).isoformat(),
        }
        for r in rows
    ]


# What an administrator may do to a row (`inquiry-desk outbox retry|drop`): rows that wait or
# were parked as failed. A running row is a worker's until it settles it.
_ADMINISTERED = ("pending", "failed")
DROPPED = "dropped by an administrator"


def administer(
    db: sqlite_utils.Database, action: str, row_id: int, now: datetime
) -> dict[str, Any]:
    """`action` "retry" makes the row due now with its attempts counted afresh; "drop" ends it
    undone (state done, `DROPPED` as its last error, so the row stays as a record). Returns the
    row as it was. Call inside the caller's transaction, which also notes it on the case."""
    found = db.execute(
        "SELECT id, kind, case_id, state, attempts, last_error FROM outbox WHERE id = ?", [row_id]
    ).fetchone()
    if found is None:
        raise OutboxRowRefused(f"no outbox row #{row_id}")
    row = dict(
        zip(("id", "kind", "case_id", "state", "attempts", "last_error"), found, strict=True)
    )
    if row["state"] not in _ADMINISTERED:
        why = "a worker is on it now" if row["state"] == "running" else "nothing is left to do"
        raise OutboxRowRefused(f"outbox row #{row_id} is {row['state']}: {why}")
    if action == "retry":
        db.execute(
            "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?,"
            " updated_at = ? WHERE id = ?",
            [ts(now), ts(now), row_id],
        )
    elif action == "drop":
        db.execute(
            "UPDATE outbox SET state = 'done', last_error = ?, updated_at = ? WHERE id = ?",
            [DROPPED, ts(now), row_id],
        )
    else:
        raise ValueError(f"unknown action {action!r}")
    return row


def failed_ids(db: sqlite_utils.Database) -> list[int]:
    """Every row parked as failed, oldest first."""
    rows = db.execute("SELECT id FROM outbox WHERE state = 'failed' ORDER BY id").fetchall()
    return [int(r[0]) for r in rows]


def oldest_due_age(db: sqlite_utils.Database, now: datetime) -> float:
    """Seconds the longest-waiting due row has waited since it became due (0 when none):
    how far the workers are behind. Rows held back by a retry delay are not due yet."""
    row = db.execute(
        "SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?",
        [ts(now)],
    ).fetchone()
    return (now - parse_ts(row[0])).total_seconds() if row and row[0] else 0.0


def backoff(attempts: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Exponential backoff with "equal jitter": between half and all of base * 2^(n-1)."""
    ceiling = min(cap, base * 2.0 ** max(0, attempts - 1))
    return ceiling / 2 + (rng or random).uniform(0, ceiling / 2)


MAX_REST = 30.0  # seconds at most between a worker's attempts after faults of its own


class Finished:
    """What a handler returns when it finished its row itself, in the commit of its effect."""


FINISHED = Finished()
Handler = Callable[[OutboxRow], Awaitable[Finished | None]]
Runner = Callable[..., Awaitable[Any]]


@dataclass
class WorkerPolicy:
    max_attempts: int = 8  # faults (not outages) before a row is parked
    outage_patience: float = 5 * 86400.0  # seconds an outage may hold a row before it is parked
    base_delay: float = 2.0
    max_delay: float = 900.0
    concurrency: int = 1  # rows handled at once
    poll: float = 1.0
    # Rows claimed per round (0: as many as `concurrency`), handled `concurrency` at a time in
    # claim order. One claim and one finishing commit then serve the whole batch: each store
    # call waits its turn on the store's one thread behind intake and mail.
    batch: int = 0


async def wait_at_most(event: asyncio.Event, seconds: float) -> None:
    """Wait until `event` is set or `seconds` have passed. Not `asyncio.wait_for`: on Python
    3.11 it drops a cancellation that arrives in the same turn as the event (fixed in 3.12),
    and a task told to stop would go on waiting and working."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await event.wait()


class OutboxWorker:
    """Drains the rows of some kinds. `run_db` runs a function on the store's thread."""

    def __init__(
        self,
        name: str,
        *,
        handlers: Mapping[str, Handler],
        run_db: Callable[..., Awaitable[Any]],
        policy: WorkerPolicy,
        clock: Callable[[], datetime],
        on_give_up: Mapping[str, Callable[[OutboxRow, str], Awaitable[None]]] | None = None,
        gate: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self.gate = gate  # awaited before each claim: lets the listener go first in a flood
        self.name = name
        self.on_give_up = dict(on_give_up or {})
        self.handlers = dict(handlers)
        self.run_db = run_db
        self.policy = policy
        self.clock = clock
        self.wakeup = asyncio.Event()
        self.processed = 0
        self.errors: Counter[str] = Counter()  # failed attempts by kind, for /metrics
        self.finishing = False
        self.running = False  # inside `run`; False before it starts and after it ended
        self.fault = ""  # the last fault of the worker itself, "" once a round went well
        self._in_hand: set[int] = set()  # rows claimed and not yet settled
        self._done: list[int] = []  # rows handled, marked done with the next claim
        # An outage is logged when it starts, once a minute, and when it ends; not per row.
        self.outage = OutageLog(f"outbox {name}")

    def poke(self) -> None:
        self.wakeup.set()

    def finish(self) -> None:
        """Claim nothing more; `run` returns once the rows in hand are done. A row cut off
        mid-way runs again at the next start (at least once), so a graceful stop lets the
        handlers finish: a Slack post made but not recorded would be posted twice."""
        self.finishing = True
        self.wakeup.set()

    async def run(self) -> None:
        """Drain rows until `finish`. Survives any fault of its own (a database locked past
        busy_timeout, a full disk): logs it, backs off, and goes on, since a worker that died
        would leave every later mail stored but never worked (`fault` says why, for /healthz)."""
        self.running = True
        failures = 0
        try:
            while not self.finishing:
                try:
                    busy = await self._round()
                except Exception as exc:
                    failures += 1
                    self.fault = f"{type(exc).__name__}: {exc}"
                    log.exception("outbox worker %s failed (%d in a row)", self.name, failures)
                    await self._rest(backoff(failures, self.policy.base_delay, MAX_REST))
                    continue
                failures, self.fault = 0, ""
                if not busy:
                    self.wakeup.clear()
                    await wait_at_most(self.wakeup, self.policy.poll)
        finally:
            self.running = False
            if self._done:  # a stop: what was handled is done, not run again at the next start
                with contextlib.suppress(Exception):
                    await self.run_db(lambda db: finish_many(db, self._take_done(), self.clock()))
            if self._in_hand:  # claimed in a batch and not started: they wait for the next run
                with contextlib.suppress(Exception):
                    await self.run_db(lambda db: release(db, self._in_hand, self.clock()))
                self._in_hand.clear()

    def _take_done(self) -> list[int]:
        done, self._done = self._done, []
        return done

    async def _round(self) -> bool:
        """Claim due rows and handle them, `concurrency` at a time, claiming more as rows
        finish, until a claim finds nothing and no row is in flight; False when the first
        claim found nothing.

        Rows start in claim order (most urgent first, then oldest), and a row waits while an
        earlier row of its case runs, so the rows of one case run one after another in that
        order. One slow row (a paced post, a 429, a digest's turn) holds its own slot, not the
        rest: the worker claims again once the rows it holds have all started and half of its
        slots are free (or none is busy), so a claim, and the finishing of the rows handled
        before it, still share one commit among several rows. A fault of the worker itself (a
        store write that failed) stops the claims: the rows in flight finish, then it is
        raised, and the rows not settled go back to pending at the next round."""
        if self._in_hand:  # rows claimed when a fault cut a round short go back to pending
            await self.run_db(lambda db: release(db, self._in_hand, self.clock()))
            self._in_hand.clear()
        slots = max(1, self.policy.concurrency)
        window = max(self.policy.batch, slots)
        refill = (slots + 1) // 2
        waiting: list[OutboxRow] = []  # claimed and not started, in claim order
        running: dict[asyncio.Future[None], OutboxRow] = {}
        fault: BaseException | None = None
        claimed = False
        more = True  # a claim may find rows: false after a short claim, until something happens
        wake: asyncio.Future[bool] | None = None
        try:
            while True:
                if fault is None and not self.finishing:
                    self._start(waiting, running, slots)
                # Rows waiting for their case's earlier row hold no slot, but are bounded too.
                room = min(window - len(running), 2 * window - len(running) - len(waiting))
                free = slots - len(running)
                can_claim = (
                    fault is None
                    and not self.finishing
                    and room > 0
                    and (free >= refill or not running)
                )
                if can_claim and more:
                    rows, fault = await self._claim(room)
                    claimed = claimed or bool(rows)
                    more = len(rows) >= room
                    waiting.extend(rows)
                    continue
                if not running:
                    break
                watch: set[asyncio.Future[Any]] = set(running)
                if can_claim:  # the last claim came up short: a poke or the poll may bring rows
                    wake = wake or asyncio.ensure_future(self.wakeup.wait())
                    watch.add(wake)
                finished, _ = await asyncio.wait(
                    watch,
                    timeout=self.policy.poll if can_claim else None,
                    return_when=asyncio.FIRST_COMPLETED,
                )
                more = True
                if wake is not None and wake.done():
                    wake = None
                for task in finished:
                    row = running.pop(task, None)
                    if row is None:
                        continue
                    outcome = asyncio.CancelledError() if task.cancelled() else task.exception()
                    if outcome is None:
                        self._in_hand.discard(row.id)
                    elif fault is None:
                        fault = outcome  # its row stays in hand: pending again next round
        finally:
            if wake is not None:
                wake.cancel()
            if running:  # the worker itself was cancelled: so are the rows it was handling
                for task in running:
                    task.cancel()
                await asyncio.gather(*running, return_exceptions=True)
        if fault is not None:
            raise fault
        return claimed or self.finishing

    def _start(
        self,
        waiting: list[OutboxRow],
        running: dict[asyncio.Future[None], OutboxRow],
        slots: int,
    ) -> None:
        """Start waiting rows, in claim order, while slots are free and their case is idle."""
        busy = {row.case_id for row in running.values() if row.case_id is not None}
        kept: list[OutboxRow] = []
        for row in waiting:
            if len(running) >= slots or row.case_id in busy:
                kept.append(row)
                continue
            running[asyncio.ensure_future(self._handle(row))] = row
            if row.case_id is not None:
                busy.add(row.case_id)
        waiting[:] = kept

    async def _claim(self, limit: int) -> tuple[list[OutboxRow], BaseException | None]:
        """Claim up to `limit` rows, marking the rows handled since the last claim done in
        the same commit; a store fault is returned, not raised, so the rows in flight can
        finish first."""
        if self.gate is not None:
            await self.gate()
        if self.finishing:
            return [], None
        self.wakeup.clear()  # a poke from now on asks for another claim
        done = self._take_done()
        try:
            rows: list[OutboxRow] = await self.run_db(
                functools.partial(
                    finish_and_claim,
                    finished=done,
                    kinds=self.handlers,
                    now=self.clock(),
                    limit=limit,
                )
            )
        except Exception as exc:
            self._done[:0] = done  # still handled; marked done with the next claim
            return [], exc
        self._in_hand.update(row.id for row in rows)
        return rows, None

    async def _rest(self, seconds: float) -> None:
        """Wait `seconds`, or less if the worker is told to finish; pokes do not cut it short."""
        self.wakeup.clear()
        deadline = asyncio.get_running_loop().time() + seconds
        while not self.finishing:
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return
            await wait_at_most(self.wakeup, left)
            self.wakeup.clear()

    async def _handle(self, row: OutboxRow) -> None:
        try:
            outcome = await self.handlers[row.kind](row)
        except RetryLater as exc:
            await self._failed(row, str(exc) or type(exc).__name__, exc.after, outage=True)
        except GiveUp as exc:
            await self._failed(row, str(exc), None, permanent=True)
        except Exception as exc:
            log.exception("outbox %s row %d (%s) failed", self.name, row.id, row.kind)
            await self._failed(row, f"{type(exc).__name__}: {exc}", None)
        else:
            if self.outage.down:
                self.outage.succeeded(self.clock())
            if outcome is not FINISHED:
                self._done.append(row.id)
            self.processed += 1

    def _exhausted(self, row: OutboxRow, now: datetime, *, outage: bool) -> bool:
        if not outage:
            return row.attempts >= self.policy.max_attempts
        # An outage is not the row's fault: it waits until the peer is back, within patience.
        created = row.created_at or now
        return (now - created).total_seconds() >= self.policy.outage_patience

    async def _failed(
        self,
        row: OutboxRow,
        error: str,
        after: float | None,
        *,
        permanent: bool = False,
        outage: bool = False,
    ) -> None:
        now = self.clock()
        self.errors[row.kind] += 1
        if permanent or self._exhausted(row, now, outage=outage):
            log.error("outbox row %d (%s) parked as failed: %s", row.id, row.kind, error)
            await self.run_db(lambda db: fail(db, row.id, error, now))
            if row.kind in self.on_give_up:
                await self.on_give_up[row.kind](row, error)
            return
        if outage:
            self.outage.failed(error, now)
        delay = backoff(row.attempts, self.policy.base_delay, self.policy.max_delay)
        if after is not None:
            delay = max(delay, after)
        # During an outage every row fails alike: `self.outage` tells it, each row only at debug.
        log.log(
            logging.DEBUG if outage else logging.WARNING,
            "outbox row %d (%s) retry in %.1fs: %s",
            row.id,
            row.kind,
            delay,
            error,
        )
        await self.run_db(lambda db: retry(db, row.id, error, now, delay))
