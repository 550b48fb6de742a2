"""Intake: what happens to a stored mail, run from the outbox after the 250.

parse -> thread into a case or open one -> match the FAQ -> consult the calendar -> decide
the acknowledgement -> queue the acknowledgement and the Slack post, in one transaction.
The decisions are plain functions; this module only puts them in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from casework import jobs, outbox, priority, slackposts
from casework.autoreply import (
    AutoReplyPolicy,
    Suppression,
    canonical_sender,
    same_sender,
    suppression_reasons,
)
from casework.bounds import LARGE_MAIL
from casework.calendar import BusinessCalendar
from casework.correspondents import person_addresses, person_for_acknowledgement
from casework.errors import HolidayDataMissing
from casework.groupcommit import GroupCommit
from casework.jobs import OutboxRow
from casework.language import acknowledgement_language
from casework.mail import parse_message
from casework.matching import FaqMatcher, MatchResult
from casework.models import AckState, Case, FaqHit, ParsedMail, PersonalInfoRequest
from casework.outbox import FINISHED, Finished
from casework.person import index_message, message_keys
from casework.privacy import SUSPENDED_REASON, suspended_since
from casework.reading import read_mail, subject_and_body
from casework.readside import ReadRunner
from casework.store import CaseStore, Received, StoreRunner

log = logging.getLogger(__name__)

PI_SECTIONS = {k.value: k for k in PersonalInfoRequest}
# The rules a web form's bounce envelope sender trips; with an authenticated From, the
# acknowledgement goes to the person instead (README, "Decisions").
BOUNCE_ONLY = frozenset({"system-sender", "unauthenticated"})
ALREADY_ACKNOWLEDGED = "already-acknowledged: this sender had one within the window"


@dataclass(frozen=True)
class Triage:
    """Everything decided about a mail before the store is touched."""

    mail: ParsedMail
    language: str
    match: MatchResult
    out_of_hours: bool
    calendar_problem: str  # "" when the calendar answered
    suppressions: tuple[Suppression, ...]
    parties: frozenset[str] = frozenset()  # whose mail it is (casework.person.message_keys)
    spam: bool = False  # an upstream filter's spam verdict in the headers
    # Who the acknowledgement goes to when not the envelope sender: the Reply-To/From person
    # of an authenticated mail sent with a bounce address (casework.correspondents).
    ack_person: str | None = None
    # The acknowledgement's language, "ja", "en" or "both" (casework.language), decided on
    # the text that asks, where the matcher read it.
    reply_language: str = "both"

    @property
    def hits(self) -> tuple[FaqHit, ...]:
        return tuple(FaqHit(m.id, m.section, m.score) for m in self.match.matches)

    @property
    def pi_request(self) -> PersonalInfoRequest | None:
        # A confident disclosure/correction/suspension match marks the case, so
        # staff see at once that the policy's "without delay" promise applies.
        if self.match.answered and self.match.matches:
            return PI_SECTIONS.get(self.match.matches[0].section)
        return None


@dataclass(frozen=True)
class AckDecision:
    state: AckState
    reason: str


def decide_acknowledgement(triage: Triage, *, enabled: bool, in_hours: bool) -> AckDecision:
    """Whether this (first) mail of a case should be acknowledged, before the window check."""
    if not enabled:
        return AckDecision(AckState.NOT_NEEDED, "acknowledgements are switched off")
    # The suppression rules come first, so that a case from a machine says so even in hours.
    if triage.suppressions:
        return AckDecision(
            AckState.SUPPRESSED, "; ".join(f"{s.code}: {s.detail}" for s in triage.suppressions)
        )
    if triage.calendar_problem:
        return AckDecision(AckState.SUPPRESSED, triage.calendar_problem)
    if not triage.out_of_hours and not in_hours:
        return AckDecision(AckState.NOT_NEEDED, "received in business hours")
    return AckDecision(AckState.PENDING, "")


def triage_mail(
    received: Received,
    *,
    matcher: FaqMatcher,
    calendar: BusinessCalendar,
    policy: AutoReplyPolicy,
    max_header_bytes: int,
    id_domain: str,
) -> Triage:
    """The CPU part of intake; pure, so it can run on a worker thread."""
    mail = parse_message(received.raw, max_header_bytes=max_header_bytes, id_domain=id_domain)
    # The whole body: the matcher reads it as a mail (casework/reading.py), as `ask` does.
    # The reading is kept: the acknowledgement's language is counted on its asking text.
    reading = read_mail(subject_and_body(mail.subject, mail.body))
    match = matcher.weigh_reading(reading)[0]
    reply_lang = acknowledgement_language(reading, mail)
    try:
        out_of_hours = not calendar.is_open(received.received_at)
        problem = ""
    except HolidayDataMissing as exc:
        out_of_hours, problem = True, f"calendar: {exc}"
    suppressions = tuple(
        suppression_reasons(
            received.raw, received.mail_from, policy, max_header_bytes=max_header_bytes
        )
    )
    person = None
    if suppressions and {s.code for s in suppressions} <= BOUNCE_ONLY:
        person = person_for_acknowledgement(
            person_addresses(
                mail.reply_to, mail.from_address, received.mail_from, policy.our_addresses
            ),
            received.mail_from,
            mail.auth_results,
            mail.from_address,
            policy.trusted_authserv_id,
            policy.our_addresses,
        )
        if person is not None:
            suppressions = ()
    parties = frozenset(message_keys(received.mail_from, received.raw))
    spam = priority.spam_marked(received.raw, max_header_bytes)
    return Triage(
        mail,
        match.lang,
        match,
        out_of_hours,
        problem,
        suppressions,
        parties,
        spam,
        person,
        reply_language=reply_lang,
    )


@dataclass(frozen=True)
class Triager:
    """`triage_mail` with the desk's matcher, calendar and policy: the intake's reading."""

    matcher: FaqMatcher
    calendar: BusinessCalendar
    policy: AutoReplyPolicy
    max_header_bytes: int
    id_domain: str

    def triage(self, received: Received) -> Triage:
        return triage_mail(
            received,
            matcher=self.matcher,
            calendar=self.calendar,
            policy=self.policy,
            max_header_bytes=self.max_header_bytes,
            id_domain=self.id_domain,
        )

    async def triage_async(self, received: Received) -> Triage:
        return await asyncio.to_thread(self.triage, received)

    async def start(self) -> None:
        """Nothing to start (the pool's counterpart)."""

    async def aclose(self) -> None:
        """Nothing to release (the pool's counterpart)."""


CHILD_GRACE = 5.0  # seconds a triage process gets to end on its own at stop


class TriagePool:
    """Triage in processes of their own. Parsing and matching a mail is pure Python, several
    milliseconds of it; in a thread it holds the GIL that the listener's sessions and the
    other workers need, so on a machine of two cores or more it goes to another process
    (spawned, so that no lock held by a thread of ours is copied into it). A process that
    died is replaced, and its mail is read again on the row's retry."""

    def __init__(self, triager: Triager, processes: int) -> None:
        self.triager = triager
        self.processes = processes
        self._pool = self._start()
        # Mail asked for in the same turn of the event loop (the intake worker starts its
        # claimed rows together) goes to a process as one task: each task costs the pool's
        # two threads a wakeup and a pickling round of their own. A turn's mail is split over
        # the processes, so that none idles while another reads a queue of them.
        self._queued: list[tuple[Received, asyncio.Future[Triage]]] = []
        self.tasks = 0  # tasks sent to the processes (several mails may share one)

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_adopt,
            initargs=(self.triager,),
        )

    async def start(self) -> None:
        """Have every process started and holding the triager now. The pool would spawn them
        at the first mail, and a process's start (a new interpreter, the imports, the matcher
        unpickled) is a second or more of CPU that then falls on the listener's sessions in
        the first burst after a start (docs/benchmarks.md)."""
        loop = asyncio.get_running_loop()
        # A call with no process idle spawns one, up to `processes`.
        await asyncio.gather(
            *(loop.run_in_executor(self._pool, _ready) for _ in range(self.processes))
        )

    async def triage_async(self, received: Received) -> Triage:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Triage] = loop.create_future()
        self._queued.append((received, future))
        if len(self._queued) == 1:  # the first of this turn: the task leaves after the turn
            loop.call_soon(self._send)
        return await future

    def _send(self) -> None:
        queued, self._queued = self._queued, []
        live = [(received, future) for received, future in queued if not future.cancelled()]
        shares = min(len(live), max(1, self.processes))
        loop, pool = asyncio.get_running_loop(), self._pool
        for share in (live[n::shares] for n in range(shares)):
            try:
                task = loop.run_in_executor(pool, _triage_each, [r for r, _ in share])
            except (BrokenProcessPool, RuntimeError) as exc:  # broken or shut down
                self._answer(share, exc, pool)
                continue
            self.tasks += 1
            task.add_done_callback(functools.partial(self._answered, share, pool))

    def _answered(
        self,
        share: _Asked,
        pool: ProcessPoolExecutor,
        task: asyncio.Future[list[Triage | Exception]],
    ) -> None:
        if task.cancelled():
            self._answer(share, asyncio.CancelledError(), pool)
        elif (fault := task.exception()) is not None:
            self._answer(share, fault, pool)
        else:
            for (_, future), value in zip(share, task.result(), strict=True):
                if future.done():
                    continue
                if isinstance(value, Exception):
                    future.set_exception(value)
                else:
                    future.set_result(value)

    def _answer(self, share: _Asked, fault: BaseException, pool: ProcessPoolExecutor) -> None:
        """Every mail of a task that never ran, or whose process died, hears why. A process
        that died breaks its pool: a new one takes its place (once, however many mails
        heard it), and the mails are read again on their rows' retries."""
        if isinstance(fault, BrokenProcessPool) and pool is self._pool:
            pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
        for _, future in share:
            if future.done():
                continue
            if isinstance(fault, asyncio.CancelledError):
                future.cancel()
            else:
                future.set_exception(fault)

    def close(self, grace: float = CHILD_GRACE) -> None:
        """Stop the pool; a process still reading after `grace` seconds is killed, so a stop
        is never held up by a mail that takes too long, and no process outlives the desk."""
        pool = self._pool
        # The pool keeps its processes in a private mapping (Python 3.14 adds
        # terminate_workers(); 3.11 has no public way to reach them).
        children = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        _reap(children, grace)

    async def aclose(self, grace: float = CHILD_GRACE) -> None:
        """`close` off the event loop: the wait for the processes blocks."""
        await asyncio.to_thread(self.close, grace)


