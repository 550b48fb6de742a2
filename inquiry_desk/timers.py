"""Work the desk does at moments of its calendar rather than on a mail arriving: the opening
digest (casework.opening) and the response-target reminders (casework.sla).

`tick` does one round with the time as an input, on the store's thread; tests call it with a
fake clock. `run_timers` calls it every TICK seconds with the desk's clock, so a digest goes out
within a minute of the opening and a reminder within a minute of its target.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from casework import sla
from casework.calendar import BusinessCalendar
from casework.opening import queue_digest_if_due
from casework.settings import Settings
from casework.sla import Targets
from casework.store import CaseStore, StoreRunner

log = logging.getLogger(__name__)

TICK = 15.0  # seconds between rounds: well inside the minute both promises allow


def tick(store: CaseStore, calendar: BusinessCalendar, settings: Settings, now: datetime) -> bool:
    """One round. True when it queued Slack work (the caller wakes the Slack worker)."""
    targets = Targets(settings.sla.first_response_hours, settings.sla.pi_request_hours)
    digest = queue_digest_if_due(store, calendar, now)
    reminded = sla.check(store, calendar, targets, now)
    return bool(digest or reminded)


async def run_timers(
    runner: StoreRunner,
    calendar: BusinessCalendar,
    settings: Settings,
    clock: Callable[[], datetime],
    poke: Callable[[], None],
    *,
    every: float = TICK,
) -> None:
    while True:
        try:
            if await runner.call(tick, calendar, settings, clock()):
                poke()
        except Exception:  # a round that fails is logged and tried again next round
            log.exception("timers: a round failed; trying again in %.0f s", every)
        await asyncio.sleep(every)
