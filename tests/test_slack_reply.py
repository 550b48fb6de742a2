"""Replying to a customer from Slack: the editor, its validation, the preview, and Send queueing
exactly the previewed text as a "reply" outbox row."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fakeslack import FakeSlack
from slack_signing import (
    CHANNEL,
    SlackDesk,
    eventually,
    new_case,
    slack_desk,
    view_submission_body,
)

from bot.modals import CALLBACK_REPLY_SEND, CALLBACK_REPLY_SUBMIT
from casework.faq import default_faq_path, load_faq
from casework.models import FaqHit
from casework.store import CaseStore

STAFF, OTHER = "U0STAFF01", "U0STAFF02"


@pytest.fixture
async def desk(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    async with slack_desk(fresh_store, fake) as running:
        yield running


async def claimed_case(desk: SlackDesk, by: str = STAFF, **kw: Any) -> int:
    case = new_case(desk.store, **kw)
    desk.store.transition("claim", case.number, by, datetime.now(UTC))
    await desk.drain()
    return case.number


async def submit(
    desk: SlackDesk, callback_id: str, metadata: str, text: str | None = None, user: str = STAFF
) -> tuple[int, dict[str, Any]]:
    values = {"reply_body": {"body": text}} if text is not None else {}
    status, body = await desk.post(view_submission_body(callback_id, metadata, values, user))
    return status, json.loads(body) if body else {}


def reply_rows(desk: SlackDesk) -> list[dict[str, Any]]:
    return [json.loads(payload) for _, _, payload, _ in desk.outbox_rows("reply")]


async def test_reply_opens_the_editor_prefilled_with_the_confident_faq_answer(
    desk: SlackDesk,
) -> None:
    hit = FaqHit("disclosure-request", "disclosure", 0.6)
    number = await claimed_case(desk, hits=(hit,), answered=True, language="ja")
    assert (await desk.click("case_reply", number, STAFF))[0] == 200
    [opened] = await eventually(lambda: desk.fake.calls_to("views.open"))
    view = opened.params["view"]
    assert view["callback_id"] == CALLBACK_REPLY_SUBMIT
    assert json.loads(view["private_metadata"]) == {"case": number}
    [element] = [b["element"] for b in view["blocks"] if b["type"] == "input"]
    entry = load_faq(default_faq_path()).get("disclosure-request")
    assert entry is not None
    # A letter: greeting, the answer, signature (casework.letters).
    letter = element["initial_value"]
    assert letter.startswith("山田 花子様\n") and entry.answer_in("ja") in letter
    assert letter.rstrip().endswith("株式会社プラネットマネジメント 業務部")
    assert element["max_length"] == 3000 and element["multiline"] is True


async def test_without_a_confident_match_the_editor_starts_with_the_letter_only(
    desk: SlackDesk,
) -> None:
    hit = FaqHit("disclosure-request", "disclosure", 0.2)
    number = await claimed_case(desk, hits=(hit,), answered=False)
    await desk.click("case_reply", number, STAFF)
    [opened] = await eventually(lambda: desk.fake.calls_to("views.open"))
    [element] = [b["element"] for b in opened.params["view"]["blocks"] if b["type"] == "input"]
    entry = load_faq(default_faq_path()).get("disclosure-request")
    assert entry is not None and entry.answer_in("ja") not in element["initial_value"]
    assert "いつもお世話になっております" in element["initial_value"]


@pytest.mark.parametrize(
    ("by", "told"),
    [(OTHER, f"<@{OTHER}> has claimed [PMC-000001]; only the person who claimed"), (None, "")],
)
async def test_only_the_person_who_claimed_the_case_may_reply(
    desk: SlackDesk, by: str | None, told: str
) -> None:
    if by is None:
        new_case(desk.store)
        await desk.drain()
        number, told = 1, "Claim [PMC-000001] before replying"
    else:
        number = await claimed_case(desk, by=by)
    await desk.click("case_reply", number, STAFF)
    [ephemeral] = await eventually(lambda: desk.fake.ephemerals)
    assert ephemeral["user"] == STAFF and told in ephemeral["text"]
    assert desk.fake.calls_to("views.open") == []


async def test_valid_text_is_previewed_and_send_queues_exactly_that_text(desk: SlackDesk) -> None:
    number = await claimed_case(desk)
    text = "山田様\n\nお問い合わせありがとうございます。<!channel> *そのまま* 送ります。\n"
    status, answer = await submit(desk, CALLBACK_REPLY_SUBMIT, json.dumps({"case": number}), text)
    assert status == 200 and answer["response_action"] == "push"
    preview = answer["view"]
    assert preview["callback_id"] == CALLBACK_REPLY_SEND
    shown = "".join(
        b["text"]["text"] for b in preview["blocks"] if b["type"] == "section"
    )  # plain_text sections: exactly as mailed
    assert text.strip() in shown
    assert reply_rows(desk) == []  # a preview sends nothing
    status, answer = await submit(desk, CALLBACK_REPLY_SEND, preview["private_metadata"])
    assert (status, answer) == (200, {"response_action": "clear"})
    [row] = await eventually(lambda: reply_rows(desk))
    assert row["body"] == text and row["author"] == STAFF
    assert row["case"] == desk.store.case(number).id
    assert row["message_id"].endswith("@planetmgmt.biz>")
    [ephemeral] = await eventually(lambda: desk.fake.ephemerals)
    assert ephemeral["channel"] == CHANNEL and "is queued" in ephemeral["text"]
    assert desk.notified  # the mail worker was woken


@pytest.mark.parametrize(
    ("text", "error"), [("", "Write the reply first"), (" \n\t ", "Write the reply first"),
                        ("あ" * 3001, "At most 3,000 characters")]
)  # fmt: skip
async def test_empty_or_too_long_text_is_refused_on_the_input(
    desk: SlackDesk, text: str, error: str
) -> None:
    number = await claimed_case(desk)
    status, answer = await submit(desk, CALLBACK_REPLY_SUBMIT, json.dumps({"case": number}), text)
    assert status == 200 and answer["response_action"] == "errors"
    assert error in answer["errors"]["reply_body"]
    assert reply_rows(desk) == []


async def test_a_long_japanese_reply_is_kept_by_digest_and_sent_exactly(desk: SlackDesk) -> None:
    number = await claimed_case(desk)
    text = "ご連絡ありがとうございます。" * 214  # 2,996 characters: too long for the metadata
    _, answer = await submit(desk, CALLBACK_REPLY_SUBMIT, json.dumps({"case": number}), text)
    metadata = answer["view"]["private_metadata"]
    assert "body" not in json.loads(metadata)
    # Someone else replaying the same preview gets nothing sent.
    await submit(desk, CALLBACK_REPLY_SEND, metadata, user=OTHER)
    [expired] = await eventually(lambda: desk.fake.ephemerals)
    assert expired["user"] == OTHER and "nothing was sent" in expired["text"]
    await submit(desk, CALLBACK_REPLY_SEND, metadata)
    [row] = await eventually(lambda: reply_rows(desk))
    assert row["body"] == text


async def test_a_replayed_send_mails_nothing_more(desk: SlackDesk) -> None:
    # The same signed submission twice (a replay inside the signature's five minutes, or a
    # retry): one reply, not two.
    number = await claimed_case(desk)
    _, answer = await submit(desk, CALLBACK_REPLY_SUBMIT, json.dumps({"case": number}), "はい")
    send = view_submission_body(CALLBACK_REPLY_SEND, answer["view"]["private_metadata"], {}, STAFF)
    for _ in range(2):
        assert (await desk.post(send))[0] == 200
    await eventually(lambda: len(desk.fake.ephemerals) == 1)
    # Another preview of the same case is a new reply.
    _, again = await submit(desk, CALLBACK_REPLY_SUBMIT, json.dumps({"case": number}), "追伸")
    await submit(desk, CALLBACK_REPLY_SEND, again["view"]["private_metadata"])
    rows = await eventually(lambda: len(reply_rows(desk)) >= 2 and reply_rows(desk))
    assert [r["body"] for r in rows] == ["はい", "追伸"]


async def test_a_send_for_a_case_resolved_meanwhile_mails_nothing(desk: SlackDesk) -> None:
    number = await claimed_case(desk)
    _, answer = await submit(desk, CALLBACK_REPLY_SUBMIT, json.dumps({"case": number}), "はい")
    desk.store.transition("resolve", number, OTHER, datetime.now(UTC))
    await submit(desk, CALLBACK_REPLY_SEND, answer["view"]["private_metadata"])
    [told] = await eventually(lambda: desk.fake.ephemerals)
    assert told["user"] == STAFF and reply_rows(desk) == []


async def test_a_preview_whose_text_does_not_match_its_digest_sends_nothing(
    desk: SlackDesk,
) -> None:
    number = await claimed_case(desk)
    _, answer = await submit(desk, CALLBACK_REPLY_SUBMIT, json.dumps({"case": number}), "Hello")
    meta = json.loads(answer["view"]["private_metadata"])
    meta["body"] = "Something else entirely"
    status, _ = await submit(desk, CALLBACK_REPLY_SEND, json.dumps(meta))
    assert status == 200
    await desk.post(view_submission_body(CALLBACK_REPLY_SEND, "{}", {}, STAFF))
    assert reply_rows(desk) == []


async def test_send_after_someone_else_took_the_case_is_refused(desk: SlackDesk) -> None:
    number = await claimed_case(desk)
    _, answer = await submit(desk, CALLBACK_REPLY_SUBMIT, json.dumps({"case": number}), "Hello")
    now = datetime.now(UTC)
    desk.store.transition("unclaim", number, OTHER, now)
    desk.store.transition("claim", number, OTHER, now)
    await submit(desk, CALLBACK_REPLY_SEND, answer["view"]["private_metadata"])
    [told] = await eventually(lambda: desk.fake.ephemerals)
    assert told["user"] == STAFF and f"<@{OTHER}> has claimed" in told["text"]
    assert reply_rows(desk) == []


async def test_a_case_without_a_sender_address_cannot_be_replied_to(desk: SlackDesk) -> None:
    number = await claimed_case(desk, sender="")
    await desk.click("case_reply", number, STAFF)
    [told] = await eventually(lambda: desk.fake.ephemerals)
    assert "no sender address" in told["text"]
    assert desk.fake.calls_to("views.open") == []


async def test_text_typed_in_a_thread_is_never_mailed(desk: SlackDesk) -> None:
    number = await claimed_case(desk)
    ts = desk.store.case(number).slack_ts
    event = {
        "type": "event_callback",
        "team_id": "T0PLANET",
        "api_app_id": "A0DESKAPP",
        "event_id": "Ev0THREAD",
        "event_time": 1700000000,
        "event": {
            "type": "message",
            "channel": CHANNEL,
            "user": STAFF,
            "text": "Dear customer, here is our answer",
            "ts": "1700000999.000100",
            "thread_ts": ts,
        },
    }
    before = len(desk.fake.calls)
    await desk.post(json.dumps(event))
    assert reply_rows(desk) == []
    assert len(desk.fake.calls) - before <= 1  # at most Bolt's own auth.test
    assert all(c.method == "auth.test" for c in desk.fake.calls[before:])
