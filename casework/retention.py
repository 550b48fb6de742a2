"""Retention: cases resolved more than `privacy.retention_days` ago are erased, once a day.

A case counts from the last time it was resolved (its newest "resolved" event): a case that
was reopened and resolved again keeps its data for the whole period after the last answer.
The erase is the same as a person's (`casework.erasure`), over whole cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from casework.calendar import JST
from casework.erasure import ErasureCounts, erase, plan_for_cases
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
    store: CaseStore, now: datetime, days: int, actor: str
) -> tuple[list[Expired], ErasureCounts, tuple[str, ...]]:
    """Erase the expired cases. Returns them, the counts and the sent Message-IDs (whose
    outgoing files the caller deletes)."""
    expired = expired_cases(store, now, days)
    if not expired:
        return [], ErasureCounts(), ()
    plan = plan_for_cases(store, [e.case_id for e in expired])
    counts, sent = erase(store, plan, now=now, actor=actor, action="retention")
    return expired, counts, sent


def due_today(store: CaseStore, now: datetime) -> bool:
    """True when the daily run has not happened yet on this Japan date."""
    row = store.db.execute("SELECT value FROM privacy_state WHERE name = ?", [LAST_RUN]).fetchone()
    return row is None or str(row[0]) < now.astimezone(JST).date().isoformat()


def mark_run(store: CaseStore, now: datetime) -> None:
    store.db.execute(
        "INSERT OR REPLACE INTO privacy_state (name, value) VALUES (?, ?)",
        [LAST_RUN, now.astimezone(JST).date().isoformat()],
    )
