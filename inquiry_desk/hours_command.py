"""`inquiry-desk hours [--at ISO-8601] [--json] [--upcoming DAYS]`: is the desk open?

`--json` prints the contract `{"open": bool, "reason": str, "next_open": ISO-8601 or null}`;
with `--upcoming` it adds `reason_ja` and `upcoming` (the days off ahead) and nothing else.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from inquiry_desk.console import Subcommands, add_command, moment_at, print_json, whole_number

if TYPE_CHECKING:
    from casework.calendar import BusinessCalendar, CalendarConfig, OpenStatus
    from casework.settings import Settings


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "hours",
        help="say whether the desk is open at a moment (default now) and when it next opens",
        examples=[
            "inquiry-desk hours",
            "inquiry-desk hours --at 2026-12-28T18:00 --json",
            "inquiry-desk hours --upcoming 14",
        ],
        run=_run,
    )
    add_arguments(parser)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from casework.hours import calendar_config_from_mapping

    return run(args, calendar_config_from_mapping(settings.hours), datetime.now(UTC))


def _search_days() -> int:
    from casework.calendar import SEARCH_DAYS

    return SEARCH_DAYS


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        metavar="ISO-8601",
        help="the moment to ask about, e.g. 2026-12-28T18:00 (no offset: Japan time; default now)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--upcoming",
        type=whole_number(1, _search_days, "days"),
        metavar="DAYS",
        default=0,
        help="also list the days off ahead",
    )


def _moment(text: str | None, now: datetime, calendar: BusinessCalendar) -> datetime:
    """The moment asked about, in the calendar's zone. Raises ValueError on bad text."""
    return now.astimezone(calendar.zone) if text is None else moment_at(text, calendar.zone)


def run(args: argparse.Namespace, config: CalendarConfig, now: datetime) -> int:
    from casework.calendar import BusinessCalendar
    from casework.errors import HolidayDataMissing

    calendar = BusinessCalendar(config)
    try:
        moment = _moment(args.at, now, calendar)
    except ValueError as exc:
        print(f"inquiry-desk hours: --at: {exc}", file=sys.stderr)
        return 2
    upcoming = args.upcoming or 0
    try:
        status = calendar.status(moment)
        days_off = _days_off(calendar, moment.date(), upcoming)
    except HolidayDataMissing as exc:
        print(f"inquiry-desk hours: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print_json(_as_json(status, days_off, asked=upcoming > 0))
    else:
        _print_text(moment, status, days_off, upcoming)
    return 0


def _days_off(
    calendar: BusinessCalendar, start: date, days: int
) -> list[tuple[date, tuple[str, str]]]:
    return [
        (day, calendar.day_off_reasons(day) or (reason, reason))
        for day, reason in calendar.non_working_days(start, days)
    ]


def _as_json(
    status: OpenStatus, days_off: list[tuple[date, tuple[str, str]]], *, asked: bool
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "open": status.open,
        "reason": status.reason,
        "next_open": status.next_open.isoformat() if status.next_open else None,
    }
    if asked:
        data["reason_ja"] = status.reason_ja
        data["upcoming"] = [
            {"date": day.isoformat(), "reason": en, "reason_ja": ja} for day, (en, ja) in days_off
        ]
    return data


def _print_text(
    moment: datetime,
    status: OpenStatus,
    days_off: list[tuple[date, tuple[str, str]]],
    upcoming: int,
) -> None:
    from casework.calendar import SEARCH_DAYS, describe_opening, describe_received

    print(f"{describe_received(moment, 'en')} / {describe_received(moment, 'ja')}")
    if status.open:
        print("  open / 営業中")
    else:
        print(f"  closed: {status.reason}")
        print(f"  受付時間外：{status.reason_ja}")
    if status.next_open is not None:
        print(f"  next opening: {describe_opening(status.next_open, 'en')}")
        print(f"  次の営業開始：{describe_opening(status.next_open, 'ja')}")
    elif not status.open:
        print(f"  no opening within {SEARCH_DAYS} days / {SEARCH_DAYS}日以内に営業日がありません")
    if upcoming:
        last = moment.date() + timedelta(days=upcoming - 1)
        print(f"days off from {moment.date()} to {last} / 休業日：")
        for day, (en, ja) in days_off:
            print(f"  {day.isoformat()} {day:%a}  {en} / {ja}")
        if not days_off:
            print("  none / なし")
