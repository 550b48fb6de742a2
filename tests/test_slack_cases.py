"""The case buttons over signed HTTP: every button in every state, the two-claims race, the
full-mail modal, and who may press them."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fakeslack import FakeSlack
from slack_signing import (
    CHANNEL,
    SlackDesk,
    assert_inert,
    block_actions_body,
    eventually,
    new_case,
    slack_desk,
)

from casework.models import CaseStatus
from casework.store import CaseStore

STAFF, OTHER, STRANGER = "U0STAFF01", "U0STAFF02", "U0STRANGER"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    async with FakeSlack(usergroups={"S0DESK": [OTHER]}) as server:
        yield server


@pytest.fixture
async def desk(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    async with slack_desk(fresh_store, fake) as running:
        yield running


async def posted_case(desk: SlackDesk, status: CaseStatus = CaseStatus.OPEN, **kw: Any) -> int:
    """A case already in the channel, brought to `status` (claimed by OTHER)."""
    case = new_case(desk.store, **kw)
    now = datetime.now(UTC)
    if status is CaseStatus.CLAIMED:
        desk.store.transition("claim", case.number, OTHER, now)
    elif status is CaseStatus.RESOLVED:
        desk.store.transition("resolve", case.number, OTHER, now)
    await desk.drain()
    return case.number


def buttons(desk: SlackDesk, number: int) -> list[str]:
    ts = desk.store.case(number).slack_ts
    assert ts is not None
    blocks = desk.fake.message(CHANNEL, ts).blocks
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def thread_texts(desk: SlackDesk, number: int) -> list[str]:
    return [m.text for m in desk.fake.thread(CHANNEL, str(desk.store.case(number).slack_ts))]


@pytest.mark.parametrize(
    ("start", "action", "status", "assignee", "shown", "note"),
    [
        (
            CaseStatus.OPEN,
            "case_claim",
            CaseStatus.CLAIMED,
            STAFF,
            ["case_unclaim", "case_assign", "case_resolve", "case_reply", "case_show_mail"],
            f"<@{STAFF}> claimed the case / 担当しました",
        ),
        (
            CaseStatus.OPEN,
            "case_resolve",
            CaseStatus.RESOLVED,
            STAFF,
            ["case_reopen", "case_show_mail"],
            f"<@{STAFF}> resolved the case / 解決済みにしました",
        ),
        (
            CaseStatus.CLAIMED,
            "case_unclaim",
            CaseStatus.OPEN,
            None,
            ["case_claim", "case_assign", "case_resolve", "case_show_mail"],
            f"<@{STAFF}> released the case / 担当を外しました",
        ),
        (
            CaseStatus.CLAIMED,
            "case_resolve",
            CaseStatus.RESOLVED,
            OTHER,  # resolving keeps the person who had it as the assignee
            ["case_reopen", "case_show_mail"],
            f"<@{STAFF}> resolved the case / 解決済みにしました",
        ),
        (
            CaseStatus.RESOLVED,
            "case_reopen",
            CaseStatus.OPEN,
            None,
            ["case_claim", "case_assign", "case_resolve", "case_show_mail"],
            f"<@{STAFF}> reopened the case / 再オープンしました",
        ),
    ],
)
async def test_each_button_changes_the_case_updates_the_message_and_notes_it(
    desk: SlackDesk,
    start: CaseStatus,
    action: str,
    status: CaseStatus,
    assignee: str | None,
    shown: list[str],
    note: str,
) -> None:
    number = await posted_case(desk, start)
    assert (await desk.click(action, number, STAFF)) == (200, "")
    await eventually(lambda: thread_texts(desk, number))
    case = desk.store.case(number)
    assert (case.status, case.assignee) == (status, assignee)
    assert buttons(desk, number) == shown
    assert thread_texts(desk, number) == [note]
    assert desk.fake.ephemerals == []
    [update] = [c for c in desk.fake.calls_to("chat.update") if c.params["ts"] == case.slack_ts]
    assert_inert(update.params, allowed=(f"<@{STAFF}>", f"<@{OTHER}>"))


@pytest.mark.parametrize(
    ("start", "action", "told"),
    [
        (CaseStatus.CLAIMED, "case_claim", f"<@{OTHER}> has already claimed [PMC-000001]"),
        (CaseStatus.CLAIMED, "case_reopen", "[PMC-000001] はすでに"),
        (CaseStatus.OPEN, "case_unclaim", "[PMC-000001] is open: nobody has claimed it"),
        (CaseStatus.OPEN, "case_reopen", "Could not reopen the case"),
        (CaseStatus.RESOLVED, "case_claim", "[PMC-000001] is already resolved"),
        (CaseStatus.RESOLVED, "case_unclaim", "[PMC-000001] はすでに解決済みです"),
        (CaseStatus.RESOLVED, "case_resolve", "Could not resolve the case"),
    ],
)
async def test_a_button_that_no_longer_applies_is_refused_and_explained(
    desk: SlackDesk, start: CaseStatus, action: str, told: str
) -> None:
    number = await posted_case(desk, start)
    before = desk.store.case(number)
    assert (await desk.click(action, number, STAFF))[0] == 200
    [ephemeral] = await eventually(lambda: desk.fake.ephemerals)
    assert ephemeral["user"] == STAFF and ephemeral["channel"] == CHANNEL
    assert told in ephemeral["text"]
    after = desk.store.case(number)
    assert (after.status, after.assignee, after.updated_at) == (
        before.status,
        before.assignee,
        before.updated_at,
    )
    assert thread_texts(desk, number) == []


async def test_two_claims_at_once_one_wins_and_the_other_is_told_who(desk: SlackDesk) -> None:
    number = await posted_case(desk)
    ts = desk.store.case(number).slack_ts
    bodies = [
        block_actions_body("case_claim", str(number), user, CHANNEL, ts)
        for user in ("U0ALICE01", "U0BOB0002")
    ]
    results = await asyncio.gather(*(desk.post(body) for body in bodies))
    assert [status for status, _ in results] == [200, 200]
    [told] = await eventually(lambda: desk.fake.ephemerals)
    await eventually(lambda: thread_texts(desk, number))
    await asyncio.sleep(0.2)  # let any second (wrong) update or note arrive
    case = desk.store.case(number)
    assert case.status is CaseStatus.CLAIMED
    winner = case.assignee
    loser = {"U0ALICE01", "U0BOB0002"} - {winner}
    assert told["user"] in loser and f"<@{winner}> has already claimed" in told["text"]
    assert [e.action for e in desk.store.events(case.id)].count("claimed") == 1
    assert len(desk.fake.calls_to("chat.update")) == 1
    assert thread_texts(desk, number) == [f"<@{winner}> claimed the case / 担当しました"]


async def test_show_full_mail_opens_a_modal_in_every_state_even_for_100_kb(
    desk: SlackDesk,
) -> None:
    body = "長いメール <!channel> です。\n" * 6000  # about 150 kB
    numbers = [await posted_case(desk, status, body=body) for status in CaseStatus]
    for n, number in enumerate(numbers):
        await desk.click("case_show_mail", number, STAFF)
        await eventually(lambda n=n: len(desk.fake.calls_to("views.open")) == n + 1)
    assert desk.fake.ephemerals == []  # every modal was accepted, none refused
    views = [c.params["view"] for c in desk.fake.calls_to("views.open")]
    for number, view in zip(numbers, views, strict=True):
        assert view["callback_id"] == "case_full_mail"
        assert json.loads(view["private_metadata"]) == {"case": number}
        assert len(view["blocks"]) <= 100
        text = json.dumps(view, ensure_ascii=False)
        assert "長いメール &lt;!channel&gt; です。" in text and "more characters not shown" in text
        assert "From: 山田 花子 &lt;hanako@example.jp&gt;" in text
        assert_inert({"view": view})


async def test_show_full_mail_from_the_home_tab_uses_the_trigger(desk: SlackDesk) -> None:
    number = await posted_case(desk)
    click = block_actions_body("case_show_mail", str(number), STAFF, message_ts=None)
    assert (await desk.post(click))[0] == 200
    [opened] = await eventually(lambda: desk.fake.calls_to("views.open"))
    assert opened.params["view"]["callback_id"] == "case_full_mail"


async def test_an_unknown_case_number_is_explained(desk: SlackDesk) -> None:
    number = await posted_case(desk)
    ts = desk.store.case(number).slack_ts
    await desk.post(block_actions_body("case_claim", "999", STAFF, CHANNEL, ts))
    [told] = await eventually(lambda: desk.fake.ephemerals)
    assert "There is no case #999" in told["text"]


@pytest.mark.parametrize("action", ["case_claim", "case_show_mail", "case_reply", "case_identity"])
async def test_a_case_number_past_any_the_store_can_hold_is_explained(
    desk: SlackDesk, action: str
) -> None:
    # Binding it to SQLite raised OverflowError in the listener: no answer, Bolt's 404 after.
    number = await posted_case(desk)
    ts = desk.store.case(number).slack_ts
    huge = "9" * 25
    for _ in range(2):
        status, _ = await desk.post(block_actions_body(action, huge, STAFF, CHANNEL, ts))
        assert status == 200
    told = await eventually(lambda: len(desk.fake.ephemerals) == 2 and desk.fake.ephemerals)
    assert all(f"There is no case #{huge}" in t["text"] for t in told)
    assert desk.store.case(number).status is CaseStatus.OPEN


async def test_a_click_that_names_no_user_changes_nothing(desk: SlackDesk) -> None:
    # Slack always names the user; a request without one is nobody's, even with no staff list.
    number = await posted_case(desk)
    ts = desk.store.case(number).slack_ts
    for action in ("case_claim", "case_resolve"):
        assert (await desk.post(block_actions_body(action, str(number), "", CHANNEL, ts)))[0] == 200
    await desk.click("case_show_mail", number, STAFF)  # a later click, to know the two are done
    await eventually(lambda: desk.fake.calls_to("views.open"))
    case = desk.store.case(number)
    assert (case.status, case.assignee) == (CaseStatus.OPEN, None)
    assert [e.action for e in desk.store.events(case.id)] == ["opened"]


# --- who may press the buttons ------------------------------------------------------------------


async def test_someone_not_on_the_list_is_told_no_and_nothing_changes(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    async with slack_desk(fresh_store, fake, allowed_users=(STAFF,)) as desk:
        number = await posted_case(desk)
        for action in ("case_claim", "case_resolve", "case_show_mail"):
            assert (await desk.click(action, number, STRANGER))[0] == 200
        told = await eventually(lambda: len(desk.fake.ephemerals) == 3 and desk.fake.ephemerals)
        assert {e["user"] for e in told} == {STRANGER}
        assert all("only the inquiry desk's staff" in e["text"] for e in told)
        case = desk.store.case(number)
        assert (case.status, case.assignee) == (CaseStatus.OPEN, None)
        assert fake.calls_to("chat.update") == [] and fake.calls_to("views.open") == []
        # A listed user may.
        await desk.click("case_claim", number, STAFF)
        await eventually(lambda: desk.store.case(number).assignee == STAFF)


async def test_membership_of_the_allowed_user_group_lets_people_act(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    async with slack_desk(fresh_store, fake, allowed_usergroup="S0DESK") as desk:
        first, second = await posted_case(desk), await posted_case(desk)
        await desk.click("case_claim", first, OTHER)  # OTHER is in S0DESK
        await eventually(lambda: desk.store.case(first).assignee == OTHER)
        await desk.click("case_claim", second, STRANGER)
        [told] = await eventually(lambda: desk.fake.ephemerals)
        assert told["user"] == STRANGER
        assert desk.store.case(second).assignee is None
    [lookup] = fake.calls_to("usergroups.users.list")  # the list is kept, not asked twice
    assert lookup.params["usergroup"] == "S0DESK"


async def test_when_the_user_group_cannot_be_read_nobody_outside_the_list_may_act(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    async with slack_desk(
        fresh_store, fake, allowed_users=(STAFF,), allowed_usergroup="S0GONE"
    ) as desk:
        number = await posted_case(desk)
        await desk.click("case_claim", number, OTHER)
        [told] = await eventually(lambda: desk.fake.ephemerals)
        assert told["user"] == OTHER and desk.store.case(number).assignee is None
        await desk.click("case_claim", number, STAFF)  # the listed user is not held up
        await eventually(lambda: desk.store.case(number).assignee == STAFF)


async def test_an_expired_trigger_is_reported_to_the_user(desk: SlackDesk) -> None:
    number = await posted_case(desk)
    await desk.click("case_show_mail", number, STAFF, trigger_id="expired-trigger")
    [told] = await eventually(lambda: desk.fake.ephemerals)
    assert "press the button again" in told["text"]
