"""Where each case stands in Slack: its channel message and the slack_post rows waiting.

The queries the Slack edge and the start-up need about the channel, kept beside the store
rather than in it, so that `CaseStore` stays about cases and mail. Each function takes the
store first, so that it runs on the store's thread as `runner.call(slackposts.f, ...)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from casework import jobs, outbox
from casework.db import parse_ts, ts
from casework.priority import BULK
from casework.store import CaseStore

# A slack_post row for a case that is waiting or running; {case} is the case id expression.
_POST_WAITING = (
    f"SELECT 1 FROM outbox o WHERE o.kind = '{jobs.SlackPost.KIND}' AND o.case_id = {{case}}"
    " AND o.state IN ('pending', 'running') LIMIT 1"
)


def queue_unposted(store: CaseStore, now: datetime) -> int:
    """Queue a slack_post for every unresolved case that is not in Slack and not waiting to
    be: the cases of a mail-only period, or whose post was parked. Oldest first. (A case in a
    flood digest is in the channel through the digest.)"""
    with store.transaction():
        rows = store.db.execute(
            "SELECT id FROM cases c WHERE slack_ts IS NULL AND digest_id IS NULL"
            " AND status != 'resolved'"
            f" AND NOT EXISTS ({_POST_WAITING.format(case='c.id')}) ORDER BY id"
        ).fetchall()
        for (case_id,) in rows:
            store.queue_slack(jobs.SlackPost(case_id), case_id, now)
    return len(rows)


def post_waiting(store: CaseStore, case_id: int) -> bool:
    """True while a slack_post row for the case is waiting or running."""
    query = _POST_WAITING.format(case="?")
    return store.db.execute(query, [case_id]).fetchone() is not None


# A case whose acknowledgement is queued is posted once the acknowledgement has gone
# (`release_post`), or after this many seconds, whichever comes first: the post then shows the
# acknowledgement sent, where a post before it needed a chat.update for it (a second Slack call,
# outbox row and read for nearly every case). The acknowledgement goes out of business hours
# by default; a relay that refuses it releases the post at once (the acknowledgement's retry or
# failure is shown by an update), and one that is slow to answer holds the post no longer than
# this.
POST_AFTER_ACK = 2.0


def release_post(store: CaseStore, case_id: int, now: datetime) -> bool:
    """Make the case's slack_post row that has not started due now (its acknowledgement has
    gone: `POST_AFTER_ACK`); True when there was one, so that the post, not yet read, will
    show the case as it is now and no update is needed for this change. Call inside the
    caller's transaction."""
    cursor = store.db.execute(
        "UPDATE outbox SET next_attempt_at = MIN(next_attempt_at, ?)"
        " WHERE kind = ? AND case_id = ? AND state = 'pending'",
        [ts(now), jobs.SlackPost.KIND, case_id],
    )
    return cursor.rowcount > 0


def update_needed(store: CaseStore, case_id: int) -> bool:
    """Whether an update of the case's message has anything to do, in one query: not while
    its post is waiting or running (the post shows the state it finds), nor when the case is
    shown through a flood digest; yes when it is in the channel or its post was given up."""
    row = store.db.execute(
        "SELECT slack_ts IS NOT NULL, digest_id IS NOT NULL,"
        f" EXISTS ({_POST_WAITING.format(case='?')}) FROM cases WHERE id = ?",
        [case_id, case_id],
    ).fetchone()
    if row is None:
        return True  # the handler reads the case and says it is gone
    posted, digested, waiting = row
    return bool(posted) or not (digested or waiting)


def unposted_before(store: CaseStore, row_id: int) -> list[int]:
    """Cases whose slack_post rows are older than `row_id`, retrying after an outage, and
    not posted, oldest first. (Rows never tried wait their turn in priority order.)"""
    rows = store.db.execute(
        "SELECT o.case_id FROM outbox o JOIN cases c ON c.id = o.case_id"
        " WHERE o.kind = ? AND o.state = 'pending' AND attempts > 0 AND o.id < ?"
        " AND c.slack_ts IS NULL ORDER BY o.id",
        [jobs.SlackPost.KIND, row_id],
    ).fetchall()
    return list(dict.fromkeys(int(r[0]) for r in rows))


