"""The daily retention run inside `serve` (docs/privacy.md, "Retention").

It checks every `poll` seconds whether today's run (a Japan date) has happened; the date of
the last run is kept in the database, so a restart does not run it twice and a desk that was
down at midnight runs it at start. Time comes from the desk's clock, so tests move it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from casework import retention
from casework.outbox import wait_at_most
from casework.settings import Settings
from casework.store import StoreRunner

log = logging.getLogger("inquiry_desk")


class DailyPurge:
    def __init__(
        self,
        settings: Settings,
        runner: StoreRunner,
        clock: Callable[[], datetime],
        notify: Callable[[], None],
        *,
        poll: float = 300.0,
    ) -> None:
        self.settings = settings
        self.runner = runner
        self.clock = clock
        self.notify = notify  # wakes the Slack worker for the erase rows
        self.poll = poll
        self._stop = asyncio.Event()

    async def run_due(self) -> int | None:
        """Run today's purge if it has not run yet; how many cases it erased, or None."""
        days = self.settings.privacy.retention_days
        if days <= 0:
            return None
        erased = await self.runner.call(
            retention.daily, self.clock(), days, self.settings.outgoing_dir
        )
        if erased:
            log.info("retention: erased %d case(s) resolved more than %d days ago", erased, days)
            self.notify()
        return erased

    async def run(self) -> None:
        while not self._stop.is_set():
            try:
                await self.run_due()
            except Exception:  # a failed run is tried again at the next poll
                log.exception("retention: the daily purge failed; trying again later")
            await wait_at_most(self._stop, self.poll)

    def finish(self) -> None:
        self._stop.set()
