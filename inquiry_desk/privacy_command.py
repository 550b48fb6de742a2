"""`inquiry-desk privacy …`: disclosure, erasure, retention and suspension of use on request
(docs/privacy.md). A refusal or failure raises CaseworkError: one line on stderr, exit 1."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from inquiry_desk.console import Subcommands, add_command, open_store, safe

if TYPE_CHECKING:
    from casework.erasure import ErasurePlan
    from casework.settings import Settings
    from casework.store import CaseStore


_ADDRESS_HELP = "the person's e-mail address (any case; a +tag is ignored)"


def address_argument(text: str) -> str:
    """An argparse `type`: an address with a local part and a domain (else a usage error)."""
    from casework.address import path_problem
    from casework.person import address_key

    if not address_key(text) or path_problem(text):
        raise argparse.ArgumentTypeError(f"not an e-mail address: {safe(text)}")
    return text


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    """`privacy` and its actions (export, erase, purge, suspend, resume)."""
    parser = add_command(
        commands,
        "privacy",
        help="export, erase, purge, suspend or resume a person's data",
        description=(
            "Carry out the privacy policy's promises for one person (docs/privacy.md):\n"
            "disclose what is held, erase it everywhere, apply the retention period, stop or\n"
            "restart automatic mail."
        ),
        examples=[
            "inquiry-desk privacy export hanako@example.jp --out ./hanako",
            "inquiry-desk privacy erase hanako@example.jp",
            "inquiry-desk privacy erase hanako@example.jp --yes",
            "inquiry-desk privacy purge --dry-run",
            "inquiry-desk privacy suspend hanako@example.jp",
        ],
        run=lambda args, settings: 2,
    )
    sub = parser.add_subparsers(
        required=True, metavar="ACTION", title="actions", help="what to do (see each --help)"
    )
    export = add_command(
        sub,
        "export",
        help="write everything held about ADDRESS under DIR",
        examples=["inquiry-desk privacy export hanako@example.jp --out ./hanako"],
        run=run_export,
    )
    export.add_argument("address", metavar="ADDRESS", type=address_argument, help=_ADDRESS_HELP)
    export.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="directory to write (created)"
    )
    erase = add_command(
        sub,
        "erase",
        help="erase ADDRESS everywhere (without --yes: list what would go)",
        examples=["inquiry-desk privacy erase hanako@example.jp --yes"],
        run=run_erase,
    )
    erase.add_argument("address", metavar="ADDRESS", type=address_argument, help=_ADDRESS_HELP)
    erase.add_argument("--yes", action="store_true", help="really erase")
    erase.add_argument("--force", action="store_true", help="even while a case is claimed")
    purge = add_command(
        sub,
        "purge",
        help="apply privacy.retention_days now",
        examples=["inquiry-desk privacy purge --dry-run"],
        run=run_purge,
    )
    purge.add_argument("--dry-run", action="store_true", help="only list what would go")
    for name, run, text in (
        ("suspend", run_suspend, "stop automatic mail to ADDRESS"),
        ("resume", run_resume, "restart automatic mail to ADDRESS"),
    ):
        action = add_command(
            sub,
            name,
            help=text,
            examples=[f"inquiry-desk privacy {name} hanako@example.jp"],
            run=run,
        )
        action.add_argument("address", metavar="ADDRESS", type=address_argument, help=_ADDRESS_HELP)


def operator() -> str:
    """Who runs the command, for the audit log: the operating-system user."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return "unknown"


def _store(settings: Settings) -> CaseStore:
    return open_store(settings)


def _key(address: str) -> str:
    from casework.errors import CaseworkError
    from casework.person import address_key

    key = address_key(address)
    if not key:
        raise CaseworkError(f"not an e-mail address: {safe(address)}")
    return key


def _warn_unconfirmed(store: CaseStore, case_ids: tuple[int, ...]) -> None:
    from casework import erasure

    tags = erasure.unconfirmed_requests(store, case_ids)
    if tags:
        print(
            f"warning: open personal-information request {', '.join(tags)} has no identity "
            'confirmation yet (press "Identity confirmed" in Slack once it is checked)',
            file=sys.stderr,
        )


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    from casework.disclosure import build_export, write_export
    from casework.errors import CaseworkError
    from casework.person import find_person

    key = _key(args.address)
    store = _store(settings)
    now = datetime.now(UTC)
    person = find_person(store.db, key)
    _warn_unconfirmed(store, person.case_ids)
    document, files = build_export(store, person, now)
    try:
        summary = write_export(args.out, document, files, now)
    except OSError as exc:
        raise CaseworkError(f"cannot write the export to {args.out}: {exc.strerror}") from exc
    print(
        f"exported {summary.cases} case(s) and {summary.messages} mail(s) of {key}"
        f" to {summary.directory} (export.json, mail/, README.txt)"
    )
    return 0


