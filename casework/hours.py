"""The `[hours]` table of the settings file, read into a CalendarConfig.

    [hours]
    monday = ["09:00-12:00", "13:00-18:00"]   # any number of intervals; [] closes the day
    saturday = []
    closures = [{ from = "2027-08-12", to = "2027-08-16", reason = "夏季休業" }]
    working_days = ["2026-12-28"]             # open on these dates whatever else they are
    year_end_closure = true                   # 29 December to 3 January, every year
    year_end_from = "12-29"
    year_end_to = "01-03"
    year_end_reason = "年末年始休業"
    timezone = "Asia/Tokyo"

Every problem is a ConfigError naming the key (``hours.closures[1].to``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casework.errors import ConfigError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
Interval = tuple[time, time]
NINE_TO_SIX: tuple[Interval, ...] = ((time(9), time(18)),)
_INTERVAL = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
_MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class Closure:
    start: date
    end: date  # inclusive
    reason: str


def _default_week() -> dict[int, tuple[Interval, ...]]:
    return {day: NINE_TO_SIX for day in range(5)}


@dataclass(frozen=True)
class CalendarConfig:
    weekly: Mapping[int, tuple[Interval, ...]] = field(default_factory=_default_week)
    closures: tuple[Closure, ...] = ()
    extra_working_days: frozenset[date] = frozenset()
    year_end_closure: bool = True
    year_end_from: tuple[int, int] = (12, 29)
    year_end_to: tuple[int, int] = (1, 3)
    year_end_reason: str = "年末年始休業"
    tz: str = "Asia/Tokyo"

    @property
    def default_day(self) -> tuple[Interval, ...]:
        """Hours of an extra working day that falls on a day with no weekly hours."""
        return next((h for h in self.weekly.values() if h), NINE_TO_SIX)

    def year_end(self, year: int) -> list[Closure]:
        """The year-end closures touching `year`: the one it begins with and the one it ends
        with."""
        (fm, fd), (tm, td) = self.year_end_from, self.year_end_to
        return [
            Closure(date(y, fm, fd), date(y + 1, tm, td), self.year_end_reason)
            for y in (year - 1, year)
        ]


def calendar_config_from_mapping(data: Mapping[str, Any]) -> CalendarConfig:
    known = {*DAYS, "closures", "working_days", "timezone", "year_end_closure",
             "year_end_from", "year_end_to", "year_end_reason"}  # fmt: skip
    for key in data:
        if key not in known:
            raise ConfigError(f"hours.{key}", f"unknown key (known: {', '.join(sorted(known))})")
    weekly = _default_week()
    for index, name in enumerate(DAYS):
        if name in data:
            weekly[index] = _intervals(f"hours.{name}", data[name])
    year_end = data.get("year_end_closure", True)
    if not isinstance(year_end, bool):
        raise ConfigError("hours.year_end_closure", f"must be true or false, got {year_end!r}")
    return CalendarConfig(
        weekly=weekly,
        closures=_closures(data.get("closures", [])),
        extra_working_days=frozenset(_dates("hours.working_days", data.get("working_days", []))),
        year_end_closure=year_end,
        year_end_from=_month_day("hours.year_end_from", data.get("year_end_from", "12-29")),
        year_end_to=_month_day("hours.year_end_to", data.get("year_end_to", "01-03")),
        year_end_reason=_text("hours.year_end_reason", data.get("year_end_reason", "年末年始休業")),
        tz=_zone(data.get("timezone", "Asia/Tokyo")),
    )


def _text(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(key, f"must be a non-empty string, got {value!r}")
    return value.strip()


def _zone(value: Any) -> str:
    try:
        ZoneInfo(_text("hours.timezone", value))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError("hours.timezone", f"unknown time zone {value!r}") from exc
    return str(value)


def _intervals(key: str, value: Any) -> tuple[Interval, ...]:
    if not isinstance(value, list):
        raise ConfigError(key, f'must be a list like ["09:00-12:00", "13:00-18:00"], got {value!r}')
    found: list[Interval] = []
    for i, item in enumerate(value):
        match = _INTERVAL.match(item) if isinstance(item, str) else None
        if match is None:
            raise ConfigError(f"{key}[{i}]", f'must look like "09:00-18:00", got {item!r}')
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
            raise ConfigError(f"{key}[{i}]", f"not a time of day: {item!r}")
        start, end = time(h1, m1), time.max if h2 == 24 else time(h2, m2)
        if start >= end:
            raise ConfigError(f"{key}[{i}]", f"the interval ends before it starts: {item!r}")
        if found and start < found[-1][1]:
            raise ConfigError(f"{key}[{i}]", "intervals must be in order and not overlap")
        found.append((start, end))
    return tuple(found)


def _date(key: str, value: Any) -> date:
    if isinstance(value, date):  # TOML has a date type: working_days = [2026-12-28]
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(key, f"must be a date like 2026-12-28, got {value!r}") from exc


def _dates(key: str, value: Any) -> list[date]:
    if not isinstance(value, list):
        raise ConfigError(key, f"must be a list of dates, got {value!r}")
    return [_date(f"{key}[{i}]", item) for i, item in enumerate(value)]


def _closures(value: Any) -> tuple[Closure, ...]:
    if not isinstance(value, list):
        raise ConfigError("hours.closures", "must be a list of { from, to, reason } tables")
    closures = []
    for i, item in enumerate(value):
        key = f"hours.closures[{i}]"
        if not isinstance(item, dict):
            raise ConfigError(key, "must be a table { from = ..., to = ..., reason = ... }")
        extra = set(item) - {"from", "to", "reason"}
        if extra:
            raise ConfigError(f"{key}.{sorted(extra)[0]}", "unknown key (known: from, to, reason)")
        for needed in ("from", "to", "reason"):
            if needed not in item:
                raise ConfigError(f"{key}.{needed}", "is missing")
        start, end = _date(f"{key}.from", item["from"]), _date(f"{key}.to", item["to"])
        if end < start:
            raise ConfigError(f"{key}.to", f"is before {key}.from")
        closures.append(Closure(start, end, _text(f"{key}.reason", item["reason"])))
    return tuple(closures)


def _month_day(key: str, value: Any) -> tuple[int, int]:
    match = _MONTH_DAY.match(value) if isinstance(value, str) else None
    if match is None:
        raise ConfigError(key, f'must look like "12-29", got {value!r}')
    month, day = int(match.group(1)), int(match.group(2))
    try:
        date(2024, month, day)  # a leap year, so 02-29 is allowed
    except ValueError as exc:
        raise ConfigError(key, f"not a day of the year: {value!r}") from exc
    return month, day
