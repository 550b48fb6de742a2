"""The privacy state of cases and people: suspension of use, identity confirmation, erasure
marks, and the Slack thread notes the desk posted (docs/privacy.md).

- Suspension of use (the policy's "stop using" promise): while an address is suspended, the
  desk sends it nothing automatic; acknowledgements are suppressed with `SUSPENDED_REASON`.
- Identity confirmation: staff record who confirmed a requester's identity, and when, before
  acting on a personal-information request.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from casework import jobs
from casework.models import AckState
from casework.person import address_key
from casework.store import CaseStore, parse_ts, ts

SUSPENDED_REASON = "use suspended at the customer's request"


@dataclass(frozen=True)
class CaseMarks:
    """What Slack shows about a case's privacy state."""

    erased_at: datetime | None = None
    suspended_since: datetime | None = None
    identity_confirmed_by: str | None = None
    identity_confirmed_at: datetime | None = None


def case_marks(store: CaseStore, case_id: int) -> CaseMarks:
    db = store.db
    erased = db.execute("SELECT erased_at FROM erased_cases WHERE case_id = ?", [case_id])
    erased_row = erased.fetchone()
    confirmed = db.execute(
        "SELECT user, at FROM identity_confirmations WHERE case_id = ?", [case_id]
    ).fetchone()
    customer = db.execute("SELECT customer_address FROM cases WHERE id = ?", [case_id]).fetchone()
    since = suspended_since(db, str(customer[0])) if customer and customer[0] else None
    return CaseMarks(
        erased_at=parse_ts(erased_row[0]) if erased_row else None,
        suspended_since=since,
        identity_confirmed_by=str(confirmed[0]) if confirmed else None,
        identity_confirmed_at=parse_ts(confirmed[1]) if confirmed else None,
    )


# --- suspension of use ------------------------------------------------------------------------


def suspended_since(db: sqlite_utils.Database, address: str) -> datetime | None:
    key = address_key(address)
    if not key:
        return None
    row = db.execute("SELECT since FROM suspensions WHERE address_key = ?", [key]).fetchone()
    return parse_ts(row[0]) if row else None


def suspend(store: CaseStore, address: str, actor: str, now: datetime) -> tuple[bool, int]:
    """Suspend automatic mail to the address. Returns (newly suspended, acknowledgements
    cancelled): acknowledgements already waiting in the outbox are not sent either."""
    key = address_key(address)
    with store.transaction():
        cursor = store.db.execute(
            "INSERT OR IGNORE INTO suspensions (address_key, since, actor) VALUES (?, ?, ?)",
            [key, ts(now), actor],
        )
        cancelled = _cancel_acknowledgements(store, key, now)
        for case_id in _cases_of(store, key):
            store.add_event(case_id, now, actor, "use suspended", "")
            store.queue_slack(jobs.SlackUpdate(case_id), case_id, now)
        audit(store, now, actor, "suspend" if cursor.rowcount else "suspend (already)")
    return cursor.rowcount == 1, cancelled


def resume(store: CaseStore, address: str, actor: str, now: datetime) -> bool:
    key = address_key(address)
    with store.transaction():
        cursor = store.db.execute("DELETE FROM suspensions WHERE address_key = ?", [key])
        if cursor.rowcount:
            for case_id in _cases_of(store, key):
                store.add_event(case_id, now, actor, "use resumed", "")
                store.queue_slack(jobs.SlackUpdate(case_id), case_id, now)
            audit(store, now, actor, "resume")
    return cursor.rowcount == 1


def _cases_of(store: CaseStore, key: str) -> list[int]:
    rows = store.db.execute(
        "SELECT DISTINCT m.case_id FROM message_addresses a JOIN messages m ON m.id = a.message_id"
        " JOIN cases c ON c.id = m.case_id WHERE a.address_key = ? AND c.customer_address != ''",
        [key],
    ).fetchall()
    return [
        int(r[0])
        for r in rows
        if address_key(str(store.case_by_id(int(r[0])).customer_address)) == key
    ]


def _cancel_acknowledgements(store: CaseStore, key: str, now: datetime) -> int:
    rows = store.db.execute(
        "SELECT id, case_id FROM outbox WHERE kind = 'acknowledge' AND state = 'pending'"
        " AND json_extract(payload, '$.sender_key') = ?",
        [key],
    ).fetchall()
    for row_id, case_id in rows:
        store.db.execute(
            "UPDATE outbox SET state = 'done', last_error = ? WHERE id = ?",
            [f"cancelled: {SUSPENDED_REASON}", row_id],
        )
        store.release_ack(key)
        store.set_ack_state(int(case_id), AckState.SUPPRESSED, SUSPENDED_REASON, now)
    return len(rows)


def audit(
    store: CaseStore,
    now: datetime,
    actor: str,
    action: str,
    detail: Mapping[str, object] | None = None,
) -> None:
    """One line of the privacy audit log: who, when, what, counts; never personal data."""
    store.db.execute(
        "INSERT INTO privacy_audit (at, actor, action, detail) VALUES (?, ?, ?, ?)",
        [ts(now), actor, action, json.dumps(dict(detail or {}), sort_keys=True)],
    )


# --- identity confirmation --------------------------------------------------------------------


def confirm_identity(store: CaseStore, number: int, user: str, now: datetime) -> bool:
    """Record that `user` confirmed the requester's identity. False when already recorded."""
    with store.transaction():
        case = store.case(number)
        cursor = store.db.execute(
            "INSERT OR IGNORE INTO identity_confirmations (case_id, user, at) VALUES (?, ?, ?)",
            [case.id, user, ts(now)],
        )
        if cursor.rowcount:
            store.add_event(case.id, now, user, "identity confirmed")
            store.queue_slack(jobs.SlackUpdate(case.id), case.id, now)
    return cursor.rowcount == 1


# --- Slack thread notes -----------------------------------------------------------------------


def record_note(
    store: CaseStore,
    channel: str,
    note_ts: str,
    case_id: int,
    kind: str,
    message_id: int | None = None,
) -> None:
    """Remember a thread note the desk posted, so that an erase can find it."""
    store.db.execute(
        "INSERT OR REPLACE INTO slack_notes (channel, ts, case_id, kind, message_id)"
        " VALUES (?, ?, ?, ?, ?)",
        [channel, note_ts, case_id, kind, message_id],
    )


def forget_note(store: CaseStore, channel: str, note_ts: str) -> None:
    store.db.execute("DELETE FROM slack_notes WHERE channel = ? AND ts = ?", [channel, note_ts])
