"""Full-text search of cases: subjects and bodies, Japanese and English.

The index is SQLite FTS5 over the messages table (`messages_fts`, created by the schema's
migrations with sqlite-utils' `enable_fts` and kept current by its triggers). It uses FTS5's
`trigram` tokenizer, which needs no word boundaries: Japanese is written without spaces, so a
word tokenizer would index whole sentences as one token. A trigram index can only find terms of
three characters or more; shorter terms (開示, 氏名, ID) are matched with a LIKE scan instead,
narrowed by the index first when the query also has a longer term.

Every term must occur in one message of the case (its subject or body, mail in or out);
results are newest first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlite_utils

from casework.models import Case

if TYPE_CHECKING:  # the store's migrations create the index with enable_index below
    from casework.store import CaseStore

FTS_TABLE = "messages_fts"
TRIGRAM = 3  # the shortest term the trigram index can look up
LIMIT = 50
SNIPPET_CHARS = 80
_SPACE = re.compile(r"\s+")


def enable_index(db: sqlite_utils.Database) -> None:
    """Create the index over messages' subject and body, with triggers, and fill it."""
    db.table("messages").enable_fts(["subject", "body"], create_triggers=True, tokenize="trigram")
    # The LIKE scan for short terms reads this index instead of the table, so it does not
    # step over each row's raw mail on its way to the body: about three times faster.
    db.execute("CREATE INDEX messages_text ON messages (case_id, subject, body)")


@dataclass(frozen=True)
class Query:
    """A search split into the terms the index can look up and the ones it cannot."""

    indexed: tuple[str, ...]  # three characters or more: FTS5 MATCH
    scanned: tuple[str, ...]  # shorter: LIKE

    @property
    def empty(self) -> bool:
        return not (self.indexed or self.scanned)


def parse_query(words: Sequence[str] | str) -> Query:
    """Terms are separated by white space (ASCII or the full-width space U+3000)."""
    text = words if isinstance(words, str) else " ".join(words)
    terms = list(dict.fromkeys(t for t in _SPACE.split(text.strip()) if t))
    return Query(
        indexed=tuple(t for t in terms if len(t) >= TRIGRAM),
        scanned=tuple(t for t in terms if len(t) < TRIGRAM),
    )


def _phrase(term: str) -> str:
    # FTS5 string syntax: a double-quoted string is one phrase; a quote inside is doubled.
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching_case_ids(db: sqlite_utils.Database, query: Query, *, limit: int = LIMIT) -> list[int]:
    """Ids of the cases with a message (subject or body) containing every term, newest first.

    Messages are read newest first and reading stops once `limit` cases are found, so a common
    term costs no more than a rare one."""
    if query.empty:
        return []
    likes = " AND ".join(
        "(m.subject LIKE ? ESCAPE '\\' OR m.body LIKE ? ESCAPE '\\')" for _ in query.scanned
    )
    scanned: list[object] = [p for t in query.scanned for p in (_like(t), _like(t))]
    if query.indexed:
        match = " AND ".join(_phrase(t) for t in query.indexed)
        sql = (
            f"SELECT m.case_id FROM {FTS_TABLE} f JOIN messages m ON m.id = f.rowid"
            f" WHERE {FTS_TABLE} MATCH ? AND m.case_id IS NOT NULL"
            + (f" AND {likes}" if likes else "")
            + " ORDER BY f.rowid DESC"
        )
        params: list[object] = [match, *scanned]
    else:
        sql = f"SELECT m.case_id FROM messages m WHERE m.case_id IS NOT NULL AND {likes}"
        sql += " ORDER BY m.case_id DESC"  # newest case first, from the covering index
        params = scanned
    found: dict[int, None] = {}
    for (case_id,) in db.execute(sql, params):
        found[int(case_id)] = None
        if len(found) >= limit:
            break
    numbers = db.execute(
        f"SELECT id FROM cases WHERE id IN ({','.join('?' * len(found))}) ORDER BY number DESC",
        list(found),
    )
    return [int(r[0]) for r in numbers]


def snippet(text: str, query: Query, width: int = SNIPPET_CHARS) -> str:
    """A one-line excerpt of `text` around the first term found in it (case-insensitive)."""
    flat = _SPACE.sub(" ", text).strip()
    lowered = flat.lower()
    found = [i for t in (*query.indexed, *query.scanned) if (i := lowered.find(t.lower())) >= 0]
    start = max(0, min(found) - width // 4) if found else 0
    piece = flat[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(flat) else "")


@dataclass(frozen=True)
class SearchHit:
    case: Case
    snippet: str


def search(store: CaseStore, words: Sequence[str] | str, *, limit: int = LIMIT) -> list[SearchHit]:
    """The cases containing every word, newest first, each with an excerpt where one occurs."""
    query = parse_query(words)
    return [
        SearchHit(case := store.case_by_id(case_id), _excerpt(store.db, case, query))
        for case_id in matching_case_ids(store.db, query, limit=limit)
    ]


def _excerpt(db: sqlite_utils.Database, case: Case, query: Query) -> str:
    # Read from the covering index messages_text, never the rows (whose raw mail is large).
    rows = db.execute("SELECT subject, body FROM messages WHERE case_id = ?", [case.id])
    texts = [t for row in rows for t in (row[1], row[0]) if t]
    terms = [t.lower() for t in (*query.indexed, *query.scanned)]
    found = next((t for t in texts if any(term in t.lower() for term in terms)), case.subject)
    return snippet(found, query)
