"""``/case 123`` shows a case and ``/case WORDS`` searches cases, to the asker only.

Only the desk's staff may look: a case holds a customer's mail. The answer is the
acknowledgement itself (a store read and, for a case shown, one chat.getPermalink call bounded
well inside Slack's three seconds), so no response_url is used.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from bot.listeners.context import ListenerContext
from bot.lookup import (
    SHOWN_HITS,
    case_number_in,
    not_found,
    search_results,
    shown_case,
    too_long,
    usage,
)
from bot.notices import not_allowed
from bot.publisher import SlackRefused, SlackUnavailable, api, snapshot
from casework.errors import CaseNotFound
from casework.search import QueryTooLong, search
from casework.store import CaseStore

log = logging.getLogger("bot.listeners")

PERMALINK_WAIT = 1.0  # seconds; without the link the case is still shown
WORDS_MAX = 500


def _case_id(store: CaseStore, number: int) -> int:
    return store.case(number).id


async def answer(ctx: ListenerContext, text: str) -> dict[str, Any]:
    """The ephemeral response payload for /case with `text`."""
    text = text.strip()
    if not text:
        return usage()
    number = case_number_in(text)
    if number is None:
        try:
            hits = await ctx.runner.call(search, text[:WORDS_MAX], limit=SHOWN_HITS + 1)
        except QueryTooLong as refused:
            return too_long(str(refused))
        return search_results(text[:WORDS_MAX], hits)
    try:
        case_id = await ctx.runner.call(_case_id, number)
    except CaseNotFound:
        return not_found(number)
    snap = await ctx.runner.call(snapshot, case_id)
    return shown_case(ctx.publisher.render(snap), await _permalink(ctx, snap.case))


async def _permalink(ctx: ListenerContext, case: Any) -> str | None:
    if not case.slack_ts:
        return None
    channel = case.slack_channel or ctx.publisher.channel
    try:
        async with asyncio.timeout(PERMALINK_WAIT):
            found = await api(
                ctx.client.chat_getPermalink(channel=channel, message_ts=case.slack_ts)
            )
    except (SlackRefused, SlackUnavailable, TimeoutError) as exc:
        log.info("Slack: no permalink for case %s (%s)", case.number, exc)
        return None
    link = found.get("permalink")
    return str(link) if link else None


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    async def on_case(ack: AsyncAck, command: dict[str, Any]) -> None:
        if not await ctx.access.allows(str(command.get("user_id") or "")):
            await ack(response_type="ephemeral", **not_allowed())
            return
        await ack(**await answer(ctx, str(command.get("text") or "")))

    app.command("/case")(on_case)
