"""Outgoing mail from the outbox: the acknowledgement of a new case and a staff reply.

The intake transaction queues an "acknowledge" row holding what the acknowledgement needs
(AckComposer.render); staff replies arrive as "reply" rows (CaseStore.queue_reply). Both carry
their Message-ID from the start, so a retried send is the same message. What the relay says
decides what is recorded: the sender's acknowledgement mark is written only after the relay
accepted the mail, and a refusal that will never succeed parks the row as failed
with the acknowledgement marked failed on the case, where staff see it in Slack.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid

from casework import jobs, outbox, slackposts
from casework.address import path_problem
from casework.calendar import BusinessCalendar, describe_opening, describe_received
from casework.errors import CaseworkError, JobMalformed
from casework.faq import Faq
from casework.groupcommit import GroupCommit
from casework.jobs import OutboxRow
from casework.models import AckState, Case
from casework.outbox import FINISHED, Finished, GiveUp, RetryLater
from casework.readside import ReadRunner
from casework.resources import shipped
from casework.settings import Settings
from casework.store import CaseStore, Received, StoreRunner
from responder.acknowledgement import (
    AckAnswer,
    AckContent,
    AckEnvelope,
    AcknowledgementError,
    build_acknowledgement,
    check_templates,
    template_environment,
)
from responder.intake import Triage
from responder.reply import ReplyAddressing, build_reply
from responder.sender import MailSender, SendError, flatten

log = logging.getLogger(__name__)

TEMPLATES_DIR = shipped("templates")
Handler = Callable[[OutboxRow], Awaitable[Finished | None]]
GiveUpHandler = Callable[[OutboxRow, str], Awaitable[None]]


class AckComposer:
    """Turns a triaged case into the acknowledgement's outbox payload, and back into a mail."""

    def __init__(self, settings: Settings, calendar: BusinessCalendar, faq: Faq) -> None:
        self.settings = settings
        self.calendar = calendar
        self.faq = faq
        self.templates = template_environment(settings.desk.templates_dir or TEMPLATES_DIR)

    def check_templates(self) -> None:
        """Load and compile every acknowledgement template now (AcknowledgementError if one
        is missing or does not parse), so that a broken folder stops the start, not the first
        acknowledgement."""
        check_templates(self.templates)

    def render(self, case: Case, triage: Triage, received: Received) -> jobs.Acknowledge:
        """The acknowledgement job. Runs inside the intake transaction, so it only decides;
        building the mail waits for the worker. The intake adds the `sender_key`."""
        mail = triage.mail
        limit = self.settings.acknowledgement.max_answers
        return jobs.Acknowledge(
            # RFC 3834 §4: the envelope sender; the person only for an authenticated mail
            # sent with a bounce address (casework.correspondents.person_for_acknowledgement).
            recipient=triage.ack_person or received.mail_from,
            envelope_from=self.settings.acknowledgement.envelope_from,
            lang=triage.reply_language,
            answers=tuple(m.id for m in triage.match.confident(limit=limit)),
            message_id=make_msgid(domain=self.settings.desk.domain),
            original_message_id=None if mail.message_id_generated else mail.message_id,
            original_references=tuple(mail.references),
            subject=mail.subject,
            closed=triage.out_of_hours,
            received_at=received.received_at,
            case_number=case.number,
            case_tag=case.tag,
        )

    def build(self, number: int, tag: str, job: jobs.Acknowledge, now: datetime) -> EmailMessage:
        """The mail for an acknowledgement job of case `number` (`tag`, "[PMC-000123]").
        Raises AcknowledgementError."""
        try:
            content = self._content(number, tag, job)
        except CaseworkError as exc:  # the calendar has no data for the year, say
            raise AcknowledgementError(str(exc)) from exc
        desk = self.settings.desk
        envelope = AckEnvelope(
            recipient=job.recipient,
            original_message_id=job.original_message_id,
            original_references=job.original_references,
            from_address=desk.address,
            from_name=self.settings.acknowledgement.from_name,
            loop_marker=desk.address,
            id_domain=desk.domain,
        )
        return build_acknowledgement(
            content, envelope, self.templates, now, message_id=job.message_id
        )

    def _content(self, number: int, tag: str, job: jobs.Acknowledge) -> AckContent:
        lang, received_at, closed = job.lang, job.received_at, job.closed
        back = self.calendar.next_open(received_at) if closed else None
        langs = ("ja", "en") if lang == "both" else (lang,)
        received = [describe_received(received_at, x) for x in langs]
        back_text = [describe_opening(back, x) if back else "" for x in langs]
        return AckContent(
            lang=lang,
            case_number=number,
            case_tag=tag,
            received_at=received_at,
            received_text=received[0],
            back_text=back_text[0],
            received_text_en=received[-1] if lang == "both" else "",
            back_text_en=back_text[-1] if lang == "both" else "",
            subject=job.subject,
            answers=self._answers(job.answers, langs),
            closed=closed,
        )

    def _answers(self, ids: tuple[str, ...], langs: tuple[str, ...]) -> tuple[AckAnswer, ...]:
        # In a mail of one language an answer shows in it (lang ""); in a bilingual mail each
        # language part shows its own answer.
        shown_in = (lambda lang: "") if len(langs) == 1 else (lambda lang: lang)
        return tuple(
            AckAnswer(entry.section, entry.question_in(lang), entry.answer_in(lang), shown_in(lang))
            for entry in (self.faq.get(i) for i in ids)
            if entry is not None  # None: the FAQ changed since the mail came in
            for lang in langs
        )


