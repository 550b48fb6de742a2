"""/policy answers over signed HTTP, and the App Home tab."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fakeslack import FakeSlack
from slack_signing import (
    T0,
    SlackDesk,
    app_home_opened_body,
    assert_inert,
    eventually,
    new_case,
    slack_desk,
    slash_command_body,
)

from bot.escaping import escape_mrkdwn
from casework.faq import default_faq_path, load_faq
from casework.store import CaseStore

STAFF, OTHER, STRANGER = "U0STAFF01", "U0STAFF02", "U0STRANGER"
FAQ = load_faq(default_faq_path())


@pytest.fixture
async def desk(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    async with slack_desk(fresh_store, fake, allowed_users=(STAFF, OTHER)) as running:
        yield running


async def ask(desk: SlackDesk, text: str, user: str = STAFF) -> dict[str, Any]:
    body = slash_command_body("/policy", text, user, response_url=desk.fake.response_url())
    status, answer = await desk.post(body)
    assert status == 200
    payload: dict[str, Any] = json.loads(answer)
    assert payload["response_type"] == "ephemeral"
    assert_inert(payload)
    return payload


def shown(payload: dict[str, Any]) -> str:
    """Every text the blocks show, as Slack receives it (escaped mrkdwn)."""
    texts: list[str] = []
    for block in payload["blocks"]:
        texts += [e["text"] for e in block.get("elements", [])]
        texts += [block["text"]["text"]] if "text" in block else []
    return "\n".join(texts)


def answer_of(entry_id: str, lang: str) -> str:
    entry = FAQ.get(entry_id)
    assert entry is not None
    return escape_mrkdwn(entry.answer_in(lang))


async def test_policy_in_japanese_answers_in_japanese_with_its_section(desk: SlackDesk) -> None:
    payload = await ask(desk, "個人情報の開示を請求したい")
    assert answer_of("disclosure-request", "ja")[:40] in shown(payload)
    assert "セクション: disclosure (開示)" in shown(payload)
    assert "質問: 個人情報の開示を請求したい" in shown(payload)


async def test_policy_in_english_answers_in_english_with_its_section(desk: SlackDesk) -> None:
    payload = await ask(desk, "What is the phone number of your inquiry desk?")
    assert answer_of("contact-desk", "en")[:40] in shown(payload)
    assert "Section: contact" in shown(payload)


async def test_policy_without_a_confident_answer_says_so(desk: SlackDesk) -> None:
    nearest = await ask(desk, "クッキーは使っていますか")
    assert "確度の高い回答は見つかりませんでした" in shown(nearest)
    assert "`purpose-uses`" in shown(nearest)  # the nearest entries are listed
    nothing = await ask(desk, "what is the weather tomorrow")
    assert "No FAQ entry matches" in shown(nothing)


async def test_policy_with_no_text_explains_itself_in_both_languages(desk: SlackDesk) -> None:
    payload = await ask(desk, "   ")
    assert "/policy QUESTION" in shown(payload) and "/policy 質問" in shown(payload)


async def test_the_echoed_question_is_escaped(desk: SlackDesk) -> None:
    payload = await ask(desk, "<!channel> @here 開示請求 <https://evil|bank>")
    assert "&lt;!channel&gt; ＠here 開示請求 &lt;https://evil|bank&gt;" in shown(payload)


async def test_policy_is_open_to_everyone_in_the_workspace(desk: SlackDesk) -> None:
    payload = await ask(desk, "how do I request disclosure of my data?", user=STRANGER)
    assert "Section: disclosure" in shown(payload)


# --- App Home -----------------------------------------------------------------------------------


async def test_home_lists_my_claimed_cases_and_the_unclaimed_ones_newest_first(
    desk: SlackDesk,
) -> None:
    def make(subject: str, minutes: int) -> int:
        return new_case(desk.store, subject=subject, at=T0 + timedelta(minutes=minutes)).number

    mine_old, mine_new = make("mine old", 0), make("mine new", 5)
    theirs, done = make("theirs", 1), make("done", 2)
    open_old, open_new = make("open old", 3), make("open new", 4)
    now = datetime.now(UTC)
    for number, who in ((mine_old, STAFF), (mine_new, STAFF), (theirs, OTHER)):
        desk.store.transition("claim", number, who, now)
    desk.store.transition("resolve", done, STAFF, now)
    assert (await desk.post(app_home_opened_body(STAFF)))[0] == 200
    view = await eventually(lambda: desk.fake.home.get(STAFF))
    rows = [b["block_id"] for b in view["blocks"] if b.get("block_id", "").startswith("home:")]
    assert rows == [f"home:case:{n}" for n in (mine_new, mine_old, open_new, open_old)]
    text = json.dumps(view, ensure_ascii=False)
    assert "Your cases / 担当中 (2)" in text and "Unclaimed / 未担当 (2)" in text
    assert "theirs" not in text and "done" not in text
    [call] = desk.fake.calls_to("views.publish")
    assert call.params["user_id"] == STAFF


async def test_home_shows_no_case_to_someone_off_the_list(desk: SlackDesk) -> None:
    new_case(desk.store, subject="private matter")
    await desk.post(app_home_opened_body(STRANGER))
    view = await eventually(lambda: desk.fake.home.get(STRANGER))
    text = json.dumps(view, ensure_ascii=False)
    assert "staff only" in text and "private matter" not in text and "hanako" not in text


async def test_the_messages_tab_publishes_nothing(desk: SlackDesk) -> None:
    body = json.loads(app_home_opened_body(STAFF))
    body["event"]["tab"] = "messages"
    assert (await desk.post(json.dumps(body)))[0] == 200
    await desk.post(app_home_opened_body(OTHER))  # a later event, to know the first was handled
    await eventually(lambda: desk.fake.home.get(OTHER))
    assert STAFF not in desk.fake.home


async def test_home_with_200_open_cases_is_accepted_within_100_blocks(desk: SlackDesk) -> None:
    for n in range(200):
        new_case(desk.store, subject=f"case {n}", at=T0 + timedelta(seconds=n))
    await desk.post(app_home_opened_body(STAFF))
    view = await eventually(lambda: desk.fake.home.get(STAFF))  # the fake checks the limits
    assert len(view["blocks"]) <= 100
    assert "…and" in json.dumps(view, ensure_ascii=False)
