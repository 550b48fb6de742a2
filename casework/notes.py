"""Internal notes: what staff write in a case's Slack thread, kept on the case.

A note is the text of one thread reply under a case message, keyed by the Slack message
(channel, ts), so that an event Slack delivers twice is kept once and an edit or a deletion in
Slack reaches the right note. Notes are the desk's own record: they are shown by `inquiry-desk
case`, disclosed by `privacy export` and erased with the case's data, and never mailed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from casework.db import parse_ts, ts
from casework.store import CaseStore

NOTE_MAX = 16000  # characters kept of one note (Slack allows 40,000 in a message)


@dataclass(frozen=True)
class Note:
    case_id: int
    user: str  # the Slack user id of the author
    text: str  # as Slack sent it (mrkdwn: `<@U…>` mentions, `&lt;` escapes)
    at: datetime
    edited_at: datetime | None = None


def case_for_thread(store: CaseStore, channel: str, thread_ts: str) -> int | None:
    """The case whose channel message is the parent of the thread, if any."""
    row = store.db.execute(
        "SELECT id FROM cases WHERE slack_ts = ? AND slack_channel = ?", [thread_ts, channel]
    ).fetchone()
    return int(row[0]) if row is not None else None


def is_desk_post(store: CaseStore, channel: str, message_ts: str) -> bool:
    """True for a thread note the desk itself posted (casework.privacy.record_note)."""
    row = store.db.execute(
        "SELECT 1 FROM slack_notes WHERE channel = ? AND ts = ?", [channel, message_ts]
    ).fetchone()
    return row is not None


def save_note(
    store: CaseStore,
    case_id: int,
    channel: str,
    message_ts: str,
    user: str,
    text: str,
    now: datetime,
) -> bool:
    """Keep a thread reply as a note, or bring the note up to date after an edit. Returns
    False when nothing changed (Slack delivered the same event again)."""
    text = text[:NOTE_MAX]
    with store.transaction():
        old = store.db.execute(
            "SELECT text FROM case_notes WHERE channel = ? AND ts = ?", [channel, message_ts]
        ).fetchone()
        if old is not None and old[0] == text:
            return False
        if old is None:
            store.db.execute(
                "INSERT INTO case_notes (case_id, channel, ts, user, text, at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [case_id, channel, message_ts, user, text, ts(_slack_time(message_ts, now))],
            )
            store.add_event(case_id, now, user, "note added")
        else:
            store.db.execute(
                "UPDATE case_notes SET text = ?, edited_at = ? WHERE channel = ? AND ts = ?",
                [text, ts(now), channel, message_ts],
            )
            store.add_event(case_id, now, user, "note edited")
    return True


def delete_note(store: CaseStore, channel: str, message_ts: str, now: datetime) -> bool:
    """Forget a note whose Slack message was deleted. False when there was none."""
    with store.transaction():
        row = store.db.execute(
            "SELECT case_id, user FROM case_notes WHERE channel = ? AND ts = ?",
            [channel, message_ts],
        ).fetchone()
        if row is None:
            return False
        store.db.execute(
            "DELETE FROM case_notes WHERE channel = ? AND ts = ?", [channel, message_ts]
        )
        store.add_event(int(row[0]), now, str(row[1]), "note deleted")
    return True


def case_notes(store: CaseStore, case_id: int) -> list[Note]:
    """The case's notes, oldest first."""
    rows = store.db.execute(
        "SELECT case_id, user, text, at, edited_at FROM case_notes WHERE case_id = ?"
        " ORDER BY at, id",
        [case_id],
    ).fetchall()
    return [
        Note(int(r[0]), str(r[1]), str(r[2]), parse_ts(r[3]), parse_ts(r[4]) if r[4] else None)
        for r in rows
    ]


def _slack_time(message_ts: str, fallback: datetime) -> datetime:
    """When the message was written: a Slack ts is seconds since the epoch ("1700000000.000100")."""
    try:
        return datetime.fromtimestamp(float(message_ts), fallback.tzinfo)
    except (ValueError, OverflowError, OSError):
        return fallback
