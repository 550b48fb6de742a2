"""Who may act on cases: `[slack] allowed_users` and the members of `allowed_usergroup`.

With both empty, everyone in the workspace may act (the channel's membership is the list).
The user group's members come from usergroups.users.list and are kept for a few minutes, so a
click does not wait on Slack each time; a change to the group is seen within `ttl` seconds.
When the list cannot be fetched the last known one is used, and with none known the answer is
no: a Slack hiccup must not open the desk to everyone.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

log = logging.getLogger(__name__)

GROUP_TTL = 300.0  # seconds


class Access:
    """The allow-list. `allows(user_id)` is the one question the listeners ask."""

    def __init__(
        self,
        client: AsyncWebClient,
        allowed_users: Iterable[str],
        allowed_usergroup: str,
        *,
        ttl: float = GROUP_TTL,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.users = frozenset(u.strip() for u in allowed_users if u.strip())
        self.usergroup = allowed_usergroup.strip()
        self.ttl = ttl
        self.monotonic = monotonic
        self._members: frozenset[str] | None = None
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()

    @property
    def everyone(self) -> bool:
        """True when no list is configured."""
        return not self.users and not self.usergroup

    async def allows(self, user_id: str) -> bool:
        if self.everyone or user_id in self.users:
            return True
        if not self.usergroup:
            return False
        return user_id in await self._group_members()

    async def _group_members(self) -> frozenset[str]:
        async with self._lock:  # one fetch at a time; the others use its result
            fresh = self.monotonic() - self._fetched_at < self.ttl
            if self._members is not None and fresh:
                return self._members
            try:
                response = await self.client.usergroups_users_list(usergroup=self.usergroup)
            except (SlackApiError, aiohttp.ClientError, OSError, TimeoutError) as exc:
                log.warning(
                    "Slack: cannot list the members of user group %s (%s); %s",
                    self.usergroup,
                    _reason(exc),
                    "using the last known list" if self._members else "refusing until it works",
                )
                return self._members or frozenset()
            self._members = frozenset(str(u) for u in response.get("users") or [])
            self._fetched_at = self.monotonic()
            return self._members


def _reason(exc: Exception) -> str:
    if isinstance(exc, SlackApiError):
        return str(exc.response.get("error", exc))
    return type(exc).__name__