def _reap(children: list[multiprocessing.process.BaseProcess], grace: float) -> None:
    # Their sentinels, not join(): the pool's own thread reaps the same processes, and a
    # process it reaped first would look alive to a second waitpid.
    waiting = {child.sentinel: child for child in children}
    deadline = time.monotonic() + grace
    while waiting and (left := deadline - time.monotonic()) > 0:
        ended = set(multiprocessing.connection.wait(list(waiting), left))
        waiting = {s: child for s, child in waiting.items() if s not in ended}
    for child in waiting.values():
        log.warning("triage process %s did not end at stop; killing it", child.pid)
        with contextlib.suppress(ProcessLookupError):
            child.kill()


_ADOPTED: list[Triager] = []  # in a pool process: the desk's Triager, sent once at its start


def _adopt(triager: Triager) -> None:
    _ADOPTED[:] = [triager]
    # A pool process waits on its call queue, of which it holds both ends, so it never sees
    # the desk go if the desk is killed (SIGKILL, OOM): it would wait forever, an orphan.
    # The spawn start method gives it a sentinel that ends when the desk does; watch it.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(
            target=_exit_with, args=(parent,), name="exit-with-desk", daemon=True
        ).start()


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    os._exit(0)


def _ready() -> bool:
    return bool(_ADOPTED)


