"""Disclosure: everything the desk holds about one person, as files they can be given.

`export.json` (cases, events, FAQ matches, acknowledgement and reply records, the
acknowledgement window, a suspension of use), each mail's original bytes under `mail/`, and a
`README.txt` in Japanese and English. Every time is written in Japan time (`+09:00`), as the
desk's staff and its customers read it (docs/privacy.md, "Disclosure").
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from casework.calendar import JST
from casework.person import PersonData, chunked_dicts
from casework.store import CaseStore, parse_ts

FORMAT = "inquiry-desk personal data export, version 1"

README = """\
個人情報の開示 / Disclosure of personal information
====================================================

株式会社プラネットマネジメント お問い合わせ窓口が保有する、{key} に関する情報です。
This is the information the inquiry desk of Planet Management Co., Ltd. holds about {key}.

作成日時 / Created: {created}

内容 / Contents
---------------
export.json
  お問い合わせ(案件)、その処理記録と担当者のメモ、該当したFAQ、自動受付メールと担当者からの返信の記録、
  自動受付メールの送信間隔の記録、利用停止の記録。時刻はすべて日本時間(+09:00)です。
  Your inquiries (cases), what was done on them (events) and our staff's notes on them, the
  FAQ entries they matched, the records of the acknowledgements and of our staff's replies,
  the acknowledgement window, and any suspension of use. Every time is in Japan time (+09:00).
mail/
  お送りいただいたメールと、当社からお送りしたメールの原本(受信・送信したままのバイト列)。
  .eml ファイルは一般的なメールソフトで開けます。
  The original bytes of each mail you sent us and each mail we sent you, exactly as received
  or sent. Any mail program opens the .eml files.

件数 / Counts: {cases} 件の案件 / cases, {messages} 通のメール / mails.

