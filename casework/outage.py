"""An outage, as the log tells it: once when it starts, once a minute while it lasts, once
when it ends.

A worker whose peer (Slack, the mail relay) is down retries every row with backoff; logging
each attempt would write hundreds of lines a minute that say one thing. `OutageLog` turns those
attempts into a few lines an administrator can read. Time is the caller's clock.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

log = logging.getLogger(__name__)

REMIND_EVERY = timedelta(minutes=1)


class OutageLog:
    """The state of one peer: up, or down since a moment, with the failures counted.

    Warnings are at most one per `every`, across outages too: a peer that flaps (a row that
    needs no call succeeds between failures) does not turn into a line per attempt. "Back" is
    said only of an outage that was announced."""

    def __init__(self, peer: str, every: timedelta = REMIND_EVERY) -> None:
        self.peer = peer
        self.every = every
        self.since: datetime | None = None  # the first failure of the outage; None when up
        self.failures = 0
        self.announced = False  # this outage has been logged
        self._said_at: datetime | None = None  # the last warning, of this outage or another

    @property
    def down(self) -> bool:
        return self.since is not None

    def failed(self, error: str, now: datetime) -> None:
        """A call to the peer failed in a way that waits for it (an outage, not a bad row)."""
        self.failures += 1
        if self.since is None:
            self.since = now
        if self._said_at is not None and now - self._said_at < self.every:
            return
        self._said_at = now
        if not self.announced:
            self.announced = True
            log.warning(
                "%s: peer unavailable (%s); rows wait in the outbox and are retried",
                self.peer,
                error,
            )
            return
        log.warning(
            "%s: peer still unavailable after %s (%d failed attempts; last: %s)",
            self.peer,
            _duration(now - self.since),
            self.failures,
            error,
        )

    def succeeded(self, now: datetime) -> None:
        """A call to the peer went through: if it was down, say that it is back."""
        if self.since is None:
            return
        if self.announced:
            log.info(
                "%s: peer back after %s (%d failed attempts)",
                self.peer,
                _duration(now - self.since),
                self.failures,
            )
        self.since, self.failures, self.announced = None, 0, False


def _duration(span: timedelta) -> str:
    seconds = max(0, round(span.total_seconds()))
    if seconds < 120:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60} s"
