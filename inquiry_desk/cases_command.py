"""`inquiry-desk cases [--status S] [--json]` and `inquiry-desk case N [--json]`: the cases for
a person (Japan time, one aligned table, every message with its direction, address, time and
first lines) or as JSON.

Everything that came in a mail goes through `console.safe`/`safe_text` before it is printed,
so a sender, subject, MIME type or body cannot send escape sequences to the terminal."""

from __future__ import annotations

import argparse
import shutil
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from inquiry_desk.console import (
    Subcommands,
    add_command,
    fit,
    open_store,
    print_json,
    safe,
    safe_text,
    whole_number,
    width,
)

if TYPE_CHECKING:
    from casework.models import Case, Event, Message
    from casework.notes import Note
    from casework.settings import Settings

STATUSES = ("open", "claimed", "resolved")  # casework.models.CaseStatus, without importing it
FIRST_LINES = 6  # lines of each message's body that `case N` shows


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    cases = add_command(
        commands,
        "cases",
        help="list cases, newest first",
        examples=[
            "inquiry-desk cases",
            "inquiry-desk cases --status open --limit 20",
            "inquiry-desk cases --json",
        ],
        run=run_cases,
    )
    cases.add_argument("--status", choices=STATUSES, help="only cases in this state")
    cases.add_argument(
        "--limit",
        type=whole_number(1),
        default=50,
        metavar="N",
        help="at most N cases (default 50)",
    )
    cases.add_argument("--json", action="store_true", help="print a JSON array of cases")

    case = add_command(
        commands,
        "case",
        help="show one case: its fields, messages in and out, and its event log",
        examples=["inquiry-desk case 1", "inquiry-desk case 42 --json"],
        run=run_case,
    )
    case.add_argument("number", type=whole_number(1), help="the case number (PMC-000042 is 42)")
    case.add_argument("--json", action="store_true", help="print one JSON object")


def _zone(settings: Settings) -> ZoneInfo:
    from casework.hours import calendar_config_from_mapping

    return ZoneInfo(calendar_config_from_mapping(settings.hours).tz)


def _when(moment: datetime, zone: ZoneInfo, seconds: bool = False) -> str:
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M:%S %Z" if seconds else "%Y-%m-%d %H:%M %Z")


def case_json(case: Case) -> dict[str, Any]:
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
        "reply_to": list(case.reply_addresses),
        "cc": list(case.cc),
    }


PIPE_COLUMNS = 300


def run_cases(args: argparse.Namespace, settings: Settings) -> int:
    from casework.models import CaseStatus

    store = open_store(settings)
    status = CaseStatus(args.status) if args.status else None
    found = store.cases(status=status, limit=args.limit)
    if args.json:
        print_json([case_json(c) for c in found])
        return 0
    if not found:
        print("no cases" + (f" with status {status.value}" if status else ""))
        return 0
    # Not a terminal (a pipe, a file): rows as wide as a long subject needs, but bounded, so
    # that a subject of thousands of characters cannot make a row of thousands.
    columns = shutil.get_terminal_size((PIPE_COLUMNS, 24)).columns
    print("\n".join(cases_table(found, _zone(settings), columns)))
    return 0


def cases_table(found: list[Case], zone: ZoneInfo, columns: int) -> list[str]:
    """A header row and one row per case; every column starts at the same terminal column
    whatever the width of the text before it, and no row is wider than `columns`."""
    rows = []
    for c in found:
        badges = " ".join(
            b
            for b in (
                f"[{c.pi_request.value} request]" if c.pi_request else "",
                "[malformed]" if c.malformed else "",
            )
            if b
        )
        rows.append(
            (
                c.tag.strip("[]"),
                c.status.value,
                safe(c.assignee) or "-",
                _when(c.received_at, zone),
                safe(c.customer_address) or "<>",
                (safe(c.subject) or "(no subject)") + (f" {badges}" if badges else ""),
            )
        )
    header = ("CASE", "STATUS", "ASSIGNEE", "RECEIVED", "FROM", "SUBJECT")
    caps = (12, 8, 12, 20, 32)  # the last column takes what is left
    widths = [min(cap, max(width(r[i]) for r in [header, *rows])) for i, cap in enumerate(caps)]
    rest = max(16, columns - sum(widths) - 2 * len(widths))
    lines = []
    for row in [header, *rows]:
        cells = [fit(text, w) for text, w in zip(row, widths, strict=False)]
        last = row[-1] if width(row[-1]) <= rest else fit(row[-1], rest)
        lines.append("  ".join([*cells, last]).rstrip())
    return lines


def run_case(args: argparse.Namespace, settings: Settings) -> int:
    from casework.notes import case_notes

    store = open_store(settings)
    case = store.case(args.number)
    messages = store.messages(case.id)
    events = store.events(case.id)
    notes = case_notes(store, case.id)
    if args.json:
        data = case_json(case)
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
                "body": _body(store, m),
                "attachments": [a.__dict__ for a in m.attachments],
                "defects": list(m.defects),
            }
            for m in messages
        ]
        data["notes"] = [
            {
                "at": n.at.isoformat(),
                "user": n.user,
                "text": n.text,
                "edited_at": n.edited_at.isoformat() if n.edited_at else None,
            }
            for n in notes
        ]
        print_json(data)
        return 0
    zone = _zone(settings)
    text = case_text(case, messages, events, zone, lambda m: _body(store, m), notes)
    print("\n".join(text))
    return 0


