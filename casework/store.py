"""The case store: received mail, cases, their event log and the outbox, in one SQLite file.

Every method is synchronous and runs on the store's single thread (see StoreRunner), so each
one is a transaction that no other write can interleave with. Status changes are still written
as compare-and-set UPDATEs, so that they stay correct if a second process ever writes.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Concatenate, ParamSpec, TypeVar

import sqlite_utils

from casework import jobs, outbox
from casework.address import path_problem
from casework.autoreply import same_sender
from casework.correspondents import person_addresses
from casework.db import dicts as _dicts
from casework.db import first_dict
from casework.db import open_database as open_database
from casework.db import parse_ts as parse_ts
from casework.db import transaction as db_transaction
from casework.db import ts as ts
from casework.errors import CaseNotFound, Refusal, TransitionRejected
from casework.history import CustomerHistory, customer_history, customer_key
from casework.models import (
    AckState,
    Attachment,
    Case,
    CaseStatus,
    Event,
    FaqHit,
    Message,
    ParsedMail,
    PersonalInfoRequest,
)
from casework.priority import NORMAL
from casework.spool import IN_MEMORY, MailSpool

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Received:
    """One mail as the listener got it: the bytes exactly as received and the envelope."""

    raw: bytes
    mail_from: str
    rcpt_tos: tuple[str, ...]
    peer: str
    tls: bool
    received_at: datetime
    priority: int = NORMAL  # of its intake (casework.priority.SenderShare)
    # A large mail arrives in a spool instead, and `raw` is then b"": the store reads it
    # from there only as it inserts it (casework.spool).
    spool: MailSpool | None = None

    @property
    def size(self) -> int:
        return len(self.raw) if self.spool is None else self.spool.size

    @functools.cached_property
    def dedup_key(self) -> str:
        # RFC 5321 §4.5.3.2.6: a client that lost our 250 sends the same transaction again.
        # The same bytes give the same key whether they came in memory or in a spool.
        digest = hashlib.sha256()
        for part in (self.mail_from.encode(), "\0".join(self.rcpt_tos).encode()):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        digest.update(self.size.to_bytes(8, "big"))
        for piece in [self.raw] if self.spool is None else self.spool.chunks():
            digest.update(piece)
        return digest.hexdigest()


@dataclass(frozen=True)
class Thread:
    """The case a mail joins, and whether only its subject's case tag linked it there."""

    case: Case
    by_tag: bool


@dataclass(frozen=True)
class StoredOutcome:
    message_id: int
    duplicate: bool


def reply_refusal(case: Case, user: str) -> Refusal | None:
    """Why `user` may not reply to the customer on `case`, or None when they may.

    Only the person who has claimed a case replies on it, so that a customer never gets two
    answers written at once by two people; a colleague takes over by unclaiming, then
    claiming. And a reply needs an address the desk sends to (not <>, RFC 5321 §4.5.5)."""
    to = case.reply_addresses  # Reply-To, else From, else the envelope sender
    if not to or any(path_problem(a) for a in to):
        return Refusal.NO_ADDRESS
    if case.status is not CaseStatus.CLAIMED or not case.assignee:
        return Refusal.NOT_CLAIMED
    if case.assignee != user:
        return Refusal.CLAIMED_BY_OTHER
    return None


