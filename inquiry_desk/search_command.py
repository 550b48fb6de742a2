"""`inquiry-desk search WORDS [--json]`: full-text search of cases, Japanese and English.

Text output names each case by its tag (`[PMC-000123]`); `--json` prints a list of objects,
each with at least `number` and `tag`, newest case first. Text that came in a mail goes through
`console.safe` before it is printed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from inquiry_desk.console import (
    Subcommands,
    add_command,
    open_store,
    print_json,
    safe,
    say,
    whole_number,
)

if TYPE_CHECKING:
    from casework.search import SearchHit
    from casework.settings import Settings

LIMIT = 50  # casework.search.LIMIT, without importing it at start-up


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "search",
        help="full-text search of cases (Japanese and English)",
        examples=[
            "inquiry-desk search 開示",
            "inquiry-desk search 配信停止 メールマガジン",
            "inquiry-desk search invoice amount --json",
        ],
        run=run,
    )
    parser.add_argument("words", nargs="+", metavar="WORDS", help="every word must occur")
    parser.add_argument(
        "--limit",
        type=whole_number(1),
        default=LIMIT,
        metavar="N",
        help=f"at most N cases (default {LIMIT})",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON array of cases")


def hit_json(hit: SearchHit) -> dict[str, Any]:
    case = hit.case
    return {
        "number": case.number,
        "tag": case.tag,
        "subject": case.subject,
        "snippet": hit.snippet,
        "status": case.status.value,
        "received_at": case.received_at.isoformat(),
        "customer": {"name": case.customer_name, "address": case.customer_address},
        "personal_information_request": case.pi_request.value if case.pi_request else None,
    }


def run(args: argparse.Namespace, settings: Settings) -> int:
    from casework.hours import calendar_config_from_mapping
    from casework.search import QueryTooLong, parse_query, search

    try:
        query = parse_query(args.words)
    except QueryTooLong as refused:
        say(f"inquiry-desk search: {refused}")
        return 2
    if query.empty:
        say("inquiry-desk search: give at least one word")
        return 2
    hits = search(open_store(settings), args.words, limit=args.limit)
    if args.json:
        print_json([hit_json(h) for h in hits])
        return 0
    if not hits:
        print("no cases found")
    zone = ZoneInfo(calendar_config_from_mapping(settings.hours).tz)
    for hit in hits:
        c = hit.case
        local = c.received_at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")
        print(
            f"{c.tag} {c.status.value:<8} {local}  {safe(c.customer_address) or '<>'}"
            f"  {safe(c.subject) or '(no subject)'}"
        )
        print(f"    {safe(hit.snippet)}")
    return 0
