"""The business calendar: holidays, closures, the lunch break, the turn of the year, zones."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casework.calendar import (
    BusinessCalendar,
    calendar_config_from_mapping,
    describe_opening,
    describe_received,
)
from casework.errors import ConfigError, HolidayDataMissing
from inquiry_desk import hours_command

JST = ZoneInfo("Asia/Tokyo")
DEFAULT = BusinessCalendar(calendar_config_from_mapping({}))
LUNCH = BusinessCalendar(
    calendar_config_from_mapping(
        {day: ["09:00-12:00", "13:00-18:00"] for day in ("monday", "tuesday", "wednesday")}
    )
)


def jst(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=JST)


@pytest.mark.parametrize(
    ("moment", "is_open", "reason", "next_open"),
    [
        # 2026-09-22 is the citizens' holiday sandwiched between 敬老の日 and 秋分の日.
        ("2026-09-22T10:00", False, "国民の休日", "2026-09-24T09:00"),
        ("2026-09-21T10:00", False, "敬老の日", "2026-09-24T09:00"),
        # 2026-05-06: substitute holiday for 憲法記念日 on Sunday 3 May.
        ("2026-05-06T10:00", False, "振替休日", "2026-05-07T09:00"),
        # 2027-03-22: substitute holiday for 春分の日 on Sunday 21 March.
        ("2027-03-22T10:00", False, "振替休日", "2027-03-23T09:00"),
        ("2027-03-19T17:59", True, "open", None),
        # The edges of the day: 09:00 is open, 18:00 is closed.
        ("2026-11-25T09:00", True, "open", None),
        ("2026-11-25T08:59", False, "outside business hours", "2026-11-25T09:00"),
        ("2026-11-25T18:00", False, "outside business hours", "2026-11-26T09:00"),
        ("2026-11-28T23:05", False, "Saturday", "2026-11-30T09:00"),
        ("2026-11-29T12:00", False, "Sunday", "2026-11-30T09:00"),
        # The turn of the year: closed 29 December to 3 January, then a Monday.
        ("2026-12-28T18:00", False, "outside business hours", "2027-01-04T09:00"),
        ("2026-12-31T10:00", False, "年末年始休業", "2027-01-04T09:00"),
        ("2027-01-01T00:00", False, "年末年始休業", "2027-01-04T09:00"),
        ("2027-01-04T09:00", True, "open", None),
    ],
)
def test_status_around_holidays_and_the_year_end(
    moment: str, is_open: bool, reason: str, next_open: str | None
) -> None:
    status = DEFAULT.status(jst(moment))
    assert status.open is is_open
    assert reason in status.reason
    assert status.next_open == (jst(next_open) if next_open else None)


def test_holiday_reasons_carry_japanese_and_english_names() -> None:
    status = DEFAULT.status(jst("2026-09-23T10:00"))
    assert status.reason.startswith("public holiday: 秋分の日 (")
    assert "Autumnal Equinox" in status.reason
    assert status.reason_ja == "祝日（秋分の日）"


@pytest.mark.parametrize(
    ("moment", "is_open", "next_open"),
    [
        ("2026-11-25T11:59", True, None),
        ("2026-11-25T12:00", False, "2026-11-25T13:00"),
        ("2026-11-25T12:59", False, "2026-11-25T13:00"),
        ("2026-11-25T13:00", True, None),
        ("2026-11-26T12:30", True, None),  # Thursday keeps the default hours
    ],
)
def test_the_lunch_break(moment: str, is_open: bool, next_open: str | None) -> None:
    assert LUNCH.is_open(jst(moment)) is is_open
    assert LUNCH.next_open(jst(moment)) == (jst(next_open) if next_open else jst(moment))


@pytest.mark.parametrize(
    ("given", "tokyo_open"),
    [
        ("2026-11-27T23:30:00-08:00", False),  # Friday evening in California: Saturday in Tokyo
        ("2026-11-26T23:30:00+00:00", False),  # Thursday night in London: 08:30 Friday in Tokyo
        ("2026-11-27T00:30:00+00:00", True),  # 09:30 Friday in Tokyo
        ("2026-11-27T09:00:00+00:00", False),  # 18:00 Friday in Tokyo
    ],
)
def test_times_given_in_other_zones(given: str, tokyo_open: bool) -> None:
    moment = datetime.fromisoformat(given)
    local = moment.astimezone(JST)
    expected = tokyo_open and local.weekday() < 5 and 9 <= local.hour < 18
    assert DEFAULT.is_open(moment) is expected


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        DEFAULT.is_open(datetime(2026, 11, 25, 10, 0))  # noqa: DTZ001 - on purpose


def test_closures_and_working_days_override() -> None:
    calendar = BusinessCalendar(
        calendar_config_from_mapping(
            {
                "closures": [{"from": "2026-08-12", "to": "2026-08-14", "reason": "夏季休業"}],
                "working_days": ["2026-12-29", "2026-11-28"],
            }
        )
    )
    status = calendar.status(jst("2026-08-13T10:00"))
    assert not status.open and "夏季休業" in status.reason
    assert status.next_open == jst("2026-08-17T09:00")  # Saturday and Sunday follow
    assert calendar.is_open(jst("2026-12-29T10:00"))  # a working day inside the closure
    assert calendar.is_open(jst("2026-11-28T10:00"))  # and on a Saturday
    assert not calendar.is_open(jst("2026-12-30T10:00"))


def test_the_year_end_closure_can_be_switched_off() -> None:
    calendar = BusinessCalendar(calendar_config_from_mapping({"year_end_closure": False}))
    assert calendar.is_open(jst("2026-12-29T10:00"))
    assert not calendar.is_open(jst("2027-01-01T10:00"))  # 元日 is still a holiday


def test_a_year_without_holiday_data_is_an_error_not_open() -> None:
    with pytest.raises(HolidayDataMissing, match="2100"):
        DEFAULT.is_open(datetime(2100, 3, 3, 1, 0, tzinfo=UTC))


def test_non_working_days_lists_the_days_off_ahead() -> None:
    days = DEFAULT.non_working_days(date(2026, 9, 18), 7)
    assert [d.isoformat() for d, _, _ in days] == [
        "2026-09-19", "2026-09-20", "2026-09-21", "2026-09-22", "2026-09-23",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"monday": "09:00-18:00"}, "hours.monday"),
        ({"monday": ["9-18"]}, "hours.monday[0]"),
        ({"monday": ["18:00-09:00"]}, "hours.monday[0]"),
        ({"monday": ["09:00-13:00", "12:00-18:00"]}, "hours.monday[1]"),
        ({"monday": ["25:00-26:00"]}, "hours.monday[0]"),
        ({"closures": [{"from": "2026-08-12", "reason": "x"}]}, "hours.closures[0].to"),
        (
            {"closures": [{"from": "2026-08-12", "to": "2026-08-01", "reason": "x"}]},
            "hours.closures[0].to",
        ),
        (
            {"closures": [{"from": "nope", "to": "2026-08-01", "reason": "x"}]},
            "hours.closures[0].from",
        ),
        ({"working_days": ["2026-13-01"]}, "hours.working_days[0]"),
        ({"year_end_from": "12/29"}, "hours.year_end_from"),
        ({"year_end_closure": "yes"}, "hours.year_end_closure"),
        ({"timezone": "Mars/Olympus"}, "hours.timezone"),
        ({"mondays": []}, "hours.mondays"),
    ],
)
def test_every_config_error_names_its_key(data: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError) as error:
        calendar_config_from_mapping(data)
    assert error.value.key == key


def test_descriptions_in_both_languages() -> None:
    moment = datetime(2026, 11, 28, 14, 5, tzinfo=UTC)
    assert describe_received(moment, "ja") == "2026年11月28日（土）23時05分"
    assert describe_received(moment, "en") == "Saturday 28 November 2026 at 23:05 (Japan time)"
    assert describe_opening(jst("2026-11-30T09:00"), "ja") == "2026年11月30日（月）9時00分"
    assert describe_opening(jst("2026-11-30T09:00"), "en").startswith("Monday 30 November 2026")


@settings(max_examples=200, deadline=None)
# Hypothesis wants naive bounds; the test puts each moment in Japan time.
@given(st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2098, 12, 1)))  # noqa: DTZ001
def test_next_open_is_open_and_not_before(naive: datetime) -> None:
    moment = naive.replace(tzinfo=JST)
    opening = DEFAULT.next_open(moment)
    assert opening is not None and opening >= moment
    assert DEFAULT.is_open(opening)
    assert opening - moment < timedelta(days=12)


def hours(at: str | None, *, as_json: bool = True, upcoming: int = 0) -> argparse.Namespace:
    return argparse.Namespace(at=at, json=as_json, upcoming=upcoming)


def test_hours_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    config = calendar_config_from_mapping({})
    now = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    assert hours_command.run(hours("2026-09-22T10:00"), config, now) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "open": False,
        "reason": "public holiday: 国民の休日 (National Holiday)",
        "next_open": "2026-09-24T09:00:00+09:00",
    }
    assert hours_command.run(hours(None), config, now) == 0  # now: Wednesday 10:00 in Tokyo
    assert json.loads(capsys.readouterr().out) == {
        "open": True,
        "reason": "open",
        "next_open": None,
    }


def test_hours_text_and_upcoming(capsys: pytest.CaptureFixture[str]) -> None:
    config = calendar_config_from_mapping({})
    now = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    assert (
        hours_command.run(hours("2026-12-28T19:00", as_json=False, upcoming=10), config, now) == 0
    )
    out = capsys.readouterr().out
    assert "closed (outside business hours)" in out
    assert "2027年1月4日（月）9時00分" in out and "Monday 4 January 2027" in out
    assert "2026-12-29" in out and "年末年始休業" in out


def test_hours_with_a_bad_moment(capsys: pytest.CaptureFixture[str]) -> None:
    config = calendar_config_from_mapping({})
    now = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
    assert hours_command.run(hours("next tuesday"), config, now) == 2
    assert "--at" in capsys.readouterr().err