class MailDelivery:
    """The outbox handlers for outgoing mail."""

    def __init__(
        self,
        runner: StoreRunner,
        *,
        sender: MailSender,
        settings: Settings,
        clock: Callable[[], datetime],
        composer: AckComposer,
        notify: Callable[[], None] = lambda: None,
        writes: GroupCommit | None = None,
        reads: ReadRunner | None = None,
    ) -> None:
        self.runner = runner
        self.reads = reads or runner  # beside the writer (casework.readside)
        # The record of a send shares its commit with other workers' writes (casework.groupcommit).
        self.writes = writes or runner
        self.sender = sender
        self.settings = settings
        self.clock = clock
        self.composer = composer
        self.notify = notify
        self.sent = 0

    def handlers(self) -> dict[str, Handler]:
        return {jobs.Acknowledge.KIND: self.acknowledge, jobs.Reply.KIND: self.reply}

    def give_up_handlers(self) -> dict[str, GiveUpHandler]:
        return {
            jobs.Acknowledge.KIND: self.acknowledgement_failed,
            jobs.Reply.KIND: self.reply_failed,
        }

    async def acknowledge(self, row: OutboxRow) -> Finished:
        job = row.job_of(jobs.Acknowledge)
        case_id, number, tag = _case_id(row), job.case_number, job.case_tag
        if not (number and tag):  # a row queued before the job named its case
            case = await self.reads.call(CaseStore.case_by_id, case_id)
            number, tag = case.number, case.tag
        try:
            message = self.composer.build(number, tag, job, self.clock())
        except AcknowledgementError as exc:
            raise GiveUp(f"cannot build the acknowledgement: {exc}") from exc
        sent = Sent.of(message, job.envelope_from, job.recipient)
        try:
            outcome = await self._send(message, sent)
        except RetryLater:
            # The relay is away: the case's post waits no longer for it (POST_AFTER_ACK).
            await self.writes.call(slackposts.release_post, case_id, self.clock())
            raise
        await self.writes.call(
            _acknowledged,
            row_id=row.id,
            case_id=case_id,
            sender_key=job.sender_key,
            sent=sent,
            now=self.clock(),
            window=timedelta(days=self.settings.acknowledgement.window_days),
        )
        log.info("acknowledged case %d: %s", number, outcome)
        self.notify()
        return FINISHED

    async def reply(self, row: OutboxRow) -> Finished:
        job = row.job_of(jobs.Reply)
        case = await self.runner.call(CaseStore.case_by_id, job.case)
        # The person (Reply-To, else From: RFC 5322 §3.6.2), and the Cc of a reply to all.
        to = case.reply_addresses
        if not to:
            raise GiveUp("no reply: the case has no address to reply to")
        for address in (*to, *job.cc):
            problem = path_problem(address)
            if problem:  # checked before anything is built from it (CVE-2024-6923)
                raise GiveUp(f"no reply to {address!r}: the address {problem}")
        in_reply_to, references = await self.runner.call(CaseStore.thread_ids, case.id)
        desk = self.settings.desk
        addressing = ReplyAddressing(
            from_address=desk.address,
            from_name=self.settings.acknowledgement.from_name,
            in_reply_to=in_reply_to,
            references=references,
            message_id=job.message_id,
            cc=job.cc,
        )
        message = build_reply(case, job.body, addressing, self.clock())
        # A staff reply comes from info@, which does read its mail: bounces should come back.
        sent = Sent.of(message, desk.address, *to, *job.cc)
        await self._send(message, sent)
        await self.runner.call(
            _replied,
            row_id=row.id,
            case_id=case.id,
            sent=sent,
            body=job.body,
            author=job.author,
            now=self.clock(),
        )
        log.info("sent %s's reply on case %d", job.author or "staff", case.number)
        self.notify()
        return FINISHED

    async def _send(self, message: EmailMessage, sent: Sent) -> str:
        try:
            outcome = await self.sender.send(
                message,
                envelope_from=sent.envelope_from,
                recipients=list(sent.recipients),
                data=sent.raw,
            )
        except SendError as exc:
            if exc.temporary:
                raise RetryLater(str(exc)) from exc
            raise GiveUp(str(exc)) from exc
        self.sent += 1
        return outcome

    async def acknowledgement_failed(self, row: OutboxRow, error: str) -> None:
        # A malformed row is parked too: then there is no mark to free, but staff are told.
        sender_key = row.job.sender_key if isinstance(row.job, jobs.Acknowledge) else ""
        await self.runner.call(_ack_failed, _case_id(row), sender_key, error, self.clock())
        self.notify()

    async def reply_failed(self, row: OutboxRow, error: str) -> None:
        author = row.job.author if isinstance(row.job, jobs.Reply) else ""
        await self.runner.call(_reply_failed, _case_id(row), author, error, self.clock())
        self.notify()


