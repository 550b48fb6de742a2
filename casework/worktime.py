"""Time counted in business hours: only the moments the desk's calendar says it is open.

Response targets and the report count this way (docs/calendar.md), so that a mail received on
Friday evening has used no time by Monday 09:00: closed days and the hours outside the daily
intervals do not count.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from casework.calendar import SEARCH_DAYS, BusinessCalendar


def _open_spans(
    calendar: BusinessCalendar, start: datetime, days: int
) -> Iterator[tuple[datetime, datetime]]:
    """The open intervals from `start` on (the first one cut at `start`), day by day."""
    local = start.astimezone(calendar.zone)
    for offset in range(days + 1):
        for begin, end in calendar.intervals(local.date() + timedelta(days=offset)):
            if end > local:
                yield max(begin, local), end


def business_seconds(calendar: BusinessCalendar, start: datetime, end: datetime) -> float:
    """Seconds between `start` and `end` during which the desk was open (0 if end <= start)."""
    if end <= start:
        return 0.0
    days = (end.astimezone(calendar.zone).date() - start.astimezone(calendar.zone).date()).days
    total = 0.0
    for begin, stop in _open_spans(calendar, start, days):
        if begin >= end:
            break
        total += (min(stop, end) - begin).total_seconds()
    return total


def business_deadline(
    calendar: BusinessCalendar, start: datetime, seconds: float
) -> datetime | None:
    """The moment when `seconds` of business time have passed since `start`; None when the
    calendar has no opening within SEARCH_DAYS."""
    left = max(0.0, seconds)
    for begin, stop in _open_spans(calendar, start, SEARCH_DAYS):
        span = (stop - begin).total_seconds()
        if left <= span:
            return begin + timedelta(seconds=left)
        left -= span
    return None
