"""Erasure: a person's data (or expired cases) removed from the database, the outgoing mail
files and, through the outbox, Slack (docs/privacy.md, "Deletion").

Each case stays as an anonymous record (number, dates, section, status, assignee) so figures
still add up; everything that came from or went to the person goes: mail bytes, bodies,
subjects, names, addresses, Message-IDs, event details, outbox payloads (also where a name sits
in them as JSON `\\u` escapes), the acknowledgement window. The connection runs with
`secure_delete` on, so what is overwritten is zeroed; the WAL is then checkpointed with
TRUNCATE, and a database that held data before secure_delete was on is vacuumed once.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from casework import jobs, outbox
from casework.errors import CaseworkError
from casework.person import ADDR_SPEC, address_key, chunked_rows, find_person, header_section
from casework.privacy import audit
from casework.search import FTS_TABLE
from casework.store import CaseStore, ts

ERASE_KIND = jobs.SlackErase.KIND
CANCELLED = "cancelled: the data was erased"
_ENVELOPE_LINE = re.compile(rb"^(?:X-Envelope-To|To|Cc):(.*)$", re.IGNORECASE | re.MULTILINE)
_MESSAGE_ID_LINE = re.compile(rb"^Message-ID:\s*(<[^>\r\n]*>)", re.IGNORECASE | re.MULTILINE)
# The addresses an erased mail was sent to are found as the person index finds them.
_ADDRESS = re.compile(ADDR_SPEC.encode())


class ErasureRefused(CaseworkError):
    """An erase that would pull data from under someone working on it."""


@dataclass(frozen=True)
class ErasurePlan:
    """What one erase covers, found before anything changes."""

    key: str  # the person's address key; "" for a retention purge
    case_ids: tuple[int, ...]
    message_ids: tuple[int, ...]
    needles: tuple[str, ...]  # their addresses and names, as text and as JSON escapes
    names: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.case_ids and not self.message_ids


@dataclass(frozen=True)
class ErasureCounts:
    cases: int = 0
    messages: int = 0
    events: int = 0
    outbox_rows: int = 0
    acknowledgement_marks: int = 0
    slack_jobs: int = 0
    notes: int = 0  # staff's internal notes (casework.notes)
    files: int = 0
    vacuumed: bool = False


def plan_for_person(store: CaseStore, address: str) -> ErasurePlan:
    person = find_person(store.db, address)
    return _plan(store.db, person.key, person.case_ids, person.message_ids, person.names)


def plan_for_cases(store: CaseStore, case_ids: Sequence[int]) -> ErasurePlan:
    """Whole cases (a retention purge): every message on them, nobody's other mail."""
    rows = chunked_rows(store.db, "SELECT id FROM messages WHERE case_id IN ({})", case_ids)
    return _plan(store.db, "", tuple(case_ids), tuple(int(str(r[0])) for r in rows), ())


def _plan(
    db: sqlite_utils.Database,
    key: str,
    case_ids: Sequence[int],
    message_ids: Sequence[int],
    names: Sequence[str],
) -> ErasurePlan:
    texts: set[str] = set(names)
    if key:
        texts.add(key)
        for (value,) in chunked_rows(
            db, "SELECT mail_from FROM messages WHERE id IN ({})", [*message_ids]
        ):
            if address_key(str(value)) == key:
                texts.add(str(value).strip("<>"))
        for (value,) in chunked_rows(
            db, "SELECT customer_address FROM cases WHERE id IN ({})", case_ids
        ):
            if value:
                texts.add(str(value))
    needles = set()
    for text in texts:
        if len(text) < 2:
            continue  # a one-letter name would match everything
        needles.add(text)
        needles.add(json.dumps(text)[1:-1])  # as json.dumps writes it: \\u escapes
        needles.add(json.dumps(text, ensure_ascii=False)[1:-1])
    return ErasurePlan(
        key, tuple(case_ids), tuple(sorted(message_ids)), tuple(sorted(needles)), tuple(names)
    )


def refusal(store: CaseStore, plan: ErasurePlan) -> str | None:
    """Why an erase should not run now (a case of theirs is claimed and unresolved)."""
    rows = chunked_rows(
        store.db,
        "SELECT number, assignee FROM cases WHERE status = 'claimed' AND id IN ({})",
        plan.case_ids,
    )
    if not rows:
        return None
    tags = ", ".join(f"{store.tag(int(str(r[0])))} (claimed by {r[1]})" for r in rows[:5])
    more = f" and {len(rows) - 5} more" if len(rows) > 5 else ""
    return (
        f"refused: {tags}{more} is claimed and not resolved; resolve or unclaim it first,"
        " or use --force"
    )


def unconfirmed_requests(store: CaseStore, case_ids: Sequence[int]) -> list[str]:
    """Tags of open personal-information requests among the cases with no identity check."""
    rows = chunked_rows(
        store.db,
        "SELECT c.number FROM cases c WHERE c.pi_request IS NOT NULL AND c.status != 'resolved'"
        " AND NOT EXISTS (SELECT 1 FROM identity_confirmations i WHERE i.case_id = c.id)"
        " AND c.id IN ({})",
        case_ids,
    )
    return [store.tag(int(str(r[0]))) for r in rows]