def _case_id(row: OutboxRow) -> int:
    if row.case_id is not None:
        return row.case_id
    if isinstance(row.job, jobs.Reply):
        return row.job.case
    raise JobMalformed(row.problem or f"{row.kind} row {row.id} names no case")


@dataclass(frozen=True)
class Sent:
    """An outgoing mail as flattened once, on the event loop: the bytes given to the relay
    are the bytes the store records, and the store's thread flattens nothing."""

    raw: bytes
    envelope_from: str
    recipient: str
    message_id: str
    subject: str
    copies: tuple[str, ...] = ()  # further recipients: the rest of Reply-To, a reply's Cc

    @property
    def recipients(self) -> tuple[str, ...]:
        return (self.recipient, *self.copies)

    @classmethod
    def of(cls, message: EmailMessage, envelope_from: str, recipient: str, *copies: str) -> Sent:
        return cls(
            flatten(message),
            envelope_from,
            recipient,
            str(message["Message-ID"]),
            str(message["Subject"]),
            copies,
        )


def _acknowledged(
    store: CaseStore,
    *,
    row_id: int,
    case_id: int,
    sender_key: str,
    sent: Sent,
    now: datetime,
    window: timedelta,
) -> None:
    """After the relay took the acknowledgement: the mark, the case, the record, one commit."""
    with store.transaction():
        # The row is finished in the same commit that records the send: a crash between the
        # two would otherwise run the row again and mail the customer a second time.
        outbox.finish(store.db, row_id, now)
        store.mark_ack_sent(sender_key, now, window)
        store.set_ack_state(case_id, AckState.SENT, "", now)
        # No body: recorded bodies are what search reads, and the acknowledgement's quoted FAQ
        # answers would make every acknowledged case match them. `case N` shows its text from
        # the mail as sent (stored raw beside it).
        _record(store, case_id, sent, "acknowledgement", "", None, now)
        store.add_event(case_id, now, "system", "acknowledgement sent", sent.recipient)
        # A post that has not started shows the acknowledgement sent: it goes now, and no
        # update follows it (casework.slackposts.POST_AFTER_ACK).
        if not slackposts.release_post(store, case_id, now):
            store.queue_slack(jobs.SlackUpdate(case_id), case_id, now)


def _replied(
    store: CaseStore,
    *,
    row_id: int,
    case_id: int,
    sent: Sent,
    body: str,
    author: str,
    now: datetime,
) -> None:
    with store.transaction():
        outbox.finish(store.db, row_id, now)  # with the record, as for acknowledgements
        _record(store, case_id, sent, "reply", body, author, now)
        store.add_event(case_id, now, author or "staff", "reply sent", ", ".join(sent.recipients))
        note = jobs.SlackNote(case_id, jobs.NoteKind.REPLY_SENT, user=author, excerpt=body[:500])
        store.queue_slack(note, case_id, now)
        store.queue_slack(jobs.SlackUpdate(case_id), case_id, now)


def _record(
    store: CaseStore,
    case_id: int,
    sent: Sent,
    kind: str,
    body: str,
    author: str | None,
    now: datetime,
) -> None:
    store.record_outgoing(
        case_id,
        raw=sent.raw,
        kind=kind,
        envelope_from=sent.envelope_from,
        recipients=list(sent.recipients),
        message_id=sent.message_id,
        subject=sent.subject,
        body=body,
        author=author,
        now=now,
    )


def _ack_failed(store: CaseStore, case_id: int, sender_key: str, error: str, now: datetime) -> None:
    """The outbox gave up: free the sender's place (nothing reached them) and tell staff."""
    with store.transaction():
        slackposts.release_post(store, case_id, now)  # it shows the failure; no wait for it
        if sender_key:
            store.release_ack(sender_key)
        store.set_ack_state(case_id, AckState.FAILED, error[:500], now)
        store.add_event(case_id, now, "system", "acknowledgement failed", error[:2000])
        note = jobs.SlackNote(case_id, jobs.NoteKind.ACK_FAILED, error=error[:500])
        store.queue_slack(note, case_id, now)
        store.queue_slack(jobs.SlackUpdate(case_id), case_id, now)


def _reply_failed(store: CaseStore, case_id: int, author: str, error: str, now: datetime) -> None:
    with store.transaction():
        store.add_event(case_id, now, "system", "reply failed", error[:2000])
        note = jobs.SlackNote(case_id, jobs.NoteKind.REPLY_FAILED, user=author, error=error[:500])
        store.queue_slack(note, case_id, now)