def waiting_posts(store: CaseStore, now: datetime, urgent: int) -> tuple[int, float]:
    """Posts waiting, and the age in seconds of the oldest one of priority `urgent` or more
    urgent (0.0 when none waits), for /metrics."""
    count = store.db.execute(
        "SELECT COUNT(*) FROM outbox WHERE kind = ? AND state = 'pending'", [jobs.SlackPost.KIND]
    ).fetchone()[0]
    oldest = store.db.execute(
        "SELECT MIN(created_at) FROM outbox WHERE kind = ? AND state = 'pending' AND priority <= ?",
        [jobs.SlackPost.KIND, urgent],
    ).fetchone()[0]
    age = (now - parse_ts(oldest)).total_seconds() if oldest else 0.0
    return int(count), age


def set_post(store: CaseStore, case_id: int, channel: str, message_ts: str) -> None:
    """Record where the case's message is in Slack (chat.postMessage's channel and ts)."""
    store.db.execute(
        "UPDATE cases SET slack_channel = ?, slack_ts = ? WHERE id = ?",
        [channel, message_ts, case_id],
    )


# --- the flood digest ---------------------------------------------------------------------
# Bulk mail (casework.priority) from one sender domain is shown as one channel message that
# is kept up to date, instead of a message per mail: a flood of 10,000 would otherwise hold
# the channel for three hours at Slack's pace. Each case in it records the digest's id, so
# `inquiry-desk cases` and the store still hold every one of them.

DIGEST_WINDOW = timedelta(hours=1)  # a digest quiet for this long is closed; the next opens anew
DIGEST_BATCH = 500  # waiting bulk posts gathered into digests per turn
DIGEST_SHOWN = 10  # case tags a digest message names


@dataclass(frozen=True)
class Digest:
    id: int
    key: str  # the sender domain
    subject: str  # the first mail's subject
    count: int
    channel: str | None
    ts: str | None
    recent: tuple[str, ...]  # the newest cases' tags, newest first


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower() or "(no sender)"


@dataclass(frozen=True)
class BulkTurn:
    joined: bool  # the row's own case is in a digest (else it is posted on its own)
    digests: tuple[int, ...]  # digests that changed, the row's own first


def take_bulk(store: CaseStore, row_id: int, case_id: int, now: datetime) -> BulkTurn | None:
    """For a bulk slack_post row: gather it, and the bulk posts waiting behind it, into
    digests by sender domain (a domain with one waiting mail and no open digest keeps its own
    post). None when the row is not bulk. The other rows gathered are finished here, in this
    commit; `row_id` is left to its worker."""
    with store.transaction():
        row = store.db.execute("SELECT priority FROM outbox WHERE id = ?", [row_id]).fetchone()
        if row is None or row[0] != BULK:
            return None
        own = store.db.execute("SELECT digest_id FROM cases WHERE id = ?", [case_id]).fetchone()
        if own is not None and own[0] is not None:
            return BulkTurn(True, (int(own[0]),))  # a re-run after a crash: show it again
        waiting = store.db.execute(
            "SELECT o.id, o.case_id FROM outbox o WHERE o.kind = ? AND o.state = 'pending'"
            " AND o.priority = ? AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?",
            [jobs.SlackPost.KIND, BULK, ts(now), DIGEST_BATCH],
        ).fetchall()
        rows = [(row_id, case_id), *((int(r), int(c)) for r, c in waiting if c is not None)]
        cases = {
            int(c): (str(a), str(s))
            for c, a, s in store.db.execute(
                "SELECT id, customer_address, subject FROM cases WHERE id IN"
                f" ({','.join('?' * len(rows))})",
                [c for _, c in rows],
            ).fetchall()
        }
        groups: dict[str, list[tuple[int, int]]] = {}
        for r, c in rows:
            if c in cases:
                groups.setdefault(_domain(cases[c][0]), []).append((r, c))
        shown: list[int] = []
        for key, members in groups.items():
            digest = _open_digest(store, key, now)
            if digest is None and len(members) < 2:
                continue  # one mail from this domain: it keeps its own post
            if digest is None:
                digest = _new_digest(store, key, cases[members[0][1]][1], now)
            _join(store, digest, [c for _, c in members], now)
            outbox.finish_many(store.db, [r for r, _ in members if r != row_id], now)
            if (row_id, case_id) in members:
                shown.insert(0, digest)
            else:
                shown.append(digest)
        return BulkTurn(digest_of(store, case_id) is not None, tuple(shown))


