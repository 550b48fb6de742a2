"""A response-target reminder in a case's thread (queued by casework.sla).

It names the person who claimed the case, or the staff user group (`slack.allowed_usergroup`)
when nobody has, so that the right people are notified once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from bot.blocks import jst, mention, section
from bot.escaping import MESSAGE_TEXT_SAFE, escape_mrkdwn, truncate
from bot.publisher import Publisher
from casework import jobs
from casework.jobs import OutboxRow
from casework.models import Case
from casework.outbox import RetryLater
from casework.store import CaseStore, StoreRunner


def usergroup_mention(group_id: str) -> str:
    """`<!subteam^S…>`: Slack's mention of a user group (only for an id the settings hold)."""
    return f"<!subteam^{group_id}>" if group_id.isalnum() else escape_mrkdwn(group_id)


def reminder_message(
    case: Case, due: datetime, hours: float, assignee: str, usergroup: str
) -> dict[str, Any]:
    """``{"text", "blocks"}`` for the reminder in the case's thread."""
    if assignee:
        who = mention(assignee)
    elif usergroup:
        who = f"{usergroup_mention(usergroup)} (unclaimed / 未担当)"
    else:
        who = "Nobody has claimed it. / 担当者がいません。"
    kind = "personal-information request" if case.pi_request else "case"
    text = (
        f"⏰ *Overdue / 対応期限超過* {who}\n"
        f"{escape_mrkdwn(case.tag)}: no reply within {hours:g} business hours for a {kind}"
        f" (due {jst(due)}). / 営業時間で {hours:g} 時間以内に返信がありません（期限 {jst(due)}）。"
    )
    return {"text": truncate(text, MESSAGE_TEXT_SAFE), "blocks": [section(text)]}


class ReminderPoster:
    def __init__(self, runner: StoreRunner, publisher: Publisher, usergroup: str) -> None:
        self.runner = runner
        self.publisher = publisher
        self.usergroup = usergroup

    def handlers(self) -> dict[str, Callable[[OutboxRow], Awaitable[None]]]:
        return {jobs.SlackReminder.KIND: self.on_reminder}

    async def on_reminder(self, row: OutboxRow) -> None:
        job = row.job_of(jobs.SlackReminder)
        case = await self.runner.call(CaseStore.case_by_id, job.case)
        if not case.slack_ts:
            raise RetryLater(f"{case.tag} is not in Slack yet", after=5.0)
        message = reminder_message(case, job.deadline, job.hours, job.assignee, self.usergroup)
        await self.publisher.post_message(
            channel=case.slack_channel or self.publisher.channel,
            thread_ts=case.slack_ts,
            **message,
        )