def _triage_here(received: Received) -> Triage:
    return _ADOPTED[0].triage(received)


def _triage_each(batch: list[Received]) -> list[Triage | Exception]:
    """In a pool process: each mail read on its own; one that fails fails only itself."""
    outcomes: list[Triage | Exception] = []
    for received in batch:
        try:
            outcomes.append(_triage_here(received))
        except Exception as exc:
            outcomes.append(exc)
    return outcomes


_Asked = list[tuple[Received, "asyncio.Future[Triage]"]]


@dataclass(frozen=True)
class AckRules:
    """The settings `decide_acknowledgement` applies: acknowledgements on, and in hours too."""

    enabled: bool
    in_hours: bool

    def decide(self, triage: Triage) -> AckDecision:
        return decide_acknowledgement(triage, enabled=self.enabled, in_hours=self.in_hours)


class AckRenderer(Protocol):
    """Turns a new case into its acknowledgement job (the mail side's `AckComposer`)."""

    def render(self, case: Case, triage: Triage, received: Received) -> jobs.Acknowledge: ...


def apply_intake(
    store: CaseStore,
    message_id: int,
    received: Received,
    triage: Triage,
    *,
    rules: AckRules,
    composer: AckRenderer,
    now: datetime,
    row_id: int | None = None,
) -> Case:
    """Record the mail on its case and queue the follow-on work, in one transaction; with
    `row_id`, that outbox row is finished in it too (one commit, and never run twice)."""
    with store.transaction():
        if row_id is not None:
            outbox.finish(store.db, row_id, now)
        index_message(store.db, message_id, triage.parties or {"-"})
        thread = store.find_thread(triage.mail)
        tagged = None
        # The tag alone is no proof: anyone can type [PMC-000001] into a subject. Mail from
        # another address opens its own case, which names the tagged one.
        if (
            thread is not None
            and thread.by_tag
            and not same_sender(received.mail_from, thread.case.customer_address)
        ):
            tagged, thread = thread.case, None
        known, recent = store.sender_history(
            received.mail_from, now - priority.FLOOD_WINDOW, priority.FLOOD_CASES
        )
        level = priority.case_priority(
            bulk=priority.is_bulk((s.code for s in triage.suppressions), triage.spam),
            flooding=recent >= priority.FLOOD_CASES,
            pi_request=triage.pi_request is not None,
            followup=thread is not None,
            known_customer=known,
        )
        if thread is not None:
            case = thread.case
            store.record_parsed(message_id, triage.mail, case.id)
            case = store.record_followup(case, received, now)
            store.queue_slack(jobs.SlackThread(message_id), case.id, now, priority=level)
            store.queue_slack(jobs.SlackUpdate(case.id), case.id, now, priority=level)
            return case
        case = store.open_case(received, triage.mail, language=triage.language, now=now)
        store.record_parsed(message_id, triage.mail, case.id)
        if tagged is not None:
            store.note_tag_from_stranger(case, tagged, received.mail_from, now)
        decision = rules.decide(triage)
        if decision.state is AckState.PENDING and suspended_since(store.db, received.mail_from):
            decision = AckDecision(AckState.SUPPRESSED, SUSPENDED_REASON)
        if decision.state is AckState.PENDING:
            key = canonical_sender(triage.ack_person or received.mail_from)
            if store.reserve_ack(key, case.id, now):
                job = replace(composer.render(case, triage, received), sender_key=key)
                outbox.enqueue_job(store.db, job, now=now, case_id=case.id)
            else:
                decision = AckDecision(AckState.SUPPRESSED, ALREADY_ACKNOWLEDGED)
        store.set_triage(
            case.id,
            hits=triage.hits,
            answered=triage.match.answered,
            pi_request=triage.pi_request,
            out_of_hours=triage.out_of_hours,
            ack_state=decision.state,
            ack_reason=decision.reason,
        )
        if decision.state is AckState.SUPPRESSED:
            store.add_event(case.id, now, "system", "acknowledgement suppressed", decision.reason)
        if triage.mail.defects:
            store.add_event(
                case.id, now, "system", "malformed", "; ".join(triage.mail.defects)[:2000]
            )
        # Posted once its acknowledgement has gone, so that the post shows it (POST_AFTER_ACK).
        wait = slackposts.POST_AFTER_ACK if decision.state is AckState.PENDING else 0.0
        store.queue_slack(jobs.SlackPost(case.id), case.id, now, priority=level, delay=wait)
        return store.case_by_id(case.id)