def _body(store: Any, message: Message) -> str:
    """The text of a message; for mail the desk sent without recording its text (the
    acknowledgement), the plain part of the mail as sent, so that staff see what the customer
    was sent. Its text is not recorded as the body on purpose: bodies are what `search` reads,
    and the acknowledgement's FAQ answers would make every acknowledged case match them."""
    if message.body or message.direction != "out":
        return message.body
    from email import message_from_bytes, policy

    sent = message_from_bytes(store.received(message.id).raw, policy=policy.default)
    part = sent.get_body(("plain",))
    return str(part.get_content()) if part is not None else ""


def case_text(
    case: Case,
    messages: list[Message],
    events: list[Event],
    zone: ZoneInfo,
    body: Any,
    notes: list[Note] | None = None,
) -> list[str]:
    """`case N` for a person."""
    ack = case.ack_state.value + (f" ({safe(case.ack_reason)})" if case.ack_reason else "")
    customer = ", ".join(safe(a) for a in case.reply_addresses) or "<> (null sender)"
    if case.customer_name:
        customer = f"{safe(case.customer_name)} <{customer}>"
    if case.faq_hits:
        faq = ", ".join(f"{h.section} {h.score:.2f} ({h.id})" for h in case.faq_hits)
        faq += " (confident)" if case.answered else " (none confident)"
    else:
        faq = "none"
    who = f"claimed by {safe(case.assignee)}" if case.assignee else "unassigned"
    hours = "out of hours" if case.out_of_hours else "in hours"
    fields = [
        ("Status", f"{case.status.value}, {who}"),
        ("Subject", safe(case.subject) or "(no subject)"),
        ("Customer", customer),
        *_correspondent_fields(case),
        ("Language", case.language),
        ("Received", f"{_when(case.received_at, zone)} ({hours})"),
        ("Updated", _when(case.updated_at, zone)),
        ("Acknowledgement", ack),
        ("FAQ matches", faq),
    ]
    if case.pi_request:
        fields.append(("Personal information request", case.pi_request.value))
    if case.malformed:
        fields.append(("Malformed", "yes (see the defects under Messages)"))
    label = max(width(k) for k, _ in fields)
    lines = [f"{case.tag}"]
    lines += [f"  {fit(k + ':', label + 1)} {v}" for k, v in fields]
    lines.append(f"\nMessages ({len(messages)}):")
    for m in messages:
        lines += _message_lines(m, zone, body(m))
    lines += _note_lines(notes or [], zone)
    lines.append("\nEvents:")
    for e in events:
        detail = f"  {safe(e.detail)}" if e.detail else ""
        lines.append(f"  {_when(e.at, zone, seconds=True)}  {safe(e.actor)}: {e.action}{detail}")
    return lines


def _note_lines(notes: list[Note], zone: ZoneInfo) -> list[str]:
    """Staff's internal notes from the case's Slack thread (never mailed)."""
    if not notes:
        return []
    lines = [f"\nNotes ({len(notes)}, internal, from the Slack thread):"]
    for n in notes:
        edited = f" (edited {_when(n.edited_at, zone)})" if n.edited_at else ""
        lines.append(f"  {_when(n.at, zone)}  {safe(n.user)}{edited}")
        lines += [f"     | {line.rstrip()}" for line in safe_text(n.text).strip("\n").splitlines()]
    return lines


def _correspondent_fields(case: Case) -> list[tuple[str, str]]:
    """The envelope sender when replies go elsewhere (Reply-To or From), and the Cc."""
    fields = []
    envelope = case.customer_address
    if envelope and envelope.lower() not in {a.lower() for a in case.reply_addresses}:
        fields.append(("Envelope sender", safe(envelope)))
    if case.cc:
        fields.append(("Cc", ", ".join(safe(a) for a in case.cc)))
    return fields


def _message_lines(m: Message, zone: ZoneInfo, text: str) -> list[str]:
    to = ", ".join(safe(t) for t in m.rcpt_tos) or "-"
    sender = safe(m.mail_from) or "<>"
    if m.direction == "in":
        head = f"\n  <- in   {_when(m.received_at, zone)}  from {sender}  to {to}"
    else:
        what = f"reply by {safe(m.author)}" if m.author else "acknowledgement"
        head = f"\n  -> out  {_when(m.received_at, zone)}  to {to}  from {sender}  ({what})"
    lines = [head, f"     Subject: {safe(m.subject) or '(no subject)'}"]
    for a in m.attachments:
        name = safe(a.filename) or "(no name)"
        lines.append(f"     attachment: {name} ({safe(a.content_type)}, {a.size} bytes)")
    for d in m.defects:
        lines.append(f"     defect: {safe(d)}")
    body_lines = [line.rstrip() for line in safe_text(text).strip("\n").splitlines()]
    for line in body_lines[:FIRST_LINES]:
        lines.append(f"     | {line}")
    if len(body_lines) > FIRST_LINES:
        lines.append(f"     | … ({len(body_lines) - FIRST_LINES} more lines; --json shows all)")
    if not body_lines:
        lines.append("     | (no text)")
    return lines
