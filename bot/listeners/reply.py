"""Replying to the customer: Reply button → editor → preview → Send → the outbox.

Only the person who has claimed a case may reply on it (`casework.store.reply_refusal`): the
claim is what keeps two people from answering one customer at once, and a colleague who takes
over presses Unclaim, then Claim. The store checks the rule when the editor opens and again in
the transaction that queues the reply at Send; this module only phrases its refusal.

The editor is pre-filled with a letter in the customer's language (greeting and signature,
`bot.listeners.saved_replies`) around the matched FAQ answer when the case had a confident
match, and offers the case's FAQ answers and the saved replies to start from instead.
Submitting it pushes a preview of exactly the text to be mailed; only
the preview's Send queues it (`CaseStore.queue_reply`), and the body queued is the one whose
digest the preview carries, so nothing is mailed that was not shown.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from bot.blocks import ACTION_REPLY
from bot.escaping import utf16_len
from bot.listeners.context import ListenerContext, case_number, user_of
from bot.listeners.saved_replies import editor, reply_all_for
from bot.modals import (
    CALLBACK_REPLY_SEND,
    CALLBACK_REPLY_SUBMIT,
    REPLY_MAX,
    body_digest,
    read_reply_cc,
    read_reply_metadata,
    reply_input,
    reply_preview_modal,
    wants_reply_all,
)
from bot.notices import (
    case_not_found,
    draft_lost,
    reply_problem,
    reply_queued,
    reply_refusal_text,
    try_again,
)
from casework.errors import CaseNotFound, TransitionRejected
from casework.faq import Faq
from casework.models import Case
from casework.store import CaseStore, reply_refusal

log = logging.getLogger("bot.listeners")

EMPTY_ERROR = "Write the reply first. / 返信内容を入力してください。"
TOO_LONG_ERROR = f"At most {REPLY_MAX:,} characters. / {REPLY_MAX:,} 文字以内で入力してください。"


def validate_reply(text: str) -> str | None:
    """The error to show on the editor's input block, or None when the text can be sent."""
    if not text.strip():
        return EMPTY_ERROR
    if len(text) > REPLY_MAX or utf16_len(text) > REPLY_MAX:
        return TOO_LONG_ERROR
    return None


def suggested_answer(case: Case, faq: Faq) -> str:
    """The best FAQ answer in the case's language when the match was confident, else ""."""
    if not case.answered or not case.faq_hits:
        return ""
    entry = faq.get(case.faq_hits[0].id)
    return entry.answer_in(case.language) if entry else ""


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    async def on_reply(ack: AsyncAck, body: dict[str, Any]) -> None:
        await ack()
        number, user = case_number(body), user_of(body)
        if number is None or not await ctx.admit(body):
            return
        try:
            case = await ctx.runner.call(CaseStore.case, number)
        except CaseNotFound:
            await ctx.tell(body, case_not_found(number))
            return
        refusal = reply_refusal(case, user)
        if refusal is not None:
            await ctx.tell(body, reply_problem(reply_refusal_text(case, refusal)))
            return
        view = await editor(ctx, case, user, suggested_answer(case, ctx.faq))
        try:
            await ctx.client.views_open(trigger_id=body["trigger_id"], view=view)
        except Exception as exc:  # an expired trigger, a refusal or an outage: say so
            log.warning("Slack: could not open the reply editor for %s (%s)", case.tag, exc)
            await ctx.tell(body, try_again("reply editor / 返信画面"))

    async def on_editor_submit(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        # The answer to this submission is the acknowledgement itself (errors, or the preview
        # pushed on top), so it is worked out first: a JSON parse and one indexed read.
        values = view.get("state", {}).get("values", {})
        block_id, text = reply_input(values)
        error = validate_reply(text)
        if error is not None:
            await ack(response_action="errors", errors={block_id: error})
            return
        try:
            number = int(json.loads(view.get("private_metadata") or "{}")["case"])
            case = await ctx.runner.call(CaseStore.case, number)
        except (CaseNotFound, KeyError, TypeError, ValueError):
            await ack(response_action="errors", errors={block_id: "No such case. / 案件なし"})
            return
        cc = reply_all_for(ctx, case) if wants_reply_all(values) else ()
        preview = reply_preview_modal(case, text, desk_address=ctx.settings.desk.address, cc=cc)
        if "body" not in json.loads(preview["private_metadata"]):
            ctx.drafts.keep(user_of(body), body_digest(text), number, text)
        await ack(response_action="push", view=preview)

    async def on_send(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        await ack(response_action="clear")
        await send(ctx, body, view)

    app.action(ACTION_REPLY)(on_reply)
    app.view(CALLBACK_REPLY_SUBMIT)(on_editor_submit)
    app.view(CALLBACK_REPLY_SEND)(on_send)


async def send(ctx: ListenerContext, body: dict[str, Any], view: dict[str, Any]) -> None:
    """The preview's Send: queue exactly the previewed body, then tell the user."""
    user = user_of(body)
    try:
        number, digest, text = read_reply_metadata(view.get("private_metadata") or "")
        cc = read_reply_cc(view.get("private_metadata") or "")
    except (KeyError, TypeError, ValueError) as exc:
        log.warning("Slack: a reply preview from %s carried bad metadata (%s)", user, exc)
        return
    view_id = str(view.get("id") or "")
    if view_id and not ctx.drafts.first_send(view_id):
        log.warning("Slack: reply preview %s from %s was sent already; not again", view_id, user)
        return
    channel = ctx.settings.slack.channel
    if text is None:
        text = ctx.drafts.take(user, digest, number)
        if text is None:
            await ctx.tell(body, draft_lost(number), channel=channel)
            return
    if not await ctx.admit(body | {"channel": {"id": channel}}):
        return
    message_id = ctx.message_ids.new()
    try:
        await ctx.runner.call(
            CaseStore.queue_reply, number, user, text, ctx.clock(), message_id=message_id, cc=cc
        )
        case = await ctx.runner.call(CaseStore.case, number)
    except CaseNotFound:
        await ctx.tell(body, case_not_found(number), channel=channel)
        return
    except TransitionRejected as exc:
        case = await ctx.runner.call(CaseStore.case, number)
        problem = reply_refusal_text(case, exc.reason)
        await ctx.tell(body, reply_problem(problem), channel=case.slack_channel or channel)
        return
    where = case.slack_channel or channel
    log.info("Slack: %s queued a reply on %s (%s)", user, case.tag, message_id)
    ctx.notify()
    await ctx.tell(body, reply_queued(case), channel=where)
