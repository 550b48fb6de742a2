"""`inquiry-desk hours`: the JSON contract (README), the text, --at parsing and errors."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casework.calendar import calendar_config_from_mapping
from inquiry_desk import cli, hours_command

DEFAULTS = calendar_config_from_mapping({})
NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)  # Wednesday 10:00 in Tokyo


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    hours_command.add_arguments(parser)
    return parser.parse_args(argv)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert hours_command.run(parse("--json", *argv), DEFAULTS, NOW) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ("--at", "2026-09-22T10:00"),
            {
                "open": False,
                "reason": "public holiday: 国民の休日 (National Holiday)",
                "next_open": "2026-09-24T09:00:00+09:00",
            },
        ),
        ((), {"open": True, "reason": "open", "next_open": None}),  # now
        # No offset means Japan time; an offset or Z is converted.
        (
            ("--at", "2026-12-28T18:00"),
            {
                "open": False,
                "reason": "outside business hours",
                "next_open": "2027-01-04T09:00:00+09:00",
            },
        ),
        (
            ("--at", "2026-11-27T23:30:00-08:00"),
            {"open": False, "reason": "Saturday", "next_open": "2026-11-30T09:00:00+09:00"},
        ),
        (("--at", "2026-11-27T00:30:00Z"), {"open": True, "reason": "open", "next_open": None}),
        (
            ("--at", "2027-03-22"),  # a date alone is its midnight
            {
                "open": False,
                "reason": "public holiday: 振替休日 (Substitute Holiday)",
                "next_open": "2027-03-23T09:00:00+09:00",
            },
        ),
        (
            ("--at", "2026-12-31T10:00+09:00"),
            {
                "open": False,
                "reason": "company closure: 年末年始休業",
                "next_open": "2027-01-04T09:00:00+09:00",
            },
        ),
    ],
)
def test_the_json_contract(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], expected: dict[str, object]
) -> None:
    assert run_json(capsys, *argv) == expected


def test_upcoming_adds_reason_ja_and_the_days_off(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--at", "2026-09-19T12:00", "--upcoming", "5")
    assert data == {
        "open": False,
        "reason": "Saturday",
        "next_open": "2026-09-24T09:00:00+09:00",
        "reason_ja": "土曜日",
        "upcoming": [
            {"date": "2026-09-19", "reason": "Saturday", "reason_ja": "土曜日"},
            {"date": "2026-09-20", "reason": "Sunday", "reason_ja": "日曜日"},
            {
                "date": "2026-09-21",
                "reason": "public holiday: 敬老の日 (Respect for the Aged Day)",
                "reason_ja": "祝日（敬老の日）",
            },
            {
                "date": "2026-09-22",
                "reason": "public holiday: 国民の休日 (National Holiday)",
                "reason_ja": "休日（国民の休日）",
            },
            {
                "date": "2026-09-23",
                "reason": "public holiday: 秋分の日 (Autumnal Equinox Day)",
                "reason_ja": "祝日（秋分の日）",
            },
        ],
    }


def test_the_text_says_it_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("--at", "2026-12-28T19:00", "--upcoming", "3")
    assert hours_command.run(args, DEFAULTS, NOW) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "Monday 28 December 2026 at 19:00 (Japan time) / 2026年12月28日（月）19時00分",
        "  closed: outside business hours",
        "  受付時間外：営業時間外",
        "  next opening: Monday 4 January 2027 at 09:00 (Japan time)",
        "  次の営業開始：2027年1月4日（月）9時00分",
        "days off from 2026-12-28 to 2026-12-30 / 休業日：",
        "  2026-12-29 Tue  company closure: 年末年始休業 / 休業期間（年末年始休業）",
        "  2026-12-30 Wed  company closure: 年末年始休業 / 休業期間（年末年始休業）",
    ]


def test_the_text_when_open(capsys: pytest.CaptureFixture[str]) -> None:
    assert hours_command.run(parse(), DEFAULTS, NOW) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Wednesday 25 November 2026 at 10:00 (Japan time) / 2026年11月25日（水）10時00分",
        "  open / 営業中",
    ]


def test_the_text_when_nothing_opens(capsys: pytest.CaptureFixture[str]) -> None:
    never = calendar_config_from_mapping({"weekdays": []})
    assert hours_command.run(parse("--at", "2026-11-25T10:00"), never, NOW) == 0
    assert "no opening within 400 days" in capsys.readouterr().out


@pytest.mark.parametrize("at", ["next tuesday", "2026-13-01T10:00", "2026-11-25T25:00", ""])
def test_a_bad_moment_is_an_error(capsys: pytest.CaptureFixture[str], at: str) -> None:
    assert hours_command.run(parse("--at", at, "--json"), DEFAULTS, NOW) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "--at" in err and repr(at) in err


def test_a_year_without_holiday_data_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert hours_command.run(parse("--at", "2100-01-05T10:00", "--json"), DEFAULTS, NOW) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "2100" in err


@pytest.mark.parametrize("days", ["0", "-3", "401", "many"])
def test_upcoming_must_be_a_sensible_number_of_days(days: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse("--upcoming", days)
    assert exit_.value.code == 2


def test_the_command_reads_the_hours_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "desk.toml"
    config.write_text(
        '[hours]\nweekdays = ["09:00-12:00", "13:00-18:00"]\n'
        'closures = [{ from = "2026-11-26", to = "2026-11-26", reason = "棚卸し" }]\n',
        encoding="utf-8",
    )
    at_lunch = ["--config", str(config), "hours", "--json", "--at", "2026-11-25T12:15"]
    assert cli.main(at_lunch) == 0
    assert json.loads(capsys.readouterr().out) == {
        "open": False,
        "reason": "outside business hours",
        "next_open": "2026-11-25T13:00:00+09:00",
    }
    closed = ["--config", str(config), "hours", "--json", "--at", "2026-11-26T10:00"]
    assert cli.main(closed) == 0
    assert json.loads(capsys.readouterr().out)["reason"] == "company closure: 棚卸し"


def test_the_command_names_a_bad_hours_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "desk.toml"
    config.write_text('[hours]\nmonday = ["09:00-18:00", "17:00-19:00"]\n', encoding="utf-8")
    assert cli.main(["--config", str(config), "hours"]) == 2
    assert "hours.monday[1]" in capsys.readouterr().err
