"""The `inquiry-desk` command: the one entry point, which reads settings and wires the parts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from casework.errors import CaseNotFound, CaseworkError, ConfigError
from casework.models import Case, CaseStatus
from casework.settings import Settings, load_settings
from casework.store import CaseStore, open_database
from inquiry_desk import ask_command, hours_command


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config, os.environ)
    except ConfigError as exc:
        print(f"inquiry-desk: configuration error: {exc}", file=sys.stderr)
        return 2
    try:
        result = int(args.run(args, settings))
    except ConfigError as exc:
        print(f"inquiry-desk: configuration error: {exc}", file=sys.stderr)
        return 2
    except CaseworkError as exc:
        print(f"inquiry-desk: {exc}", file=sys.stderr)
        return 1
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="inquiry-desk", description=__doc__)
    parser.add_argument(
        "--config", type=Path, default=None, help="TOML settings file (default: built-in defaults)"
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the desk")
    serve.set_defaults(run=_serve)

    ask = commands.add_parser("ask", help="match a question against the policy FAQ")
    ask_command.add_arguments(ask)
    ask.set_defaults(run=_ask)

    hours = commands.add_parser("hours", help="is the desk open, and when does it next open")
    hours_command.add_arguments(hours)
    hours.set_defaults(run=_hours)

    cases = commands.add_parser("cases", help="list cases, newest first")
    cases.add_argument("--status", choices=[s.value for s in CaseStatus])
    cases.add_argument("--limit", type=int, default=50)
    cases.add_argument("--json", action="store_true", help="print JSON")
    cases.set_defaults(run=_cases)

    case = commands.add_parser("case", help="show one case and its messages")
    case.add_argument("number", type=int)
    case.add_argument("--json", action="store_true", help="print JSON")
    case.set_defaults(run=_case)

    box = commands.add_parser("outbox", help="show work waiting or failed in the outbox")
    box.add_argument("--json", action="store_true", help="print JSON")
    box.set_defaults(run=_outbox)
    return parser


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from inquiry_desk.serve import serve

    return serve(settings)


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from casework.faq import default_faq_path

    return ask_command.run(args, settings.desk.faq_path or default_faq_path())


def _hours(args: argparse.Namespace, settings: Settings) -> int:
    from casework.calendar import calendar_config_from_mapping

    config = calendar_config_from_mapping(settings.hours)
    return hours_command.run(args, config, datetime.now(UTC))


def _open_store(settings: Settings) -> CaseStore:
    if not settings.database_path.exists():
        raise CaseworkError(f"no database at {settings.database_path} (has the desk run yet?)")
    return CaseStore(
        open_database(settings.database_path), tag_prefix=settings.desk.case_tag_prefix
    )


def _case_json(case: Case) -> dict[str, object]:
    return {
        "number": case.number,
        "tag": case.tag,
        "status": case.status.value,
        "assignee": case.assignee,
        "subject": case.subject,
        "customer_address": case.customer_address,
        "customer_name": case.customer_name,
        "language": case.language,
        "received_at": case.received_at.isoformat(),
        "updated_at": case.updated_at.isoformat(),
        "out_of_hours": case.out_of_hours,
        "acknowledgement": case.ack_state.value,
        "acknowledgement_reason": case.ack_reason,
        "personal_information_request": case.pi_request.value if case.pi_request else None,
        "faq": [{"id": h.id, "section": h.section, "score": h.score} for h in case.faq_hits],
        "answered": case.answered,
        "malformed": case.malformed,
        "messages": case.message_count,
    }


def _cases(args: argparse.Namespace, settings: Settings) -> int:
    store = _open_store(settings)
    status = CaseStatus(args.status) if args.status else None
    found = store.cases(status=status, limit=args.limit)
    if args.json:
        print(json.dumps([_case_json(c) for c in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no cases" + (f" with status {status.value}" if status else ""))
    for c in found:
        local = c.received_at.astimezone(_tokyo()).strftime("%Y-%m-%d %H:%M")
        who = f" @{c.assignee}" if c.assignee else ""
        badge = f" [{c.pi_request.value} request]" if c.pi_request else ""
        print(
            f"{c.tag} {c.status.value:<8}{who} {local} JST"
            f"  {c.customer_address}  {c.subject}{badge}"
        )
    return 0


def _case(args: argparse.Namespace, settings: Settings) -> int:
    store = _open_store(settings)
    try:
        case = store.case(args.number)
    except CaseNotFound as exc:
        print(f"inquiry-desk: {exc}", file=sys.stderr)
        return 1
    messages = store.messages(case.id)
    events = store.events(case.id)
    if args.json:
        data = _case_json(case)
        data["events"] = [
            {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "detail": e.detail}
            for e in events
        ]
        data["mail"] = [
            {
                "direction": m.direction,
                "at": m.received_at.isoformat(),
                "from": m.mail_from,
                "to": list(m.rcpt_tos),
                "message_id": m.message_id,
                "subject": m.subject,
                "body": m.body,
                "attachments": [a.__dict__ for a in m.attachments],
                "defects": list(m.defects),
            }
            for m in messages
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for key, value in _case_json(case).items():
        print(f"{key:>30}: {value}")
    print("\nevents:")
    for e in events:
        print(f"  {e.at.astimezone(_tokyo()):%Y-%m-%d %H:%M:%S} {e.actor}: {e.action} {e.detail}")
    for m in messages:
        arrow = "<-" if m.direction == "in" else "->"
        print(
            f"\n{arrow} {m.received_at.astimezone(_tokyo()):%Y-%m-%d %H:%M} {m.mail_from} "
            f"{m.subject}"
        )
        for a in m.attachments:
            print(f"   attachment: {a.filename} ({a.content_type}, {a.size} bytes)")
        for d in m.defects:
            print(f"   defect: {d}")
        print("   " + m.body.replace("\n", "\n   "))
    return 0


def _outbox(args: argparse.Namespace, settings: Settings) -> int:
    from casework import outbox

    store = _open_store(settings)
    summary = outbox.depth(store.db, datetime.now(UTC))
    failed = store.db.execute(
        "SELECT id, kind, case_id, attempts, last_error, updated_at FROM outbox"
        " WHERE state = 'failed' ORDER BY id DESC LIMIT 50"
    ).fetchall()
    if args.json:
        print(json.dumps({"queues": summary, "failed": [list(r) for r in failed]}, indent=2))
        return 0
    if not summary:
        print("the outbox is empty")
    for row in summary:
        print(
            f"{row['kind']:<14} {row['state']:<8} {row['count']:>6}"
            f"  oldest {row['oldest_age']:.0f}s"
        )
    for r in failed:
        print(f"failed #{r[0]} {r[1]} case-id={r[2]} after {r[3]} attempts: {r[4]}")
    return 0


def _tokyo() -> ZoneInfo:
    return ZoneInfo("Asia/Tokyo")


if __name__ == "__main__":
    raise SystemExit(main())
