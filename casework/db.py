"""The database file: opening it, its transactions, the stored form of a time, rows as dicts.

Everything that talks to SQLite directly lives in the store (`store.py`, `outbox.py`,
`search.py`, the migrations); they share these few helpers, so that there is one place that
says how a connection is set up, what a transaction is, and how a time is written.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from casework.datadir import private_database
from casework.errors import DatabaseUnusable
from casework.migrations import migrate

TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

_savepoints = itertools.count(1)


def ts(moment: datetime) -> str:
    """The stored form of a time: UTC, fixed width, so that text order is time order."""
    return moment.astimezone(UTC).strftime(TS_FORMAT)


def parse_ts(text: str) -> datetime:
    """A stored time back as an aware UTC datetime."""
    # fromisoformat reads the stored form about five times faster than strptime (every row
    # read has a few of these); it also reads other forms, so it is given only text of the
    # stored shape, and strptime reads (or refuses) anything else as before.
    if len(text) == 27 and text[10] == "T" and text[19] == "." and text[26] == "Z":
        return datetime.fromisoformat(text[:26]).replace(tzinfo=UTC)
    return datetime.strptime(text, TS_FORMAT).replace(tzinfo=UTC)


def open_database(path: Path | None, *, busy_timeout: float = 30.0) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database. None gives an in-memory one.

    `busy_timeout`: how long a write waits for a lock held by another process (a backup, an
    administrator's sqlite3 shell) before it fails; the listener then answers 451."""
    if path is not None:
        private_database(path)  # 0600 in a 0700 directory, before SQLite creates -wal/-shm
    try:
        conn = sqlite3.connect(
            ":memory:" if path is None else str(path),
            check_same_thread=False,  # used from the store's one thread, opened elsewhere
            isolation_level=None,  # transactions are ours (`transaction`), never implicit
            timeout=busy_timeout,
        )
    except sqlite3.Error as exc:
        raise DatabaseUnusable(f"{path}: cannot open the database ({exc})") from exc
    try:
        return _prepared(conn)
    except sqlite3.DatabaseError as exc:  # SQLite reads the file only now: say which file
        conn.close()
        raise DatabaseUnusable(f"{path}: cannot use it as the desk's database ({exc})") from exc


def _prepared(conn: sqlite3.Connection) -> sqlite_utils.Database:
    # WAL lets the CLI and health checks read while the desk writes.
    conn.execute("PRAGMA journal_mode = WAL")
    # "250 means stored": with synchronous=FULL every commit fsyncs the WAL before returning.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted and overwritten content is zeroed, not left in free space: an erase must leave
    # no bytes behind (docs/privacy.md). Some builds default to on, some do not: say so.
    conn.execute("PRAGMA secure_delete = ON")
    db = sqlite_utils.Database(conn)
    migrate(db)
    return db


class CommitCounter:
    """Counts committed transactions (each one an fsync with synchronous=FULL), as
    `transaction` ends them. Shown in /metrics: commits per case are what bound the drain rate
    on a real disk. Not a trace callback on the connection: SQLite calls one while holding the
    connection's mutex, and it needs the GIL, so a second thread touching the connection would
    deadlock with it."""

    def __init__(self) -> None:
        self.total = 0


COMMITS = CommitCounter()  # one process, one database file


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One atomic unit; nested units are savepoints, as in sqlite-utils' `Database.atomic()`.

    A step that is atomic on its own (a transition) can so be one part of a larger unit
    (intake): when the step fails and the caller carries on, only the step's writes are undone.
    The outermost unit begins IMMEDIATE, taking the write lock at once, so that two writers
    never both read and then deadlock upgrading to write (SQLITE_BUSY mid-transaction)."""
    conn = db.conn
    if conn.in_transaction:
        name = f"step_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # A fault that already ended the whole transaction leaves no savepoint to undo.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    changes = conn.total_changes
    try:
        yield
        conn.execute("COMMIT")
        # Counted when it wrote: a commit of no change (a claim that found nothing) writes
        # nothing to the WAL and syncs nothing.
        COMMITS.total += conn.total_changes != changes
    except BaseException:
        if conn.in_transaction:  # also when COMMIT itself failed (disk full)
            conn.execute("ROLLBACK")
        raise


def dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """The cursor's rows as dicts keyed by column name."""
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def first_dict(cursor: sqlite3.Cursor) -> dict[str, Any] | None:
    """The cursor's first row as a dict, or None."""
    rows = dicts(cursor)
    return rows[0] if rows else None
