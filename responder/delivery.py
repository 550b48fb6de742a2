"""Outgoing mail from the outbox: the acknowledgement of a new case and a staff reply.

The intake transaction queues an "acknowledge" row holding what the acknowledgement needs
(AckComposer.render); staff replies arrive as "reply" rows (CaseStore.queue_reply). Both carry
their Message-ID from the start, so a retried send is the same message. What the relay says
decides what is recorded: the sender's acknowledgement mark is written only after the relay
accepted the mail (issue 4), and a refusal that will never succeed parks the row as failed
with the acknowledgement marked failed on the case, where staff see it in Slack.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from casework import outbox
from casework.address import path_problem
from casework.calendar import BusinessCalendar, describe_opening, describe_received
from casework.errors import CaseworkError
from casework.faq import Faq
from casework.language import reply_language
from casework.models import AckState, Case, OutboxRow
from casework.outbox import GiveUp, RetryLater
from casework.resources import shipped
from casework.settings import Settings
from casework.store import CaseStore, Received, StoreRunner, parse_ts, ts
from responder.acknowledgement import (
    AckAnswer,
    AckContent,
    AckEnvelope,
    AcknowledgementError,
    build_acknowledgement,
)
from responder.intake import Triage
from responder.reply import ReplyAddressing, build_reply
from responder.sender import MailSender, SendError

log = logging.getLogger(__name__)

TEMPLATES_DIR = shipped("templates")
Handler = Callable[[OutboxRow], Awaitable[None]]
GiveUpHandler = Callable[[OutboxRow, str], Awaitable[None]]


class AckComposer:
    """Turns a triaged case into the acknowledgement's outbox payload, and back into a mail."""

    def __init__(self, settings: Settings, calendar: BusinessCalendar, faq: Faq) -> None:
        self.settings = settings
        self.calendar = calendar
        self.faq = faq
        self.templates_dir = settings.desk.templates_dir or TEMPLATES_DIR

    def render(self, case: Case, triage: Triage, received: Received) -> dict[str, object]:
        """The "acknowledge" payload. Runs inside the intake transaction, so it only decides;
        building the mail waits for the worker."""
        mail = triage.mail
        limit = self.settings.acknowledgement.max_answers
        return {
            "recipient": received.mail_from,  # RFC 3834 §4: the envelope sender, nothing else
            "envelope_from": self.settings.acknowledgement.envelope_from,
            "lang": reply_language(f"{mail.subject}\n{mail.body_for_matching}"),
            "answers": [m.id for m in triage.match.confident(limit=limit)],
            "message_id": make_msgid(domain=self.settings.desk.domain),
            "original_message_id": None if mail.message_id_generated else mail.message_id,
            "original_references": list(mail.references),
            "subject": mail.subject,
            "closed": triage.out_of_hours,
            "received_at": ts(received.received_at),
        }

    def build(self, case: Case, payload: dict[str, Any], now: datetime) -> EmailMessage:
        """The mail for an "acknowledge" payload. Raises AcknowledgementError."""
        lang = str(payload["lang"])
        received_at = parse_ts(str(payload["received_at"]))
        try:
            content = self._content(case, payload, lang, received_at)
        except CaseworkError as exc:  # the calendar has no data for the year, say
            raise AcknowledgementError(str(exc)) from exc
        desk = self.settings.desk
        envelope = AckEnvelope(
            recipient=str(payload["recipient"]),
            original_message_id=payload.get("original_message_id"),
            original_references=tuple(payload.get("original_references") or ()),
            from_address=desk.address,
            from_name=self.settings.acknowledgement.from_name,
            loop_marker=desk.address,
            id_domain=desk.domain,
        )
        message_id = str(payload["message_id"])
        return build_acknowledgement(
            content, envelope, self.templates_dir, now, message_id=message_id
        )

    def _content(
        self, case: Case, payload: dict[str, Any], lang: str, received_at: datetime
    ) -> AckContent:
        closed = bool(payload.get("closed", True))
        back = self.calendar.next_open(received_at) if closed else None
        langs = ("ja", "en") if lang == "both" else (lang,)
        received = [describe_received(received_at, x) for x in langs]
        back_text = [describe_opening(back, x) if back else "" for x in langs]
        return AckContent(
            lang=lang,
            case_number=case.number,
            case_tag=case.tag,
            received_at=received_at,
            received_text=received[0],
            back_text=back_text[0],
            received_text_en=received[-1] if lang == "both" else "",
            back_text_en=back_text[-1] if lang == "both" else "",
            subject=str(payload.get("subject", "")),
            answers=self._answers([str(a) for a in payload.get("answers") or ()], langs),
            closed=closed,
        )

    def _answers(self, ids: list[str], langs: tuple[str, ...]) -> tuple[AckAnswer, ...]:
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
        sender: MailSender,
        settings: Settings,
        clock: Callable[[], datetime],
        *,
        composer: AckComposer,
        notify: Callable[[], None] = lambda: None,
    ) -> None:
        self.runner = runner
        self.sender = sender
        self.settings = settings
        self.clock = clock
        self.composer = composer
        self.notify = notify
        self.sent = 0

    def handlers(self) -> dict[str, Handler]:
        return {"acknowledge": self.acknowledge, "reply": self.reply}

    def give_up_handlers(self) -> dict[str, GiveUpHandler]:
        return {"acknowledge": self.acknowledgement_failed, "reply": self.reply_failed}

    async def acknowledge(self, row: OutboxRow) -> None:
        payload = row.payload
        case = await self.runner.call(CaseStore.case_by_id, _case_id(row))
        try:
            message = self.composer.build(case, payload, self.clock())
        except AcknowledgementError as exc:
            raise GiveUp(f"cannot build the acknowledgement: {exc}") from exc
        envelope_from = str(payload.get("envelope_from", ""))
        recipient = str(payload["recipient"])
        outcome = await self._send(message, envelope_from, recipient)
        await self.runner.call(
            _acknowledged, row.id, case.id, str(payload["sender_key"]), message, envelope_from,
            recipient, self.clock(), timedelta(days=self.settings.acknowledgement.window_days),
        )  # fmt: skip
        log.info("acknowledged case %d: %s", case.number, outcome)
        self.notify()

    async def reply(self, row: OutboxRow) -> None:
        payload = row.payload
        case = await self.runner.call(CaseStore.case_by_id, _case_id(row))
        problem = path_problem(case.customer_address)
        if problem:  # checked before anything is built from it (CVE-2024-6923)
            raise GiveUp(f"no reply to {case.customer_address!r}: the address {problem}")
        in_reply_to, references = await self.runner.call(CaseStore.thread_ids, case.id)
        desk = self.settings.desk
        addressing = ReplyAddressing(
            from_address=desk.address,
            from_name=self.settings.acknowledgement.from_name,
            in_reply_to=in_reply_to,
            references=references,
            message_id=str(payload["message_id"]),
        )
        body = str(payload["body"])
        message = build_reply(case, body, addressing, self.clock())
        # A staff reply comes from info@, which does read its mail: bounces should come back.
        await self._send(message, desk.address, case.customer_address)
        author = str(payload.get("author", ""))
        await self.runner.call(
            _replied, row.id, case.id, message, desk.address, case.customer_address, body, author,
            self.clock(),
        )  # fmt: skip
        log.info("sent %s's reply on case %d", author or "staff", case.number)
        self.notify()

    async def _send(self, message: EmailMessage, envelope_from: str, recipient: str) -> str:
        try:
            outcome = await self.sender.send(
                message, envelope_from=envelope_from, recipients=[recipient]
            )
        except SendError as exc:
            if exc.temporary:
                raise RetryLater(str(exc)) from exc
            raise GiveUp(str(exc)) from exc
        self.sent += 1
        return outcome

    async def acknowledgement_failed(self, row: OutboxRow, error: str) -> None:
        await self.runner.call(
            _ack_failed, _case_id(row), str(row.payload.get("sender_key", "")), error, self.clock()
        )
        self.notify()

    async def reply_failed(self, row: OutboxRow, error: str) -> None:
        await self.runner.call(
            _reply_failed, _case_id(row), str(row.payload.get("author", "")), error, self.clock()
        )
        self.notify()


