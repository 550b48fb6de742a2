"""Full-text search of cases: subjects and bodies, Japanese and English.

The index is SQLite FTS5 over the messages table (`messages_fts`, created by the schema's
migrations with sqlite-utils' `enable_fts` and kept current by its triggers). It uses FTS5's
`trigram` tokenizer, which needs no word boundaries: Japanese is written without spaces, so a
word tokenizer would index whole sentences as one token. A trigram index can only find terms of
three characters or more. A shorter term (開示, 氏名, ID) is found through the index's own list of
trigrams (an `fts5vocab` table, `messages_fts_terms`): every occurrence of a term of one or two
characters in a text of three or more is inside some trigram of that text, and unless it is in
the text's last two characters that trigram starts with the term, so the trigrams in the range
[term, term + U+10FFFF) name every text that can hold it. The rest (the term in the last two
characters, and texts shorter than three characters, which have no trigrams at all) is found
through expression indexes on each text's last characters. Each candidate is then checked with
LIKE, so the result is exactly what a LIKE scan of every text returns. A query of short terms
alone first reads the newest messages, where a common word is found at once.

Every term must occur in one message of the case (its subject or body, mail in or out);
results are newest first.
"""

from __future__ import annotations

import heapq
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import sqlite_utils

from casework.errors import CaseworkError
from casework.models import Case

if TYPE_CHECKING:  # the store's migrations create the index with enable_index below
    from casework.store import CaseStore

FTS_TABLE = "messages_fts"
TERMS_TABLE = "messages_fts_terms"  # fts5vocab over FTS_TABLE: one row per distinct trigram
TRIGRAM = 3  # the shortest term the trigram index can look up
LIMIT = 50
RECENT = 400  # messages a query of short terms alone first reads, newest first
SNIPPET_CHARS = 80
# A term is a phrase of its trigrams, and FTS5 holds a position list per trigram of the phrase:
# a long term over a text that repeats one trigram costs memory in proportion to both, so a
# search takes at most MAX_TERMS terms of at most MAX_TERM_CHARS characters each.
MAX_TERM_CHARS = 64
MAX_TERMS = 8
_SPACE = re.compile(r"\s+")


def enable_index(db: sqlite_utils.Database) -> None:
    """Create the index over messages' subject and body, with triggers, and fill it."""
    db.table("messages").enable_fts(["subject", "body"], create_triggers=True, tokenize="trigram")
    # Excerpts read this index instead of the table, so they do not
    # step over each row's raw mail on their way to the body: about three times faster.
    db.execute("CREATE INDEX messages_text ON messages (case_id, subject, body)")


def enable_short_terms(db: sqlite_utils.Database) -> None:
    """The trigram list and the text-ending indexes that find terms under three characters.

    COLLATE NOCASE folds ASCII case as LIKE does, so these find what the LIKE check accepts."""
    db.executescript(
        f"""
        CREATE VIRTUAL TABLE {TERMS_TABLE} USING fts5vocab({FTS_TABLE}, 'row');
        CREATE INDEX messages_subject_end2 ON messages (substr(subject, -2) COLLATE NOCASE);
        CREATE INDEX messages_subject_end1 ON messages (substr(subject, -1) COLLATE NOCASE);
        CREATE INDEX messages_subject_pen ON messages (substr(subject, -2, 1) COLLATE NOCASE);
        CREATE INDEX messages_body_end2 ON messages (substr(body, -2) COLLATE NOCASE);
        CREATE INDEX messages_body_end1 ON messages (substr(body, -1) COLLATE NOCASE);
        CREATE INDEX messages_body_pen ON messages (substr(body, -2, 1) COLLATE NOCASE);
        """
    )


class QueryTooLong(CaseworkError):
    """The search asks for more, or longer, words than a search takes."""


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
    if len(terms) > MAX_TERMS or any(len(t) > MAX_TERM_CHARS for t in terms):
        raise QueryTooLong(
            f"a search takes at most {MAX_TERMS} words of at most {MAX_TERM_CHARS} characters"
        )
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


@lru_cache(maxsize=1024)
def _folded(term: str) -> str:
    """The term as the trigram tokenizer stores it (its Unicode case folding), so that the
    range over the trigram list starts where the index keeps this term's trigrams."""
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        conn.execute("INSERT INTO t (x) VALUES (?)", [term + "  "])
        row = conn.execute("SELECT term FROM v WHERE offset = 0").fetchone()
    conn.close()
    return str(row[0])[: len(term)] if row else term.lower()


def _trigrams(db: sqlite_utils.Database, term: str) -> tuple[list[str], int]:
    """The indexed trigrams that start with `term` (one or two characters), and how many
    texts hold them (counted once per trigram: an upper bound)."""
    folded = _folded(term)
    rows = db.execute(
        f"SELECT term, doc FROM {TERMS_TABLE} WHERE term >= ? AND term < ?",
        [folded, folded + "\U0010ffff"],
    ).fetchall()
    return [str(r[0]) for r in rows], sum(int(r[1]) for r in rows)


