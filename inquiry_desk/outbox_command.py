"""`inquiry-desk outbox [--json]`: the work waiting or failed in the outbox; `outbox retry
ID|--all-failed` and `outbox drop ID`: what an administrator does about a failed row, each
noted in the case's event log."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from inquiry_desk.console import (
    Subcommands,
    add_command,
    open_store,
    print_json,
    safe,
    whole_number,
)

if TYPE_CHECKING:
    from casework.settings import Settings
    from casework.store import CaseStore


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    box = add_command(
        commands,
        "outbox",
        help="show work waiting or failed in the outbox; retry or drop a failed row",
        description=(
            "Per kind and state, how many outbox rows wait and the oldest one's age; then each\n"
            "row parked as failed, with its last error and its id for `outbox retry` or\n"
            "`outbox drop`."
        ),
        examples=[
            "inquiry-desk outbox",
            "inquiry-desk outbox --json",
            "inquiry-desk outbox retry 42",
            "inquiry-desk outbox retry --all-failed",
            "inquiry-desk outbox drop 42",
        ],
        run=run,
    )
    box.add_argument("--json", action="store_true", help="print one JSON object")
    actions = box.add_subparsers(
        title="actions", metavar="ACTION", help="without one: list the outbox"
    )
    retry = add_command(
        actions,
        "retry",
        help="run a failed (or waiting) row again now, its attempts counted afresh",
        examples=["inquiry-desk outbox retry 42", "inquiry-desk outbox retry --all-failed"],
        run=run_retry,
    )
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", type=whole_number(1), help="the row's id (`outbox`)")
    which.add_argument("--all-failed", action="store_true", help="every row parked as failed")
    drop = add_command(
        actions,
        "drop",
        help="give up a failed (or waiting) row for good; the case's event log says so",
        examples=["inquiry-desk outbox drop 42"],
        run=run_drop,
    )
    drop.add_argument("id", type=whole_number(1), help="the row's id (`outbox`)")


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
    if failed:
        print("\nrun one again: inquiry-desk outbox retry ID (or --all-failed); give one up:"
              " inquiry-desk outbox drop ID")  # fmt: skip
    return 0


def run_retry(args: argparse.Namespace, settings: Settings) -> int:
    from casework import outbox

    store = open_store(settings)
    ids = outbox.failed_ids(store.db) if args.all_failed else [args.id]
    if not ids:
        print("no failed rows")
        return 0
    return _administer(store, "retry", ids)


def run_drop(args: argparse.Namespace, settings: Settings) -> int:
    return _administer(open_store(settings), "drop", [args.id])


def _administer(store: CaseStore, action: str, ids: list[int]) -> int:
    """Each row in its own transaction with its note on the case, so that one refused row
    (a worker took it meanwhile) leaves the others done."""
    from casework import outbox
    from casework.errors import OutboxRowRefused

    actor = f"admin {getpass.getuser()}"
    verb = {"retry": "retried", "drop": "dropped"}[action]
    refused = 0
    for row_id in ids:
        now = datetime.now(UTC)
        try:
            with store.transaction():
                row = outbox.administer(store.db, action, row_id, now)
                if row["case_id"] is not None:
                    detail = f"#{row_id} {row['kind']} (was {row['state']}"
                    detail += f": {row['last_error']})" if row["last_error"] else ")"
                    store.add_event(row["case_id"], now, actor, f"outbox row {verb}", detail)
        except OutboxRowRefused as exc:
            refused += 1
            print(f"inquiry-desk outbox {action}: {exc}", file=sys.stderr)
            continue
        print(
            f"{verb} #{row_id} {row['kind']}"
            + (f" (case-id {row['case_id']})" if row["case_id"] else "")
        )
    return 1 if refused else 0
