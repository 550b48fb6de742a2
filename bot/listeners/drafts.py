"""Reply drafts too long to ride in a preview's private_metadata (3,000 characters).

The preview carries the body's SHA-256 instead, and the body waits here, keyed by the user and
that digest, until Send. Drafts live in memory for an hour: after a restart the user is asked
to press Reply again, and nothing is sent that they did not see.
"""

from __future__ import annotations

import time
from collections.abc import Callable

DRAFT_TTL = 3600.0
DRAFTS_MAX = 1000


class Drafts:
    def __init__(
        self, *, ttl: float = DRAFT_TTL, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl
        self.monotonic = monotonic
        self._items: dict[tuple[str, str], tuple[int, str, float]] = {}
        self._sent: dict[str, float] = {}  # preview view id -> when it is forgotten

    def keep(self, user_id: str, digest: str, number: int, body: str) -> None:
        now = self.monotonic()
        self._items = {k: v for k, v in self._items.items() if v[2] > now}
        while len(self._items) >= DRAFTS_MAX:
            self._items.pop(next(iter(self._items)))
        self._items[(user_id, digest)] = (number, body, now + self.ttl)

    def first_send(self, view_id: str) -> bool:
        """True the first time a preview is sent, False for the same view again. Slack clears
        the modal at Send, so a second submission of it is a replayed request (a signature is
        good for five minutes): it must not mail the customer twice."""
        now = self.monotonic()
        self._sent = {k: v for k, v in self._sent.items() if v > now}
        if view_id in self._sent:
            return False
        while len(self._sent) >= DRAFTS_MAX:
            self._sent.pop(next(iter(self._sent)))
        self._sent[view_id] = now + self.ttl
        return True

    def take(self, user_id: str, digest: str, number: int) -> str | None:
        """The body kept for this user, digest and case, removed; None when there is none."""
        item = self._items.pop((user_id, digest), None)
        if item is None or item[0] != number or item[2] <= self.monotonic():
            return None
        return item[1]
