"""The "Assign…" picker: one compare-and-set like Claim; an assign race has one winner."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fakeslack import FakeSlack
from slack_signing import (
    APP_ID,
    BOT_ID,
    BOT_USER_ID,
    CHANNEL,
    TEAM_DOMAIN,
    TEAM_ID,
    SlackDesk,
    eventually,
    interactive_body,
    new_case,
    slack_desk,
)

from casework.assignment import assign, version_of
from casework.errors import TransitionRejected
from casework.models import CaseStatus
from casework.store import CaseStore

LEAD, OTHER_LEAD, ALICE, BOB, STRANGER = "U0LEAD01", "U0LEAD02", "U0ALICE1", "U0BOB001", "U0STRNG1"


@pytest.fixture
async def desk(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    allowed = (LEAD, OTHER_LEAD, ALICE, BOB)
    async with slack_desk(fresh_store, fake, allowed_users=allowed) as running:
        yield running


def picker_of(desk: SlackDesk, number: int) -> tuple[str, dict[str, Any], str]:
    """(the actions block's id, the picker element, the message ts) as the channel shows it."""
    case = desk.store.case(number)
    assert case.slack_ts is not None
    message = desk.fake.message(CHANNEL, case.slack_ts)
    [actions] = [b for b in message.blocks if b["type"] == "actions"]
    [picker] = [e for e in actions["elements"] if e["type"] == "users_select"]
    return actions["block_id"], picker, case.slack_ts


def pick_body(block_id: str, message_ts: str, user: str, chosen: str) -> str:
    """A users_select choice on a channel message, as Slack sends it."""
    payload = {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "token": "verification-token-unused",
        "trigger_id": f"1337.42.{user}",
        "team": {"id": TEAM_ID, "domain": TEAM_DOMAIN},
        "container": {"type": "message", "message_ts": message_ts, "channel_id": CHANNEL,
                      "is_ephemeral": False},
        "channel": {"id": CHANNEL, "name": "cases"},
        "message": {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "ts": message_ts,
                    "text": "", "blocks": []},
        "response_url": "http://127.0.0.1:9/response/r1",
        "state": {"values": {}},
        "actions": [{"type": "users_select", "action_id": "case_assign", "block_id": block_id,
                     "selected_user": chosen, "action_ts": f"{time.time():.6f}"}],
    }  # fmt: skip
    return interactive_body(payload)


async def test_the_picker_sits_beside_claim_and_hands_the_case_on(desk: SlackDesk) -> None:
    number = new_case(desk.store).number
    await desk.drain()
    block_id, picker, message_ts = picker_of(desk, number)
    case = desk.store.case(number)
    message = desk.fake.message(CHANNEL, message_ts)
    [actions] = [b for b in message.blocks if b["type"] == "actions"]
    assert [e.get("action_id") for e in actions["elements"]][:2] == ["case_claim", "case_assign"]
    assert "initial_user" not in picker
    assert (await desk.post(pick_body(block_id, message_ts, LEAD, ALICE)))[0] == 200
    case = await eventually(
        lambda: ((c := desk.store.case(number)).assignee == ALICE and c) or None
    )
    assert case.status is CaseStatus.CLAIMED
    # The message now starts the picker on Alice, and the thread says who handed it on.
    _, picker, _ = await eventually(
        lambda: ((p := picker_of(desk, number))[1].get("initial_user") == ALICE and p) or None
    )
    await eventually(
        lambda: [
            m
            for m in desk.fake.thread(CHANNEL, message_ts)
            if LEAD in m.text and "assigned" in m.text
        ]
    )


async def test_an_assign_race_has_one_winner_and_the_other_is_told(desk: SlackDesk) -> None:
    number = new_case(desk.store).number
    await desk.drain()
    block_id, _, message_ts = picker_of(desk, number)
    answers = await asyncio.gather(
        desk.post(pick_body(block_id, message_ts, LEAD, ALICE)),
        desk.post(pick_body(block_id, message_ts, OTHER_LEAD, BOB)),
    )
    assert [status for status, _ in answers] == [200, 200]
    told = await eventually(
        lambda: [e for e in desk.fake.ephemerals if "Could not assign" in e["text"]]
    )
    case = desk.store.case(number)
    assert case.assignee in (ALICE, BOB)
    loser = OTHER_LEAD if case.assignee == ALICE else LEAD
    assert [e["user"] for e in told] == [loser]
    assigned = [e for e in desk.store.events(case.id) if e.action == "assigned"]
    assert len(assigned) == 1


async def test_someone_off_the_staff_list_cannot_be_assigned(desk: SlackDesk) -> None:
    number = new_case(desk.store).number
    await desk.drain()
    block_id, _, message_ts = picker_of(desk, number)
    await desk.post(pick_body(block_id, message_ts, LEAD, STRANGER))
    await eventually(lambda: [e for e in desk.fake.ephemerals if "not on" in e["text"]])
    assert desk.store.case(number).assignee is None


def test_assign_refuses_a_case_that_changed_since_it_was_shown(fresh_store: CaseStore) -> None:
    number = new_case(fresh_store).number
    seen = version_of(fresh_store.case(number))
    fresh_store.transition("claim", number, ALICE, datetime.now(UTC))
    with pytest.raises(TransitionRejected):
        assign(fresh_store, number, BOB, LEAD, seen, datetime.now(UTC))
    current = fresh_store.case(number)
    assert current.assignee == ALICE
    # Seen as it is now, the hand-over applies.
    assign(fresh_store, number, BOB, LEAD, version_of(current), datetime.now(UTC))
    assert fresh_store.case(number).assignee == BOB
    assert json.dumps(fresh_store.case(number).status) == '"claimed"'