def _case_id(row: OutboxRow) -> int:
    return row.case_id if row.case_id is not None else int(str(row.payload["case"]))


def _raw(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=policy.SMTP)


def _acknowledged(
    store: CaseStore,
    row_id: int,
    case_id: int,
    sender_key: str,
    message: EmailMessage,
    envelope_from: str,
    recipient: str,
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
        _record(store, case_id, message, "acknowledgement", envelope_from, recipient, "", None, now)
        store.add_event(case_id, now, "system", "acknowledgement sent", recipient)
        store.queue_slack("slack_update", {"case": case_id}, case_id, now)


def _replied(
    store: CaseStore,
    row_id: int,
    case_id: int,
    message: EmailMessage,
    envelope_from: str,
    recipient: str,
    body: str,
    author: str,
    now: datetime,
) -> None:
    with store.transaction():
        outbox.finish(store.db, row_id, now)  # with the record, as for acknowledgements
        _record(store, case_id, message, "reply", envelope_from, recipient, body, author, now)
        store.add_event(case_id, now, author or "staff", "reply sent", recipient)
        note = {"case": case_id, "note": "reply_sent", "user": author, "excerpt": body[:500]}
        store.queue_slack("slack_note", {**note, "error": ""}, case_id, now)
        store.queue_slack("slack_update", {"case": case_id}, case_id, now)


def _record(
    store: CaseStore,
    case_id: int,
    message: EmailMessage,
    kind: str,
    envelope_from: str,
    recipient: str,
    body: str,
    author: str | None,
    now: datetime,
) -> None:
    store.record_outgoing(
        case_id,
        raw=_raw(message),
        kind=kind,
        envelope_from=envelope_from,
        recipients=[recipient],
        message_id=str(message["Message-ID"]),
        subject=str(message["Subject"]),
        body=body,
        author=author,
        now=now,
    )


def _ack_failed(store: CaseStore, case_id: int, sender_key: str, error: str, now: datetime) -> None:
    """The outbox gave up: free the sender's place (nothing reached them) and tell staff."""
    with store.transaction():
        if sender_key:
            store.release_ack(sender_key)
        store.set_ack_state(case_id, AckState.FAILED, error[:500], now)
        store.add_event(case_id, now, "system", "acknowledgement failed", error[:2000])
        note = {"case": case_id, "note": "ack_failed", "user": "", "excerpt": ""}
        store.queue_slack("slack_note", {**note, "error": error[:500]}, case_id, now)
        store.queue_slack("slack_update", {"case": case_id}, case_id, now)


def _reply_failed(store: CaseStore, case_id: int, author: str, error: str, now: datetime) -> None:
    with store.transaction():
        store.add_event(case_id, now, "system", "reply failed", error[:2000])
        note = {"case": case_id, "note": "reply_failed", "user": author, "excerpt": ""}
        store.queue_slack("slack_note", {**note, "error": error[:500]}, case_id, now)
