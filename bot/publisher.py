"""The Slack publisher: case messages and thread notes, rendered from the store.

Outbox rows say *which* case changed, never *what* to show: every handler re-reads the case
and renders it as it is now, so rows can run late, twice or out of order and the channel still
ends up showing the store's state. The rows are drained by a worker that handles a few at a
time (`posting_policy`), most urgent first, each case's rows in turn; posts (chat.postMessage)
start `[slack] post_interval` apart, Slack's one message a second per channel, while updates
and rows that need no call go at once.

Slack failures are sorted in one place (`api`): an outage (HTTP 429 or 5xx after the SDK's own
retries, a timeout, a refused connection) becomes `RetryLater`, so the row waits in the outbox
until Slack is back; a refusal that can never succeed (``invalid_blocks``, ``not_in_channel``,
``channel_not_found``, ``msg_too_long``...) becomes `GiveUp` and the row is parked, logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import dataclasses
import functools
import hashlib
import json
import logging
import time
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from bot.blocks import (
    SHOW_EXCERPT,
    SHOW_NONE,
    case_message,
    digest_message,
    jst,
    thread_note_ack_failed,
    thread_note_followup,
    thread_note_reply_failed,
    thread_note_reply_sent,
    thread_note_transition,
)
from bot.history_note import history_note
from casework import jobs, slackposts
from casework.autoreply import same_sender
from casework.faq import Faq
from casework.groupcommit import GroupCommit
from casework.history import CustomerHistory
from casework.jobs import OutboxRow
from casework.models import Case, Message
from casework.outbox import GiveUp, RetryLater, WorkerPolicy
from casework.priority import BULK, NORMAL
from casework.privacy import CaseMarks, case_marks, record_note
from casework.readside import ReadRunner
from casework.store import CaseStore, StoreRunner

log = logging.getLogger(__name__)

EXCERPT_SOURCE_MAX = 8000  # the builders cut far shorter; this bounds the work of cutting
# Errors that no retry can fix; the row is parked and the error logged for staff.
PERMANENT_ERRORS = frozenset(
    {
        "invalid_blocks",
        "invalid_blocks_format",
        "msg_too_long",
        "msg_blocks_too_long",
        "no_text",
        "invalid_arguments",
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "channel_is_archived",
        "restricted_action",
        "message_not_found",
        "cant_update_message",
        "edit_window_closed",
        "thread_not_found",
    }
)
# A case message someone deleted, or one too old to edit: post the case afresh.
_REPOST_ERRORS = frozenset({"message_not_found", "cant_update_message", "edit_window_closed"})
SHOWN_KEPT = 4096  # cases whose last shown message the publisher remembers
DIGEST_UPDATE = 3.0  # seconds at least between two updates of one digest message
DIGEST_COMMAND = "inquiry-desk cases"
RATE_WINDOW = 60.0  # seconds over which /metrics reports the posting rate
RATE_SAMPLES = 4096  # post times kept for it (bounded, whatever the rate)
# Posting rows in flight at once. A more urgent row that arrives is claimed as slots free,
# behind the rows in flight: they hold at most BATCH_SECONDS of paced posts (two at Slack's
# one a second); unpaced, POST_BATCH rows in flight share their reads and their claims.
POST_BATCH = 16
BATCH_SECONDS = 2.0


def post_batch(interval: float) -> int:
    """How many posting rows the Slack worker holds at once, given the posting pace."""
    if interval <= 0:
        return POST_BATCH
    return max(1, min(POST_BATCH, int(BATCH_SECONDS / interval)))


def posting_policy(policy: WorkerPolicy, interval: float) -> WorkerPolicy:
    """The Slack worker's policy: `post_batch` rows in flight, refilled as they finish. The
    publisher paces the posts itself, so more rows in flight do not post faster than the
    pace; they keep one slow row (an answer Slack is slow to give, a digest, a case whose
    older cases are posted first) from holding the rest."""
    rows = post_batch(interval)
    return dataclasses.replace(policy, concurrency=rows, batch=rows)


TURN_WAIT = 30.0  # seconds a post waits at most for the rows started before it
TURNS_KEPT = 256  # turns remembered at most (failed ones wait for a later row to post them)
POST_HOLD = 2.0  # seconds a post's answer holds the next post at most (Slack answers in ~0.3)


@dataclass
class _Turn:
    """A slack_post row's place among the rows in flight: `mine` is done once the row's own
    case is posted (or its post held the next `POST_HOLD`), or the row ended; `failed` says
    the row ended in a retry (its case waits in the outbox)."""

    case_id: int
    key: tuple[int, int]  # (priority, row id): the order of claims
    mine: asyncio.Future[None]
    failed: bool = False

    def order(self) -> tuple[int, int]:
        return self.key

    def end(self) -> None:
        if not self.mine.done():
            self.mine.set_result(None)


# The turn of the slack_post row the current task handles (each row runs in a task of its own).
_TURN: contextvars.ContextVar[_Turn | None] = contextvars.ContextVar("post_turn", default=None)


class SlackRefused(GiveUp):
    """Slack refused a call for good; `error` is its error code."""

    def __init__(self, error: str) -> None:
        super().__init__(f"slack: {error}")
        self.error = error


class SlackUnavailable(RetryLater):
    """Slack could not be reached or asked us to wait."""


def _retry_after(response: AsyncSlackResponse) -> float | None:
    for key, value in (response.headers or {}).items():
        if key.lower() == "retry-after":
            text = value[0] if isinstance(value, list) else value
            try:
                return float(text)
            except (TypeError, ValueError):
                return None
    return None


async def api(call: Awaitable[AsyncSlackResponse]) -> AsyncSlackResponse:
    """Await one Web API call, turning failures into `SlackUnavailable` or `SlackRefused`."""
    try:
        return await call
    except SlackApiError as exc:
        response = exc.response
        status = int(getattr(response, "status_code", 0) or 0)
        error = str(response.get("error") or f"HTTP {status}")
        if status == 429:
            raise SlackUnavailable("slack: ratelimited", after=_retry_after(response)) from exc
        if status >= 500:
            raise SlackUnavailable(f"slack: HTTP {status} ({error})") from exc
        if error in PERMANENT_ERRORS:
            raise SlackRefused(error) from exc
        raise SlackUnavailable(f"slack: {error}") from exc
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise SlackUnavailable(f"slack unreachable: {type(exc).__name__} {exc}".strip()) from exc


@dataclass(frozen=True)
class CaseSnapshot:
    """A case and the first mail of it, read together on the store's thread."""

    case: Case
    first: Message | None
    marks: CaseMarks = field(default_factory=CaseMarks)  # erased, suspended, identity
    history: CustomerHistory | None = None  # the customer's earlier cases


