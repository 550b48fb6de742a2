"""casework.db: transactions nest as savepoints; stored times keep their order and zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlite_utils

from casework.db import COMMITS, TS_FORMAT, dicts, open_database, parse_ts, transaction, ts


@pytest.fixture
def db() -> sqlite_utils.Database:
    database = open_database(None)
    database.execute("CREATE TABLE t (x INTEGER)")
    return database


def values(db: sqlite_utils.Database) -> list[int]:
    return [r["x"] for r in dicts(db.execute("SELECT x FROM t ORDER BY rowid"))]


def test_a_failed_inner_unit_undoes_only_its_own_writes(db: sqlite_utils.Database) -> None:
    with transaction(db):
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError), transaction(db):
            db.execute("INSERT INTO t VALUES (2)")
            raise ValueError("the step failed; the caller carries on")
        db.execute("INSERT INTO t VALUES (3)")
    assert values(db) == [1, 3]
    assert not db.conn.in_transaction


def test_a_failed_outer_unit_undoes_the_inner_ones_too(db: sqlite_utils.Database) -> None:
    with pytest.raises(RuntimeError), transaction(db):
        with transaction(db):
            db.execute("INSERT INTO t VALUES (4)")
        with transaction(db), transaction(db):
            db.execute("INSERT INTO t VALUES (5)")
        raise RuntimeError("the whole unit failed")
    assert values(db) == []
    assert not db.conn.in_transaction


def test_stored_times_are_utc_and_sort_as_text() -> None:
    tokyo = timezone(timedelta(hours=9))
    earlier = datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=tokyo)
    later = datetime(2026, 12, 31, 15, 0, 0, 0, tzinfo=UTC)
    assert ts(earlier) == "2026-12-31T14:59:59.999999Z"
    assert ts(earlier) < ts(later)
    assert parse_ts(ts(earlier)) == earlier
    assert parse_ts(ts(earlier)).tzinfo is UTC


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 1, 1, 0, 0, 0, 0, tzinfo=UTC),
        datetime(2026, 12, 3, 13, 49, 55, 33062, tzinfo=timezone(timedelta(hours=9))),
        datetime(1999, 2, 28, 23, 59, 59, 1, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_a_stored_time_reads_back_as_strptime_reads_it(moment: datetime) -> None:
    stored = ts(moment)
    assert parse_ts(stored) == datetime.strptime(stored, TS_FORMAT).replace(tzinfo=UTC)
    assert parse_ts(stored) == moment


@pytest.mark.parametrize(
    "text",
    ["2026-12-03T04:49:55.033062", "2026-12-03T04:49:55+00:00Z", "2026-12-03 04:49:55.033062Z"],
)
def test_a_time_not_in_the_stored_form_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_ts(text)


def test_commits_are_counted_when_they_wrote(db: sqlite_utils.Database) -> None:
    """The commit count (in /metrics) counts commits that synced something: a transaction that
    changed no row (a claim that found nothing due) writes nothing to the WAL."""
    before = COMMITS.total
    with transaction(db):
        db.execute("UPDATE t SET x = 1 WHERE x = 99")  # no such row
    assert COMMITS.total == before
    with transaction(db):
        db.execute("INSERT INTO t VALUES (7)")
        with transaction(db):  # a savepoint inside is no commit of its own
            db.execute("INSERT INTO t VALUES (8)")
    assert COMMITS.total == before + 1
