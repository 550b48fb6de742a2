"""Saved replies: letters in the customer's language from templates/replies (greeting, body,
signature), and the reply editor's "Start from…" menu of FAQ answers and saved replies, driven
through signed requests against the fake Slack (views.open, block_actions, views.update)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fakeslack import FakeSlack
from slack_signing import (
    SlackDesk,
    eventually,
    interactive_body,
    new_case,
    slack_desk,
    view_submission_body,
)

from bot.modals import CALLBACK_REPLY_SEND, CALLBACK_REPLY_SUBMIT
from casework.faq import default_faq_path, load_faq
from casework.letters import LetterContext, LetterError, Letters, replies_dir
from casework.models import FaqHit
from casework.resources import shipped
from casework.store import CaseStore

STAFF = "U0STAFF01"
HITS = (
    FaqHit("disclosure-request", "disclosure", 0.6),
    FaqHit("correction-request", "correction", 0.4),
    FaqHit("suspension-request", "suspension", 0.3),
    FaqHit("contact-desk", "contact", 0.2),
)


def shipped_letters() -> Letters:
    return Letters(replies_dir(None))


# --- the letters themselves -------------------------------------------------------------------


def test_a_saved_reply_in_japanese_reads_as_a_japanese_letter() -> None:
    letters = shipped_letters()
    context = LetterContext("山田 花子", "[PMC-000042]", "佐藤")
    body = letters.saved_text("more-information", "ja", context)
    letter = letters.letter("ja", body, context)
    lines = letter.splitlines()
    assert lines[0] == "山田 花子様"
    assert "いつもお世話になっております。" in lines
    assert "株式会社プラネットマネジメント 業務部の佐藤でございます。" in lines
    assert "[PMC-000042]" in body and body in letter  # the case tag, in the saved reply
    assert lines[-2:] == ["株式会社プラネットマネジメント 業務部", "佐藤"]
    assert "Dear" not in letter and "{{" not in letter and "{#" not in letter


def test_a_saved_reply_in_english_reads_as_an_english_letter() -> None:
    letters = shipped_letters()
    context = LetterContext("Jane Smith", "[PMC-000043]", "Sato")
    body = letters.saved_text("received", "en", context)
    letter = letters.letter("en", body, context)
    lines = letter.splitlines()
    assert lines[0] == "Dear Jane Smith,"
    assert "Sato will write to you again" in body and body in letter  # the staff's name
    assert "Kind regards," in lines
    assert lines[-3:] == ["Sato", "Operations Department", "Planet Management Co., Ltd."]
    assert "様" not in letter


def test_every_saved_reply_has_both_languages_and_a_title() -> None:
    letters = shipped_letters()
    ja, en = letters.saved("ja"), letters.saved("en")
    assert [s.name for s in ja] == [s.name for s in en] and len(ja) >= 3
    assert all(s.title != s.name for s in ja + en)
    assert "_letter" not in {s.name for s in ja}  # the frame is not offered as a reply


def test_a_customer_name_with_template_syntax_is_not_evaluated() -> None:
    letters = shipped_letters()
    name = "{{ 7*7 }}{% for x in range(3) %}x{% endfor %}\r\nBcc: evil@example.net"
    letter = letters.letter("en", "Body.", LetterContext(name, "[PMC-000044]", ""))
    first = letter.splitlines()[0]
    assert first == "Dear {{ 7*7 }}{% for x in range(3) %}x{% endfor %} Bcc: evil@example.net,"
    assert "49" not in letter and "xxx" not in letter


def test_a_template_with_an_unknown_variable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "oops.en.txt.j2").write_text("{#- title: Oops -#}\nHello {{ custmer }}\n")
    letters = Letters(tmp_path)
    with pytest.raises(LetterError, match="custmer"):
        letters.saved_text("oops", "en", LetterContext("A", "[PMC-000001]", "B"))
    with pytest.raises(LetterError, match="no saved reply"):
        letters.saved_text("../_letter", "en", LetterContext("A", "[PMC-000001]", "B"))


def test_a_templates_dir_without_replies_uses_the_shipped_ones(tmp_path: Path) -> None:
    assert replies_dir(tmp_path) == shipped("templates") / "replies"
    (tmp_path / "replies").mkdir()
    assert replies_dir(tmp_path) == tmp_path / "replies"


# --- the editor in Slack ----------------------------------------------------------------------


@pytest.fixture
async def desk(fresh_store: CaseStore, fake: FakeSlack) -> AsyncIterator[SlackDesk]:
    fake.users[STAFF] = {"name": "sato", "profile": {"display_name": "佐藤"}}
    async with slack_desk(fresh_store, fake) as running:
        yield running


async def open_editor(desk: SlackDesk, **kw: Any) -> tuple[int, dict[str, Any]]:
    case = new_case(desk.store, **kw)
    desk.store.transition("claim", case.number, STAFF, datetime.now(UTC))
    await desk.drain()
    assert (await desk.click("case_reply", case.number, STAFF))[0] == 200
    [opened] = await eventually(lambda: desk.fake.calls_to("views.open"))
    return case.number, opened.params["view"]


def menu_of(view: dict[str, Any]) -> dict[str, Any]:
    [menu] = [
        e
        for b in view["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "case_reply_template"
    ]
    return menu


def input_of(view: dict[str, Any]) -> dict[str, Any]:
    [block] = [b for b in view["blocks"] if b["type"] == "input" and "reply_body" in b["block_id"]]
    return block


async def test_the_editor_offers_three_faq_answers_and_the_saved_replies(
    desk: SlackDesk,
) -> None:
    _, view = await open_editor(desk, hits=HITS, answered=True, language="ja")
    groups = menu_of(view)["option_groups"]
    faq = load_faq(default_faq_path())
    [answers, saved] = groups
    assert [o["value"] for o in answers["options"]] == [f"faq:{h.id}" for h in HITS[:3]]
    question = faq.get("disclosure-request")
    assert question is not None
    assert question.question_in("ja") in answers["options"][0]["text"]["text"]
    titles = [o["text"]["text"] for o in saved["options"]]
    assert "詳細のお伺い" in titles and "本人確認書類のお願い" in titles
    # The editor starts as a letter signed with the staff member's display name (users.info).
    letter = input_of(view)["element"]["initial_value"]
    assert letter.startswith("山田 花子様") and letter.rstrip().endswith("業務部\n佐藤")
    assert desk.fake.calls_to("users.info")


async def test_choosing_a_saved_reply_puts_its_letter_in_the_editor_and_it_is_sent(
    desk: SlackDesk,
) -> None:
    number, view = await open_editor(desk, hits=HITS[:1], answered=False, language="en",
                                     name="Jane Smith")  # fmt: skip
    assert [g["label"]["text"] for g in menu_of(view)["option_groups"]][-1].startswith("Saved")
    payload = {
        "type": "block_actions",
        "user": {"id": STAFF, "username": "sato", "team_id": "T0PLANET"},
        "team": {"id": "T0PLANET", "domain": "planet-desk"},
        "api_app_id": "A0DESKAPP",
        "trigger_id": "13345224609.738474920.8088930838d88f008e0",
        "container": {"type": "view", "view_id": "V0EDITOR"},
        "view": {**view, "id": "V0EDITOR", "hash": "1.abc", "state": {"values": {}}},
        "actions": [
            {
                "type": "static_select",
                "action_id": "case_reply_template",
                "block_id": "reply_template",
                "selected_option": {"value": "saved:more-information"},
                "action_ts": "1700000000.000200",
            }
        ],
    }
    desk.fake.views["V0EDITOR"] = view
    assert (await desk.post(interactive_body(payload)))[0] == 200
    [update] = await eventually(lambda: desk.fake.calls_to("views.update"))
    assert update.params["view_id"] == "V0EDITOR"
    updated = update.params["view"]
    block = input_of(updated)
    assert block["block_id"] != "reply_body"  # renamed, so Slack shows the new text
    letter = block["element"]["initial_value"]
    assert letter.startswith("Dear Jane Smith,") and "could you tell us a little more" in letter
    assert desk.store.case(number).tag in letter and "佐藤" in letter
    # Preview and Send as before, from the renamed input.
    metadata = updated["private_metadata"]
    values = {block["block_id"]: {"body": {"type": "plain_text_input", "value": letter}}}
    status, pushed = await desk.post(
        view_submission_body(CALLBACK_REPLY_SUBMIT, metadata, values, STAFF)
    )
    assert status == 200
    preview = json.loads(pushed)["view"]
    assert preview["callback_id"] == CALLBACK_REPLY_SEND
    sent = await desk.post(
        view_submission_body(CALLBACK_REPLY_SEND, preview["private_metadata"], {}, STAFF)
    )
    assert sent[0] == 200
    [row] = await eventually(lambda: desk.outbox_rows("reply"))
    assert json.loads(row[2])["body"] == letter
