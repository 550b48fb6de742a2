"""What every listener is handed (`ListenerContext`) and how it reads a Slack request.

Kept apart from the package's `register()`, which imports every listener module: the
listener modules import this one, and this one imports none of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from slack_sdk.web.async_client import AsyncWebClient

from bot.access import Access
from bot.listeners.drafts import Drafts
from bot.modals import notice_modal
from bot.notices import not_allowed
from bot.publisher import Publisher, SlackRefused, SlackUnavailable, api
from casework.faq import Faq
from casework.letters import Letters, replies_dir
from casework.matching import FaqMatcher
from casework.settings import Settings
from casework.store import StoreRunner


class MessageIds(Protocol):
    """Where a staff reply's Message-ID comes from: the mail side makes it (RFC 5322
    §3.6.4), and the wiring hands it to the Slack side, which never imports the mail side."""

    def new(self) -> str: ...


log = logging.getLogger("bot.listeners")


@dataclass
class ListenerContext:
    """What the listeners need, built once by `bot.runtime`."""

    settings: Settings
    runner: StoreRunner
    client: AsyncWebClient
    publisher: Publisher
    access: Access
    matcher: FaqMatcher
    faq: Faq
    clock: Callable[[], datetime]
    notify: Callable[[], None]  # wakes the mail worker once a reply is queued
    message_ids: MessageIds
    drafts: Drafts = field(default_factory=Drafts)
    # Saved replies and the letter frame (casework.letters); staff display names by user id.
    letters: Letters = field(default_factory=lambda: Letters(replies_dir(None)))
    staff_names: dict[str, str] = field(default_factory=dict)

    async def tell(
        self, body: dict[str, Any], message: dict[str, Any], *, channel: str | None = None
    ) -> None:
        """Show `message` ({"text", "blocks"}) to the person behind `body` only.

        In a channel: chat.postEphemeral. From a view (the App Home) with a fresh trigger:
        a small modal. Failures are logged; the user can always press the button again.
        """
        user = user_of(body)
        where = channel or channel_of(body)
        try:
            if where:
                await api(self.client.chat_postEphemeral(channel=where, user=user, **message))
            elif body.get("trigger_id"):
                view = notice_modal("Inquiry desk / 窓口", message["blocks"][0]["text"]["text"])
                await api(self.client.views_open(trigger_id=body["trigger_id"], view=view))
        except (SlackRefused, SlackUnavailable) as exc:
            log.warning("Slack: could not tell %s something (%s)", user, exc)

    async def admit(self, body: dict[str, Any]) -> bool:
        """True when the user may act; otherwise they are told no and False is returned. A
        request that names no user is nobody's (Slack always names one): nothing is done."""
        if not user_of(body):
            log.info("Slack: a request that names no user; nothing done")
            return False
        if await self.access.allows(user_of(body)):
            return True
        log.info("Slack: %s is not on the staff list; nothing done", user_of(body))
        await self.tell(body, not_allowed())
        return False


def user_of(body: dict[str, Any]) -> str:
    user = body.get("user") or {}
    return str(user.get("id", "")) if isinstance(user, dict) else str(body.get("user_id", ""))


def channel_of(body: dict[str, Any]) -> str | None:
    channel = body.get("channel")
    if isinstance(channel, dict) and channel.get("id"):
        return str(channel["id"])
    container = body.get("container") or {}
    found = container.get("channel_id") if isinstance(container, dict) else None
    return str(found) if found else None


def case_number(body: dict[str, Any]) -> int | None:
    """The case number a button carries as its value."""
    try:
        return int(str(body["actions"][0]["value"]))
    except (KeyError, IndexError, TypeError, ValueError):
        return None