ご不明な点は info@planetmgmt.biz までお問い合わせください。
Questions: info@planetmgmt.biz
"""


@dataclass(frozen=True)
class ExportSummary:
    directory: Path
    cases: int
    messages: int
    files: int


def jst_text(stored: str | None) -> str | None:
    """A stored UTC time as ISO 8601 in Japan time (always `+09:00`)."""
    return parse_ts(stored).astimezone(JST).isoformat() if stored else None


def _rows(store: CaseStore, query: str, ids: Iterable[int]) -> list[dict[str, Any]]:
    return chunked_dicts(store.db, query, ids)


def build_export(
    store: CaseStore, person: PersonData, now: datetime
) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    """The export.json document and the (file name, bytes) of each mail."""
    cases = _rows(store, "SELECT * FROM cases WHERE id IN ({})", person.case_ids)
    tags = {c["id"]: store.tag(c["number"]) for c in cases}
    disclosed = set(person.message_ids) - set(person.others_mail)
    messages = _rows(store, "SELECT * FROM messages WHERE id IN ({})", disclosed)
    messages.sort(key=lambda m: m["id"])
    other_cases = {m["case_id"] for m in messages if m["case_id"] and m["case_id"] not in tags}
    for row in _rows(store, "SELECT id, number FROM cases WHERE id IN ({})", sorted(other_cases)):
        tags[row["id"]] = store.tag(row["number"])
    events = _rows(
        store,
        "SELECT case_id, at, actor, action, detail FROM events WHERE case_id IN ({})",
        person.case_ids,
    )
    confirmations = {
        r["case_id"]: r
        for r in _rows(
            store, "SELECT * FROM identity_confirmations WHERE case_id IN ({})", person.case_ids
        )
    }
    staff_notes: dict[int, list[dict[str, Any]]] = {}  # internal notes (casework.notes)
    for n in _rows(
        store,
        "SELECT case_id, at, user, text, edited_at FROM case_notes WHERE case_id IN ({})"
        " ORDER BY at, id",
        person.case_ids,
    ):
        note = {"at": jst_text(n["at"]), "staff": n["user"], "text": n["text"]}
        staff_notes.setdefault(n["case_id"], []).append(
            note | {"edited_at": jst_text(n["edited_at"])}
        )
    files: list[tuple[str, bytes]] = []
    mail: list[dict[str, Any]] = []
    for m in messages:
        name = f"mail/{m['id']:07d}-{'received' if m['direction'] == 'in' else 'sent'}.eml"
        if m["raw"]:
            files.append((name, bytes(m["raw"])))
        mail.append(
            {
                "id": m["id"],
                "case": tags.get(m["case_id"]),
                "direction": "received" if m["direction"] == "in" else "sent",
                "kind": m["kind"] if m["direction"] == "out" else "customer",
                "at": jst_text(m["received_at"]),
                "envelope_from": m["mail_from"],
                "envelope_to": json.loads(m["rcpt_tos"]),
                "message_id": m["message_id"],
                "subject": m["subject"],
                "from_name": m["from_name"],
                "from_address": m["from_address"],
                "body": m["body"],
                "attachments": json.loads(m["attachments"]),
                "staff_author": m["author"],
                "file": name if m["raw"] else None,
            }
        )
    document = {
        "format": FORMAT,
        "address": person.key,
        "exported_at": now.astimezone(JST).isoformat(),
        "cases": [
            {**_case(c, tags, events, confirmations), "notes": staff_notes.get(c["id"], [])}
            for c in cases
        ],
        "mail": mail,
        "acknowledgements": [_sent(m) for m in mail if m["kind"] == "acknowledgement"],
        "replies": [_sent(m) for m in mail if m["kind"] == "reply"],
        "acknowledgement_window": _window(store, person),
        # Mail from other addresses on their cases is someone else's: counted, not disclosed.
        "withheld_mail_from_other_addresses": len(person.others_mail),
        "suspension": _suspension(store, person.key),
    }
    return document, files


def _case(
    c: dict[str, Any],
    tags: dict[int, str],
    events: list[dict[str, Any]],
    confirmations: dict[int, dict[str, Any]],
) -> dict[str, Any]:
    confirmed = confirmations.get(c["id"])
    return {
        "tag": tags[c["id"]],
        "number": c["number"],
        "status": c["status"],
        "subject": c["subject"],
        "customer_address": c["customer_address"],
        "customer_name": c["customer_name"],
        "language": c["language"],
        "received_at": jst_text(c["received_at"]),
        "created_at": jst_text(c["created_at"]),
        "updated_at": jst_text(c["updated_at"]),
        "out_of_hours": bool(c["out_of_hours"]),
        "acknowledgement": c["ack_state"],
        "acknowledgement_reason": c["ack_reason"],
        "personal_information_request": c["pi_request"],
        "faq_matches": json.loads(c["faq_hits"]),
        "identity_confirmed_at": jst_text(confirmed["at"]) if confirmed else None,
        "events": [
            {
                "at": jst_text(e["at"]),
                "actor": e["actor"],
                "action": e["action"],
                "detail": e["detail"],
            }
            for e in sorted(events, key=lambda e: str(e["at"]))
            if e["case_id"] == c["id"]
        ],
    }


def _sent(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "case": m["case"],
        "sent_at": m["at"],
        "to": m["envelope_to"],
        "message_id": m["message_id"],
        "subject": m["subject"],
        "body": m["body"],
        "staff_author": m["staff_author"],
        "file": m["file"],
    }


def _window(store: CaseStore, person: PersonData) -> list[dict[str, Any]]:
    rows = store.db.execute(
        "SELECT sender_key, state, reserved_at, sent_at, expires_at FROM ack_marks"
        " WHERE sender_key = ?",
        [person.key],
    ).fetchall()
    return [
        {
            "address": r[0],
            "state": r[1],
            "reserved_at": jst_text(r[2]),
            "sent_at": jst_text(r[3]),
            "expires_at": jst_text(r[4]),
        }
        for r in rows
    ]


def _suspension(store: CaseStore, key: str) -> dict[str, Any] | None:
    row = store.db.execute("SELECT since FROM suspensions WHERE address_key = ?", [key]).fetchone()
    return {"since": jst_text(row[0])} if row else None


def write_export(
    directory: Path, document: dict[str, Any], files: list[tuple[str, bytes]], now: datetime
) -> ExportSummary:
    """Write the export under `directory` (created; 0700, as it holds personal data)."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    (directory / "mail").mkdir(exist_ok=True, mode=0o700)
    for name, data in files:
        _write(directory / name, data)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    _write(directory / "export.json", text.encode("utf-8"))
    readme = README.format(
        key=document["address"],
        created=now.astimezone(JST).isoformat(),
        cases=len(document["cases"]),
        messages=len(document["mail"]),
    )
    _write(directory / "README.txt", readme.encode("utf-8"))
    return ExportSummary(directory, len(document["cases"]), len(document["mail"]), len(files))


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
