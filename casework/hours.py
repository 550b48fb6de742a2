"""The `[hours]` table of the settings file, read into a CalendarConfig (docs/calendar.md).

    [hours]
    weekdays = ["09:00-12:00", "13:00-18:00"]  # Monday to Friday; default ["09:00-18:00"]
    friday = ["09:00-17:00"]                   # one day differs; [] closes the day
    closures = [{ from = "2027-08-12", to = "2027-08-16", reason = "夏季休業" }]
    working_days = ["2026-12-28"]              # open on these dates whatever else they are
    year_end_closure = true                    # 29 December to 3 January, every year
    year_end_from = "12-29"
    year_end_to = "01-03"
    year_end_reason = "年末年始休業"

Every problem is a ConfigError naming the full key (``hours.closures[1].to``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from casework.errors import ConfigError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
KEYS = (
    "weekdays", *DAYS, "closures", "working_days",
    "year_end_closure", "year_end_from", "year_end_to", "year_end_reason",
)  # fmt: skip
Interval = tuple[time, time]  # an end of time.max means midnight at the end of the day
NINE_TO_SIX: tuple[Interval, ...] = ((time(9), time(18)),)
YEAR_END_REASON = "年末年始休業"
_INTERVAL = re.compile(r"(\d{2}):(\d{2})-(\d{2}):(\d{2})")
_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Closure:
    start: date
    end: date  # inclusive
    reason: str


def _default_week() -> dict[int, tuple[Interval, ...]]:
    return {day: NINE_TO_SIX if day < 5 else () for day in range(7)}


def parse_month_day(text: str) -> tuple[int, int]:
    """ "12-29" -> (12, 29). Raises ValueError for anything that is not a day of every year."""
    match = _MONTH_DAY.fullmatch(text)
    if match is None:
        raise ValueError(f'must look like "12-29", got {text!r}')
    month, day = int(match.group(1)), int(match.group(2))
    if (month, day) == (2, 29):
        raise ValueError("29 February is not in every year; use 02-28 or 03-01")
    try:
        date(2025, month, day)
    except ValueError:
        raise ValueError(f"not a day of the year: {text!r}") from None
    return month, day


@dataclass(frozen=True)
class CalendarConfig:
    weekly: Mapping[int, tuple[Interval, ...]] = field(default_factory=_default_week)  # 0 = Monday
    closures: tuple[Closure, ...] = ()
    extra_working_days: tuple[date, ...] = ()
    year_end_closure: bool = True
    year_end_from: str = "12-29"
    year_end_to: str = "01-03"
    year_end_reason: str = YEAR_END_REASON
    tz: str = "Asia/Tokyo"

    def __post_init__(self) -> None:
        parse_month_day(self.year_end_from)
        parse_month_day(self.year_end_to)

    def year_end(self, year: int) -> tuple[Closure, ...]:
        """The recurring closures that may touch `year` (none when switched off)."""
        if not self.year_end_closure:
            return ()
        (fm, fd), (tm, td) = parse_month_day(self.year_end_from), parse_month_day(self.year_end_to)
        if (fm, fd) <= (tm, td):  # within one calendar year
            return (Closure(date(year, fm, fd), date(year, tm, td), self.year_end_reason),)
        return tuple(
            Closure(date(y, fm, fd), date(y + 1, tm, td), self.year_end_reason)
            for y in (year - 1, year)
        )


def calendar_config_from_mapping(data: Mapping[str, Any]) -> CalendarConfig:
    """Build the calendar settings from the raw `[hours]` table; {} gives the defaults."""
    for key in data:
        if key not in KEYS:
            raise ConfigError(f"hours.{key}", f"unknown key (known: {', '.join(KEYS)})")
    return CalendarConfig(
        weekly=_week(data),
        closures=_closures(data.get("closures", [])),
        extra_working_days=tuple(_dates("hours.working_days", data.get("working_days", []))),
        year_end_closure=_flag("hours.year_end_closure", data.get("year_end_closure", True)),
        year_end_from=_month_day("hours.year_end_from", data.get("year_end_from", "12-29")),
        year_end_to=_month_day("hours.year_end_to", data.get("year_end_to", "01-03")),
        year_end_reason=_text(
            "hours.year_end_reason", data.get("year_end_reason", YEAR_END_REASON)
        ),
    )


def _week(data: Mapping[str, Any]) -> dict[int, tuple[Interval, ...]]:
    weekly = _default_week()
    if "weekdays" in data:
        hours = _intervals("hours.weekdays", data["weekdays"])
        weekly.update(dict.fromkeys(range(5), hours))
    for index, name in enumerate(DAYS):
        if name in data:
            weekly[index] = _intervals(f"hours.{name}", data[name])
    return weekly


def _flag(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(key, f"must be true or false, got {value!r}")
    return value


def _text(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(key, f"must be a non-empty string, got {value!r}")
    return value.strip()


def _intervals(key: str, value: Any) -> tuple[Interval, ...]:
    if not isinstance(value, list):
        raise ConfigError(key, f'must be a list like ["09:00-12:00", "13:00-18:00"], got {value!r}')
    found: list[Interval] = []
    for i, item in enumerate(value):
        interval = _interval(f"{key}[{i}]", item)
        if found and interval[0] < found[-1][1]:
            raise ConfigError(f"{key}[{i}]", "intervals must be in order and must not overlap")
        found.append(interval)
    return tuple(found)


def _interval(key: str, item: Any) -> Interval:
    match = _INTERVAL.fullmatch(item.replace(" ", "")) if isinstance(item, str) else None
    if match is None:
        raise ConfigError(key, f'must look like "09:00-18:00", got {item!r}')
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2):
        raise ConfigError(key, f"not a time of day (00:00 to 24:00): {item!r}")
    start, end = time(h1, m1), time.max if h2 == 24 else time(h2, m2)
    if start >= end:
        raise ConfigError(key, f"the interval must end after it starts: {item!r}")
    return start, end


def _date(key: str, value: Any) -> date:
    if isinstance(value, datetime):  # TOML has date-times too; a closure is whole days
        raise ConfigError(key, f"must be a date without a time, got {value!r}")
    if isinstance(value, date):  # TOML has a date type: working_days = [2026-12-28]
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(key, f"must be a date like 2026-12-28, got {value!r}")


def _dates(key: str, value: Any) -> list[date]:
    if not isinstance(value, list):
        raise ConfigError(key, f"must be a list of dates, got {value!r}")
    return [_date(f"{key}[{i}]", item) for i, item in enumerate(value)]


def _closures(value: Any) -> tuple[Closure, ...]:
    if not isinstance(value, list):
        raise ConfigError("hours.closures", "must be a list of { from, to, reason } tables")
    return tuple(_closure(f"hours.closures[{i}]", item) for i, item in enumerate(value))


def _closure(key: str, item: Any) -> Closure:
    if not isinstance(item, Mapping):
        raise ConfigError(key, "must be a table { from = ..., to = ..., reason = ... }")
    for extra in sorted(set(item) - {"from", "to", "reason"}):
        raise ConfigError(f"{key}.{extra}", "unknown key (known: from, to, reason)")
    for needed in ("from", "to", "reason"):
        if needed not in item:
            raise ConfigError(f"{key}.{needed}", "is missing")
    start, end = _date(f"{key}.from", item["from"]), _date(f"{key}.to", item["to"])
    if end < start:
        raise ConfigError(f"{key}.to", f"{end} is before {key}.from ({start})")
    return Closure(start, end, _text(f"{key}.reason", item["reason"]))


def _month_day(key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ConfigError(key, f'must be a string like "12-29", got {value!r}')
    try:
        parse_month_day(value)
    except ValueError as exc:
        raise ConfigError(key, str(exc)) from None
    return value
