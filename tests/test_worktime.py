"""Business time: counted only while the calendar says the desk is open."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from casework.calendar import BusinessCalendar
from casework.hours import calendar_config_from_mapping
from casework.worktime import business_deadline, business_seconds

JST = ZoneInfo("Asia/Tokyo")
CAL = BusinessCalendar(calendar_config_from_mapping({"weekdays": ["09:00-12:00", "13:00-18:00"]}))
H = 3600.0


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=JST)


@pytest.mark.parametrize(
    ("start", "end", "hours"),
    [
        (at(2, 10), at(2, 11), 1),  # Wednesday, within the morning
        (at(2, 11), at(2, 14), 2),  # the lunch hour does not count
        (at(4, 19), at(7, 9), 0),  # Friday evening to Monday opening: nothing
        (at(4, 17), at(7, 10), 2),  # Friday's last hour and Monday's first
        (at(2, 8), at(2, 20), 8),  # a whole working day
        (at(2, 10), at(2, 10), 0),
        (at(2, 12), at(2, 9), 0),  # end before start
        (at(22, 17, month=9), at(24, 10, month=9), 1),  # 2026-09-22/23 are public holidays
        (at(28, 17), at(4, 10, month=1) + timedelta(days=365), 2),  # 29 Dec to 3 Jan closed
    ],
)
def test_business_seconds(start: datetime, end: datetime, hours: float) -> None:
    assert business_seconds(CAL, start, end) == hours * H


def test_times_in_other_zones_are_the_same_moments() -> None:
    utc = ZoneInfo("UTC")
    assert business_seconds(CAL, at(2, 10).astimezone(utc), at(2, 11).astimezone(utc)) == H


@pytest.mark.parametrize(
    ("start", "seconds", "deadline"),
    [
        (at(2, 10), 1 * H, at(2, 11)),
        (at(2, 11), 2 * H, at(2, 14)),  # over lunch
        (at(4, 19), 8 * H, at(7, 18)),  # Friday evening: the whole of Monday
        (at(4, 17), 4 * H, at(7, 12)),
        (at(5, 3), 36, at(7, 9, 0) + timedelta(seconds=36)),  # Saturday: 0.01 h from Monday
        (at(2, 12, 30), 0, at(2, 13)),  # nothing to count: the next open moment
    ],
)
def test_business_deadline(start: datetime, seconds: float, deadline: datetime) -> None:
    assert business_deadline(CAL, start, seconds) == deadline


def test_deadline_and_seconds_agree() -> None:
    start = at(4, 16, 20)
    for hours in (0.01, 1, 4, 8, 20):
        end = business_deadline(CAL, start, hours * H)
        assert end is not None
        assert business_seconds(CAL, start, end) == pytest.approx(hours * H)
