"""The opening digest in the channel: the cases that came in while the desk was closed.

`opening_message` is a pure builder; `OpeningPoster` is the outbox handler for
``slack_opening_digest`` rows (queued by casework.opening), which links each case to its message
with chat.getPermalink and posts through the publisher, so the channel's pacing and Retry-After
hold for it too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from bot.blocks import (
    PI_LABELS,
    STATUS_LABELS,
    Block,
    context,
    customer_line,
    jst,
    mention,
    section,
)
from bot.escaping import MESSAGE_TEXT_SAFE, clip_mrkdwn, escape_mrkdwn, one_line, truncate
from bot.publisher import Publisher, SlackRefused, api
from casework import jobs
from casework.errors import CaseNotFound
from casework.jobs import OutboxRow
from casework.models import Case
from casework.store import CaseStore, StoreRunner

LISTED_MAX = 40  # one message holds at most 50 blocks; the rest are counted


def opening_message(
    opens: datetime, closed: datetime, cases: Sequence[tuple[Case, str | None]]
) -> dict[str, Any]:
    """``{"text", "blocks"}`` for chat.postMessage: one line per case (a link to its message
    when there is one), personal-information requests first, then oldest first, as given."""
    count = len(cases)
    head = (
        f"☀️ *The desk is open. {count} case(s) came in while it was closed and still wait.*\n"
        f"営業開始です。休業中（{jst(closed)} 以降）に届いた未解決の案件が {count} 件あります。"
    )
    blocks: list[Block] = [section(head, block_id="opening:head")]
    for case, link in cases[:LISTED_MAX]:
        tag = escape_mrkdwn(case.tag)
        title = f"<{link}|{tag}>" if link else tag
        subject = clip_mrkdwn(one_line(case.subject) or "(no subject / 件名なし)", 200)
        badge = f"🔒 {PI_LABELS[case.pi_request]} · " if case.pi_request else ""
        who = f" {mention(case.assignee)}" if case.assignee else ""
        blocks.append(
            section(
                f"{badge}*{title}* {subject}\n{STATUS_LABELS[case.status]}{who}"
                f" · {customer_line(case)} · {jst(case.received_at)}",
                block_id=f"opening:case:{case.number}",
            )
        )
    if count > LISTED_MAX:
        blocks.append(context(f"…and {count - LISTED_MAX} more / ほか {count - LISTED_MAX} 件"))
    text = f"{count} case(s) waiting since the desk closed / 休業中に届いた案件 {count} 件"
    return {"text": truncate(text, MESSAGE_TEXT_SAFE), "blocks": blocks}


def _cases(store: CaseStore, ids: Sequence[int]) -> list[Case]:
    found = []
    for case_id in ids:
        try:
            found.append(store.case_by_id(case_id))
        except CaseNotFound:  # erased since the digest was queued
            continue
    return found


class OpeningPoster:
    def __init__(self, client: AsyncWebClient, runner: StoreRunner, publisher: Publisher) -> None:
        self.client = client
        self.runner = runner
        self.publisher = publisher

    def handlers(self) -> dict[str, Callable[[OutboxRow], Awaitable[None]]]:
        return {jobs.SlackOpeningDigest.KIND: self.on_digest}

    async def permalink(self, case: Case) -> str | None:
        """The link to the case's message; None while it is not in Slack (or Slack lost it).
        An outage raises SlackUnavailable and the row waits, as every post does."""
        if not case.slack_ts:
            return None
        channel = case.slack_channel or self.publisher.channel
        try:
            found = await api(
                self.client.chat_getPermalink(channel=channel, message_ts=case.slack_ts)
            )
        except SlackRefused:
            return None
        link = found.get("permalink")
        return str(link) if link else None

    async def on_digest(self, row: OutboxRow) -> None:
        job = row.job_of(jobs.SlackOpeningDigest)
        cases = await self.runner.call(_cases, job.cases)
        if not cases:
            return
        listed = [(case, await self.permalink(case)) for case in cases[:LISTED_MAX]]
        listed += [(case, None) for case in cases[LISTED_MAX:]]
        payload = opening_message(job.opening, job.closed, listed)
        await self.publisher.post_message(channel=self.publisher.channel, **payload)
