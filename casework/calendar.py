"""The desk's business calendar, in Japan time: weekly hours, national holidays, closures.

The contact page says replies wait on "Saturdays, Sundays, public holidays or occasions when
there is no staff during certain periods"; this module says when those are. Holidays come from
the `holidays` package, substitute holidays (振替休日) and the citizens' holiday (国民の休日)
included. A date the holiday data does not cover raises HolidayDataMissing: a desk that
guessed "open" would leave a customer waiting on a holiday without a word.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from holidays.countries.japan import Japan

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
# The package computes Japan's holidays by rule for 1949-2099 (Japan.start_year/end_year) and
# silently returns no holidays outside that range, which would read as "open" on every
# holiday. Inside it, the equinox days beyond next year are an astronomical forecast (the
# Cabinet Office fixes them each February for the following year) and later changes to the
# holiday law arrive only with a package upgrade: that is the best data there is, so the
# supported range is the package's own.
FIRST_YEAR: int = Japan.start_year
LAST_YEAR: int = Japan.end_year
# 振替休日 and 国民の休日 are days off (休日) under the holiday law, not national holidays (祝日).
_RESTDAYS = frozenset({"振替休日", "国民の休日"})
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_JA = "月火水木金土日"
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class OpenStatus:
    open: bool
    reason: str  # "open", "outside business hours", "Saturday", "public holiday: 秋分の日 (...)"
    reason_ja: str  # "営業中", "営業時間外", "土曜日", "祝日（秋分の日）"
    next_open: datetime | None  # None when open, or when nothing opens within SEARCH_DAYS


@lru_cache(maxsize=32)
def _holidays(year: int) -> dict[date, tuple[str, str]]:
    """The year's national holidays: date -> (Japanese name, English name)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise HolidayDataMissing(
            f"no Japanese holiday data for {year}: the holidays package covers"
            f" {FIRST_YEAR}-{LAST_YEAR}"
        )
    ja = holidays.country_holidays("JP", years=year, language="ja")
    en = holidays.country_holidays("JP", years=year, language="en_US")
    return {day: (name, en.get(day, name)) for day, name in ja.items()}


def _holiday_reasons(ja: str, en: str) -> tuple[str, str]:
    kind = "休日" if ja in _RESTDAYS else "祝日"
    return f"public holiday: {ja} ({en})", f"{kind}（{ja}）"


class BusinessCalendar:
    def __init__(self, config: CalendarConfig) -> None:
        self.config = config
        self.zone = ZoneInfo(config.tz)

    def day_off(self, day: date) -> str | None:
        """Why `day` is not a working day (English); None when it is one."""
        reasons = self.day_off_reasons(day)
        return reasons[0] if reasons else None

    def day_off_reasons(self, day: date) -> tuple[str, str] | None:
        """Why `day` is not a working day, (English, Japanese); None when it is one.

        A working-day override beats everything; a closure beats a holiday, so that the
        reason names the closure staff chose. Raises HolidayDataMissing when it must know
        whether `day` is a holiday and the data does not cover its year.
        """
        if day in self.config.extra_working_days:
            return None
        closure = self._closure(day)
        if closure is not None:
            return f"company closure: {closure.reason}", f"休業期間（{closure.reason}）"
        holiday = _holidays(day.year).get(day)
        if holiday is not None:
            return _holiday_reasons(*holiday)
        if not self.config.weekly.get(day.weekday()):
            return WEEKDAYS_EN[day.weekday()], f"{WEEKDAYS_JA[day.weekday()]}曜日"
        return None

    def _closure(self, day: date) -> Closure | None:
        every = (*self.config.closures, *self.config.year_end(day.year))
        return next((c for c in every if c.start <= day <= c.end), None)

    def _hours(self, day: date) -> tuple[tuple[time, time], ...]:
        weekly = self.config.weekly
        # An extra working day on a day with no weekly hours (a Saturday, say) keeps the hours
        # of the first day of the week that has some.
        return weekly.get(day.weekday()) or next((h for h in weekly.values() if h), ())

    def intervals(self, day: date) -> list[tuple[datetime, datetime]]:
        """The day's opening intervals as aware datetimes; empty on a day off."""
        if self.day_off_reasons(day) is not None:
            return []
        return [(self._at(day, start), self._at(day, end)) for start, end in self._hours(day)]

    def _at(self, day: date, moment: time) -> datetime:
        if moment == time.max:  # "24:00": midnight at the end of the day
            return datetime.combine(day + timedelta(days=1), time(0), self.zone)
        return datetime.combine(day, moment, self.zone)

    def _local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"the calendar needs a timezone-aware datetime, got {moment!r}")
        return moment.astimezone(self.zone)

    def is_open(self, moment: datetime) -> bool:
        """Whether the desk is staffed at `moment` (any zone; converted to Japan time)."""
        local = self._local(moment)
        return any(start <= local < end for start, end in self.intervals(local.date()))

    def next_open(self, moment: datetime) -> datetime | None:
        """The first moment at or after `moment` when the desk is open (`moment` itself when
        it is open then), in Japan time; None when nothing opens within SEARCH_DAYS."""
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
        reason = self.day_off_reasons(local.date()) or ("outside business hours", "営業時間外")
        return OpenStatus(False, reason[0], reason[1], self.next_open(local))

    def non_working_days(self, start: date, days: int) -> list[tuple[date, str]]:
        """The days off among the `days` days from `start`, with their (English) reasons."""
        found = []
        for offset in range(days):
            day = start + timedelta(days=offset)
            reason = self.day_off(day)
            if reason is not None:
                found.append((day, reason))
        return found


def _in_words(moment: datetime, lang: str) -> str:
    if moment.tzinfo is None:
        raise ValueError(f"needs a timezone-aware datetime, got {moment!r}")
    local = moment.astimezone(JST)
    if lang == "ja":
        day = f"{local.year}年{local.month}月{local.day}日（{WEEKDAYS_JA[local.weekday()]}）"
        return f"{day}{local.hour}時{local.minute:02d}分"
    if lang == "en":
        weekday, month = WEEKDAYS_EN[local.weekday()], MONTHS_EN[local.month - 1]
        return f"{weekday} {local.day} {month} {local.year} at {local:%H:%M} (Japan time)"
    raise ValueError(f"lang must be 'ja' or 'en', got {lang!r}")


def describe_received(moment: datetime, lang: str) -> str:
    """When a mail was received, in Japan time, as a person reads it:
    "2026年11月28日（土）23時05分" or "Saturday 28 November 2026 at 23:05 (Japan time)"."""
    return _in_words(moment, lang)


def describe_opening(moment: datetime, lang: str) -> str:
    """When staff will be back, in Japan time, as a person reads it:
    "2026年11月30日（月）9時00分" or "Monday 30 November 2026 at 09:00 (Japan time)"."""
    return _in_words(moment, lang)
