"""The opening digest: at each opening of the desk, one message listing the cases that came in
while it was closed and are still waiting.

An opening is a moment when the calendar goes from closed to open (the start of an opening
interval that does not follow straight on from another one); the closing before it is the end
of the previous interval. The digest lists the cases received between the two that are not
resolved, claimed or not: personal-information requests first (the policy promises to act on
them without delay), then oldest first.

`queue_digest_if_due` is called at least every minute (inquiry_desk/timers.py) with the time
as an input. It records each opening it has handled in `opening_digests`, in the same
transaction that queues the post, so an opening is announced at most once and, while the desk
is running, within a minute of the opening; a desk started later in the same opening interval
still posts it.
Nothing is posted when nothing is waiting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from casework import jobs, outbox
from casework.calendar import BusinessCalendar
from casework.db import ts
from casework.store import CaseStore

LOOK_BACK_DAYS = 40  # the longest closure the desk looks back over to find the last closing


@dataclass(frozen=True)
class Opening:
    opens: datetime  # the moment the desk opened
    closed: datetime  # the end of the opening interval before it
    until: datetime  # the end of this opening interval


def _intervals_back(calendar: BusinessCalendar, now: datetime) -> list[tuple[datetime, datetime]]:
    local = now.astimezone(calendar.zone)
    found: list[tuple[datetime, datetime]] = []
    for offset in range(LOOK_BACK_DAYS, -1, -1):
        found += calendar.intervals(local.date() - timedelta(days=offset))
    return [i for i in found if i[0] <= now]


def current_opening(calendar: BusinessCalendar, now: datetime) -> Opening | None:
    """The opening whose interval (or run of touching intervals) `now` falls in; None while the
    desk is closed or when no earlier closing is within LOOK_BACK_DAYS."""
    spans = _intervals_back(calendar, now)
    # Touching intervals (09:00-12:00 then 12:00-18:00, or one ending at 24:00 and the next
    # day's starting at 00:00) are one stretch of opening: no closing lies between them.
    runs: list[list[datetime]] = []
    for start, end in spans:
        if runs and runs[-1][1] >= start:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    if len(runs) < 2 or not runs[-1][0] <= now < runs[-1][1]:
        return None
    return Opening(opens=runs[-1][0], closed=runs[-2][1], until=runs[-1][1])


def waiting_cases(store: CaseStore, opening: Opening) -> list[int]:
    """Ids of the cases received while closed before `opening` and not resolved: requests
    about personal information first, then oldest first."""
    rows = store.db.execute(
        "SELECT id FROM cases WHERE received_at >= ? AND received_at < ? AND status != 'resolved'"
        " ORDER BY pi_request IS NULL, received_at, id",
        [ts(opening.closed), ts(opening.opens)],
    )
    return [int(r[0]) for r in rows]


def queue_digest_if_due(
    store: CaseStore, calendar: BusinessCalendar, now: datetime
) -> list[int] | None:
    """Queue the digest of the current opening unless it was handled already. Returns the
    cases it lists ([] when nothing waits and no digest is posted), or None when there was
    nothing to do (the desk is closed, or this opening was handled)."""
    opening = current_opening(calendar, now)
    if opening is None:
        return None
    with store.transaction():
        done = store.db.execute(
            "SELECT 1 FROM opening_digests WHERE opening = ?", [ts(opening.opens)]
        ).fetchone()
        if done is not None:
            return None
        cases = waiting_cases(store, opening)
        store.db.execute(
            "INSERT INTO opening_digests (opening, closed, cases, handled_at) VALUES (?, ?, ?, ?)",
            [ts(opening.opens), ts(opening.closed), len(cases), ts(now)],
        )
        if cases and store.slack:
            job = jobs.SlackOpeningDigest(opening.opens, opening.closed, tuple(cases))
            outbox.enqueue_job(store.db, job, now=now)
    return cases
