"""Outbox jobs: one frozen dataclass per kind of work queued after a change is stored.

A job goes into an outbox row as its `KIND` and a JSON payload (`encode`), and comes back out
once, when the row is claimed (`decode`, through `OutboxRow.job`). The JSON keys are the ones
the desk has always written, so rows queued by an earlier version in a live database still
decode; a field added later needs a default for the same reason. docs/architecture.md lists who
writes and who reads each kind.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from casework.db import parse_ts, ts
from casework.errors import JobMalformed


class NoteKind(enum.StrEnum):
    """What the mail side reports in a case's Slack thread (a `SlackNote`)."""

    REPLY_SENT = "reply_sent"
    REPLY_FAILED = "reply_failed"
    ACK_FAILED = "ack_failed"


@dataclass(frozen=True)
class Intake:
    """A stored mail to parse, thread into a case and triage."""

    KIND: ClassVar[str] = "intake"
    message: int


@dataclass(frozen=True)
class Acknowledge:
    """An RFC 3834 acknowledgement to send, decided in the intake transaction. The case is the
    row's `case_id`."""

    KIND: ClassVar[str] = "acknowledge"
    recipient: str  # RFC 3834 §4: the envelope sender (README, "Decisions": one exception)
    lang: str
    message_id: str  # fixed at queueing, so a retried send is the same message
    received_at: datetime
    envelope_from: str = ""
    answers: tuple[str, ...] = ()
    original_message_id: str | None = None
    original_references: tuple[str, ...] = ()
    subject: str = ""
    closed: bool = True
    sender_key: str = ""  # the acknowledgement-window mark this send holds
    # The case as the acknowledgement names it, so that sending reads nothing of the case;
    # rows queued before these were kept have 0 and "" (the sender reads the case then).
    case_number: int = 0
    case_tag: str = ""


@dataclass(frozen=True)
class Reply:
    """A staff member's reply to the customer."""

    KIND: ClassVar[str] = "reply"
    case: int
    body: str
    message_id: str  # fixed at queueing, so a retried send is the same message
    author: str = ""
    cc: tuple[str, ...] = ()  # "reply to all": the Cc chosen when it was queued


@dataclass(frozen=True)
class SlackPost:
    """Post the case to the channel (or bring its message up to date)."""

    KIND: ClassVar[str] = "slack_post"
    case: int


@dataclass(frozen=True)
class SlackUpdate:
    """Re-render the case's message: the case changed."""

    KIND: ClassVar[str] = "slack_update"
    case: int


@dataclass(frozen=True)
class SlackThread:
    """A customer's follow-up mail, as a note in the case's thread."""

    KIND: ClassVar[str] = "slack_thread"
    message: int


@dataclass(frozen=True)
class SlackNote:
    """What the mail side reports in the case's thread: a reply sent or failed, an
    acknowledgement failed."""

    KIND: ClassVar[str] = "slack_note"
    case: int
    note: NoteKind
    user: str = ""
    excerpt: str = ""
    error: str = ""


@dataclass(frozen=True)
class SlackErase:
    """The Slack side of an erase (docs/privacy.md): the case's message becomes the "erased"
    notice (`case`, when it is the erased person's case) and the thread notes quoting the
    person are deleted (`notes`, each "CHANNEL:TS")."""

    KIND: ClassVar[str] = "slack_erase"
    case: int | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SlackOpeningDigest:
    """The opening digest: the cases that came in while the desk was closed and still wait
    (casework.opening), in the order they are listed."""

    KIND: ClassVar[str] = "slack_opening_digest"
    opening: datetime
    closed: datetime
    cases: tuple[int, ...] = ()


@dataclass(frozen=True)
class SlackReminder:
    """A case passed its response target unanswered (casework.sla): one reminder in its
    thread, naming `assignee` (or the staff user group when "")."""

    KIND: ClassVar[str] = "slack_reminder"
    case: int
    deadline: datetime
    hours: float
    assignee: str = ""


Job = (
    Intake
    | Acknowledge
    | Reply
    | SlackPost
    | SlackUpdate
    | SlackThread
    | SlackNote
    | SlackErase
    | SlackOpeningDigest
    | SlackReminder
)
SlackJob = SlackPost | SlackUpdate | SlackThread | SlackNote | SlackErase | SlackReminder

KINDS: Mapping[str, type[Job]] = {
    cls.KIND: cls
    for cls in (
        Intake,
        Acknowledge,
        Reply,
        SlackPost,
        SlackUpdate,
        SlackThread,
        SlackNote,
        SlackErase,
        SlackOpeningDigest,
        SlackReminder,
    )
}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _note(value: Any) -> NoteKind:
    try:
        return NoteKind(value)
    except ValueError:
        known = ", ".join(k.value for k in NoteKind)
        raise JobMalformed(f"unknown note kind {value!r} (known: {known})") from None


# How each field type is read back from JSON, keyed by the annotation as written above.
_READERS: Mapping[str, Callable[[Any], Any]] = {
    "int": lambda v: int(str(v)),
    "int | None": lambda v: None if v is None else int(str(v)),
    "str": _text,
    "str | None": lambda v: None if v is None else str(v),
    "bool": bool,
    "datetime": lambda v: parse_ts(str(v)),
    "tuple[str, ...]": lambda v: tuple(str(x) for x in v or ()),
    "tuple[int, ...]": lambda v: tuple(int(str(x)) for x in v or ()),
    "float": lambda v: float(str(v)),
    "NoteKind": _note,
}


def _json(value: Any) -> Any:
    if isinstance(value, datetime):
        return ts(value)
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, enum.Enum):
        return value.value
    return value


def encode(job: Job) -> tuple[str, dict[str, Any]]:
    """The row's kind and JSON payload for a job."""
    return job.KIND, {f.name: _json(getattr(job, f.name)) for f in fields(job)}


def decode(kind: str, payload: Mapping[str, Any]) -> Job:
    """The job a row holds. Raises JobMalformed for an unknown kind or a payload that lacks a
    required field or holds a value of the wrong type."""
    cls = KINDS.get(kind)
    if cls is None:
        raise JobMalformed(f"unknown job kind {kind!r}")
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in payload:
            continue  # a field with a default that older rows lack; a required one fails below
        try:
            values[f.name] = _READERS[str(f.type)](payload[f.name])
        except (TypeError, ValueError) as exc:
            raise JobMalformed(f"{kind} row: {f.name} = {payload[f.name]!r}: {exc}") from None
    try:
        return cls(**values)
    except TypeError as exc:
        raise JobMalformed(f"{kind} row lacks a field: {exc}") from None


J = TypeVar("J", bound=Job)


@dataclass(frozen=True)
class OutboxRow:
    """A claimed outbox row. `payload` is the stored JSON; handlers read `job`, decoded once
    here when the row is made, through `job_of`."""

    id: int
    kind: str
    payload: dict[str, object] = field(default_factory=dict)
    attempts: int = 0
    case_id: int | None = None
    created_at: datetime | None = None
    priority: int | None = None  # as claimed (casework.priority); None when not known
    job: Job | None = field(init=False, default=None, compare=False)
    problem: str = field(init=False, default="", compare=False)  # why `job` is None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "job", decode(self.kind, self.payload))
        except JobMalformed as exc:
            object.__setattr__(self, "problem", str(exc))

    def job_of(self, cls: type[J]) -> J:
        """The row's job, as the kind its handler expects. Raises JobMalformed (a GiveUp: the
        row is parked at once, since no retry can mend it)."""
        if not isinstance(self.job, cls):
            raise JobMalformed(self.problem or f"row {self.id} holds {self.kind}, not {cls.KIND}")
        return self.job
