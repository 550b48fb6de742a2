"""The reply editor as a letter: its starting text and its "Start from…" menu.

The editor opens with the greeting and signature in the customer's language around the
confident FAQ answer (`bot.reply_letters`); choosing one of the case's FAQ answers or a saved
reply from the menu replaces the text with that letter (views.update). The staff member's
display name comes from users.info, looked up once per person.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from bot.listeners.context import ListenerContext, user_of
from bot.modals import reply_modal
from bot.notices import try_again
from bot.publisher import SlackRefused, SlackUnavailable, api
from bot.reply_letters import ACTION_REPLY_TEMPLATE, choice_block, chosen_letter, opening_letter
from casework.correspondents import reply_all_cc
from casework.errors import CaseNotFound
from casework.letters import LetterContext, LetterError
from casework.models import Case
from casework.store import CaseStore, reply_refusal

log = logging.getLogger("bot.listeners")


def reply_all_for(ctx: ListenerContext, case: Case) -> tuple[str, ...]:
    return reply_all_cc(case.reply_addresses, case.cc, ctx.settings.desk.addresses)


async def staff_name(ctx: ListenerContext, user: str) -> str:
    """The display name staff see for `user` (users.info), "" when Slack cannot say."""
    if user in ctx.staff_names:
        return ctx.staff_names[user]
    try:
        found = (await api(ctx.client.users_info(user=user))).get("user") or {}
    except (SlackRefused, SlackUnavailable) as exc:
        log.info("Slack: no display name for %s (%s)", user, exc)
        return ""
    profile = found.get("profile") or {}
    name = str(
        profile.get("display_name") or profile.get("real_name") or found.get("real_name") or ""
    )
    ctx.staff_names[user] = name
    return name


async def letter_context(ctx: ListenerContext, case: Case, user: str) -> LetterContext:
    return LetterContext(case.customer_name, case.tag, await staff_name(ctx, user))


async def editor(
    ctx: ListenerContext,
    case: Case,
    user: str,
    suggestion: str,
    *,
    text: str | None = None,
    version: int = 0,
) -> dict[str, Any]:
    """The reply editor for `user` on `case`, starting from `text` or else from the letter
    around `suggestion`. A template that does not render is logged and the editor starts
    from the bare suggestion: staff can still write."""
    if text is None:
        try:
            text = opening_letter(
                case, suggestion, ctx.letters, await letter_context(ctx, case, user)
            )
        except LetterError as exc:
            log.error("reply templates: %s", exc)
            text = suggestion
    return reply_modal(
        case,
        text,
        desk_address=ctx.settings.desk.address,
        cc=reply_all_for(ctx, case),
        choices=choice_block(case, ctx.faq, ctx.letters),
        version=version,
    )


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    async def on_choose(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        await ack()
        view, user = body.get("view") or {}, user_of(body)
        try:
            meta = json.loads(view.get("private_metadata") or "{}")
            number, version = int(meta["case"]), int(meta.get("v", 0))
            case = await ctx.runner.call(CaseStore.case, number)
        except (CaseNotFound, KeyError, TypeError, ValueError):
            return
        if reply_refusal(case, user) is not None or not await ctx.access.allows(user):
            return  # the editor's own submission says why
        value = str((action.get("selected_option") or {}).get("value") or "")
        try:
            letter = chosen_letter(
                value, case, ctx.faq, ctx.letters, await letter_context(ctx, case, user)
            )
        except LetterError as exc:
            log.error("reply templates: %s", exc)
            letter = None
        if letter is None:
            return
        updated = await editor(ctx, case, user, "", text=letter, version=version + 1)
        try:
            await api(
                ctx.client.views_update(view_id=view.get("id"), hash=view.get("hash"), view=updated)
            )
        except (SlackRefused, SlackUnavailable) as exc:
            log.warning("Slack: could not update the reply editor for %s (%s)", case.tag, exc)
            await ctx.tell(
                body, try_again("reply editor / 返信画面"), channel=ctx.settings.slack.channel
            )

    app.action(ACTION_REPLY_TEMPLATE)(on_choose)
