"""The opening digest: at each opening, the cases that came in while closed and still wait,
personal-information requests first, then oldest first, each linked to its message."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from fakeslack import FakeSlack
from slack_signing import CHANNEL, SlackDesk, eventually, new_case, slack_desk

from casework.calendar import BusinessCalendar
from casework.hours import calendar_config_from_mapping
from casework.opening import current_opening, queue_digest_if_due
from casework.store import CaseStore
from inquiry_desk.timers import run_timers

JST = ZoneInfo("Asia/Tokyo")
CAL = BusinessCalendar(calendar_config_from_mapping({}))  # Monday to Friday 09:00-18:00
STAFF = "U0STAFF01"


def jst(month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=JST)


@pytest.mark.parametrize(
    ("now", "opens", "closed"),
    [
        (jst(11, 30, 9, 0, 30), jst(11, 30, 9), jst(11, 27, 18)),  # Monday after the weekend
        (jst(11, 30, 17, 59), jst(11, 30, 9), jst(11, 27, 18)),  # still the same opening
        (jst(11, 24, 9, 0, 5), jst(11, 24, 9), jst(11, 20, 18)),  # 23 Nov was a holiday
        (jst(11, 28, 10), None, None),  # Saturday: closed
        (jst(11, 30, 8, 59), None, None),  # before opening
    ],
)
def test_current_opening(now: datetime, opens: datetime | None, closed: datetime | None) -> None:
    found = current_opening(CAL, now)
    assert (found.opens, found.closed) == (opens, closed) if found else opens is None


def test_an_opening_after_lunch_follows_the_lunch_closing_and_touching_intervals_are_one() -> None:
    lunch = BusinessCalendar(
        calendar_config_from_mapping({"weekdays": ["09:00-12:00", "13:00-18:00"]})
    )
    found = current_opening(lunch, jst(11, 30, 13, 0, 10))
    assert found is not None and (found.opens, found.closed) == (jst(11, 30, 13), jst(11, 30, 12))
    touching = BusinessCalendar(
        calendar_config_from_mapping({"weekdays": ["09:00-12:00", "12:00-18:00"]})
    )
    found = current_opening(touching, jst(11, 30, 12, 0, 10))
    assert found is not None and found.opens == jst(11, 30, 9)


@pytest.fixture
async def desk(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    async with slack_desk(fresh_store, fake) as running:
        yield running


async def weekend_cases(desk: SlackDesk) -> dict[str, int]:
    store = desk.store

    def make(name: str, at: datetime) -> int:
        return new_case(store, subject=name, at=at).number

    numbers = {
        "friday afternoon": make("friday afternoon", jst(11, 27, 17)),  # before the closing
        "friday night": make("friday night", jst(11, 27, 20)),
        "saturday request": make("saturday request", jst(11, 28, 10)),
        "sunday resolved": make("sunday resolved", jst(11, 29, 9)),
        "sunday night": make("sunday night", jst(11, 29, 22)),
    }
    store.db.execute(
        "UPDATE cases SET pi_request = 'disclosure' WHERE number = ?",
        [numbers["saturday request"]],
    )
    store.transition("claim", numbers["saturday request"], STAFF, jst(11, 28, 11))
    store.transition("resolve", numbers["sunday resolved"], STAFF, jst(11, 29, 10))
    await desk.drain()
    return numbers


def opening_messages(desk: SlackDesk) -> list[object]:
    return [
        m for m in desk.fake.channel_messages(CHANNEL) if "opening:head" in json.dumps(m.blocks)
    ]


async def test_digest_at_the_opening_lists_waiting_cases_requests_first(desk: SlackDesk) -> None:
    numbers = await weekend_cases(desk)
    listed = desk.store.run(queue_digest_if_due, CAL, jst(11, 30, 9, 0, 20))
    assert listed is not None and len(listed) == 3
    await desk.drain()
    [digest] = opening_messages(desk)
    rows = [b["block_id"] for b in digest.blocks if b["block_id"].startswith("opening:case:")]
    order = ("saturday request", "friday night", "sunday night")
    assert rows == [f"opening:case:{numbers[name]}" for name in order]
    text = json.dumps(digest.blocks, ensure_ascii=False)
    for name in order:
        case = desk.store.case(numbers[name])
        assert case.slack_ts is not None
        assert f"/archives/{CHANNEL}/p{case.slack_ts.replace('.', '')}|" in text  # permalink
    assert "3 case(s)" in text and "開示請求" in text
    assert desk.fake.calls_to("chat.getPermalink")
    # The same opening is announced once, however often the timer looks.
    assert desk.store.run(queue_digest_if_due, CAL, jst(11, 30, 9, 1)) is None
    await desk.drain()
    assert len(opening_messages(desk)) == 1


async def test_no_digest_when_nothing_waits_or_while_closed(desk: SlackDesk) -> None:
    await weekend_cases(desk)
    assert desk.store.run(queue_digest_if_due, CAL, jst(11, 28, 12)) is None  # Saturday: closed
    assert desk.store.run(queue_digest_if_due, CAL, jst(12, 1, 9, 0, 10)) == []  # nothing overnight
    await desk.drain()
    assert opening_messages(desk) == []


async def test_the_timer_posts_the_digest_with_the_clock_it_is_given(desk: SlackDesk) -> None:
    await weekend_cases(desk)
    settings = desk.settings
    poked = asyncio.Event()
    timer = asyncio.create_task(
        run_timers(desk.runner, CAL, settings, lambda: jst(11, 30, 9, 0, 5), poked.set, every=0.05)
    )
    try:
        await asyncio.wait_for(poked.wait(), 10)
        await desk.drain()
        await eventually(lambda: opening_messages(desk))
    finally:
        timer.cancel()
        await asyncio.gather(timer, return_exceptions=True)