class CaseStore:
    def __init__(
        self,
        db: sqlite_utils.Database,
        *,
        tag_prefix: str = "PMC",
        slack: bool = True,
        desk_addresses: Sequence[str] = (),
    ) -> None:
        self.db = db
        self.tag_prefix = tag_prefix
        self.desk_addresses = tuple(desk_addresses)  # never a case's person (correspondents)
        # Mail-only (no Slack configured): no Slack work is queued, or it would wait forever
        # and make /metrics cry wolf; `slackposts.queue_unposted` catches up once Slack is
        # configured.
        self.slack = slack

    def queue_slack(
        self,
        job: jobs.SlackJob,
        case_id: int,
        now: datetime,
        *,
        priority: int = NORMAL,
        delay: float = 0.0,
    ) -> None:
        """Queue work for the Slack edge, inside the caller's transaction; lower `priority`
        numbers are posted first (casework.priority); `delay` seconds before it is due."""
        if self.slack:
            outbox.enqueue_job(
                self.db, job, now=now, case_id=case_id, priority=priority, delay=delay
            )

    def sender_history(self, address: str, since: datetime, cap: int) -> tuple[bool, int]:
        """Whether `address` opened a case before, and how many cases it opened since
        `since`, counted up to `cap` (an index range, however many there are)."""
        known = self.db.execute(
            "SELECT 1 FROM cases WHERE customer_address = ? LIMIT 1", [address]
        ).fetchone()
        recent = self.db.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM cases WHERE customer_address = ?"
            " AND received_at >= ? LIMIT ?)",
            [address, ts(since), cap],
        ).fetchone()
        return known is not None, int(recent[0])

    def customer_history(self, case: Case) -> CustomerHistory:
        """How many cases `case`'s customer opened before it, and the latest of them."""
        return customer_history(self.db, case, self.tag)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit; a nested one is a savepoint inside it (`casework.db.transaction`)."""
        with db_transaction(self.db):
            yield

    def tag(self, number: int) -> str:
        return f"[{self.tag_prefix}-{number:06d}]"

    # --- intake -----------------------------------------------------------------------------

    def store_received(
        self, batch: Sequence[Received], *, duplicate_window: timedelta
    ) -> list[StoredOutcome]:
        """Store a batch of received mail in one fsync'd commit, each with an "intake" row.

        A transmission already stored within `duplicate_window` is not stored again.
        """
        # Per item: the id it is already stored as, or its place among the new ones; a
        # transmission sent twice within one batch is answered with its first copy's id.
        plan: list[tuple[int | None, int, bool]] = []  # (stored id, place in fresh, duplicate)
        with self.transaction():
            fresh: list[Received] = []
            first_copy: dict[str, int] = {}
            for item in batch:
                since = ts(item.received_at - duplicate_window)
                row = self.db.execute(
                    "SELECT id FROM messages WHERE dedup_key = ? AND received_at >= ? LIMIT 1",
                    [item.dedup_key, since],
                ).fetchone()
                if row is not None:
                    plan.append((int(row[0]), -1, True))
                elif item.dedup_key in first_copy:
                    plan.append((None, first_copy[item.dedup_key], True))
                else:
                    first_copy[item.dedup_key] = len(fresh)
                    plan.append((None, len(fresh), False))
                    fresh.append(item)
            first = self._insert_received(fresh)
        return [
            StoredOutcome(first + place if known is None else known, duplicate)
            for known, place, duplicate in plan
        ]

    def _insert_received(self, items: Sequence[Received]) -> int:
        """Insert the messages and their intake rows; returns the first new message id."""
        if not items:
            return 0
        first = int(self.db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM messages").fetchone()[0])
        insert = (
            "INSERT INTO messages (id, direction, received_at, mail_from, rcpt_tos, peer, tls,"
            " raw, raw_size, dedup_key) VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?)"
        )

        def row(n: int, i: Received, raw: bytes) -> tuple[Any, ...]:
            envelope = (i.mail_from, json.dumps(i.rcpt_tos), i.peer, int(i.tls))
            return (first + n, ts(i.received_at), *envelope, raw, len(raw), i.dedup_key)

        self.db.conn.executemany(
            insert, [row(n, i, i.raw) for n, i in enumerate(items) if i.spool is None]
        )
        # A spooled mail is read from its spool only now, one at a time, so that the store
        # holds one large mail in memory however many arrived together. (Incremental blob
        # I/O would avoid even that, but SQLite refuses to open a blob for writing in a table
        # with an index on an expression, and `messages` has them for search.)
        for n, i in enumerate(items):
            if i.spool is not None:
                self.db.conn.execute(insert, row(n, i, i.spool.getvalue()))
        intake = [jobs.Intake(first + n) for n in range(len(items))]
        outbox.enqueue_many(
            self.db, intake, now=items[0].received_at, priorities=[i.priority for i in items]
        )
        return first

    def is_processed(self, message_id: int) -> bool:
        """True once the mail's intake has committed (a re-run row then has nothing to do)."""
        row = self.db.execute("SELECT state FROM messages WHERE id = ?", [message_id]).fetchone()
        return row is not None and row[0] == "processed"

    def raw_size(self, message_id: int) -> int:
        """The size in bytes of a stored mail, without reading it."""
        row = self.db.execute("SELECT raw_size FROM messages WHERE id = ?", [message_id])
        found = row.fetchone()
        if found is None:
            raise CaseNotFound(f"no message with id {message_id}")
        return int(found[0])

    def received(self, message_id: int) -> Received:
        # A large mail is read with incremental blob I/O, straight into the bytes returned:
        # a column value is first assembled by SQLite from its overflow pages, then copied.
        row = self._one(
            "SELECT mail_from, rcpt_tos, peer, tls, received_at, raw_size,"
            " CASE WHEN raw_size <= ? THEN raw END AS raw FROM messages WHERE id = ?",
            [IN_MEMORY, message_id],
        )
        raw = row["raw"]
        if raw is None:
            with self.db.conn.blobopen("messages", "raw", message_id, readonly=True) as blob:
                raw = blob.read()
        return Received(
            raw=bytes(raw),
            mail_from=row["mail_from"],
            rcpt_tos=tuple(json.loads(row["rcpt_tos"])),
            peer=row["peer"],
            tls=bool(row["tls"]),
            received_at=parse_ts(row["received_at"]),
        )

    def find_thread(self, mail: ParsedMail) -> Thread | None:
        """The case a mail belongs to: by the message ids it names, else by the case tag in its
        subject. `by_tag` says the tag was the only link, which anyone can type."""
        named = [*mail.in_reply_to, *mail.references][-100:]
        if named:
            marks = ",".join("?" * len(named))
            row = self.db.execute(
                f"SELECT case_id FROM messages WHERE message_id IN ({marks})"
                " AND case_id IS NOT NULL ORDER BY id DESC LIMIT 1",
                named,
            ).fetchone()
            if row is not None:
                return Thread(self.case_by_id(int(row[0])), by_tag=False)
        number = self.number_in_subject(mail.subject)
        if number is not None:
            found = self.db.execute("SELECT id FROM cases WHERE number = ?", [number]).fetchone()
            if found is not None:
                return Thread(self.case_by_id(int(found[0])), by_tag=True)
        return None

    def find_case_for(self, mail: ParsedMail) -> Case | None:
        thread = self.find_thread(mail)
        return thread.case if thread is not None else None

    def number_in_subject(self, subject: str) -> int | None:
        match = re.search(rf"\[{re.escape(self.tag_prefix)}-(\d{{1,9}})\]", subject)
        return int(match.group(1)) if match else None

    def record_parsed(self, message_id: int, mail: ParsedMail, case_id: int) -> None:
        self.db.execute(
            "UPDATE messages SET case_id = ?, state = 'processed', message_id = ?,"
            " in_reply_to = ?, refs = ?, subject = ?, from_address = ?, from_name = ?, body = ?,"
            " body_for_matching = ?, attachments = ?, defects = ? WHERE id = ?",
            [
                case_id,
                mail.message_id,
                json.dumps(mail.in_reply_to),
                json.dumps(mail.references),
                mail.subject,
                mail.from_address,
                mail.from_name,
                mail.body,
                mail.body_for_matching,
                json.dumps([a.__dict__ for a in mail.attachments]),
                json.dumps(mail.defects),
                message_id,
            ],
        )

    def open_case(self, first: Received, mail: ParsedMail, *, language: str, now: datetime) -> Case:
        row = self.db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM cases").fetchone()
        number = int(row[0])
        sender = "" if first.mail_from in ("<>", "") else first.mail_from
        cursor = self.db.execute(
            "INSERT INTO cases (number, subject, customer_address, customer_name, language,"
            " created_at, updated_at, received_at, malformed, last_customer_message_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                number,
                mail.subject,
                sender,
                mail.from_name,
                language,
                ts(now),
                ts(now),
                ts(first.received_at),
                int(bool(mail.defects)),
                ts(first.received_at),
            ],
        )
        case_id = int(cursor.lastrowid or 0)
        person = person_addresses(mail.reply_to, mail.from_address, sender, self.desk_addresses)
        self.db.execute(
            "UPDATE cases SET reply_to = ?, cc = ? WHERE id = ?",
            [json.dumps(person), json.dumps(mail.cc), case_id],
        )
        customer = customer_key(person or ((sender,) if sender else ()))
        self.db.execute("UPDATE cases SET customer_key = ? WHERE id = ?", [customer, case_id])
        self.add_event(case_id, now, "customer", "opened", f"mail from {sender or '<>'}")
        return self.case_by_id(case_id)

    def record_followup(self, case: Case, received: Received, now: datetime) -> Case:
        """A further mail on a case: counted, and a resolved case reopens when it is the
        customer's. One from another address (it named the case's messages) is recorded under
        its sender, so that nobody takes it for the customer's, and reopens nothing."""
        customer = same_sender(received.mail_from, case.customer_address)
        self.db.execute(
            "UPDATE cases SET followups = followups + 1, updated_at = ?,"
            " last_customer_message_at = CASE WHEN ? THEN ? ELSE last_customer_message_at END"
            " WHERE id = ?",
            [ts(now), int(customer), ts(received.received_at), case.id],
        )
        if not customer:
            sender = received.mail_from if received.mail_from not in ("", "<>") else "<>"
            detail = f"from {sender}, not the case's customer"
            self.add_event(case.id, now, sender, "follow-up from another address", detail)
            return self.case_by_id(case.id)
        self.add_event(case.id, now, "customer", "follow-up")
        if case.status is CaseStatus.RESOLVED:
            self._set_status(case, CaseStatus.RESOLVED, CaseStatus.OPEN, None, "customer", now)
            self.add_event(case.id, now, "customer", "reopened", "the customer wrote again")
        return self.case_by_id(case.id)

    def note_tag_from_stranger(self, case: Case, tagged: Case, sender: str, now: datetime) -> None:
        """A mail tagged with another customer's case opened `case`: each names the other."""
        self.add_event(
            case.id,
            now,
            "system",
            "names another case",
            f"the subject carries {tagged.tag}, whose customer is another address",
        )
        self.add_event(
            tagged.id, now, "system", "named by another case",
            f"{case.tag} from {sender or '<>'} carries this case's tag; kept apart",
        )  # fmt: skip

    def set_triage(
        self,
        case_id: int,
        *,
        hits: Sequence[FaqHit],
        answered: bool,
        pi_request: PersonalInfoRequest | None,
        out_of_hours: bool,
        ack_state: AckState,
        ack_reason: str,
    ) -> None:
        self.db.execute(
            "UPDATE cases SET faq_hits = ?, answered = ?, pi_request = ?, out_of_hours = ?,"
            " ack_state = ?, ack_reason = ? WHERE id = ?",
            [
                json.dumps([h.__dict__ for h in hits]),
                int(answered),
                pi_request.value if pi_request else None,
                int(out_of_hours),
                ack_state.value,
                ack_reason,
                case_id,
            ],
        )

    def set_ack_state(self, case_id: int, state: AckState, reason: str, now: datetime) -> None:
        self.db.execute(
            "UPDATE cases SET ack_state = ?, ack_reason = ?, updated_at = ? WHERE id = ?",
            [state.value, reason, ts(now), case_id],
        )

    # --- the acknowledgement window (RFC 3834 §2, RFC 5230 §4.2) -----------------------------

    def reserve_ack(self, sender_key: str, case_id: int, now: datetime) -> bool:
        """Hold the sender's acknowledgement place; False when one is on its way or was sent
        within the window. Atomic: the store's single thread runs one call at a time, and the
        primary key refuses a second reservation."""
        row = self.db.execute(
            "SELECT state, expires_at FROM ack_marks WHERE sender_key = ?", [sender_key]
        ).fetchone()
        if row is not None:
            state, expires_at = row
            if state == "reserved" or (expires_at and expires_at > ts(now)):
                return False
            self.db.execute("DELETE FROM ack_marks WHERE sender_key = ?", [sender_key])
        self.db.execute(
            "INSERT INTO ack_marks (sender_key, state, case_id, reserved_at)"
            " VALUES (?, 'reserved', ?, ?)",
            [sender_key, case_id, ts(now)],
        )
        return True

    def mark_ack_sent(self, sender_key: str, now: datetime, window: timedelta) -> None:
        self.db.execute(
            "UPDATE ack_marks SET state = 'sent', sent_at = ?, expires_at = ? WHERE sender_key = ?",
            [ts(now), ts(now + window), sender_key],
        )

    def release_ack(self, sender_key: str) -> None:
        self.db.execute(
            "DELETE FROM ack_marks WHERE sender_key = ? AND state = 'reserved'", [sender_key]
        )

    def ack_counts(self) -> list[tuple[str, str, int]]:
        """Cases per acknowledgement state and, for a suppressed one, the reason's code (the
        text before the first colon): the figures /metrics shows."""
        rows = self.db.execute(
            "SELECT ack_state, CASE WHEN ack_state = 'suppressed' THEN"
            " substr(ack_reason, 1, instr(ack_reason || ':', ':') - 1) ELSE '' END, COUNT(*)"
            " FROM cases GROUP BY 1, 2"
        ).fetchall()
        return [(str(state), str(reason), int(count)) for state, reason, count in rows]

    def ack_mark(self, sender_key: str) -> dict[str, Any] | None:
        return first_dict(
            self.db.execute("SELECT * FROM ack_marks WHERE sender_key = ?", [sender_key])
        )

    # --- outgoing mail --------------------------------------------------------------------

    def record_outgoing(
        self,
        case_id: int,
        *,
        raw: bytes,
        kind: str,
        envelope_from: str,
        recipients: Sequence[str],
        message_id: str,
        subject: str,
        body: str,
        author: str | None,
        now: datetime,
    ) -> int:
        cursor = self.db.execute(
            "INSERT INTO messages (case_id, direction, kind, state, received_at, mail_from,"
            " rcpt_tos, raw, raw_size, dedup_key, message_id, subject, body, author)"
            " VALUES (?, 'out', ?, 'sent', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                case_id,
                kind,
                ts(now),
                envelope_from,
                json.dumps(list(recipients)),
                raw,
                len(raw),
                hashlib.sha256(raw).hexdigest(),
                message_id,
                subject,
                body,
                author,
            ],
        )
        return int(cursor.lastrowid or 0)

    def queue_reply(
        self,
        number: int,
        author: str,
        body: str,
        now: datetime,
        *,
        message_id: str,
        cc: Sequence[str] = (),
    ) -> None:
        """Queue a staff member's reply to the customer (Reply-To, else From, else the envelope
        sender: `Case.reply_addresses`), copied to `cc` for a reply to all, if `author` may send
        it (`reply_refusal`); else raise TransitionRejected with the reason.

        The Message-ID comes from the mail side and is fixed in the row, so a retried send is
        the same message to the customer's mail program and to the store.
        """
        with self.transaction():
            case = self.case(number)
            refusal = reply_refusal(case, author)
            if refusal is None and any(path_problem(a) for a in cc):
                refusal = Refusal.NO_ADDRESS
            if refusal is not None:
                raise TransitionRejected(
                    f"case {number}: no reply from {author} ({refusal.value})",
                    current_status=case.status.value,
                    assignee=case.assignee,
                    reason=refusal,
                )
            # Only addresses of the case's own Cc: a reply to all adds no one new.
            copied = tuple(a for a in cc if a in case.cc)
            job = jobs.Reply(
                case=case.id, body=body, author=author, message_id=message_id, cc=copied
            )
            outbox.enqueue_job(self.db, job, now=now, case_id=case.id)
            self.add_event(case.id, now, author, "reply queued", f"{len(body)} characters")

    def thread_ids(self, case_id: int) -> tuple[str | None, tuple[str, ...]]:
        """The newest customer Message-ID on the case, and the Message-IDs of the customer's
        mail and ours in order: what a reply's In-Reply-To and References need (RFC 5322
        §3.6.4). Mail on the case from any other address is left out of the reply's thread."""
        customer = self.case_by_id(case_id).customer_address
        rows = self.db.execute(
            "SELECT message_id, direction, mail_from FROM messages"
            " WHERE case_id = ? AND message_id IS NOT NULL ORDER BY id",
            [case_id],
        ).fetchall()
        ours = [r for r in rows if r[1] == "out" or same_sender(r[2], customer)]
        inbound = [r[0] for r in ours if r[1] == "in"]
        return (inbound[-1] if inbound else None), tuple(r[0] for r in ours)

    # --- status changes -------------------------------------------------------------------

    def claim(self, number: int, user: str, now: datetime) -> Case:
        case = self.case(number)
        self._set_status(case, CaseStatus.OPEN, CaseStatus.CLAIMED, user, user, now)
        return self._after_transition(case.id, user, "claimed", now)

    def unclaim(self, number: int, user: str, now: datetime) -> Case:
        case = self.case(number)
        self._set_status(case, CaseStatus.CLAIMED, CaseStatus.OPEN, None, user, now)
        return self._after_transition(case.id, user, "unclaimed", now)

    def resolve(self, number: int, user: str, now: datetime) -> Case:
        case = self.case(number)
        source = case.status if case.status is not CaseStatus.RESOLVED else CaseStatus.OPEN
        assignee = case.assignee if case.status is CaseStatus.CLAIMED else user
        self._set_status(case, source, CaseStatus.RESOLVED, assignee, user, now)
        return self._after_transition(case.id, user, "resolved", now)

    def reopen(self, number: int, user: str, now: datetime) -> Case:
        case = self.case(number)
        self._set_status(case, CaseStatus.RESOLVED, CaseStatus.OPEN, None, user, now)
        return self._after_transition(case.id, user, "reopened", now)

    def _set_status(
        self,
        case: Case,
        source: CaseStatus,
        target: CaseStatus,
        assignee: str | None,
        actor: str,
        now: datetime,
    ) -> None:
        cursor = self.db.execute(
            "UPDATE cases SET status = ?, assignee = ?, updated_at = ? WHERE id = ? AND status = ?",
            [target.value, assignee, ts(now), case.id, source.value],
        )
        if cursor.rowcount != 1:
            current = self.case_by_id(case.id)
            raise TransitionRejected(
                f"case {current.number} is {current.status.value}"
                + (f" (claimed by {current.assignee})" if current.assignee else ""),
                current_status=current.status.value,
                assignee=current.assignee,
            )

    def _after_transition(self, case_id: int, actor: str, action: str, now: datetime) -> Case:
        self.add_event(case_id, now, actor, action)
        self.queue_slack(jobs.SlackUpdate(case_id), case_id, now)
        return self.case_by_id(case_id)

    def transition(self, action: str, number: int, user: str, now: datetime) -> Case:
        """Run one named status change as a single transaction."""
        steps: dict[str, Callable[[int, str, datetime], Case]] = {
            "claim": self.claim,
            "unclaim": self.unclaim,
            "resolve": self.resolve,
            "reopen": self.reopen,
        }
        with self.transaction():
            return steps[action](number, user, now)

    # --- events and reads -------------------------------------------------------------------

    def add_event(
        self, case_id: int, at: datetime, actor: str, action: str, detail: str = ""
    ) -> None:
        self.db.execute(
            "INSERT INTO events (case_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)",
            [case_id, ts(at), actor, action, detail],
        )

    def events(self, case_id: int) -> list[Event]:
        rows = self.db.execute(
            "SELECT case_id, at, actor, action, detail FROM events WHERE case_id = ? ORDER BY id",
            [case_id],
        ).fetchall()
        return [Event(r[0], parse_ts(r[1]), r[2], r[3], r[4]) for r in rows]

    def case(self, number: int) -> Case:
        if not -(2**63) <= number < 2**63:  # past SQLite's INTEGER: no case has it (and
            raise CaseNotFound(f"no case number {number}")  # binding it would raise)
        row = first_dict(self.db.execute("SELECT * FROM cases WHERE number = ?", [number]))
        if row is None:
            raise CaseNotFound(f"no case number {number}")
        return self._case(row)

    def case_by_id(self, case_id: int) -> Case:
        row = first_dict(self.db.execute("SELECT * FROM cases WHERE id = ?", [case_id]))
        if row is None:
            raise CaseNotFound(f"no case with id {case_id}")
        return self._case(row)

    def cases(
        self,
        *,
        status: CaseStatus | None = None,
        assignee: str | None = None,
        unassigned: bool = False,
        limit: int = 1000,
    ) -> list[Case]:
        """Cases, newest first."""
        where, params = ["1 = 1"], []
        if status is not None:
            where.append("status = ?")
            params.append(status.value)
        if assignee is not None:
            where.append("assignee = ?")
            params.append(assignee)
        if unassigned:
            where.append("assignee IS NULL")
        rows = _dicts(
            self.db.execute(
                f"SELECT * FROM cases WHERE {' AND '.join(where)} ORDER BY number DESC LIMIT ?",
                [*params, limit],
            )
        )
        return [self._case(r) for r in rows]

    def count_cases(self, status: CaseStatus | None = None) -> int:
        if status is None:
            return int(self.db.execute("SELECT COUNT(*) FROM cases").fetchone()[0])
        query = "SELECT COUNT(*) FROM cases WHERE status = ?"
        return int(self.db.execute(query, [status.value]).fetchone()[0])

    def messages(self, case_id: int) -> list[Message]:
        rows = _dicts(
            self.db.execute(
                f"SELECT {_MESSAGE} FROM messages WHERE case_id = ? ORDER BY id", [case_id]
            )
        )
        return [_message(r) for r in rows]

    def first_incoming(self, case_id: int) -> Message | None:
        """The mail that opened the case (what Slack shows), without reading the others."""
        row = first_dict(
            self.db.execute(
                f"SELECT {_MESSAGE} FROM messages WHERE case_id = ? AND direction = 'in'"
                " ORDER BY id LIMIT 1",
                [case_id],
            )
        )
        return _message(row) if row else None

    def message(self, message_id: int) -> Message:
        row = self._one(f"SELECT {_MESSAGE} FROM messages WHERE id = ?", [message_id])
        return _message(row)

    def _one(self, query: str, params: Sequence[Any]) -> dict[str, Any]:
        row = first_dict(self.db.execute(query, list(params)))
        if row is None:
            raise CaseNotFound(f"nothing found for {params}")
        return row

    def _case(self, row: dict[str, Any]) -> Case:
        hits = tuple(FaqHit(**h) for h in json.loads(row["faq_hits"]))
        last = row["last_customer_message_at"]
        return Case(
            id=row["id"],
            number=row["number"],
            tag=self.tag(row["number"]),
            status=CaseStatus(row["status"]),
            assignee=row["assignee"],
            subject=row["subject"],
            customer_address=row["customer_address"],
            customer_name=row["customer_name"],
            language=row["language"],
            created_at=parse_ts(row["created_at"]),
            updated_at=parse_ts(row["updated_at"]),
            received_at=parse_ts(row["received_at"]),
            out_of_hours=bool(row["out_of_hours"]),
            ack_state=AckState(row["ack_state"]),
            ack_reason=row["ack_reason"],
            pi_request=PersonalInfoRequest(row["pi_request"]) if row["pi_request"] else None,
            faq_hits=hits,
            answered=bool(row["answered"]),
            malformed=bool(row["malformed"]),
            slack_channel=row["slack_channel"],
            slack_ts=row["slack_ts"],
            message_count=1 + int(row["followups"]),
            followups=int(row["followups"]),
            last_customer_message_at=parse_ts(last) if last else None,
            reply_to=tuple(json.loads(row.get("reply_to") or "[]")),
            cc=tuple(json.loads(row.get("cc") or "[]")),
            overdue_at=parse_ts(row["overdue_at"]) if row.get("overdue_at") else None,
        )