def _ending_count(db: sqlite_utils.Database, term: str, cap: int = 1000) -> int:
    """How many texts end with `term`, counted in its expression indexes up to `cap` each."""
    return sum(
        int(
            db.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM messages m WHERE {end} LIMIT ?)", [term, cap]
            ).fetchone()[0]
        )
        for end in _endings(term)
    )


def _endings(term: str) -> list[str]:
    """Conditions (each served by one expression index) for a text whose last two characters
    hold `term`; a text shorter than three characters is all last characters."""
    if len(term) == 2:
        return [f"substr(m.{c}, -2) = ? COLLATE NOCASE" for c in ("subject", "body")]
    return [
        f"substr(m.{c}, {at}) = ? COLLATE NOCASE"
        for c in ("subject", "body")
        for at in ("-1", "-2, 1")
    ]


def matching_case_ids(
    db: sqlite_utils.Database, query: Query, *, limit: int = LIMIT, recent: int = RECENT
) -> list[int]:
    """Ids of the cases with a message (subject or body) containing every term, newest first.

    Messages are read newest first and reading stops once `limit` cases are found, so a common
    term costs no more than a rare one. Several reads, each newest first and each checking
    every term, merged: the messages where the index holds every term (short ones through
    their trigrams), and for each short term the messages whose texts end with it (or only
    the reads of the rarest short term, when that is less to read)."""
    if query.empty:
        return []
    likes = "".join(
        " AND (m.subject LIKE ? ESCAPE '\\' OR m.body LIKE ? ESCAPE '\\')" for _ in query.scanned
    )
    scanned: list[object] = [p for t in query.scanned for p in (_like(t), _like(t))]
    if not query.indexed:
        # A common short word is in `limit` of the newest messages: finding it there costs a
        # read of those few rows, where its trigrams' lists of texts can be long. The newest
        # messages are read in the order the merge below reads them, so the cases found are
        # the same ones.
        newest = db.execute(
            "SELECT m.id, m.case_id FROM (SELECT id FROM messages ORDER BY id DESC LIMIT ?) r"
            f" JOIN messages m ON m.id = r.id WHERE m.case_id IS NOT NULL{likes}"
            " ORDER BY m.id DESC",
            [recent, *scanned],
        )
        found = _first_cases(newest, limit)
        if len(found) >= limit:
            return _by_number(db, found)
    long_match = " AND ".join(_phrase(t) for t in query.indexed)
    groups: dict[str, str] = {}
    held: dict[str, int] = {}  # texts with the term's trigrams, at most
    ending: dict[str, int] = {}  # texts ending with the term, about
    for term in query.scanned:
        trigrams, held[term] = _trigrams(db, term)
        ending[term] = _ending_count(db, term)
        if not trigrams and not ending[term]:
            return []  # the term is in no text at all
        groups[term] = "(" + " OR ".join(_phrase(t) for t in trigrams) + ")" if trigrams else ""
    # Every match is either in the index under all its terms, or holds some short term only in
    # a text's last two characters: read those texts for every short term. When one short
    # term is in few texts and another ends many, reading only where the rare one is (by its
    # trigrams or its ending) covers every match too and reads far less.
    driver = min(query.scanned, key=lambda t: held[t] + ending[t], default="")
    if len(query.scanned) > 1 and held[driver] + ending[driver] < sum(ending.values()):
        groups = {driver: groups[driver]}
    ends = list(groups)
    reads: list[Iterable[tuple[int, int]]] = []
    if all(groups.values()):
        reads.append(
            db.execute(
                f"SELECT f.rowid, m.case_id FROM {FTS_TABLE} f JOIN messages m ON m.id = f.rowid"
                f" WHERE {FTS_TABLE} MATCH ? AND m.case_id IS NOT NULL{likes}"
                " ORDER BY f.rowid DESC",
                [" AND ".join(p for p in (long_match, *groups.values()) if p), *scanned],
            )
        )
    # FTS5 looks a MATCH up for the one rowid given (https://www.sqlite.org/fts5.html).
    indexed = f" AND EXISTS (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? AND rowid = m.id)"
    for term in ends:
        for end in _endings(term):
            # Equal on an expression index, then rowid: read newest first with no sort.
            reads.append(
                db.execute(
                    f"SELECT m.id, m.case_id FROM messages m WHERE {end}"
                    f" AND m.case_id IS NOT NULL{likes}{indexed if long_match else ''}"
                    " ORDER BY m.id DESC",
                    [term, *scanned, *([long_match] if long_match else [])],
                )
            )
    merged = heapq.merge(*reads, key=lambda row: row[0], reverse=True)
    return _by_number(db, _first_cases(merged, limit))


def _first_cases(rows: Iterable[tuple[int, int]], limit: int) -> list[int]:
    """The first `limit` cases of (message id, case id) rows, a message read twice once."""
    found: dict[int, None] = {}
    previous = None
    for message_id, case_id in rows:
        if message_id == previous:
            continue  # the same message through two reads
        previous = message_id
        found[int(case_id)] = None
        if len(found) >= limit:
            break
    return list(found)


def _by_number(db: sqlite_utils.Database, case_ids: list[int]) -> list[int]:
    numbers = db.execute(
        f"SELECT id FROM cases WHERE id IN ({','.join('?' * len(case_ids))}) ORDER BY number DESC",
        case_ids,
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
