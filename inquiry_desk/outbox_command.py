"""`inquiry-desk outbox [--json]`: the work waiting or failed in the outbox."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from inquiry_desk.console import Subcommands, add_command, open_store, print_json, safe

if TYPE_CHECKING:
    from casework.settings import Settings


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    box = add_command(
        commands,
        "outbox",
        help="show work waiting or failed in the outbox",
        description=(
            "Per kind and state, how many outbox rows wait and the oldest one's age; then each\n"
            "row parked as failed, with its last error."
        ),
        examples=["inquiry-desk outbox", "inquiry-desk outbox --json"],
        run=run,
    )
    box.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from casework import outbox

    store = open_store(settings)
    summary = outbox.depth(store.db, datetime.now(UTC))
    failed = outbox.failed_rows(store.db)
    if args.json:
        print_json({"queues": summary, "failed": failed})
        return 0
    if not summary:
        print("the outbox is empty")
    for row in summary:
        print(
            f"{row['kind']:<14} {row['state']:<8} {row['count']:>6}"
            f"  oldest {row['oldest_age']:.0f}s"
        )
    for r in failed:
        print(
            f"failed #{r['id']} {r['kind']} case-id={r['case_id']}"
            f" after {r['attempts']} attempts: {safe(r['last_error'])}"
        )
    return 0