# The columns a Message is made of: not the raw mail, which may be megabytes (it is read only
# where it is needed, by `received`).
_MESSAGE = (
    "id, case_id, direction, received_at, mail_from, rcpt_tos, message_id, subject, from_name,"
    " body, attachments, defects, author, raw_size"
)


def _message(row: dict[str, Any]) -> Message:
    return Message(
        id=row["id"],
        case_id=row["case_id"],
        direction=row["direction"],
        received_at=parse_ts(row["received_at"]),
        mail_from=row["mail_from"],
        rcpt_tos=tuple(json.loads(row["rcpt_tos"])),
        message_id=row["message_id"],
        subject=row["subject"],
        from_name=row["from_name"],
        body=row["body"],
        attachments=tuple(Attachment(**a) for a in json.loads(row["attachments"])),
        defects=tuple(json.loads(row["defects"])),
        author=row["author"],
        raw_size=row["raw_size"],
    )


class StoreRunner:
    """Runs store calls on one dedicated thread, so SQLite's blocking writes and fsyncs never
    block the event loop, and every call is serialised with every other."""

    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="case-store")
        self.calls = 0  # hops to the store's thread, for /metrics

    async def call(
        self, fn: Callable[Concatenate[CaseStore, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        loop = asyncio.get_running_loop()
        self.calls += 1
        return await loop.run_in_executor(
            self._executor, functools.partial(fn, self.store, *args, **kwargs)
        )

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        self.store.db.conn.close()
