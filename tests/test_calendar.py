"""The business calendar: holidays, closures, the lunch break, the turn of the year, zones."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casework.calendar import (
    BusinessCalendar,
    CalendarConfig,
    Closure,
    calendar_config_from_mapping,
    describe_opening,
    describe_received,
)
from casework.errors import ConfigError, HolidayDataMissing

JST = ZoneInfo("Asia/Tokyo")
DEFAULT = BusinessCalendar(calendar_config_from_mapping({}))
LUNCH = BusinessCalendar(calendar_config_from_mapping({"weekdays": ["09:00-12:00", "13:00-18:00"]}))


def jst(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=JST)


def calendar(**hours: Any) -> BusinessCalendar:
    return BusinessCalendar(calendar_config_from_mapping(hours))


# The Cabinet Office's lists of national holidays (内閣府「国民の祝日について」), typed in by hand.
CABINET_OFFICE = {
    2026: [
        "01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05",
        "05-06", "07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23",
    ],
    2027: [
        "01-01", "01-11", "02-11", "02-23", "03-21", "03-22", "04-29", "05-03", "05-04",
        "05-05", "07-19", "08-11", "09-20", "09-23", "10-11", "11-03", "11-23",
    ],
}  # fmt: skip


@pytest.mark.parametrize("year", sorted(CABINET_OFFICE))
def test_holidays_match_the_cabinet_office_list(year: int) -> None:
    no_year_end = calendar(year_end_closure=False)
    found = [
        day.strftime("%m-%d")
        for day, reason in no_year_end.non_working_days(date(year, 1, 1), 365)
        if reason.startswith("public holiday: ")
    ]
    assert found == CABINET_OFFICE[year]


@pytest.mark.parametrize(
    ("day", "reason", "reason_ja"),
    [
        # Substitute holiday for 憲法記念日 on Sunday 3 May 2026.
        ("2026-05-06", "public holiday: 振替休日 (Substitute Holiday)", "休日（振替休日）"),
        # The citizens' holiday between 敬老の日 (21st) and 秋分の日 (23rd).
        ("2026-09-22", "public holiday: 国民の休日 (National Holiday)", "休日（国民の休日）"),
        ("2026-09-23", "public holiday: 秋分の日 (Autumnal Equinox Day)", "祝日（秋分の日）"),
        # 春分の日 on Sunday 21 March 2027 and its substitute on Monday.
        ("2027-03-21", "public holiday: 春分の日 (Vernal Equinox Day)", "祝日（春分の日）"),
        ("2027-03-22", "public holiday: 振替休日 (Substitute Holiday)", "休日（振替休日）"),
        ("2026-11-28", "Saturday", "土曜日"),
        ("2026-11-29", "Sunday", "日曜日"),
        ("2026-12-29", "company closure: 年末年始休業", "休業期間（年末年始休業）"),
        ("2027-01-01", "company closure: 年末年始休業", "休業期間（年末年始休業）"),  # and 元日
        ("2027-01-03", "company closure: 年末年始休業", "休業期間（年末年始休業）"),
    ],
)
def test_why_a_day_is_off(day: str, reason: str, reason_ja: str) -> None:
    assert DEFAULT.day_off(date.fromisoformat(day)) == reason
    assert DEFAULT.day_off_reasons(date.fromisoformat(day)) == (reason, reason_ja)


@pytest.mark.parametrize(
    "day", ["2026-05-07", "2026-09-24", "2027-03-23", "2026-12-28", "2027-01-04"]
)
def test_working_days_next_to_days_off(day: str) -> None:
    assert DEFAULT.day_off(date.fromisoformat(day)) is None


@pytest.mark.parametrize(
    ("moment", "is_open", "reason", "next_open"),
    [
        (
            "2026-09-22T10:00",
            False,
            "public holiday: 国民の休日 (National Holiday)",
            "2026-09-24T09:00",
        ),
        (
            "2026-09-21T10:00",
            False,
            "public holiday: 敬老の日 (Respect for the Aged Day)",
            "2026-09-24T09:00",
        ),
        (
            "2026-05-06T10:00",
            False,
            "public holiday: 振替休日 (Substitute Holiday)",
            "2026-05-07T09:00",
        ),
        ("2026-05-02T10:00", False, "Saturday", "2026-05-07T09:00"),  # Golden Week
        (
            "2027-03-22T10:00",
            False,
            "public holiday: 振替休日 (Substitute Holiday)",
            "2027-03-23T09:00",
        ),
        ("2027-03-19T17:59", True, "open", None),
        # The edges of the day: 09:00 is open, 18:00 is closed.
        ("2026-11-25T09:00", True, "open", None),
        ("2026-11-25T08:59", False, "outside business hours", "2026-11-25T09:00"),
        ("2026-11-25T17:59:59", True, "open", None),
        ("2026-11-25T18:00", False, "outside business hours", "2026-11-26T09:00"),
        ("2026-11-27T18:00", False, "outside business hours", "2026-11-30T09:00"),
        ("2026-11-28T23:05", False, "Saturday", "2026-11-30T09:00"),
        ("2026-11-29T12:00", False, "Sunday", "2026-11-30T09:00"),
        # The turn of the year: closed 29 December to 3 January, then a Monday.
        ("2026-12-28T18:00", False, "outside business hours", "2027-01-04T09:00"),
        ("2026-12-31T10:00", False, "company closure: 年末年始休業", "2027-01-04T09:00"),
        ("2027-01-01T00:00", False, "company closure: 年末年始休業", "2027-01-04T09:00"),
        ("2027-01-04T09:00", True, "open", None),
        # 2027-12-29 is a Wednesday; the closure ends on Monday 3 January 2028.
        ("2027-12-28T18:30", False, "outside business hours", "2028-01-04T09:00"),
    ],
)
def test_status(moment: str, is_open: bool, reason: str, next_open: str | None) -> None:
    status = DEFAULT.status(jst(moment))
    assert (status.open, status.reason) == (is_open, reason)
    assert status.next_open == (jst(next_open) if next_open else None)
    assert DEFAULT.is_open(jst(moment)) is is_open


def test_status_in_japanese() -> None:
    assert DEFAULT.status(jst("2026-11-25T10:00")).reason_ja == "営業中"
    assert DEFAULT.status(jst("2026-11-25T19:00")).reason_ja == "営業時間外"
    assert DEFAULT.status(jst("2026-09-23T10:00")).reason_ja == "祝日（秋分の日）"


def test_next_open_is_the_moment_itself_when_open() -> None:
    assert DEFAULT.next_open(jst("2026-11-25T10:17")) == jst("2026-11-25T10:17")


@pytest.mark.parametrize(
    ("moment", "is_open", "next_open"),
    [
        ("2026-11-25T11:59", True, "2026-11-25T11:59"),
        ("2026-11-25T12:00", False, "2026-11-25T13:00"),
        ("2026-11-25T12:59", False, "2026-11-25T13:00"),
        ("2026-11-25T13:00", True, "2026-11-25T13:00"),
        ("2026-11-25T18:00", False, "2026-11-26T09:00"),
        ("2026-11-28T12:30", False, "2026-11-30T09:00"),  # the weekend stays closed
    ],
)
def test_the_lunch_break(moment: str, is_open: bool, next_open: str) -> None:
    assert LUNCH.is_open(jst(moment)) is is_open
    assert LUNCH.next_open(jst(moment)) == jst(next_open)


def test_a_day_can_differ_from_the_weekdays() -> None:
    short_friday = calendar(weekdays=["09:00-12:00", "13:00-18:00"], friday=["10:00-15:00"])
    assert short_friday.is_open(jst("2026-11-25T12:30")) is False  # Wednesday: lunch
    assert short_friday.is_open(jst("2026-11-27T12:30")) is True  # Friday: no lunch break
    assert short_friday.next_open(jst("2026-11-27T15:00")) == jst("2026-11-30T09:00")


def test_an_interval_can_run_to_midnight() -> None:
    late = calendar(saturday=["20:00-24:00"], sunday=["00:00-02:00"])
    assert late.next_open(jst("2026-11-28T12:00")) == jst("2026-11-28T20:00")
    assert late.is_open(jst("2026-11-28T23:59:59"))
    assert late.is_open(jst("2026-11-29T00:00"))
    assert not late.is_open(jst("2026-11-29T02:00"))


@pytest.mark.parametrize(
    ("given_at", "tokyo_open"),
    [
        ("2026-11-27T23:30:00-08:00", False),  # Friday evening in California: Saturday in Tokyo
        ("2026-11-26T23:30:00+00:00", False),  # Thursday night in London: 08:30 Friday in Tokyo
        ("2026-11-27T00:00:00+00:00", True),  # 09:00 Friday in Tokyo
        ("2026-11-27T08:59:59+00:00", True),  # 17:59:59 Friday in Tokyo
        ("2026-11-27T09:00:00+00:00", False),  # 18:00 Friday in Tokyo
        ("2026-11-25T20:00:00-05:00", True),  # Wednesday evening in New York: 10:00 Thursday
    ],
)
def test_times_given_in_other_zones(given_at: str, tokyo_open: bool) -> None:
    assert DEFAULT.is_open(datetime.fromisoformat(given_at)) is tokyo_open


def test_saturday_in_tokyo_given_from_california() -> None:
    status = DEFAULT.status(datetime.fromisoformat("2026-11-27T23:30:00-08:00"))
    assert status.reason == "Saturday"
    assert status.next_open == jst("2026-11-30T09:00")
    assert status.next_open is not None and status.next_open.utcoffset() == timedelta(hours=9)


def test_a_naive_datetime_is_refused() -> None:
    naive = datetime(2026, 11, 25, 10, 0)  # noqa: DTZ001 - on purpose
    with pytest.raises(ValueError, match="timezone-aware"):
        DEFAULT.is_open(naive)
    with pytest.raises(ValueError, match="timezone-aware"):
        DEFAULT.next_open(naive)


SUMMER = {"closures": [{"from": "2026-08-12", "to": "2026-08-14", "reason": "夏季休業"}]}


@pytest.mark.parametrize(
    ("hours", "moment", "is_open", "reason"),
    [
        (SUMMER, "2026-08-12T10:00", False, "company closure: 夏季休業"),
        (SUMMER, "2026-08-14T17:00", False, "company closure: 夏季休業"),
        (SUMMER, "2026-08-17T09:00", True, "open"),
        # A closure over a holiday names the closure.
        (
            {"closures": [{"from": "2026-11-02", "to": "2026-11-04", "reason": "社内研修"}]},
            "2026-11-03T10:00",
            False,
            "company closure: 社内研修",
        ),
        # One-off working days beat the year-end closure, a Saturday and a holiday.
        ({"working_days": ["2026-12-29"]}, "2026-12-29T10:00", True, "open"),
        (
            {"working_days": ["2026-12-29"]},
            "2026-12-30T10:00",
            False,
            "company closure: 年末年始休業",
        ),
        ({"working_days": ["2026-11-28"]}, "2026-11-28T10:00", True, "open"),
        ({"working_days": ["2026-11-28"]}, "2026-11-28T18:00", False, "outside business hours"),
        ({"working_days": ["2026-09-22"]}, "2026-09-22T10:00", True, "open"),
        ({**SUMMER, "working_days": ["2026-08-13"]}, "2026-08-13T10:00", True, "open"),
        # The year-end closure switched off, moved, or within one year.
        ({"year_end_closure": False}, "2026-12-29T10:00", True, "open"),
        (
            {"year_end_closure": False},
            "2027-01-01T10:00",
            False,
            "public holiday: 元日 (New Year's Day)",
        ),
        (
            {"year_end_from": "12-26", "year_end_to": "01-05"},
            "2026-12-28T10:00",
            False,
            "company closure: 年末年始休業",
        ),
        (
            {"year_end_from": "12-26", "year_end_to": "01-05"},
            "2027-01-05T10:00",
            False,
            "company closure: 年末年始休業",
        ),
        ({"year_end_from": "12-26", "year_end_to": "01-05"}, "2027-01-06T10:00", True, "open"),
        (
            {"year_end_from": "08-13", "year_end_to": "08-16", "year_end_reason": "夏季休業"},
            "2027-08-13T10:00",
            False,
            "company closure: 夏季休業",
        ),
        ({"year_end_from": "08-13", "year_end_to": "08-16"}, "2026-12-29T10:00", True, "open"),
    ],
)
def test_closures_and_working_days(
    hours: dict[str, Any], moment: str, is_open: bool, reason: str
) -> None:
    status = calendar(**hours).status(jst(moment))
    assert (status.open, status.reason) == (is_open, reason)


def test_a_closure_moves_the_next_opening() -> None:
    summer = calendar(**SUMMER)
    assert summer.next_open(jst("2026-08-11T18:00")) == jst("2026-08-17T09:00")  # then a weekend


def test_a_calendar_that_never_opens_has_no_next_opening() -> None:
    never = calendar(weekdays=[])
    status = never.status(jst("2026-11-25T10:00"))
    assert (status.open, status.reason, status.next_open) == (False, "Wednesday", None)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2100, 3, 3, 1, 0, tzinfo=UTC),
        datetime(1948, 6, 1, 10, 0, tzinfo=JST),
        datetime(2099, 12, 28, 19, 0, tzinfo=JST),  # the next opening lies in 2100
    ],
)
def test_a_year_without_holiday_data_is_an_error_not_open(moment: datetime) -> None:
    with pytest.raises(HolidayDataMissing, match=r"no Japanese holiday data for (1948|2100)"):
        DEFAULT.status(moment)


def test_the_last_covered_year_works() -> None:
    assert DEFAULT.day_off(date(2099, 11, 3)) == "public holiday: 文化の日 (Culture Day)"
    assert DEFAULT.is_open(jst("2099-12-28T10:00"))


def test_non_working_days_lists_the_days_off_ahead() -> None:
    assert DEFAULT.non_working_days(date(2026, 9, 18), 7) == [
        (date(2026, 9, 19), "Saturday"),
        (date(2026, 9, 20), "Sunday"),
        (date(2026, 9, 21), "public holiday: 敬老の日 (Respect for the Aged Day)"),
        (date(2026, 9, 22), "public holiday: 国民の休日 (National Holiday)"),
        (date(2026, 9, 23), "public holiday: 秋分の日 (Autumnal Equinox Day)"),
    ]
    assert DEFAULT.non_working_days(date(2026, 11, 24), 4) == []


def test_the_defaults() -> None:
    config = calendar_config_from_mapping({})
    nine_to_six = ((time(9), time(18)),)
    assert dict(config.weekly) == {0: nine_to_six, 1: nine_to_six, 2: nine_to_six,
                                   3: nine_to_six, 4: nine_to_six, 5: (), 6: ()}  # fmt: skip
    assert (config.closures, config.extra_working_days) == ((), ())
    assert (config.year_end_closure, config.year_end_from, config.year_end_to) == (
        True, "12-29", "01-03",
    )  # fmt: skip
    assert config.tz == "Asia/Tokyo"
    assert config == CalendarConfig()


def test_a_settings_file_table() -> None:
    text = """
    [hours]
    weekdays = ["09:00-12:00", "13:00-18:00"]
    friday = ["09:00 - 17:00"]
    saturday = []
    closures = [
        { from = "2027-08-12", to = "2027-08-16", reason = "夏季休業" },
        { from = 2027-10-01, to = 2027-10-01, reason = "創立記念日" },
    ]
    working_days = [2026-12-28, "2027-01-04"]
    year_end_from = "12-28"
    """
    config = calendar_config_from_mapping(tomllib.loads(text)["hours"])
    assert config.weekly[0] == ((time(9), time(12)), (time(13), time(18)))
    assert config.weekly[4] == ((time(9), time(17)),)
    assert config.weekly[5] == config.weekly[6] == ()
    assert config.closures == (
        Closure(date(2027, 8, 12), date(2027, 8, 16), "夏季休業"),
        Closure(date(2027, 10, 1), date(2027, 10, 1), "創立記念日"),
    )
    assert config.extra_working_days == (date(2026, 12, 28), date(2027, 1, 4))
    assert config.year_end_from == "12-28"


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"monday": "09:00-18:00"}, "hours.monday"),
        ({"weekdays": None}, "hours.weekdays"),
        ({"monday": ["9-18"]}, "hours.monday[0]"),
        ({"tuesday": ["09:00-12:00", 13]}, "hours.tuesday[1]"),
        ({"monday": ["18:00-09:00"]}, "hours.monday[0]"),
        ({"monday": ["09:00-09:00"]}, "hours.monday[0]"),
        ({"monday": ["09:00-13:00", "12:00-18:00"]}, "hours.monday[1]"),
        ({"monday": ["13:00-18:00", "09:00-12:00"]}, "hours.monday[1]"),
        ({"sunday": ["25:00-26:00"]}, "hours.sunday[0]"),
        ({"weekdays": ["09:00-24:30"]}, "hours.weekdays[0]"),
        ({"friday": ["09:60-18:00"]}, "hours.friday[0]"),
        ({"closures": {"from": "2026-08-12"}}, "hours.closures"),
        ({"closures": ["2026-08-12"]}, "hours.closures[0]"),
        ({"closures": [{"from": "2026-08-12", "reason": "x"}]}, "hours.closures[0].to"),
        ({"closures": [{"from": "2026-08-12", "to": "2026-08-13"}]}, "hours.closures[0].reason"),
        (
            {"closures": [{"from": "2026-08-12", "to": "2026-08-13", "reason": "x", "note": 1}]},
            "hours.closures[0].note",
        ),
        (
            {"closures": [
                {"from": "2026-08-12", "to": "2026-08-14", "reason": "夏季休業"},
                {"from": "2026-10-02", "to": "2026-10-01", "reason": "x"},
            ]},
            "hours.closures[1].to",
        ),
        (
            {"closures": [{"from": "nope", "to": "2026-08-01", "reason": "x"}]},
            "hours.closures[0].from",
        ),
        (
            {"closures": [{"from": "2026-08-01", "to": "2026-08-01", "reason": " "}]},
            "hours.closures[0].reason",
        ),
        (
            {"closures": [{"from": datetime(2026, 8, 1, 9, 0), "to": "2026-08-01", "reason": "x"}]},  # noqa: DTZ001 - TOML's local date-time
            "hours.closures[0].from",
        ),
        ({"working_days": "2026-12-28"}, "hours.working_days"),
        ({"working_days": ["2026-12-28", "2026-13-01"]}, "hours.working_days[1]"),
        ({"working_days": [20261228]}, "hours.working_days[0]"),
        ({"year_end_from": "12/29"}, "hours.year_end_from"),
        ({"year_end_to": "02-30"}, "hours.year_end_to"),
        ({"year_end_to": "02-29"}, "hours.year_end_to"),
        ({"year_end_from": 1229}, "hours.year_end_from"),
        ({"year_end_closure": "yes"}, "hours.year_end_closure"),
        ({"year_end_reason": ""}, "hours.year_end_reason"),
        ({"timezone": "Europe/London"}, "hours.timezone"),
        ({"mondays": []}, "hours.mondays"),
    ],
)  # fmt: skip
def test_every_config_error_names_its_key(data: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError) as error:
        calendar_config_from_mapping(data)
    assert error.value.key == key
    assert str(error.value).startswith(f"{key}: ")


def test_a_config_built_in_code_is_checked_too() -> None:
    with pytest.raises(ValueError, match="12-29"):
        CalendarConfig(year_end_from="29 Dec")


@pytest.mark.parametrize(
    ("moment", "lang", "text"),
    [
        (datetime(2026, 11, 28, 14, 5, tzinfo=UTC), "ja", "2026年11月28日（土）23時05分"),
        (
            datetime(2026, 11, 28, 14, 5, tzinfo=UTC),
            "en",
            "Saturday 28 November 2026 at 23:05 (Japan time)",
        ),
        (jst("2026-11-30T09:00"), "ja", "2026年11月30日（月）9時00分"),
        (jst("2026-11-30T09:00"), "en", "Monday 30 November 2026 at 09:00 (Japan time)"),
        (jst("2027-01-04T13:30"), "ja", "2027年1月4日（月）13時30分"),
        (jst("2027-01-04T13:30"), "en", "Monday 4 January 2027 at 13:30 (Japan time)"),
        (datetime.fromisoformat("2026-11-27T23:30:00-08:00"), "ja", "2026年11月28日（土）16時30分"),
        (
            datetime.fromisoformat("2026-11-27T23:30:00-08:00"),
            "en",
            "Saturday 28 November 2026 at 16:30 (Japan time)",
        ),
    ],
)
def test_descriptions_in_both_languages(moment: datetime, lang: str, text: str) -> None:
    assert describe_received(moment, lang) == text
    assert describe_opening(moment, lang) == text


def test_descriptions_refuse_unknown_languages_and_naive_times() -> None:
    with pytest.raises(ValueError, match="lang"):
        describe_opening(jst("2026-11-30T09:00"), "fr")
    with pytest.raises(ValueError, match="timezone-aware"):
        describe_received(datetime(2026, 11, 30, 9, 0), "ja")  # noqa: DTZ001 - on purpose


moments = st.datetimes(
    min_value=datetime(2025, 1, 1),  # noqa: DTZ001 - Hypothesis wants naive bounds
    max_value=datetime(2098, 12, 1),  # noqa: DTZ001
    timezones=st.sampled_from([JST, UTC, ZoneInfo("America/Los_Angeles")]),
)


@settings(max_examples=300, deadline=None)
@given(moment=moments, which=st.sampled_from([DEFAULT, LUNCH]))
def test_next_open_is_open_and_nothing_opens_before_it(
    moment: datetime, which: BusinessCalendar
) -> None:
    opening = which.next_open(moment)
    assert opening is not None and opening >= moment
    assert which.is_open(opening)
    assert which.is_open(moment) is (opening == moment)
    if opening > moment:
        assert not which.is_open(opening - timedelta(microseconds=1))
        assert opening.time() in (time(9), time(13))
    assert opening - moment < timedelta(days=12)