class IntakeWorker:
    """The outbox handler for "intake" rows."""

    def __init__(
        self,
        runner: StoreRunner,
        *,
        triager: Triager | TriagePool,
        rules: AckRules,
        composer: AckRenderer,
        clock: Callable[[], datetime],
        on_queued: Callable[[], None] = lambda: None,
        writes: GroupCommit | None = None,
        reads: ReadRunner | None = None,
    ) -> None:
        self.runner = runner
        # The stored mail is read beside the writer, not behind its commits (casework.readside).
        self.reads = reads or runner
        # Intakes share commits with other workers' writes (casework.groupcommit).
        self.writes = writes or runner
        self.triager = triager
        self.rules = rules
        self.composer = composer
        self.clock = clock
        self.on_queued = on_queued  # wakes the workers that drain what the intake queued
        self.large = asyncio.Semaphore(1)

    async def __call__(self, row: OutboxRow) -> Finished | None:
        message_id = row.job_of(jobs.Intake).message
        # Mail within LARGE_MAIL is read in the same store hop that measures it.
        size, received = await self.reads.call(_unprocessed_within, message_id, LARGE_MAIL)
        if size <= LARGE_MAIL:
            return await self._take(row, message_id, received)
        # Large mail is read one at a time: each holds its raw bytes and a reading copy in
        # memory, and several at once would hold the GIL from the event loop for longer.
        async with self.large:
            # Not bound to a name here, so that `_take` can let the raw mail go.
            return await self._take(
                row, message_id, await self.reads.call(_unprocessed, message_id)
            )

    async def _take(
        self, row: OutboxRow, message_id: int, received: Received | None
    ) -> Finished | None:
        if received is None:
            return None  # a restart re-ran a row whose transaction had committed
        triage = await self.triager.triage_async(received)
        if len(received.raw) > LARGE_MAIL:
            # Read; from here on only the envelope is needed. A large mail is let go before
            # its row is rewritten below (SQLite rewrites the whole row, the raw mail with it),
            # so that the two are not in memory at once.
            received = replace(received, raw=b"")
        case = await self.writes.call(
            apply_intake,
            message_id,
            received,
            triage,
            rules=self.rules,
            composer=self.composer,
            now=self.clock(),
            row_id=row.id,
        )
        log.info("mail %d is on case %d (%s)", message_id, case.number, case.ack_state.value)
        self.on_queued()
        return FINISHED


def _unprocessed(store: CaseStore, message_id: int) -> Received | None:
    """The stored mail, or None when its intake already committed (one store hop)."""
    return None if store.is_processed(message_id) else store.received(message_id)


def _unprocessed_within(
    store: CaseStore, message_id: int, limit: int
) -> tuple[int, Received | None]:
    """The stored mail's size and, when it is at most `limit` bytes, the mail as `_unprocessed`
    gives it (None when its intake already committed); larger mail is not read here."""
    size = store.raw_size(message_id)
    return size, _unprocessed(store, message_id) if size <= limit else None


def ack_window(days: float) -> timedelta:
    return timedelta(days=days)
