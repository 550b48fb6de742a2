"""Retention: cases resolved more than `privacy.retention_days` ago are erased, once a day.

A case counts from the last time it was resolved (its newest "resolved" event): a case that
was reopened and resolved again keeps its data for the whole period after the last answer.
The erase is the same as a person's (`casework.erasure`), over whole cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from casework.calendar import JST
from casework.erasure import (
    ErasureCounts,
    erase,
    erase_outgoing_files,
    plan_for_cases,
    settle_files,
)
from casework.store import CaseStore, ts

LAST_RUN = "retention_last_run"  # privacy_state: the Japan date of the last daily run


@dataclass(frozen=True)
class Expired:
    case_id: int
    number: int
    resolved_at: str


def expired_cases(store: CaseStore, now: datetime, days: int) -> list[Expired]:
    """Resolved cases, not erased yet, whose last resolution is older than `days`."""
    if days <= 0:
        return []
    cutoff = ts(now - timedelta(days=days))
    rows = store.db.execute(
        "SELECT c.id, c.number, r.at FROM cases c"
        " JOIN (SELECT case_id, MAX(at) AS at FROM events WHERE action = 'resolved'"
        "       GROUP BY case_id) r ON r.case_id = c.id"
        " WHERE c.status = 'resolved' AND r.at < ?"
        " AND NOT EXISTS (SELECT 1 FROM erased_cases e WHERE e.case_id = c.id)"
        " ORDER BY c.number",
        [cutoff],
    ).fetchall()
    return [Expired(int(r[0]), int(r[1]), str(r[2])) for r in rows]


def purge(
    store: CaseStore, now: datetime, days: int, actor: str, outgoing_dir: Path
) -> tuple[list[Expired], ErasureCounts, int]:
    """Erase the expired cases as a person's erase does (database, outgoing files, Slack
    through the outbox). Returns them, the counts and how many outgoing files went."""
    expired = expired_cases(store, now, days)
    if not expired:
        return [], ErasureCounts(), 0
    plan = plan_for_cases(store, [e.case_id for e in expired])
    counts, sent = erase(store, plan, now=now, actor=actor, action="retention")
    files = erase_outgoing_files(outgoing_dir, "", sent)
    settle_files(store.db)
    return expired, counts, files


def daily(store: CaseStore, now: datetime, days: int, outgoing_dir: Path) -> int | None:
    """The daily run from `serve`: purge once per Japan date. None when already run today
    (or retention is off); otherwise how many cases were erased."""
    if days <= 0 or not due_today(store, now):
        return None
    expired, _, _ = purge(store, now, days, "retention", outgoing_dir)
    with store.transaction():
        mark_run(store, now)
    return len(expired)


def due_today(store: CaseStore, now: datetime) -> bool:
    """True when the daily run has not happened yet on this Japan date."""
    row = store.db.execute("SELECT value FROM privacy_state WHERE name = ?", [LAST_RUN]).fetchone()
    return row is None or str(row[0]) < now.astimezone(JST).date().isoformat()


def mark_run(store: CaseStore, now: datetime) -> None:
    store.db.execute(
        "INSERT OR REPLACE INTO privacy_state (name, value) VALUES (?, ?)",
        [LAST_RUN, now.astimezone(JST).date().isoformat()],
    )