def snapshot(store: CaseStore, case_id: int) -> CaseSnapshot:
    case = store.case_by_id(case_id)
    return CaseSnapshot(
        case,
        store.first_incoming(case_id),
        case_marks(store, case_id),
        store.customer_history(case),
    )


def snapshot_if_update_needed(store: CaseStore, case_id: int) -> CaseSnapshot | None:
    """The case's snapshot when an update of its message has anything to do
    (`slackposts.update_needed`), else None."""
    return snapshot(store, case_id) if slackposts.update_needed(store, case_id) else None


def post_plan(store: CaseStore, row_id: int, case_id: int) -> tuple[list[int], CaseSnapshot]:
    """What a slack_post row that is not bulk needs, read in one call: the older cases to post
    before it (`slackposts.unposted_before`) and the case as it is now. Such a row writes
    nothing before its post (only bulk rows take a turn in a digest, `slackposts.take_bulk`),
    so both are reads, done beside the writer."""
    return slackposts.unposted_before(store, row_id), snapshot(store, case_id)


def _digest(payload: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


class Publisher:
    """Writes cases to the channel. The outbox handlers and the listeners share it."""

    def __init__(
        self,
        client: AsyncWebClient,
        runner: StoreRunner,
        faq: Faq,
        channel: str,
        *,
        interval: float = 1.0,
        remember: int = SHOWN_KEPT,
        show_mail: str = SHOW_EXCERPT,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        writes: GroupCommit | None = None,
        reads: ReadRunner | None = None,
    ) -> None:
        self.show_mail = show_mail  # [slack] show_mail: how much customer text the channel gets
        self.client = client
        self.remember = remember
        self.runner = runner
        # Where a post is recorded shares a commit with other workers' writes, and a case is
        # read beside the writer (casework.groupcommit, casework.readside).
        self.writes = writes or runner
        self.reads = reads or runner
        self.faq = faq
        self.channel = channel
        self.interval = interval
        self._last_post = -interval  # monotonic time of the last chat.postMessage
        self._post_lock = asyncio.Lock()
        self._turns: deque[_Turn] = deque()  # slack_post rows in flight, in the order started
        self._posted: deque[float] = deque(maxlen=RATE_SAMPLES)  # monotonic times of posts
        # digest id -> monotonic time of its last update, and what that update showed
        self._digest_shown: dict[int, tuple[float, str]] = {}
        # Digests whose next update waits its turn, off the Slack worker (its round would wait).
        self._digest_later: dict[int, asyncio.Task[None]] = {}
        self.clock = clock
        self.digest_update = DIGEST_UPDATE
        self._quiet_until = 0.0  # monotonic time before which a 429 asked us not to post
        self._titles: dict[str, dict[str, str]] = {}
        # Per-case state stays bounded: a lock lives while someone holds or waits for it,
        # and the digests of what recent messages show are kept for the newest `remember`
        # cases (an older case's update is sent again, which changes nothing in Slack).
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}
        self._shown: OrderedDict[int, str] = OrderedDict()  # case id -> digest of the message
        self._permalinks: OrderedDict[tuple[str, str], str] = OrderedDict()  # (channel, ts)

    def handlers(self) -> dict[str, Callable[[OutboxRow], Awaitable[None]]]:
        return {
            jobs.SlackPost.KIND: self.on_post,
            jobs.SlackUpdate.KIND: self.on_update,
            jobs.SlackThread.KIND: self.on_thread,
            jobs.SlackNote.KIND: self.on_note,
        }

    # --- rendering --------------------------------------------------------------------------

    def titles(self, lang: str) -> dict[str, str]:
        if lang not in self._titles:
            self._titles[lang] = self.faq.titles(lang)
        return self._titles[lang]

    def render(self, snap: CaseSnapshot, *, history_link: str | None = None) -> dict[str, Any]:
        """The case message; `history_link` is the permalink of the customer's latest earlier
        case (`history_link`)."""
        first = snap.first
        return case_message(
            snap.case,
            excerpt=first.body[:EXCERPT_SOURCE_MAX] if first else "",
            attachments=first.attachments if first else (),
            faq_titles=self.titles(snap.case.language),
            show=self.show_mail,
            marks=snap.marks,
            history=history_note(snap.history, history_link),
        )

    async def history_link(self, history: CustomerHistory | None) -> str | None:
        """The permalink of the customer's latest earlier case message (chat.getPermalink,
        remembered: a message's permalink never changes); None when it was never posted or
        Slack cannot say now, and the message then names the case without a link."""
        if history is None or not history.latest_ts:
            return None
        where = (history.latest_channel or self.channel, history.latest_ts)
        if where in self._permalinks:
            return self._permalinks[where]
        try:
            found = await api(self.client.chat_getPermalink(channel=where[0], message_ts=where[1]))
        except (SlackRefused, SlackUnavailable) as exc:
            log.info("Slack: no permalink for %s (%s)", history.latest_tag, exc)
            return None
        link = found.get("permalink")
        if not isinstance(link, str):
            return None
        self._permalinks[where] = link
        while len(self._permalinks) > self.remember:
            self._permalinks.popitem(last=False)
        return link

    @contextlib.asynccontextmanager
    async def _lock(self, case_id: int) -> AsyncIterator[None]:
        lock, users = self._locks.get(case_id) or (asyncio.Lock(), 0)
        self._locks[case_id] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[case_id]
            if users == 1:
                del self._locks[case_id]
            else:
                self._locks[case_id] = (lock, users - 1)

    def _remember(self, case_id: int, digest: str) -> None:
        self._shown[case_id] = digest
        self._shown.move_to_end(case_id)
        while len(self._shown) > self.remember:
            self._shown.popitem(last=False)

    def post_rate(self, now: float | None = None) -> float:
        """chat.postMessage calls a second over the last RATE_WINDOW seconds, for /metrics."""
        now = time.monotonic() if now is None else now
        recent = sum(1 for t in self._posted if now - t <= RATE_WINDOW)
        return recent / RATE_WINDOW

    def tracked_cases(self) -> int:
        """How many cases the publisher holds state for (bounded; shown in tests)."""
        return len(self._locks) + len(self._shown)

    # --- the case message -------------------------------------------------------------------

    async def publish(self, case_id: int, *, fallback: tuple[str, str] | None = None) -> Case:
        """Post the case, or bring its message up to date. Serialised per case, so the last
        write shows the latest state; an update identical to the last one is skipped.

        `fallback` is the (channel, ts) of a message to update when the store has none
        recorded (a click on a message whose ts was never saved)."""
        async with self._lock(case_id):
            snap = await self.reads.call(snapshot, case_id)
            return await self._show(snap, fallback)

    async def _show(self, snap: CaseSnapshot, fallback: tuple[str, str] | None) -> Case:
        """Post or update the case message from `snap`; the caller holds the case's lock."""
        link = await self.history_link(snap.history)
        case, payload = snap.case, self.render(snap, history_link=link)
        where = (case.slack_channel or self.channel, case.slack_ts) if case.slack_ts else None
        where = where or fallback
        if where is None:
            return await self._post(case, payload)
        if self._shown.get(case.id) == _digest({**payload, "at": where}):
            return case
        try:
            await api(self.client.chat_update(channel=where[0], ts=where[1], **payload))
        except SlackRefused as exc:
            if exc.error not in _REPOST_ERRORS:
                raise
            log.warning("Slack: message of %s is gone (%s); posting it anew", case.tag, exc)
            return await self._post(case, payload)
        if not case.slack_ts:
            await self.runner.call(slackposts.set_post, case.id, where[0], where[1])
        self._remember(case.id, _digest({**payload, "at": where}))
        return case

    async def post_message(self, **params: Any) -> AsyncSlackResponse:
        """chat.postMessage for the other posters (digest, reminders), paced with the rest."""
        return await self._post_message(**params)

    async def _post_message(self, **params: Any) -> AsyncSlackResponse:
        """chat.postMessage, started at most one per `interval`: Slack allows about one
        message a second per channel (its chat.postMessage rate limit). Only posting is paced:
        chat.update is Tier 3, and a row that calls nothing must not cost a second.

        The next post waits for this one's answer, so the channel shows cases in the order
        they were posted even when one fails (a later case cannot go before an earlier one
        whose post then fails), but for `POST_HOLD` seconds at most: a call Slack is slow to
        answer holds the rows in flight no longer than that. A 429's Retry-After holds every
        later post: Slack rate-limits per method and app, not per message (the SDK does not
        retry a post's 429 itself, `bot.runtime.make_client`: asleep inside the call, it
        would go out beside the others)."""
        started = params.pop("_started", None)
        async with self._post_lock:
            while True:  # a 429 meanwhile moves the time on
                wait = max(self._last_post + self.interval, self._quiet_until) - time.monotonic()
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
            self._last_post = time.monotonic()
            self._posted.append(self._last_post)
            call = asyncio.ensure_future(self._call_post(params))
            try:
                await asyncio.wait({call}, timeout=POST_HOLD)
            except asyncio.CancelledError:
                call.cancel()
                raise
        if started is not None and not (call.done() and call.exception()):
            started()  # a post that failed ends its turn as its row fails (`on_post`)
        return await call

    async def _call_post(self, params: dict[str, Any]) -> AsyncSlackResponse:
        try:
            return await api(self.client.chat_postMessage(**params))
        except SlackUnavailable as exc:
            if exc.after:
                self._quiet_until = max(self._quiet_until, time.monotonic() + exc.after)
            raise

    async def _post(self, case: Case, payload: dict[str, Any]) -> Case:
        turn = _TURN.get()
        if turn is not None and (turn.case_id != case.id or turn.mine.done()):
            turn = None  # an older case posted first, or a second post: not the row's turn
        response = await self._post_message(
            channel=self.channel, **payload, _started=turn.end if turn else None
        )
        channel, ts = str(response["channel"]), str(response["ts"])
        await self.writes.call(slackposts.set_post, case.id, channel, ts)
        self._remember(case.id, _digest({**payload, "at": (channel, ts)}))
        log.info("Slack: posted %s as %s", case.tag, ts)
        return case

    async def _wait_turn(self, turn: _Turn) -> None:
        """Wait until the rows in flight that come before this one (most urgent first, then
        oldest, as claimed) have posted their cases or ended. A row that ended in a retry
        read its plan too early to see the cases behind it; its case goes first now, as it
        would have had the rows run one after another."""
        deadline = time.monotonic() + TURN_WAIT
        while (left := deadline - time.monotonic()) > 0:
            waiting = [t.mine for t in self._turns if t.key < turn.key and not t.mine.done()]
            if not waiting:
                break
            await asyncio.wait(waiting, timeout=left)
        for ahead in sorted((t for t in self._turns if t.key < turn.key), key=_Turn.order):
            if ahead.failed and ahead.case_id != turn.case_id:
                try:
                    await self.publish(ahead.case_id)
                except SlackRefused as exc:  # that case's own row says so; this one goes on
                    log.info("Slack: case %d not posted before the next (%s)", ahead.case_id, exc)
                ahead.failed = False  # posted now, or refused for good: not again

    async def on_post(self, row: OutboxRow) -> None:
        """``slack_post``: post the case. Older cases still waiting (their rows retrying after
        an outage) are posted first, so the channel keeps the cases in order. Bulk mail from
        one domain goes into a digest message instead (casework.slackposts).

        The Slack worker handles several rows at once; a row that is not bulk begins once
        the rows in flight that come before it have posted their cases or ended (`_Turn`), so
        the channel keeps the order of the claims too, and a post that fails goes first
        again, as when the rows ran one after another."""
        case_id = row.job_of(jobs.SlackPost).case
        if row.priority == BULK:  # last anyway, and a digest's turn is a task of its own
            await self._on_post(row, case_id)
            return
        level = NORMAL if row.priority is None else row.priority
        turn = _Turn(case_id, (level, row.id), asyncio.get_running_loop().create_future())
        self._turns.append(turn)
        token = _TURN.set(turn)
        try:
            await self._wait_turn(turn)
            await self._on_post(row, case_id)
        except RetryLater:
            turn.failed = True
            raise
        finally:
            _TURN.reset(token)
            turn.end()
            # Kept while they failed (the rows after them post their cases first), bounded.
            while self._turns and (
                len(self._turns) > TURNS_KEPT
                or (self._turns[0].mine.done() and not self._turns[0].failed)
            ):
                self._turns.popleft()

    async def _on_post(self, row: OutboxRow, case_id: int) -> None:
        if row.priority is not None and row.priority != BULK:
            async with self._lock(case_id):  # as `publish` holds it
                before, snap = await self.reads.call(post_plan, row.id, case_id)
                if not before:
                    await self._show(snap, None)
                    return
            # Older cases retrying after an outage go first; this case is read again after.
            for earlier in before:
                await self.publish(earlier)
            await self.publish(case_id)
            return
        turn, before = await self.runner.call(slackposts.post_turn, row.id, case_id, self.clock())
        if turn is not None:
            for digest_id in turn.digests:
                await self.show_digest(digest_id)
            if turn.joined:
                return
        for earlier in before:
            await self.publish(earlier)
        await self.publish(case_id)

    async def show_digest(self, digest_id: int) -> None:
        """Post a flood digest, or bring it up to date; its updates are kept DIGEST_UPDATE
        apart (chat.update is Tier 3 in Slack's rate limits, about 50 a minute). An update
        reads the digest after its wait, so it shows every mail that joined meanwhile: the
        rows of those mails leave it to that update, and a row whose mail is already shown
        neither waits nor updates. The wait is a task of its own: a Slack worker handles its
        claimed rows together, and one row waiting its digest's turn held all of them (each
        row's mail joined the digest before this call; a restart loses only the wait, and the
        digest's next mail brings it up to date)."""
        if digest_id in self._digest_later:
            return
        async with self._lock(-digest_id):  # digests and cases share the lock table
            found = await self.runner.call(slackposts.digest, digest_id)
            shown_at, shown = self._digest_shown.get(digest_id, (-self.digest_update, ""))
            if found.ts and found.channel:
                channel, ts = found.channel, found.ts  # where it is: fixed under the lock
                if _digest(self._digest_payload(found)) == shown:
                    return
                wait = shown_at + self.digest_update
                if wait > time.monotonic():
                    self._show_digest_later(digest_id, wait - time.monotonic())
                    return
                payload = self._digest_payload(found)
                try:
                    await api(self.client.chat_update(channel=channel, ts=ts, **payload))
                    self._digest_updated(digest_id, payload)
                    return
                except SlackRefused as exc:
                    if exc.error not in _REPOST_ERRORS:
                        raise
            payload = self._digest_payload(found)
            response = await self._post_message(channel=self.channel, **payload)
            channel, ts = str(response["channel"]), str(response["ts"])
            await self.runner.call(slackposts.set_digest_post, digest_id, channel, ts)
            self._digest_updated(digest_id, payload)
            log.info("Slack: digest of %d mails from %s posted", found.count, found.key)

    def _show_digest_later(self, digest_id: int, delay: float) -> None:
        task = asyncio.create_task(self._digest_after(digest_id, delay))
        self._digest_later[digest_id] = task
        task.add_done_callback(functools.partial(self._digest_later_done, digest_id))

    async def _digest_after(self, digest_id: int, delay: float) -> None:
        await asyncio.sleep(delay)
        # Off the list before it reads: a mail joining after the read schedules the next update.
        self._digest_later.pop(digest_id, None)
        await self.show_digest(digest_id)

    def _digest_later_done(self, digest_id: int, task: asyncio.Task[None]) -> None:
        if self._digest_later.get(digest_id) is task:
            del self._digest_later[digest_id]
        if not task.cancelled() and task.exception() is not None:
            # The digest's next mail tries again; the cases are listed by `cases` meanwhile.
            log.warning("Slack: digest %d not brought up to date: %s", digest_id, task.exception())

    @staticmethod
    def _digest_payload(found: slackposts.Digest) -> dict[str, Any]:
        return digest_message(found.count, found.key, found.subject, found.recent, DIGEST_COMMAND)

    def _digest_updated(self, digest_id: int, payload: Mapping[str, Any]) -> None:
        self._digest_shown[digest_id] = (time.monotonic(), _digest(payload))
        while len(self._digest_shown) > SHOWN_KEPT:
            self._digest_shown.pop(next(iter(self._digest_shown)))

    async def on_update(self, row: OutboxRow) -> None:
        """``slack_update``: re-render. Not posted yet: the pending post will show the current
        state, so nothing to do, unless no post is pending any more (it was given up)."""
        case_id = row.job_of(jobs.SlackUpdate).case
        # Under the case's lock: a post of the case in flight finishes first (and is then
        # updated), or has not read the case yet (and will show what it finds). The check and
        # the read of the case are one store hop.
        async with self._lock(case_id):
            snap = await self.reads.call(snapshot_if_update_needed, case_id)
            if snap is not None:
                await self._show(snap, None)

    # --- thread notes -----------------------------------------------------------------------

    async def _in_thread(
        self, case: Case, note: dict[str, Any], kind: str, message_id: int | None = None
    ) -> None:
        digest = None if case.slack_ts else await self.runner.call(slackposts.digest_of, case.id)
        if digest is not None:
            # Counted in a flood digest, it has no thread: now that it needs one (a follow-up,
            # a reply), it gets a message of its own.
            await self.publish(case.id)
            case = await self.runner.call(CaseStore.case_by_id, case.id)
        if not case.slack_ts:
            raise RetryLater(f"{case.tag} is not in Slack yet", after=max(self.interval, 1.0))
        async with self._lock(case.id):  # posts overlap: a thread's notes keep their order
            response = await self._post_message(
                channel=case.slack_channel or self.channel, thread_ts=case.slack_ts, **note
            )
        # Remembered so that an erase can delete the notes quoting a person (docs/privacy.md).
        channel, note_ts = str(response.get("channel") or ""), str(response.get("ts") or "")
        if channel and note_ts:
            await self.runner.call(record_note, channel, note_ts, case.id, kind, message_id)

    async def on_thread(self, row: OutboxRow) -> None:
        """``slack_thread``: a customer's follow-up mail, as a note in the case's thread."""
        job = row.job_of(jobs.SlackThread)
        message = await self.runner.call(CaseStore.message, job.message)
        if message.case_id is None:
            raise GiveUp(f"message {message.id} belongs to no case")
        case = await self.runner.call(CaseStore.case_by_id, message.case_id)
        sender = message.mail_from if message.mail_from != "<>" else ""
        other = None if same_sender(sender, case.customer_address) else sender
        hidden = self.show_mail != SHOW_EXCERPT
        excerpt = "" if hidden else message.body[:EXCERPT_SOURCE_MAX]
        note = thread_note_followup(excerpt, jst(message.received_at), other, hidden=hidden)
        await self._in_thread(case, note, "followup", message.id)

    async def on_note(self, row: OutboxRow) -> None:
        """``slack_note``: what the mail side reports (a reply sent or failed, an
        acknowledgement failed), in the case's thread."""
        job = row.job_of(jobs.SlackNote)  # an unknown note kind is JobMalformed, a GiveUp
        hide = self.show_mail == SHOW_NONE and job.excerpt
        excerpt = "(hidden / 非表示)" if hide else job.excerpt
        match job.note:
            case jobs.NoteKind.REPLY_SENT:
                note = thread_note_reply_sent(job.user, excerpt)
            case jobs.NoteKind.REPLY_FAILED:
                note = thread_note_reply_failed(job.user, excerpt, job.error)
            case jobs.NoteKind.ACK_FAILED:
                note = thread_note_ack_failed(job.error)
        case = await self.runner.call(CaseStore.case_by_id, job.case)
        await self._in_thread(case, note, str(job.note.value))

    async def note_transition(self, case: Case, user_id: str, action: str) -> None:
        """Say in the thread who claimed, released, resolved or reopened the case."""
        await self._in_thread(case, thread_note_transition(user_id, action), "transition")
