"""Response targets: how long a case may wait for its first reply, in business hours.

`sla.first_response_hours` (8 by default) applies to every case, `sla.pi_request_hours` (4) to
requests about personal information, which the policy promises to handle without delay. Both
are counted with the desk's calendar from the moment the first mail was received
(casework.worktime): a mail received on Friday evening has used none of its time by Sunday.
Fractions are allowed (0.01 hours is 36 seconds of business time).

A case is overdue when its target has passed, it is not resolved and no staff reply has gone
out. `check` runs at least once a minute (inquiry_desk/timers.py) with the time as an input: it
marks each newly overdue case (`cases.overdue_at`), queues one reminder in the case's thread
naming the assignee (or the staff user group when nobody has claimed it) and an update of the
case message; it clears the mark of cases that were answered or resolved since. A case gets
one reminder, ever.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from casework import jobs
from casework.calendar import BusinessCalendar
from casework.db import parse_ts, ts
from casework.store import CaseStore
from casework.worktime import business_deadline


@dataclass(frozen=True)
class Targets:
    first_response_hours: float = 8.0
    pi_request_hours: float = 4.0

    def hours_for(self, pi_request: bool) -> float:
        return self.pi_request_hours if pi_request else self.first_response_hours


# Cases not resolved, never answered, not marked: the candidates for a reminder.
_WAITING = (
    "SELECT c.id, c.received_at, c.pi_request IS NOT NULL, c.assignee FROM cases c"
    " WHERE c.status != 'resolved' AND c.overdue_at IS NULL AND c.reminded_at IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.case_id = c.id"
    " AND m.direction = 'out' AND m.kind = 'reply') AND c.received_at <= ?"
)
# Marked cases that are overdue no more: answered or resolved since.
_SETTLED = (
    "SELECT c.id FROM cases c WHERE c.overdue_at IS NOT NULL AND (c.status = 'resolved'"
    " OR EXISTS (SELECT 1 FROM messages m WHERE m.case_id = c.id"
    " AND m.direction = 'out' AND m.kind = 'reply'))"
)


def deadline(
    calendar: BusinessCalendar, targets: Targets, received_at: datetime, pi_request: bool
) -> datetime | None:
    """When a case received at `received_at` becomes overdue; None when the calendar has no
    opening to count in."""
    return business_deadline(calendar, received_at, targets.hours_for(pi_request) * 3600)


def check(
    store: CaseStore, calendar: BusinessCalendar, targets: Targets, now: datetime
) -> list[int]:
    """Mark and remind the cases that became overdue by `now`; unmark the settled ones.
    Returns the ids of the cases reminded. One transaction."""
    reminded = []
    with store.transaction():
        for (case_id,) in store.db.execute(_SETTLED).fetchall():
            store.db.execute("UPDATE cases SET overdue_at = NULL WHERE id = ?", [case_id])
            store.queue_slack(jobs.SlackUpdate(case_id), case_id, now)
        # Business time runs no faster than the clock: a case received less than the shorter
        # target ago cannot be overdue, and is not read (a backlog of thousands of new cases
        # would otherwise be counted through the calendar on every round).
        shortest = min(targets.first_response_hours, targets.pi_request_hours)
        young = ts(now - timedelta(hours=max(shortest, 0.0)))
        for case_id, received, pi, assignee in store.db.execute(_WAITING, [young]).fetchall():
            due = deadline(calendar, targets, parse_ts(received), bool(pi))
            if due is None or due > now:
                continue
            store.db.execute(
                "UPDATE cases SET overdue_at = ?, reminded_at = ? WHERE id = ?",
                [ts(due), ts(now), case_id],
            )
            hours = targets.hours_for(bool(pi))
            store.add_event(case_id, now, "system", "overdue", f"no reply within {hours:g} h")
            reminder = jobs.SlackReminder(case_id, due, hours, assignee or "")
            store.queue_slack(reminder, case_id, now)
            store.queue_slack(jobs.SlackUpdate(case_id), case_id, now)
            reminded.append(int(case_id))
    return reminded
