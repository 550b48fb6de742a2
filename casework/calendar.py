"""The desk's business calendar, in Japan time: weekly hours, national holidays, closures.

The contact page says replies wait on "Saturdays, Sundays, public holidays or occasions when
there is no staff during certain periods"; this module says when those are. Holidays come from
the `holidays` package (substitute holidays 振替休日 and the citizens' holiday 国民の休日
included). A date the holiday data does not cover raises HolidayDataMissing: a desk that
guessed "open" would stay silent to a customer on a holiday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from casework.errors import HolidayDataMissing
from casework.hours import CalendarConfig, Closure, calendar_config_from_mapping

__all__ = [
    "BusinessCalendar",
    "CalendarConfig",
    "Closure",
    "OpenStatus",
    "calendar_config_from_mapping",
    "describe_opening",
    "describe_received",
]

JST = ZoneInfo("Asia/Tokyo")
SEARCH_DAYS = 400  # no opening within this many days: next_open says None
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_JA = "月火水木金土日"
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class OpenStatus:
    open: bool
    reason: str  # English: "open", "Saturday", "public holiday: 秋分の日 (Autumnal Equinox Day)"
    reason_ja: str
    next_open: datetime | None  # None when open, or when nothing opens within SEARCH_DAYS


@lru_cache(maxsize=64)
def _holidays(year: int) -> tuple[dict[date, str], dict[date, str]]:
    """The year's national holidays, Japanese and English names."""
    # The package computes 1949-2099; the equinox days beyond next year are its astronomical
    # forecast (the Cabinet Office announces them a year ahead), which is the best data there is.
    first, last = holidays.JP.start_year, holidays.JP.end_year  # type: ignore[attr-defined]
    if not first <= year <= last:
        raise HolidayDataMissing(
            f"no Japanese holiday data for {year} (the holidays package covers {first}-{last})"
        )
    ja = holidays.country_holidays("JP", years=year, language="ja")
    en = holidays.country_holidays("JP", years=year, language="en_US")
    return dict(ja.items()), dict(en.items())


class BusinessCalendar:
    def __init__(self, config: CalendarConfig) -> None:
        self.config = config
        self.zone = ZoneInfo(config.tz)

    def day_off(self, day: date) -> tuple[str, str] | None:
        """Why `day` is not a working day, (English, Japanese); None when it is one."""
        if day in self.config.extra_working_days:
            return None
        for closure in self._closures(day):
            return (f"company closure: {closure.reason}", f"休業期間（{closure.reason}）")
        ja, en = _holidays(day.year)
        if day in ja:
            return (f"public holiday: {ja[day]} ({en.get(day, '')})", f"祝日（{ja[day]}）")
        if not self.config.weekly.get(day.weekday()):
            name = WEEKDAYS_EN[day.weekday()]
            return (name, f"{WEEKDAYS_JA[day.weekday()]}曜日")
        return None

    def _closures(self, day: date) -> list[Closure]:
        found = [c for c in self.config.closures if c.start <= day <= c.end]
        if self.config.year_end_closure:
            found += [c for c in self.config.year_end(day.year) if c.start <= day <= c.end]
        return found

    def _local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise ValueError("the calendar needs a timezone-aware datetime")
        return moment.astimezone(self.zone)

    def intervals(self, day: date) -> list[tuple[datetime, datetime]]:
        """The day's open intervals as aware datetimes; empty on a day off."""
        if self.day_off(day) is not None:
            return []
        hours = self.config.weekly.get(day.weekday()) or self.config.default_day
        return [
            (datetime.combine(day, start, self.zone), datetime.combine(day, end, self.zone))
            for start, end in hours
        ]

    def is_open(self, moment: datetime) -> bool:
        local = self._local(moment)
        return any(start <= local < end for start, end in self.intervals(local.date()))

    def next_open(self, moment: datetime) -> datetime | None:
        """The first moment at or after `moment` when the desk is open."""
        local = self._local(moment)
        for offset in range(SEARCH_DAYS):
            day = local.date() + timedelta(days=offset)
            for start, end in self.intervals(day):
                if local < end:
                    return max(start, local)
        return None

    def status(self, moment: datetime) -> OpenStatus:
        local = self._local(moment)
        if self.is_open(local):
            return OpenStatus(True, "open", "営業中", None)
        off = self.day_off(local.date())
        reason = off or ("outside business hours", "営業時間外")
        return OpenStatus(False, reason[0], reason[1], self.next_open(local))

    def non_working_days(self, start: date, days: int) -> list[tuple[date, str, str]]:
        """The days off among the `days` days from `start`, with their reasons."""
        found = []
        for offset in range(days):
            day = start + timedelta(days=offset)
            off = self.day_off(day)
            if off is not None:
                found.append((day, off[0], off[1]))
        return found


def _words(moment: datetime, lang: str) -> str:
    local = moment.astimezone(JST)
    if lang == "ja":
        weekday = WEEKDAYS_JA[local.weekday()]
        day = f"{local.year}年{local.month}月{local.day}日（{weekday}）"
        return f"{day}{local.hour}時{local.minute:02d}分"
    return (
        f"{WEEKDAYS_EN[local.weekday()]} {local.day} {MONTHS_EN[local.month - 1]} {local.year}"
        f" at {local:%H:%M} (Japan time)"
    )


def describe_received(moment: datetime, lang: str) -> str:
    """When a mail was received, in Japan time, as a person reads it."""
    return _words(moment, lang)


def describe_opening(moment: datetime, lang: str) -> str:
    """When staff will be back, as a person reads it."""
    return _words(moment, lang)
