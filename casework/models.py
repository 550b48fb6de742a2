"""The desk's domain records, shared by the mail edge and the Slack edge.

Plain frozen dataclasses: the store builds them from rows, the edges render them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class CaseStatus(enum.StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    RESOLVED = "resolved"


class AckState(enum.StrEnum):
    """What happened about the automatic acknowledgement of a case's first mail."""

    PENDING = "pending"  # decided to send; waiting in the outbox
    SENT = "sent"  # the relay accepted it
    SUPPRESSED = "suppressed"  # a rule said no (the reason is recorded beside it)
    NOT_NEEDED = "not-needed"  # received in business hours, in-hours acknowledgements off
    FAILED = "failed"  # the outbox gave up; staff can see why


class PersonalInfoRequest(enum.StrEnum):
    """The kinds of request the privacy policy promises to act on "without delay"."""

    DISCLOSURE = "disclosure"
    CORRECTION = "correction"
    SUSPENSION = "suspension"


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int


@dataclass(frozen=True)
class ParsedMail:
    """What the desk reads out of one received message (see casework.mail.parse_message)."""

    message_id: str  # "<id@host>", generated when the mail had none
    message_id_generated: bool
    in_reply_to: tuple[str, ...]  # "<id>" values named by In-Reply-To
    references: tuple[str, ...]  # "<id>" values named by References, in order
    from_address: str | None  # the From addr-spec when exactly one clean address parses
    from_name: str  # decoded display name, "" when none
    subject: str  # decoded, unfolded, control characters replaced by spaces
    date: datetime | None
    body: str  # the full text (plain part, or HTML turned into text)
    body_for_matching: str  # body without quoted earlier mail and signature
    body_source: str  # "plain", "html" or "none"
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()  # human-readable; an unknown charset is one of them
    header_truncated: bool = False  # the header section was over the cap
    reply_to: tuple[str, ...] = ()  # Reply-To addr-specs (casework.correspondents)
    cc: tuple[str, ...] = ()  # Cc addr-specs
    auth_results: tuple[str, ...] = ()  # raw Authentication-Results values, unfolded


@dataclass(frozen=True)
class FaqHit:
    """One FAQ entry matched against a case's mail, as stored on the case."""

    id: str
    section: str
    score: float


@dataclass(frozen=True)
class Case:
    id: int
    number: int
    tag: str  # e.g. "[PMC-000123]", carried in every subject the desk sends
    status: CaseStatus
    assignee: str | None  # Slack user id
    subject: str
    customer_address: str  # the envelope sender of the first mail ("" for <>)
    customer_name: str
    language: str  # "ja" or "en"
    created_at: datetime
    updated_at: datetime
    received_at: datetime  # when the first mail was received
    out_of_hours: bool
    ack_state: AckState
    ack_reason: str  # why suppressed or failed, "" otherwise
    pi_request: PersonalInfoRequest | None
    faq_hits: tuple[FaqHit, ...] = ()
    answered: bool = False  # the best FAQ hit was confident
    malformed: bool = False
    slack_channel: str | None = None
    slack_ts: str | None = None
    message_count: int = 1
    followups: int = 0
    last_customer_message_at: datetime | None = None
    reply_to: tuple[str, ...] = ()  # where a person's answer goes: Reply-To, else From
    cc: tuple[str, ...] = ()  # the first mail's Cc
    overdue_at: datetime | None = None  # its response target passed unanswered (casework.sla)

    @property
    def reply_addresses(self) -> tuple[str, ...]:
        """Where a staff reply goes; the envelope sender for cases stored before Reply-To and
        From were recorded."""
        if self.reply_to:
            return self.reply_to
        return (self.customer_address,) if self.customer_address else ()


@dataclass(frozen=True)
class Message:
    id: int
    case_id: int | None
    direction: str  # "in" or "out"
    received_at: datetime
    mail_from: str
    rcpt_tos: tuple[str, ...]
    message_id: str | None
    subject: str
    from_name: str
    body: str
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = ()
    author: str | None = None  # Slack user id for staff replies
    raw_size: int = 0


@dataclass(frozen=True)
class Event:
    case_id: int
    at: datetime
    actor: str  # "system", "customer", or a Slack user id
    action: str
    detail: str = ""
