"""`inquiry-desk hours [--at ISO-8601] [--json] [--upcoming DAYS]` (DESIGN.md)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from casework.calendar import BusinessCalendar, CalendarConfig, describe_opening


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at", metavar="ISO-8601", help="the moment to ask about (no offset: Japan time)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--upcoming", type=int, metavar="DAYS", default=0, help="also list the days off ahead"
    )


def _moment(text: str | None, now: datetime, zone: ZoneInfo) -> datetime:
    if text is None:
        return now.astimezone(zone)
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def run(args: argparse.Namespace, config: CalendarConfig, now: datetime) -> int:
    calendar = BusinessCalendar(config)
    try:
        moment = _moment(args.at, now, calendar.zone)
    except ValueError:
        print(f"inquiry-desk: --at: not an ISO-8601 date and time: {args.at!r}", file=sys.stderr)
        return 2
    status = calendar.status(moment)
    upcoming = calendar.non_working_days(moment.date(), args.upcoming) if args.upcoming else []
    if args.json:
        data: dict[str, object] = {
            "open": status.open,
            "reason": status.reason,
            "next_open": status.next_open.isoformat() if status.next_open else None,
        }
        if args.upcoming:
            data["reason_ja"] = status.reason_ja
            data["upcoming"] = [
                {"date": d.isoformat(), "reason": en, "reason_ja": ja} for d, en, ja in upcoming
            ]
        print(json.dumps(data, ensure_ascii=False))
        return 0
    local = moment.astimezone(calendar.zone)
    print(f"{local:%Y-%m-%d %H:%M %Z}: {'open' if status.open else 'closed'} ({status.reason})")
    print(f"  {'受付中' if status.open else '受付時間外'}（{status.reason_ja}）")
    if status.next_open is not None:
        print(f"  next opening: {describe_opening(status.next_open, 'en')}")
        print(f"  次の受付開始: {describe_opening(status.next_open, 'ja')}")
    if args.upcoming:
        print(f"days off in the next {args.upcoming} days:" if upcoming else "no days off ahead")
        for day, en, ja in upcoming:
            print(f"  {day:%Y-%m-%d %a}  {en} / {ja}")
    return 0
