"""The buttons on a case message: Claim, Unclaim, Resolve, Reopen and Show full mail.

A click is one compare-and-set in the store (`CaseStore.transition`); the store refuses a click
that lost a race or no longer applies, and the person is told, only them, who has the case or
what state it is in. After a change the message is re-rendered from the store at once (the
store has also queued a ``slack_update`` row: both render the same state, and the publisher
skips an update identical to the last) and a note in the thread says who did what.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from bot.blocks import (
    ACTION_CLAIM,
    ACTION_REOPEN,
    ACTION_RESOLVE,
    ACTION_SHOW_MAIL,
    ACTION_UNCLAIM,
    jst,
)
from bot.listeners.context import ListenerContext, case_number, user_of
from bot.modals import full_mail_modal
from bot.notices import case_not_found, rejected, try_again
from bot.publisher import CaseSnapshot, snapshot
from casework.errors import CaseNotFound, TransitionRejected
from casework.models import Message
from casework.outbox import GiveUp, RetryLater
from casework.store import CaseStore

log = logging.getLogger("bot.listeners")

TRANSITIONS = {
    ACTION_CLAIM: "claim",
    ACTION_UNCLAIM: "unclaim",
    ACTION_RESOLVE: "resolve",
    ACTION_REOPEN: "reopen",
}
Listener = Callable[..., Awaitable[None]]


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    for action_id, action in TRANSITIONS.items():
        app.action(action_id)(_on_transition(ctx, action))
    app.action(ACTION_SHOW_MAIL)(_on_show_mail(ctx))


def _on_transition(ctx: ListenerContext, action: str) -> Listener:
    async def on_click(ack: AsyncAck, body: dict[str, Any]) -> None:
        await ack()
        await transition(ctx, body, action)

    return on_click


def clicked_message(body: dict[str, Any]) -> tuple[str, str] | None:
    """(channel, ts) of the message whose button was clicked, if it was a message."""
    container = body.get("container") or {}
    if container.get("type") == "message" and container.get("message_ts"):
        return str(container.get("channel_id", "")), str(container["message_ts"])
    return None


async def refresh(ctx: ListenerContext, case_id: int, body: dict[str, Any]) -> None:
    """Re-render the case message now; on failure the queued slack_update row will."""
    try:
        await ctx.publisher.publish(case_id, fallback=clicked_message(body))
    except (RetryLater, GiveUp) as exc:
        log.warning("Slack: could not update case %d now (%s); the outbox will", case_id, exc)


async def transition(ctx: ListenerContext, body: dict[str, Any], action: str) -> None:
    number, user = case_number(body), user_of(body)
    if number is None or not await ctx.admit(body):
        return
    try:
        case = await ctx.runner.call(CaseStore.transition, action, number, user, ctx.clock())
    except CaseNotFound:
        await ctx.tell(body, case_not_found(number))
        return
    except TransitionRejected as exc:
        current = await ctx.runner.call(CaseStore.case, number)
        log.info("Slack: %s could not %s %s: %s", user, action, current.tag, exc)
        await ctx.tell(body, rejected(current.tag, action, exc.current_status, exc.assignee))
        await refresh(ctx, current.id, body)  # the clicked message may have been stale
        return
    log.info("Slack: %s did %s on %s", user, action, case.tag)
    await refresh(ctx, case.id, body)
    try:
        case = await ctx.runner.call(CaseStore.case_by_id, case.id)
        await ctx.publisher.note_transition(case, user, action)
    except (RetryLater, GiveUp) as exc:
        log.warning("Slack: no thread note for %s %s (%s)", action, case.tag, exc)


def mail_summary(first: Message) -> str:
    """One line of facts about a mail for the top of the full-mail modal (escaped later)."""
    sender = f"{first.from_name} <{first.mail_from}>" if first.from_name else first.mail_from
    parts = [
        f"From: {sender or '<>'}",
        f"To: {', '.join(first.rcpt_tos)}",
        f"Received: {jst(first.received_at)}",
        f"{first.raw_size:,} bytes",
    ]
    if first.attachments:
        parts.append(f"{len(first.attachments)} attachment(s)")
    if first.defects:
        parts.append("malformed: " + "; ".join(first.defects)[:300])
    return " · ".join(parts)


def _snapshot_by_number(store: CaseStore, number: int) -> CaseSnapshot:
    return snapshot(store, store.case(number).id)


def _on_show_mail(ctx: ListenerContext) -> Listener:
    async def on_show_mail(ack: AsyncAck, body: dict[str, Any]) -> None:
        await ack()
        number = case_number(body)
        if number is None or not await ctx.admit(body):
            return
        try:
            snap = await ctx.runner.call(_snapshot_by_number, number)
        except CaseNotFound:
            await ctx.tell(body, case_not_found(number))
            return
        first = snap.first
        text = first.body if first else ""
        summary = mail_summary(first) if first else "(no mail stored / メールなし)"
        view = full_mail_modal(snap.case, text, summary)
        try:
            await ctx.client.views_open(trigger_id=body["trigger_id"], view=view)
        except Exception as exc:  # an expired trigger, a refusal or an outage: say so
            log.warning("Slack: could not open the mail of %s (%s)", snap.case.tag, exc)
            await ctx.tell(body, try_again("mail / メール"))

    return on_show_mail
