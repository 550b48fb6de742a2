"""The App Home tab, published when someone opens it (``app_home_opened``).

Home lists customers' names, addresses and subjects, so with an allow-list configured it is
shown to the desk's staff only; anyone else sees a short note instead.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.blocks import SHOW_NONE
from bot.home import app_home, home_not_allowed
from bot.listeners.context import ListenerContext
from bot.publisher import SlackRefused, SlackUnavailable, api
from casework.models import CaseStatus
from casework.store import CaseStore

log = logging.getLogger("bot.listeners")

HOME_LIST_MAX = 500  # each list shows its newest cases and counts these; Home holds 100 blocks


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    async def on_home_opened(event: dict[str, Any]) -> None:
        user = str(event.get("user") or "")
        if not user or event.get("tab", "home") != "home":
            return
        if await ctx.access.allows(user):
            claimed = await ctx.runner.call(
                CaseStore.cases, status=CaseStatus.CLAIMED, assignee=user, limit=HOME_LIST_MAX
            )
            unclaimed = await ctx.runner.call(
                CaseStore.cases, status=CaseStatus.OPEN, unassigned=True, limit=HOME_LIST_MAX
            )
            hidden = ctx.settings.slack.show_mail == SHOW_NONE
            view = app_home(claimed, unclaimed, user, hidden=hidden)
        else:
            view = home_not_allowed()
        try:
            await api(ctx.client.views_publish(user_id=user, view=view))
        except (SlackRefused, SlackUnavailable) as exc:
            log.warning("Slack: could not publish the Home tab of %s (%s)", user, exc)

    app.event("app_home_opened")(on_home_opened)
