"""Who a person is: the one definition of "this customer's data" (docs/privacy.md).

An address is compared as a whole, case-insensitively, with a `+tag` after the local part
dropped, and SRS/BATV wrappers of a forwarded envelope sender unwrapped: the same key the
acknowledgement window uses (`casework.autoreply.canonical_sender`), so `Hanako+news@Example.JP`
and `hanako@example.jp` are one person.

A person's data is:
- every case whose customer address (the envelope sender of its first mail) has their key, with
  everything on it: all its mail in and out, its events, its outbox rows;
- every received mail whose envelope sender, `From`, `Reply-To` or `Sender` has their key, on
  whatever case it landed;
- every mail the desk sent to them (acknowledgements, staff replies).

The addresses of each received mail are indexed once, at intake (`message_addresses`), so
finding a person among 100,000 mails is an index lookup, not a scan. Headers are read with the
email package's structured header objects, never `email.utils.parseaddr` (CVE-2023-27043); when
a header does not parse cleanly, anything in it shaped like an addr-spec counts, so that an
erase reaches a malformed mail too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from casework import mailpolicy
from casework.autoreply import canonical_sender
from casework.db import dicts, transaction
from casework.mail import header_fields
from casework.mail import header_section as mail_header_section

PERSON_HEADERS = ("from", "reply-to", "sender")
MAX_HEADER_BYTES = 102400  # as listener.max_header_bytes: the section is cut before parsing
MAX_VALUE = 4096  # longer values are not parsed structurally (quadratic parser, gh-136063)
# The local part starts where a run of its characters starts (the lookbehind): otherwise a
# long run with no "@" is scanned again from each of its characters, quadratic in its length.
ADDR_SPEC = (
    r"""(?<![^\s<>()\[\],;:"@\\])[^\s<>()\[\],;:"@\\]+@[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]"""
)
_ADDR_SPEC = re.compile(ADDR_SPEC)
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def address_key(address: str) -> str:
    """The key of an address: lower-cased as a whole, `+tag` dropped, SRS/BATV unwrapped.
    "" for the null reverse-path or something that is not an address."""
    key = canonical_sender(address)
    return key if "@" in key else ""


def header_section(raw: bytes, cap: int = MAX_HEADER_BYTES) -> bytes:
    """The header lines of `raw`, bounded as every reader of headers bounds them
    (`casework.mail.header_section`)."""
    return mail_header_section(raw, cap).head


def header_addresses(raw: bytes, names: Sequence[str] = PERSON_HEADERS) -> set[str]:
    """Keys of the addresses in the named top-level header fields (every occurrence)."""
    section = header_section(raw)
    if not section.strip():
        return set()
    try:
        values = [
            _FOLD.sub("", value)
            for name, value in header_fields(section).fields
            if name.strip().lower() in names
        ]
    except Exception:  # hostile input: fall back to a plain look at the lines
        text = section.decode("utf-8", "replace")
        values = [
            line.split(":", 1)[1]
            for line in _FOLD.sub("", text).splitlines()
            if ":" in line and line.split(":", 1)[0].strip().lower() in names
        ]
    keys: set[str] = set()
    for value in values:
        keys.update(_value_addresses(value))
    return {k for k in (address_key(a) for a in keys) if k}


def _value_addresses(value: str) -> set[str]:
    """The addr-specs of one header value: from the structured parse when it is clean,
    otherwise anything shaped like an addr-spec (an erase must reach malformed mail too)."""
    if len(value) <= MAX_VALUE and value.isascii():
        try:
            header = mailpolicy.parse_addresses(value)
            found = {str(a.addr_spec) for a in header.addresses}
            if found and not header.defects:
                return found
        except Exception:  # AttributeError for "From: . <a@b.c>" on 3.11
            pass
    return set(_ADDR_SPEC.findall(value[:65536]))


def message_keys(mail_from: str, raw: bytes) -> set[str]:
    """Every address key one received mail belongs to: envelope sender and header senders."""
    keys = header_addresses(raw)
    envelope = address_key(mail_from)
    if envelope:
        keys.add(envelope)
    return keys


def index_message(db: sqlite_utils.Database, message_id: int, keys: Iterable[str]) -> None:
    """Record whose mail this is (inside the caller's transaction)."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO message_addresses (address_key, message_id) VALUES (?, ?)",
        [(k, message_id) for k in sorted(set(keys)) if k],
    )


def index_unindexed(db: sqlite_utils.Database) -> int:
    """Index received mail that has no entry yet (stored but not taken in yet, or stored
    before the index existed). Returns how many mails were read."""
    rows = db.execute(
        "SELECT m.id, m.mail_from, substr(m.raw, 1, ?) FROM messages m"
        " WHERE m.direction = 'in' AND m.raw_size > 0 AND NOT EXISTS"
        " (SELECT 1 FROM message_addresses a WHERE a.message_id = m.id)",
        [MAX_HEADER_BYTES + 4],
    ).fetchall()
    if not rows:
        return 0
    with transaction(db):
        for message_id, mail_from, head in rows:
            keys = message_keys(mail_from, bytes(head))
            index_message(db, message_id, keys or {"-"})  # "-": read, and nobody's
    return len(rows)


@dataclass(frozen=True)
class PersonData:
    """Where one person's data sits, by row id."""

    key: str
    case_ids: tuple[int, ...]  # cases of theirs (customer address matches)
    message_ids: tuple[int, ...]  # every mail of theirs: on their cases, or matched elsewhere
    names: tuple[str, ...] = field(default=())  # display names they used (for finding copies)
    # Mail received on their cases from other addresses (a colleague writing in the thread):
    # erased with the case, but not disclosed to them, since it is someone else's.
    others_mail: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.case_ids and not self.message_ids


def find_person(db: sqlite_utils.Database, address: str) -> PersonData:
    """Everything held about the person with this address (see the module's docstring)."""
    key = address_key(address)
    if not key:
        return PersonData("", (), ())
    index_unindexed(db)
    matched = {
        int(r[0])
        for r in db.execute(
            "SELECT message_id FROM message_addresses WHERE address_key = ?", [key]
        ).fetchall()
    }
    matched |= _sent_to(db, key)
    candidates = _chunked_ids(db, "SELECT DISTINCT case_id FROM messages WHERE id IN ({})", matched)
    case_ids: list[int] = []
    for case_id, customer in chunked_rows(
        db, "SELECT id, customer_address FROM cases WHERE id IN ({})", candidates
    ):
        if address_key(customer) == key:
            case_ids.append(int(case_id))
    on_cases = _chunked_ids(db, "SELECT id FROM messages WHERE case_id IN ({})", set(case_ids))
    message_ids = sorted(matched | on_cases)
    others = _chunked_ids(
        db, "SELECT id FROM messages WHERE direction = 'in' AND id IN ({})", on_cases - matched
    )
    names = _chunked_ids_text(
        db, "SELECT DISTINCT from_name FROM messages WHERE id IN ({})", matched
    ) | _chunked_ids_text(db, "SELECT DISTINCT customer_name FROM cases WHERE id IN ({})", case_ids)
    return PersonData(
        key,
        tuple(sorted(case_ids)),
        tuple(message_ids),
        tuple(sorted(n for n in names if n)),
        tuple(sorted(others)),
    )


def _sent_to(db: sqlite_utils.Database, key: str) -> set[int]:
    """Mail the desk sent to the key (its recipients are stored as a JSON list)."""
    local, _, domain = key.partition("@")
    rows = db.execute(
        "SELECT id, rcpt_tos FROM messages WHERE direction = 'out'"
        " AND instr(lower(rcpt_tos), ?) > 0 AND instr(lower(rcpt_tos), ?) > 0",
        [local, "@" + domain],
    ).fetchall()
    return {
        int(r[0]) for r in rows if any(address_key(str(a)) == key for a in json.loads(r[1]) or [])
    }


_CHUNK = 500


def chunked_rows(
    db: sqlite_utils.Database, query: str, ids: Iterable[int]
) -> list[tuple[Any, ...]]:
    values = sorted(ids)
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(values), _CHUNK):
        part = values[start : start + _CHUNK]
        rows += db.execute(query.format(",".join("?" * len(part))), part).fetchall()
    return rows


def chunked_dicts(
    db: sqlite_utils.Database, query: str, ids: Iterable[int]
) -> list[dict[str, Any]]:
    """`query` (with "{}" where the ids go) run over `ids` in chunks, rows as dicts."""
    values = sorted(ids)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(values), _CHUNK):
        part = values[start : start + _CHUNK]
        rows += dicts(db.execute(query.format(",".join("?" * len(part))), part))
    return rows


def _chunked_ids(db: sqlite_utils.Database, query: str, ids: Iterable[int]) -> set[int]:
    return {int(str(r[0])) for r in chunked_rows(db, query, ids) if r[0] is not None}


def _chunked_ids_text(db: sqlite_utils.Database, query: str, ids: Iterable[int]) -> set[str]:
    return {str(r[0]) for r in chunked_rows(db, query, ids) if r[0]}
