"""How the desk is doing: first-response and resolution times in business hours, per ISO week.

Each case's times are recorded in `case_times`: the first response is the first staff reply
the relay accepted (an acknowledgement is not a response), the resolution the moment it was last
resolved (nothing while it is open again). Both are counted in business hours from the moment
the first mail was received (casework.worktime), so a weekend does not count against the desk.
`refresh` brings the table up to date from the event log, reading only events it has not seen,
so the report and /metrics can call it every time.

A case belongs to the ISO week (Japan time) in which its first mail was received, and so do
its times, even when the answer came the week after.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

import sqlite_utils

from casework.calendar import BusinessCalendar
from casework.store import CaseStore, parse_ts, ts
from casework.worktime import business_seconds

_EVENTS = ("reply sent", "resolved", "reopened")
_MARK = "case_times"
# Histogram buckets for /metrics, in business hours: from a quarter of an hour to two weeks.
BUCKETS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 24.0, 40.0, 80.0)


def refresh(store: CaseStore, calendar: BusinessCalendar) -> int:
    """Record the times of every case with a reply, resolution or reopening not yet read.
    Returns how many cases were (re)computed. One transaction."""
    db = store.db
    with store.transaction():
        row = db.execute("SELECT event_id FROM report_marks WHERE name = ?", [_MARK]).fetchone()
        seen = int(row[0]) if row else 0
        top = int(db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0])
        marks = ",".join("?" * len(_EVENTS))
        cases = [
            int(r[0])
            for r in db.execute(
                f"SELECT DISTINCT case_id FROM events WHERE id > ? AND id <= ?"
                f" AND action IN ({marks})",
                [seen, top, *_EVENTS],
            )
        ]
        for case_id in cases:
            _record(db, calendar, case_id)
        db.execute(
            "INSERT INTO report_marks (name, event_id) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET event_id = excluded.event_id",
            [_MARK, top],
        )
    return len(cases)


def _record(db: sqlite_utils.Database, calendar: BusinessCalendar, case_id: int) -> None:
    row = db.execute(
        "SELECT c.received_at, c.status,"
        " (SELECT MIN(m.received_at) FROM messages m"
        "   WHERE m.case_id = c.id AND m.direction = 'out' AND m.kind = 'reply'),"
        " (SELECT MAX(e.at) FROM events e WHERE e.case_id = c.id AND e.action = 'resolved')"
        " FROM cases c WHERE c.id = ?",
        [case_id],
    ).fetchone()
    if row is None:  # erased since
        db.execute("DELETE FROM case_times WHERE case_id = ?", [case_id])
        return
    received = parse_ts(row[0])
    replied = row[2]
    resolved = row[3] if row[1] == "resolved" else None
    db.execute(
        "INSERT OR REPLACE INTO case_times (case_id, first_response_at, first_response_hours,"
        " resolved_at, resolution_hours) VALUES (?, ?, ?, ?, ?)",
        [
            case_id,
            replied,
            _hours(calendar, received, replied),
            resolved,
            _hours(calendar, received, resolved),
        ],
    )


def _hours(calendar: BusinessCalendar, start: datetime, end: str | None) -> float | None:
    if end is None:
        return None
    return business_seconds(calendar, start, parse_ts(end)) / 3600


@dataclass(frozen=True)
class CaseFigures:
    received_at: datetime
    pi_request: bool
    ack_sent: bool
    first_response_hours: float | None
    resolution_hours: float | None


def case_figures(
    store: CaseStore, calendar: BusinessCalendar, since: date | None = None
) -> list[CaseFigures]:
    """Every case received on or after `since` (a day in the calendar's zone), oldest first."""
    start = ts(datetime.combine(since, time(0), calendar.zone)) if since else ""
    rows = store.db.execute(
        "SELECT c.received_at, c.pi_request IS NOT NULL, c.ack_state = 'sent',"
        " t.first_response_hours, t.resolution_hours"
        " FROM cases c LEFT JOIN case_times t ON t.case_id = c.id"
        " WHERE c.received_at >= ? ORDER BY c.received_at",
        [start],
    )
    return [CaseFigures(parse_ts(r[0]), bool(r[1]), bool(r[2]), r[3], r[4]) for r in rows]


def iso_week(moment: datetime, calendar: BusinessCalendar) -> str:
    year, week, _ = moment.astimezone(calendar.zone).isocalendar()
    return f"{year}-W{week:02d}"


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """Linear interpolation between the closest ranks (numpy's default); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _summary(values: Sequence[float]) -> dict[str, float | None]:
    median = statistics.median(values) if values else None
    p90 = percentile(values, 0.9)
    return {
        "median_hours": None if median is None else round(median, 2),
        "p90_hours": None if p90 is None else round(p90, 2),
    }


def weekly(figures: Iterable[CaseFigures], calendar: BusinessCalendar) -> list[dict[str, object]]:
    """One entry per ISO week that has cases, oldest first, in the report's JSON shape."""
    weeks: dict[str, list[CaseFigures]] = {}
    for f in figures:
        weeks.setdefault(iso_week(f.received_at, calendar), []).append(f)
    report = []
    for week in sorted(weeks):
        cases = weeks[week]
        first = [f.first_response_hours for f in cases if f.first_response_hours is not None]
        done = [f.resolution_hours for f in cases if f.resolution_hours is not None]
        report.append(
            {
                "week": week,
                "cases": len(cases),
                "pi_requests": sum(f.pi_request for f in cases),
                "acks_sent": sum(f.ack_sent for f in cases),
                "first_response": _summary(first),
                "resolution": _summary(done),
            }
        )
    return report


def histograms(store: CaseStore) -> dict[str, tuple[list[int], int, float]]:
    """For /metrics: per figure, the cumulative counts at each of BUCKETS, the count and the
    sum of every case's recorded hours."""
    found: dict[str, tuple[list[int], int, float]] = {}
    for name in ("first_response", "resolution"):
        column = f"{name}_hours"
        cells = ", ".join(f"SUM({column} <= ?)" for _ in BUCKETS)
        row = store.db.execute(
            f"SELECT {cells}, COUNT({column}), COALESCE(SUM({column}), 0) FROM case_times",
            list(BUCKETS),
        ).fetchone()
        found[name] = ([int(v or 0) for v in row[: len(BUCKETS)]], int(row[-2]), float(row[-1]))
    return found