def erase(
    store: CaseStore, plan: ErasurePlan, *, now: datetime, actor: str, action: str
) -> tuple[ErasureCounts, tuple[str, ...]]:
    """Erase the plan's rows in one transaction. Returns the counts and the Message-IDs of
    the mail the desk sent (to find its files: `erase_outgoing_files`)."""
    db = store.db
    with store.transaction():
        sent_ids = tuple(
            str(r[0])
            for r in chunked_rows(
                db,
                "SELECT message_id FROM messages WHERE direction = 'out'"
                " AND message_id IS NOT NULL AND id IN ({})",
                plan.message_ids,
            )
        )
        messages = _update_chunked(
            db,
            "UPDATE messages SET raw = x'', mail_from = '', rcpt_tos = '[]', peer = '',"
            " message_id = NULL, in_reply_to = '[]', refs = '[]', subject = '',"
            " from_address = NULL, from_name = '', body = '', body_for_matching = '',"
            " attachments = '[]', defects = '[]', dedup_key = 'erased' WHERE id IN ({})",
            plan.message_ids,
        )
        _update_chunked(
            db, "DELETE FROM message_addresses WHERE message_id IN ({})", plan.message_ids
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO message_addresses (address_key, message_id) VALUES ('-', ?)",
            [(m,) for m in plan.message_ids],
        )
        if plan.key:
            db.execute("DELETE FROM message_addresses WHERE address_key = ?", [plan.key])
            db.execute("DELETE FROM suspensions WHERE address_key = ?", [plan.key])
            # Another case whose replies went to them (their Reply-To on someone's mail).
            db.execute("UPDATE cases SET customer_key = '' WHERE customer_key = ?", [plan.key])
        # A flood digest shows the subject of its first mail, which may be theirs: blanked.
        _update_chunked(
            db,
            "UPDATE slack_digests SET subject = '' WHERE id IN"
            " (SELECT digest_id FROM cases WHERE id IN ({}))",
            plan.case_ids,
        )
        cases = _update_chunked(
            db,
            "UPDATE cases SET subject = '', customer_address = '', customer_name = '',"
            " ack_reason = '', reply_to = '[]', cc = '[]', customer_key = '' WHERE id IN ({})",
            plan.case_ids,
        )
        # On other people's cases they may be the Reply-To or in the Cc.
        _scrub_by_needles(db, "cases", "reply_to", "'[]'", plan.needles)
        _scrub_by_needles(db, "cases", "cc", "'[]'", plan.needles)
        events = _update_chunked(
            db,
            "UPDATE events SET detail = '' WHERE detail != '' AND case_id IN ({})",
            plan.case_ids,
        )
        events += _scrub_by_needles(db, "events", "detail", "''", plan.needles)
        notes = _update_chunked(db, "DELETE FROM case_notes WHERE case_id IN ({})", plan.case_ids)
        rows = _update_chunked(
            db,
            "UPDATE outbox SET payload = '{{}}', last_error = CASE WHEN state IN"
            " ('pending', 'running') THEN ? ELSE '' END, state = CASE WHEN state IN"
            " ('pending', 'running') THEN 'done' ELSE state END"
            f" WHERE kind != '{ERASE_KIND}' AND case_id IN ({{}})",
            plan.case_ids,
            prefix=[CANCELLED],
        )
        rows += _update_chunked(
            db,
            "UPDATE outbox SET state = 'done', last_error = ? WHERE kind = 'intake'"
            " AND state IN ('pending', 'running') AND json_extract(payload, '$.message') IN ({})",
            plan.message_ids,
            prefix=[CANCELLED],
        )
        rows += _scrub_by_needles(db, "outbox", "payload", "'{}'", plan.needles)
        rows += _scrub_by_needles(db, "outbox", "last_error", "''", plan.needles)
        marks = _update_chunked(db, "DELETE FROM ack_marks WHERE case_id IN ({})", plan.case_ids)
        if plan.key:
            marks += db.execute("DELETE FROM ack_marks WHERE sender_key = ?", [plan.key]).rowcount
        jobs = _queue_slack(store, plan, now)
        db.conn.executemany(
            "INSERT OR REPLACE INTO erased_cases (case_id, erased_at, reason) VALUES (?, ?, ?)",
            [(c, ts(now), action) for c in plan.case_ids],
        )
        for case_id in plan.case_ids:
            store.add_event(case_id, now, actor, "erased", action)
        counts = ErasureCounts(
            cases=cases,
            messages=messages,
            events=events,
            outbox_rows=rows,
            acknowledgement_marks=marks,
            slack_jobs=jobs,
            notes=notes,
        )
        audit(store, now, actor, action, asdict(counts))
    return counts, sent_ids


