"""The "Identity confirmed" button on a personal-information request (docs/privacy.md).

The policy acts on disclosure, correction and suspension requests after confirming who is
asking; the button records who confirmed it and when, on the case, for staff allowed to act.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from bot.blocks import ACTION_IDENTITY
from bot.listeners.cases import refresh
from bot.listeners.context import ListenerContext, case_number, user_of
from bot.notices import case_not_found
from casework.errors import CaseNotFound
from casework.privacy import confirm_identity
from casework.store import CaseStore

log = logging.getLogger("bot.listeners")


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    app.action(ACTION_IDENTITY)(_on_identity(ctx))


def _on_identity(ctx: ListenerContext) -> Any:
    async def on_identity(ack: AsyncAck, body: dict[str, Any]) -> None:
        await ack()
        number, user = case_number(body), user_of(body)
        if number is None or not await ctx.admit(body):
            return
        try:
            recorded = await ctx.runner.call(confirm_identity, number, user, ctx.clock())
            case = await ctx.runner.call(CaseStore.case, number)
        except CaseNotFound:
            await ctx.tell(body, case_not_found(number))
            return
        log.info("Slack: %s confirmed identity on %s (%s)", user, case.tag, recorded)
        await refresh(ctx, case.id, body)

    return on_identity
