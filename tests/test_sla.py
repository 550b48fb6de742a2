"""Response targets in business hours: one reminder in the case's thread when a case is
overdue, naming the assignee or the staff group; "overdue" on the case message; App Home
lists overdue cases first."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fakeslack import FakeSlack
from slack_signing import CHANNEL, SlackDesk, new_case, slack_desk

from bot.home import app_home
from casework.calendar import BusinessCalendar
from casework.errors import ConfigError
from casework.hours import calendar_config_from_mapping
from casework.settings import load_settings
from casework.sla import Targets, check, deadline
from casework.store import CaseStore

JST = ZoneInfo("Asia/Tokyo")
CAL = BusinessCalendar(calendar_config_from_mapping({}))  # Monday to Friday 09:00-18:00
STAFF = "U0STAFF01"
GROUP = "S0DESKSTAFF"


def jst(month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=JST)


@pytest.mark.parametrize(
    ("received", "pi", "due"),
    [
        (jst(11, 27, 17), False, jst(11, 30, 16)),  # Friday 17:00: 1 h Friday, 7 h Monday
        (jst(11, 27, 20), False, jst(11, 30, 17)),  # Friday evening: all of it on Monday
        (jst(11, 27, 20), True, jst(11, 30, 13)),  # a request: 4 h
        (jst(11, 23, 10), True, jst(11, 24, 13)),  # on a public holiday: from Tuesday 09:00
    ],
)
def test_deadline_counts_business_hours(received: datetime, pi: bool, due: datetime) -> None:
    assert deadline(CAL, Targets(), received, pi) == due


def test_a_fraction_of_an_hour_is_that_much_business_time() -> None:
    targets = Targets(first_response_hours=0.01)
    assert deadline(CAL, targets, jst(11, 30, 10), False) == jst(11, 30, 10, 0, 36)


@pytest.fixture
async def desk(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    async with slack_desk(fresh_store, fake, allowed_usergroup=GROUP) as running:
        yield running


def thread_of(desk: SlackDesk, number: int) -> list[str]:
    case = desk.store.case(number)
    assert case.slack_ts is not None
    return [m.text for m in desk.fake.thread(CHANNEL, case.slack_ts)]


def message_of(desk: SlackDesk, number: int) -> str:
    case = desk.store.case(number)
    assert case.slack_ts is not None
    return json.dumps(desk.fake.message(CHANNEL, case.slack_ts).blocks, ensure_ascii=False)


async def test_friday_evening_mail_is_not_overdue_on_sunday(desk: SlackDesk) -> None:
    new_case(desk.store, at=jst(11, 27, 20))
    await desk.drain()
    assert desk.store.run(check, CAL, Targets(), jst(11, 29, 23)) == []
    assert desk.store.run(check, CAL, Targets(), jst(11, 30, 16, 59)) == []
    assert desk.store.run(check, CAL, Targets(), jst(11, 30, 17, 0, 1)) == [1]


async def test_a_reminder_fires_in_business_hours_and_not_on_a_holiday(desk: SlackDesk) -> None:
    targets = Targets(first_response_hours=0.01, pi_request_hours=0.01)  # 36 s
    number = new_case(desk.store, at=jst(11, 23, 10)).number  # Monday 23 Nov: a holiday
    desk.store.transition("claim", number, STAFF, jst(11, 23, 11))
    await desk.drain()
    assert desk.store.run(check, CAL, targets, jst(11, 23, 17)) == []  # the holiday does not count
    assert desk.store.run(check, CAL, targets, jst(11, 24, 9, 0, 30)) == []  # 30 s of business time
    assert desk.store.run(check, CAL, targets, jst(11, 24, 9, 0, 40)) == [1]
    await desk.drain()
    [reminder] = [t for t in thread_of(desk, number) if "Overdue" in t]
    assert f"<@{STAFF}>" in reminder and "0.01 business hours" in reminder
    assert "⏰ *Overdue* since" in message_of(desk, number)
    # One reminder, however often the timer looks.
    assert desk.store.run(check, CAL, targets, jst(11, 24, 10)) == []
    await desk.drain()
    assert len([t for t in thread_of(desk, number) if "Overdue" in t]) == 1
    assert desk.store.case(number).overdue_at == jst(11, 24, 9, 0, 36)


async def test_unclaimed_names_the_staff_group_and_a_reply_clears_overdue(desk: SlackDesk) -> None:
    case = new_case(desk.store, at=jst(11, 30, 9))
    await desk.drain()
    assert desk.store.run(check, CAL, Targets(pi_request_hours=1, first_response_hours=1),
                 jst(11, 30, 10, 1)) == [case.id]  # fmt: skip
    await desk.drain()
    [reminder] = [t for t in thread_of(desk, case.number) if "Overdue" in t]
    assert f"<!subteam^{GROUP}>" in reminder

    def replied(store: CaseStore) -> None:  # what the mail side records once the relay took one
        with store.transaction():
            store.record_outgoing(
                case.id, raw=b"r", kind="reply", envelope_from="info@planetmgmt.biz",
                recipients=["hanako@example.jp"], message_id="<r1@desk>", subject="Re",
                body="お返事", author=STAFF, now=jst(11, 30, 10, 5),
            )  # fmt: skip

    desk.store.run(replied)
    assert desk.store.run(check, CAL, Targets(), jst(11, 30, 10, 6)) == []
    await desk.drain()
    assert desk.store.case(case.number).overdue_at is None
    assert "Overdue" not in message_of(desk, case.number)


async def test_home_lists_overdue_cases_first(desk: SlackDesk) -> None:
    old = new_case(desk.store, subject="old", at=jst(11, 30, 9))
    new_case(desk.store, subject="newer", at=jst(11, 30, 11))
    desk.store.run(check, CAL, Targets(first_response_hours=1), jst(11, 30, 10, 30))
    cases = desk.store.cases()
    view = app_home([], cases, STAFF)
    rows = [b["block_id"] for b in view["blocks"] if b.get("block_id", "").startswith("home:")]
    assert rows == [f"home:case:{old.number}", "home:case:2"]  # overdue first, then newest
    [row] = [b for b in view["blocks"] if b.get("block_id") == f"home:case:{old.number}"]
    assert "overdue" in json.dumps(row, ensure_ascii=False)


def test_targets_are_settings_and_accept_fractions(tmp_path: Path) -> None:
    config = tmp_path / "desk.toml"
    config.write_text("[sla]\nfirst_response_hours = 0.01\npi_request_hours = 2\n")
    settings = load_settings(config, {})
    assert (settings.sla.first_response_hours, settings.sla.pi_request_hours) == (0.01, 2.0)
    assert load_settings(None, {}).sla.first_response_hours == 8.0
    config.write_text("[sla]\npi_request_hours = 0\n")
    with pytest.raises(ConfigError, match=r"sla\.pi_request_hours"):
        load_settings(config, {})
