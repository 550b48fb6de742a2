"""Where each case stands in Slack: its channel message and the slack_post rows waiting.

The queries the Slack edge and the start-up need about the channel, kept beside the store
rather than in it, so that `CaseStore` stays about cases and mail. Each function takes the
store first, so that it runs on the store's thread as `runner.call(slackposts.f, ...)`.
"""

from __future__ import annotations

from datetime import datetime

from casework import jobs
from casework.db import parse_ts
from casework.store import CaseStore

# A slack_post row for a case that is waiting or running; {case} is the case id expression.
_POST_WAITING = (
    f"SELECT 1 FROM outbox o WHERE o.kind = '{jobs.SlackPost.KIND}' AND o.case_id = {{case}}"
    " AND o.state IN ('pending', 'running') LIMIT 1"
)


def queue_unposted(store: CaseStore, now: datetime) -> int:
    """Queue a slack_post for every unresolved case that is not in Slack and not waiting to
    be: the cases of a mail-only period, or whose post was parked. Oldest first."""
    with store.transaction():
        rows = store.db.execute(
            "SELECT id FROM cases c WHERE slack_ts IS NULL AND status != 'resolved'"
            f" AND NOT EXISTS ({_POST_WAITING.format(case='c.id')}) ORDER BY id"
        ).fetchall()
        for (case_id,) in rows:
            store.queue_slack(jobs.SlackPost(case_id), case_id, now)
    return len(rows)


def post_waiting(store: CaseStore, case_id: int) -> bool:
    """True while a slack_post row for the case is waiting or running."""
    query = _POST_WAITING.format(case="?")
    return store.db.execute(query, [case_id]).fetchone() is not None


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
