"""Privacy in the channel, over signed HTTP and the fake Web API: `slack.show_mail = "none"`
keeps customer text out of the channel while "Show full mail" still opens it for allowed staff;
the "Identity confirmed" button; the Slack side of an erase survives a Slack outage."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from fakeslack import FakeSlack
from slack_signing import CHANNEL, SlackDesk, eventually, follow_up, new_case, slack_desk

from casework import erasure
from casework.store import CaseStore, open_database

STAFF, STRANGER = "U0STAFF01", "U0STRANGER"
SECRET_WORDS = ("秘密の件名", "kumquatvelvet", "山田 花子", "hanako")


@pytest.fixture
async def hidden(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    async with slack_desk(fresh_store, fake, show_mail="none", allowed_users=(STAFF,)) as desk:
        yield desk


@pytest.fixture
async def desk(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    async with slack_desk(fresh_store, fake) as running:
        yield running


def channel_text(fake: FakeSlack) -> str:
    messages = fake.channel_messages(CHANNEL)
    return json.dumps([(m.text, m.blocks) for m in messages], ensure_ascii=False)


async def test_with_show_mail_none_the_channel_carries_no_customer_text(hidden: SlackDesk) -> None:
    case = new_case(hidden.store, subject="秘密の件名", body="本文です kumquatvelvet")
    follow_up(hidden.store, case, "追記 kumquatvelvet", datetime.now(UTC))
    await hidden.drain()
    text = channel_text(hidden.fake)
    assert case.tag.strip("[]") in text and "日本語" in text  # the tag and the language stay
    assert [w for w in SECRET_WORDS if w in text] == []
    # "Show full mail" still opens the text, in a modal, for allowed staff only.
    await hidden.click("case_show_mail", case.number, STRANGER)
    await eventually(lambda: hidden.fake.ephemerals)
    assert hidden.fake.calls_to("views.open") == []
    await hidden.click("case_show_mail", case.number, STAFF)
    [opened] = await eventually(lambda: hidden.fake.calls_to("views.open"))
    assert "kumquatvelvet" in json.dumps(opened.params["view"], ensure_ascii=False)


def test_the_home_tab_hides_customers_with_show_mail_none() -> None:
    from bot.home import app_home

    case = new_case(CaseStore(open_database(None)), subject="秘密の件名")
    hidden = json.dumps(app_home([], [case], STAFF, hidden=True), ensure_ascii=False)
    shown = json.dumps(app_home([], [case], STAFF), ensure_ascii=False)
    assert case.tag in hidden and "秘密の件名" in shown and "hanako" in shown
    assert [w for w in SECRET_WORDS if w in hidden] == []


async def test_with_show_mail_subject_the_subject_is_shown_but_no_mail_text(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    async with slack_desk(fresh_store, fake, show_mail="subject") as desk:
        case = new_case(desk.store, subject="秘密の件名", body="本文です kumquatvelvet")
        follow_up(desk.store, case, "追記 kumquatvelvet", datetime.now(UTC))
        await desk.drain()
        text = channel_text(desk.fake)
        assert "秘密の件名" in text and "kumquatvelvet" not in text


async def test_by_default_the_excerpt_is_shown(desk: SlackDesk) -> None:
    new_case(desk.store, subject="秘密の件名", body="本文です kumquatvelvet")
    await desk.drain()
    assert "kumquatvelvet" in channel_text(desk.fake)


def buttons(desk: SlackDesk, number: int) -> list[str]:
    ts = desk.store.case(number).slack_ts
    blocks = desk.fake.message(CHANNEL, str(ts)).blocks
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


async def test_identity_confirmed_is_recorded_and_shown_on_a_request(desk: SlackDesk) -> None:
    case = new_case(desk.store)
    plain = new_case(desk.store, subject="質問")
    desk.store.db.execute("UPDATE cases SET pi_request = 'disclosure' WHERE id = ?", [case.id])
    await desk.drain()
    assert "case_identity" in buttons(desk, case.number)
    assert "case_identity" not in buttons(desk, plain.number)
    assert desk.store.run(erasure.unconfirmed_requests, (case.id,)) == [case.tag]
    await desk.click("case_identity", case.number, STAFF)
    await eventually(lambda: "case_identity" not in buttons(desk, case.number))
    row = desk.store.db.execute(
        "SELECT user FROM identity_confirmations WHERE case_id = ?", [case.id]
    ).fetchone()
    assert row == (STAFF,)
    ts = str(desk.store.case(case.number).slack_ts)
    shown = json.dumps(desk.fake.message(CHANNEL, ts).blocks, ensure_ascii=False)
    assert f"Identity confirmed by <@{STAFF}>" in shown
    assert desk.store.run(erasure.unconfirmed_requests, (case.id,)) == []
    assert [e.action for e in desk.store.events(case.id)][-1] == "identity confirmed"


async def test_the_slack_part_of_an_erase_waits_out_an_outage(desk: SlackDesk) -> None:
    case = new_case(desk.store, body="本文 kumquatvelvet")
    follow_up(desk.store, case, "追記 kumquatvelvet", datetime.now(UTC))
    await desk.drain()
    case = desk.store.case(case.number)
    assert len(desk.fake.thread(CHANNEL, str(case.slack_ts))) == 1  # the follow-up note
    plan = desk.store.run(erasure.plan_for_person, "hanako@example.jp")
    desk.store.run(erasure.erase, plan, now=datetime.now(UTC), actor="admin", action="erase")
    desk.fake.fail_next(None, status=503, count=6)
    await desk.work_until(
        lambda: (
            desk.store.db.execute("SELECT state FROM outbox WHERE kind = 'slack_erase'").fetchall()
            == [("done",)]
        )
    )
    assert desk.fake.thread(CHANNEL, str(case.slack_ts)) == []
    assert "erased on" in desk.fake.message(CHANNEL, str(case.slack_ts)).text
    assert "kumquatvelvet" not in channel_text(desk.fake)
    assert desk.store.db.execute("SELECT COUNT(*) FROM slack_notes").fetchone() == (0,)
