"""`inquiry-desk report [--since DATE] [--json]`: cases, personal-information requests,
acknowledgements sent, and first-response and resolution times (business hours) per ISO week.

`--json` prints exactly
`{"weeks": [{"week": "2026-W49", "cases", "pi_requests", "acks_sent",
"first_response": {"median_hours", "p90_hours"}, "resolution": {"median_hours", "p90_hours"}}]}`,
with null where a week has no figure.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from inquiry_desk.console import Subcommands, add_command, open_store, print_json

if TYPE_CHECKING:
    from casework.settings import Settings


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-12-01: {text!r}") from None
    if day == date.min:  # its Japan-time midnight is in year 0 in UTC, which Python cannot hold
        raise argparse.ArgumentTypeError(f"too early a date: {text!r}")
    return day


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "report",
        help="cases, requests, acknowledgements, first-response and resolution times per week",
        examples=["inquiry-desk report", "inquiry-desk report --since 2026-11-01 --json"],
        run=run,
    )
    parser.add_argument(
        "--since",
        type=_day,
        metavar="DATE",
        help="only cases received on or after DATE (Japan time; default: all)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from casework.calendar import BusinessCalendar, calendar_config_from_mapping
    from casework.report import case_figures, refresh, weekly

    calendar = BusinessCalendar(calendar_config_from_mapping(settings.hours))
    store = open_store(settings)
    refresh(store, calendar)
    weeks = weekly(case_figures(store, calendar, args.since), calendar)
    if args.json:
        print_json({"weeks": weeks})
        return 0
    if not weeks:
        print("no cases" + (f" since {args.since}" if args.since else ""))
        return 0
    print("business hours; median / p90")
    print(f"{'week':<9} {'cases':>6} {'PI req':>6} {'acks':>5}  {'first response':>16}  "
          f"{'resolution':>16}")  # fmt: skip
    for w in weeks:
        print(
            f"{w['week']:<9} {w['cases']:>6} {w['pi_requests']:>6} {w['acks_sent']:>5}  "
            f"{_pair(w['first_response']):>16}  {_pair(w['resolution']):>16}"
        )
    return 0


def _pair(summary: Any) -> str:
    def one(value: float | None) -> str:
        return "-" if value is None else f"{value:.1f}h"

    return f"{one(summary['median_hours'])} / {one(summary['p90_hours'])}"