def _queue_slack(store: CaseStore, plan: ErasurePlan, now: datetime) -> int:
    """One `slack_erase` row per case in Slack (its message becomes the erased notice, its
    quoting notes are deleted), and one for their follow-up notes on other people's cases.
    Queued whether or not this process has Slack: the running desk's worker does the calls."""
    db = store.db
    posted = chunked_rows(
        db, "SELECT id FROM cases WHERE slack_ts IS NOT NULL AND id IN ({})", plan.case_ids
    )
    notes: dict[int, list[str]] = {}
    for channel, note_ts, case_id in chunked_rows(
        db,
        "SELECT channel, ts, case_id FROM slack_notes WHERE kind != 'transition'"
        " AND case_id IN ({})",
        plan.case_ids,
    ):
        notes.setdefault(int(str(case_id)), []).append(f"{channel}:{note_ts}")
    for channel, note_ts, case_id in chunked_rows(
        db,
        "SELECT channel, ts, case_id FROM slack_notes WHERE message_id IN ({})",
        plan.message_ids,
    ):
        notes.setdefault(int(str(case_id)), []).append(f"{channel}:{note_ts}")
    queued = 0
    for case_id in sorted({int(str(r[0])) for r in posted} | set(notes)):
        mine = case_id in plan.case_ids
        job = jobs.SlackErase(case_id if mine else None, tuple(notes.get(case_id, ())))
        outbox.enqueue_job(db, job, now=now, case_id=case_id)
        queued += 1
    return queued


def _update_chunked(
    db: sqlite_utils.Database,
    query: str,
    ids: Iterable[int],
    *,
    prefix: Sequence[object] = (),
) -> int:
    values = sorted(set(ids))
    total = 0
    for start in range(0, len(values), 500):
        part = values[start : start + 500]
        cursor = db.execute(query.format(",".join("?" * len(part))), [*prefix, *part])
        total += max(cursor.rowcount, 0)
    return total


def _scrub_by_needles(
    db: sqlite_utils.Database, table: str, column: str, blank: str, needles: Sequence[str]
) -> int:
    """Blank `column` wherever it holds one of the needles (case-insensitively for ASCII)."""
    if not needles:
        return 0
    found = " OR ".join([f"instr(lower({column}), lower(?)) > 0"] * len(needles))
    cursor = db.execute(
        f"UPDATE {table} SET {column} = {blank} WHERE {column} != {blank} AND ({found})",
        list(needles),
    )
    return max(cursor.rowcount, 0)


def erase_outgoing_files(directory: Path, key: str, message_ids: Iterable[str]) -> int:
    """Delete the outgoing `.eml` files sent to `key` or carrying one of the Message-IDs."""
    if not directory.is_dir():
        return 0
    wanted = {m.encode() for m in message_ids}
    removed = 0
    for path in directory.iterdir():
        if not path.name.endswith((".eml", ".tmp")) or not path.is_file():
            continue
        try:
            with path.open("rb") as handle:
                head = header_section(handle.read(102400))
        except OSError:
            continue
        if _file_matches(head, key, wanted):
            _shred(path)
            removed += 1
    return removed


def _file_matches(head: bytes, key: str, wanted: set[bytes]) -> bool:
    found = _MESSAGE_ID_LINE.search(head)
    if found and found.group(1) in wanted:
        return True
    if not key:
        return False
    for line in _ENVELOPE_LINE.findall(head):
        for address in _ADDRESS.findall(line):
            if address_key(address.decode("ascii", "replace")) == key:
                return True
    return False


def _shred(path: Path) -> None:
    """Overwrite, then unlink: on most file systems the freed blocks then hold zeros."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


@dataclass(frozen=True)
class Settled:
    vacuumed: bool  # the one VACUUM of a database older than secure_delete
    wal_truncated: bool  # False: a reader kept the WAL busy through every attempt


CHECKPOINT_ATTEMPTS = 5


def settle_files(db: sqlite_utils.Database) -> Settled:
    """After an erase: make sure no old bytes stay in the database's files. Merge the search
    index; VACUUM once if the database held data before secure_delete was on; then checkpoint
    and truncate the WAL (its old frames still hold the pages as they were)."""
    db.execute("PRAGMA secure_delete = ON")
    _compact_search_index(db)
    needed = db.execute("SELECT 1 FROM privacy_state WHERE name = 'vacuum_needed'").fetchone()
    if needed is not None:
        db.execute("VACUUM")
        db.execute("DELETE FROM privacy_state WHERE name = 'vacuum_needed'")
    # Each attempt waits out a writer (busy_timeout); a reader mid-transaction in the desk
    # makes it return busy, so try again a few times before saying so.
    truncated = False
    for attempt in range(CHECKPOINT_ATTEMPTS):
        if attempt:
            time.sleep(0.2 * attempt)
        if not db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
            truncated = True
            break
    return Settled(needed is not None, truncated)


def _compact_search_index(db: sqlite_utils.Database) -> None:
    """The full-text index records a deletion as a marker in a new segment; the old segment
    still holds the erased text's trigrams until the segments are merged. 'optimize' merges
    them all into one (https://www.sqlite.org/fts5.html#the_optimize_command)."""
    exists = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [FTS_TABLE]
    ).fetchone()
    if exists is not None:
        db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")
