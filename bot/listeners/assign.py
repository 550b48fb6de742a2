"""The "Assign…" user picker beside Claim: hand a case to a colleague.

The choice is one compare-and-set in the store (`casework.assignment.assign`), like a claim:
it applies only if the case is still as the picker's message showed it (the message's version
is in the actions block's id), so of two people assigning at once one wins and the other is
told who has the case now. Everyone allowed to claim may assign; the person chosen must be on
the staff list too.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from bot.blocks import ACTION_ASSIGN
from bot.listeners.cases import refresh
from bot.listeners.context import ListenerContext, user_of
from bot.notices import case_not_found, not_assignable, rejected
from casework.assignment import assign
from casework.errors import CaseNotFound, TransitionRejected
from casework.outbox import GiveUp, RetryLater
from casework.store import CaseStore

log = logging.getLogger("bot.listeners")


def picked(body: dict[str, Any]) -> tuple[int, int, str] | None:
    """(case number, the version the message showed, the user chosen) from a picker action."""
    try:
        action = body["actions"][0]
        _, number, _, _, version = str(action["block_id"]).split(":")
        return int(number), int(version), str(action["selected_user"])
    except (KeyError, IndexError, TypeError, ValueError):
        return None


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    async def on_assign(ack: AsyncAck, body: dict[str, Any]) -> None:
        await ack()
        choice = picked(body)
        if choice is None or not await ctx.admit(body):
            return
        number, version, chosen = choice
        user = user_of(body)
        if not await ctx.access.allows(chosen):
            await ctx.tell(body, not_assignable(chosen))
            return
        try:
            case = await ctx.runner.call(assign, number, chosen, user, version, ctx.clock())
        except CaseNotFound:
            await ctx.tell(body, case_not_found(number))
            return
        except TransitionRejected as exc:
            current = await ctx.runner.call(CaseStore.case, number)
            log.info("Slack: %s could not assign %s: %s", user, current.tag, exc)
            await ctx.tell(body, rejected(current.tag, "assign", exc.current_status, exc.assignee))
            await refresh(ctx, current.id, body)
            return
        log.info("Slack: %s assigned %s to %s", user, case.tag, chosen)
        await refresh(ctx, case.id, body)
        try:
            await ctx.publisher.note_transition(case, user, "assign")
        except (RetryLater, GiveUp) as exc:
            log.warning("Slack: no thread note for assigning %s (%s)", case.tag, exc)

    app.action(ACTION_ASSIGN)(on_assign)