def run_erase(args: argparse.Namespace, settings: Settings) -> int:
    from casework import erasure

    key = _key(args.address)
    store = _store(settings)
    plan = erasure.plan_for_person(store, key)
    if plan.empty:
        print(f"nothing is held about {key}")
        return 0
    refused = None if args.force else erasure.refusal(store, plan)
    if refused and args.yes:
        raise erasure.ErasureRefused(refused)  # one line, before any warning
    _warn_unconfirmed(store, plan.case_ids)
    if not args.yes:
        _list_plan(store, plan, key)
        print(
            f"nothing erased; --yes would be {refused}"
            if refused
            else "nothing erased: run again with --yes to erase"
        )
        return 0
    now = datetime.now(UTC)
    counts, sent = erasure.erase(store, plan, now=now, actor=operator(), action="erase")
    files = erasure.erase_outgoing_files(settings.outgoing_dir, key, sent)
    settled = erasure.settle_files(store.db)
    store.db.conn.close()
    print(
        f"erased {key}: {counts.cases} case(s) kept as anonymous records, {counts.messages}"
        f" mail(s), {counts.events} event detail(s), {counts.outbox_rows} outbox row(s),"
        f" {counts.acknowledgement_marks} acknowledgement mark(s), {counts.notes} staff note(s),"
        f" {files} outgoing file(s)" + (", database vacuumed" if settled.vacuumed else "")
    )
    if not settled.wal_truncated:
        print(
            f"warning: {settings.database_path}-wal could not be truncated now (the desk is"
            " busy); run: sqlite3 DATABASE 'PRAGMA wal_checkpoint(TRUNCATE)'",
            file=sys.stderr,
        )
    if counts.slack_jobs:
        print(f"Slack: {counts.slack_jobs} case(s) queued; the running desk updates them")
    return 0


def _list_plan(store: CaseStore, plan: ErasurePlan, key: str) -> None:
    from casework.calendar import JST

    print(f"would erase {key}:")
    for case_id in plan.case_ids:
        case = store.case_by_id(case_id)
        when = case.received_at.astimezone(JST).strftime("%Y-%m-%d %H:%M")
        slack = " (in Slack)" if case.slack_ts else ""
        print(f"  {case.tag} {case.status.value:<8} received {when} JST{slack}")
    print(f"  {len(plan.message_ids)} mail(s) received from or sent to them")


def run_purge(args: argparse.Namespace, settings: Settings) -> int:
    from casework import retention
    from casework.calendar import JST
    from casework.db import parse_ts

    days = settings.privacy.retention_days
    if days <= 0:
        print("privacy.retention_days is 0: cases are kept; nothing to purge")
        return 0
    store = _store(settings)
    now = datetime.now(UTC)
    if args.dry_run:
        expired = retention.expired_cases(store, now, days)
        for e in expired:
            resolved = parse_ts(e.resolved_at)
            print(f"{store.tag(e.number)} resolved {resolved.astimezone(JST):%Y-%m-%d} JST")
        print(f"{len(expired)} case(s) resolved more than {days} days ago would be erased")
        return 0
    expired, counts, files = retention.purge(store, now, days, operator(), settings.outgoing_dir)
    print(
        f"erased {len(expired)} case(s) resolved more than {days} days ago:"
        f" {counts.messages} mail(s), {files} outgoing file(s)"
    )
    return 0


def run_suspend(args: argparse.Namespace, settings: Settings) -> int:
    from casework import privacy

    key = _key(args.address)
    store = _store(settings)
    new, cancelled = privacy.suspend(store, key, operator(), datetime.now(UTC))
    state = "suspended" if new else "was already suspended"
    extra = f"; {cancelled} waiting acknowledgement(s) cancelled" if cancelled else ""
    print(f"{key} {state}: no automatic mail is sent to it{extra}")
    return 0


def run_resume(args: argparse.Namespace, settings: Settings) -> int:
    from casework import privacy

    key = _key(args.address)
    store = _store(settings)
    if privacy.resume(store, key, operator(), datetime.now(UTC)):
        print(f"{key} resumed: automatic mail is sent to it again")
    else:
        print(f"{key} was not suspended")
    return 0
