"""/case over signed HTTP: a case shown to the asker only, a search, staff only."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from fakeslack import FakeSlack
from slack_signing import T0, SlackDesk, assert_inert, new_case, slack_desk, slash_command_body

from bot.lookup import case_number_in
from casework.store import CaseStore

STAFF, STRANGER = "U0STAFF01", "U0STRANGER"


@pytest.fixture
async def desk(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    async with slack_desk(fresh_store, fake, allowed_users=(STAFF,)) as running:
        yield running


async def case_command(
    desk: SlackDesk, text: str, user: str = STAFF, ours: tuple[str, ...] = ()
) -> dict[str, Any]:
    body = slash_command_body("/case", text, user, response_url=desk.fake.response_url())
    status, answer = await desk.post(body)
    assert status == 200
    payload: dict[str, Any] = json.loads(answer)
    assert payload["response_type"] == "ephemeral"
    assert_inert(payload, ours)  # `ours`: the desk's own links
    return payload


def shown(payload: dict[str, Any]) -> str:
    return json.dumps(payload["blocks"], ensure_ascii=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [("123", 123), ("#12", 12), ("PMC-000123", 123), ("[PMC-000007]", 7), (" 5 ", 5),
     ("開示", None), ("123 456", None), ("invoice", None)],
)  # fmt: skip
def test_what_names_a_case(text: str, number: int | None) -> None:
    assert case_number_in(text) == number


async def test_case_number_shows_the_case_with_a_link_and_no_buttons(desk: SlackDesk) -> None:
    case = new_case(desk.store, subject="個人情報の開示について", name="山田 花子")
    await desk.drain()  # posted to the channel
    posted = desk.store.case(case.number)
    assert posted.slack_ts is not None
    link = f"<https://planet-desk.slack.com/archives/{posted.slack_channel}/p"
    link += f"{posted.slack_ts.replace('.', '')}|Open in the channel / チャンネルで開く>"
    payload = await case_command(desk, str(case.number), ours=(link,))
    text = shown(payload)
    assert "[PMC-000001]" in text and "山田 花子" in text and "hanako@example.jp" in text
    assert all(b["type"] != "actions" for b in payload["blocks"])
    assert json.dumps(link, ensure_ascii=False)[1:-1] in text  # chat.getPermalink's link
    assert len(desk.fake.calls_to("chat.postMessage")) == 1


async def test_an_unknown_number_says_so(desk: SlackDesk) -> None:
    payload = await case_command(desk, "PMC-000099")
    assert "no case 99" in payload["text"] and "案件 99 はありません" in payload["text"]


async def test_words_search_subjects_and_bodies_in_japanese_and_english(desk: SlackDesk) -> None:
    new_case(desk.store, subject="配信停止のお願い", body="メールマガジンを止めてください。")
    new_case(
        desk.store, subject="Invoice", body="The invoice amount is wrong.", language="en",
        at=T0 + timedelta(minutes=1),
    )  # fmt: skip
    ja = await case_command(desk, "止めて")
    assert "[PMC-000001]" in shown(ja) and "[PMC-000002]" not in shown(ja)
    en = await case_command(desk, "invoice amount")
    assert "[PMC-000002]" in shown(en) and "[PMC-000001]" not in shown(en)
    none = await case_command(desk, "存在しない語句")
    assert "存在しない語句" in none["text"] and "PMC-" not in shown(none)


async def test_a_search_too_long_to_run_says_so(desk: SlackDesk) -> None:
    new_case(desk.store, subject="aaaa", body="a" * 5000)
    payload = await case_command(desk, "a" * 200)
    assert "Search not run" in payload["text"] and "PMC-" not in shown(payload)


async def test_no_text_explains_the_command(desk: SlackDesk) -> None:
    payload = await case_command(desk, "")
    assert "/case 123" in shown(payload) and "/case WORDS" in shown(payload)


async def test_someone_off_the_staff_list_sees_no_case(desk: SlackDesk) -> None:
    new_case(desk.store, subject="配信停止のお願い")
    for text in ("1", "配信停止"):
        payload = await case_command(desk, text, user=STRANGER)
        assert "PMC-" not in shown(payload) and "配信停止" not in shown(payload)
        assert "only the inquiry desk's staff" in payload["text"]