def post_turn(
    store: CaseStore, row_id: int, case_id: int, now: datetime
) -> tuple[BulkTurn | None, list[int]]:
    """What a slack_post row does, read in one store call: its bulk turn (`take_bulk`), and
    unless its case went into a digest, the older cases to post before it
    (`unposted_before`). A row that is not bulk opens no write transaction."""
    row = store.db.execute("SELECT priority FROM outbox WHERE id = ?", [row_id]).fetchone()
    turn = take_bulk(store, row_id, case_id, now) if row is not None and row[0] == BULK else None
    if turn is not None and turn.joined:
        return turn, []
    return turn, unposted_before(store, row_id)


def _open_digest(store: CaseStore, key: str, now: datetime) -> int | None:
    row = store.db.execute(
        "SELECT id FROM slack_digests WHERE key = ? AND updated_at >= ? ORDER BY id DESC LIMIT 1",
        [key, ts(now - DIGEST_WINDOW)],
    ).fetchone()
    return int(row[0]) if row else None


def _new_digest(store: CaseStore, key: str, subject: str, now: datetime) -> int:
    cursor = store.db.execute(
        "INSERT INTO slack_digests (key, subject, count, opened_at, updated_at)"
        " VALUES (?, ?, 0, ?, ?)",
        [key, subject, ts(now), ts(now)],
    )
    return int(cursor.lastrowid or 0)


def _join(store: CaseStore, digest: int, case_ids: list[int], now: datetime) -> None:
    store.db.conn.executemany(
        "UPDATE cases SET digest_id = ? WHERE id = ?", [(digest, c) for c in case_ids]
    )
    store.db.execute(
        "UPDATE slack_digests SET count = count + ?, updated_at = ? WHERE id = ?",
        [len(case_ids), ts(now), digest],
    )


def digest(store: CaseStore, digest_id: int) -> Digest:
    """A digest as its message shows it."""
    row = store.db.execute(
        "SELECT id, key, subject, count, channel, ts FROM slack_digests WHERE id = ?",
        [digest_id],
    ).fetchone()
    recent = store.db.execute(
        "SELECT number FROM cases WHERE digest_id = ? ORDER BY id DESC LIMIT ?",
        [digest_id, DIGEST_SHOWN],
    ).fetchall()
    tags = tuple(store.tag(int(n)) for (n,) in recent)
    return Digest(int(row[0]), row[1], row[2], int(row[3]), row[4], row[5], tags)


def set_digest_post(store: CaseStore, digest_id: int, channel: str, message_ts: str) -> None:
    store.db.execute(
        "UPDATE slack_digests SET channel = ?, ts = ? WHERE id = ?",
        [channel, message_ts, digest_id],
    )


def digest_of(store: CaseStore, case_id: int) -> int | None:
    """The digest that stands for the case in the channel, if any."""
    row = store.db.execute("SELECT digest_id FROM cases WHERE id = ?", [case_id]).fetchone()
    return int(row[0]) if row and row[0] is not None else None
