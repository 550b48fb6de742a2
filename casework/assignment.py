"""Handing a case to a colleague: the "Assign…" picker's one compare-and-set.

Like a claim, an assignment applies only to the case as the person saw it: the Slack message
carries the version it was rendered from (its `updated_at`, in milliseconds), and the store
assigns only if the case has not changed since. Of two people assigning (or one assigning and
one claiming) at once, the first wins and the other is refused with the case's current state.
A resolved case is not assigned; reopen it first.
"""

from __future__ import annotations

from datetime import datetime

from casework import jobs
from casework.db import ts
from casework.errors import TransitionRejected
from casework.models import Case, CaseStatus
from casework.store import CaseStore


def version_of(case: Case) -> int:
    """The version a Slack message shows of a case (bot.blocks.case_actions)."""
    return int(case.updated_at.timestamp() * 1000)


def assign(
    store: CaseStore, number: int, assignee: str, actor: str, seen: int, now: datetime
) -> Case:
    """Make `assignee` the case's assignee (claimed), if it is still at version `seen`."""
    with store.transaction():
        case = store.case(number)
        changed = 0
        if case.status is not CaseStatus.RESOLVED and version_of(case) == seen:
            changed = store.db.execute(
                "UPDATE cases SET status = 'claimed', assignee = ?, updated_at = ?"
                " WHERE id = ? AND updated_at = ? AND status != 'resolved'",
                [assignee, ts(now), case.id, ts(case.updated_at)],
            ).rowcount
        if changed != 1:
            raise TransitionRejected(
                f"case {number} changed since it was shown ({case.status.value})",
                current_status=case.status.value,
                assignee=case.assignee,
            )
        store.add_event(case.id, now, actor, "assigned", f"to {assignee}")
        store.queue_slack(jobs.SlackUpdate(case.id), case.id, now)
        return store.case_by_id(case.id)
