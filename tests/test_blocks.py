"""The Block Kit builders read as data: escaping, limits, buttons by state, modals, Home."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fakeslack import FakeSlack, check_message, check_view
from slack_sdk.web.async_client import AsyncWebClient

from bot.blocks import (
    ACTION_SHOW_MAIL,
    case_message,
    thread_note_followup,
    thread_note_reply_sent,
    thread_note_transition,
)
from bot.escaping import escape_mrkdwn, truncate, utf16_len
from bot.home import app_home
from bot.modals import (
    CALLBACK_REPLY_SEND,
    full_mail_modal,
    read_reply_metadata,
    reply_modal,
    reply_preview_modal,
)
from bot.policy_blocks import policy_answer, policy_usage
from casework.models import (
    AckState,
    Attachment,
    Case,
    CaseStatus,
    FaqHit,
    PersonalInfoRequest,
)

EVIL = "<!channel> <@U123> <https://evil.example|bank> @here <!subteam^S1> & @everyone"
T0 = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)  # 23:00 in Tokyo, a Saturday


def make_case(**changes: Any) -> Case:
    case = Case(
        id=7,
        number=123,
        tag="[PMC-000123]",
        status=CaseStatus.OPEN,
        assignee=None,
        subject="個人情報の開示について",
        customer_address="hanako@example.jp",
        customer_name="山田 花子",
        language="ja",
        created_at=T0,
        updated_at=T0,
        received_at=T0,
        out_of_hours=True,
        ack_state=AckState.SENT,
        ack_reason="",
        pi_request=None,
        faq_hits=(FaqHit("disclosure-1", "disclosure", 0.91),),
        answered=True,
    )
    return dataclasses.replace(case, **changes)


def render(case: Case, excerpt: str = "本文です", **kw: Any) -> dict[str, Any]:
    kw.setdefault("attachments", ())
    kw.setdefault("faq_titles", {"disclosure-1": "開示を請求するには?"})
    return case_message(case, excerpt=excerpt, **kw)


def text_objects(node: Any) -> Iterator[dict[str, Any]]:
    """Every text object (plain_text or mrkdwn) anywhere in a payload."""
    if isinstance(node, dict):
        if node.get("type") in ("plain_text", "mrkdwn") and "text" in node:
            yield node
        for value in node.values():
            yield from text_objects(value)
    elif isinstance(node, list):
        for item in node:
            yield from text_objects(item)


def action_ids(message: dict[str, Any]) -> list[str]:
    actions = [b for b in message["blocks"] if b["type"] == "actions"]
    assert len(actions) == 1
    return [e["action_id"] for e in actions[0]["elements"]]


def assert_inert(payload: dict[str, Any], allowed_mentions: tuple[str, ...] = ()) -> None:
    """No mrkdwn text can notify, mention or hide a link; plain text has no broadcast words."""
    texts = [t for t in text_objects(payload)]
    fallback = payload.get("text")
    if isinstance(fallback, str):
        texts.append({"type": "mrkdwn", "text": fallback})
    for obj in texts:
        text = obj["text"]
        for mention in allowed_mentions:
            text = text.replace(mention, "")
        assert "@here" not in text and "@channel" not in text and "@everyone" not in text
        if obj["type"] == "mrkdwn":
            assert "<" not in text and ">" not in text.replace("\n>", "\n").lstrip(">"), text


# --- escaping and truncation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<!channel>", "&lt;!channel&gt;"),
        ("<!here>", "&lt;!here&gt;"),
        ("<@U123>", "&lt;@U123&gt;"),
        ("<https://evil|bank>", "&lt;https://evil|bank&gt;"),
        ("<!subteam^S1>", "&lt;!subteam^S1&gt;"),
        ("@here please", "＠here please"),
        ("ping @Channel and @everyone", "ping ＠Channel and ＠everyone"),
        ("mail user@here.example", "mail user@here.example"),
        ("&amp; stays text", "&amp;amp; stays text"),
        ("*bold* _it_", "*bold* _it_"),
    ],
)
def test_escape_mrkdwn(raw: str, escaped: str) -> None:
    assert escape_mrkdwn(raw) == escaped


def test_truncate_keeps_text_that_fits_and_cuts_japanese_at_code_points() -> None:
    assert truncate("日本語", 3) == "日本語"
    cut = truncate("お問い合わせありがとうございます", 10)
    assert cut == "お問い合わせありが…" and utf16_len(cut) <= 10


def test_truncate_never_splits_an_emoji_or_a_combining_sequence() -> None:
    thumbs = "👍🏽" * 10  # each is two astral code points: 4 UTF-16 units
    for limit in range(1, 20):
        cut = truncate(thumbs, limit)
        assert utf16_len(cut) <= limit
        body = cut.removesuffix("…")
        assert body == "👍🏽" * (len(body) // 2)
    dakuten = "か\u3099" * 5  # が written with a combining voiced mark
    for limit in range(2, 10):
        assert not truncate(dakuten, limit).removesuffix("…").endswith("か")
    family = "👨\u200d👩\u200d👧 end"
    assert not truncate(family, 4).removesuffix("…").endswith("\u200d")


def test_truncate_drops_a_half_entity() -> None:
    assert truncate("ab &amp; cd", 6) == "ab…"


# --- the case message --------------------------------------------------------------------------


def test_case_message_shows_every_fact_staff_need() -> None:
    case = make_case(
        pi_request=PersonalInfoRequest.DISCLOSURE, followups=2, last_customer_message_at=T0
    )
    message = render(case, attachments=[Attachment("明細.pdf", "application/pdf", 20480)])
    flat = json.dumps(message, ensure_ascii=False)
    header = message["blocks"][0]
    assert header["type"] == "header"
    assert header["text"]["text"] == "[PMC-000123] 個人情報の開示について"
    for fact in (
        "Open / 未対応",
        "山田 花子 &lt;hanako@example.jp&gt;",
        "2026-11-28 (Sat/土) 23:00 JST",
        "日本語",
        "Out of hours",
        "sent / 送信済み",
        "開示を請求するには?",
        "`disclosure-1` · disclosure · 0.91",
        "🔒",
        "act without delay",
        "本文です",
        "明細.pdf (20 KB)",
        "2 follow-up mail(s)",
    ):
        assert fact in flat, fact
    assert message["text"].startswith("🔒 [PMC-000123]")


@pytest.mark.parametrize(
    ("state", "reason", "shown"),
    [
        (AckState.PENDING, "", "queued"),
        (
            AckState.SUPPRESSED,
            "Auto-Submitted: auto-replied",
            "not sent / 送信せず: Auto-Submitted",
        ),
        (AckState.NOT_NEEDED, "", "not needed"),
        (AckState.FAILED, "relay <down>", "failed / 送信失敗: relay &lt;down&gt;"),
    ],
)
def test_acknowledgement_line(state: AckState, reason: str, shown: str) -> None:
    message = render(make_case(ack_state=state, ack_reason=reason))
    assert shown in json.dumps(message, ensure_ascii=False)


def test_customer_text_is_inert_everywhere_in_the_case_message() -> None:
    case = make_case(
        subject=EVIL,
        customer_name=EVIL,
        customer_address="<!everyone>@evil.example",
        ack_state=AckState.SUPPRESSED,
        ack_reason=EVIL,
        assignee="U0STAFF01",
        status=CaseStatus.CLAIMED,
    )
    message = render(
        case,
        excerpt=EVIL + "\n> quoted <@U999>",
        attachments=[Attachment(EVIL, "text/plain", 10)],
        faq_titles={"disclosure-1": EVIL},
        closed_reason=EVIL,
    )
    assert_inert(message, allowed_mentions=("<@U0STAFF01>",))
    assert "<@U0STAFF01>" in json.dumps(message)
    # The header is plain_text, which Slack never parses; broadcast words are still defused.
    assert message["blocks"][0]["text"]["type"] == "plain_text"


@pytest.mark.parametrize(
    ("status", "assignee", "expected"),
    [
        (CaseStatus.OPEN, None, ["case_claim", "case_assign", "case_resolve", "case_show_mail"]),
        (
            CaseStatus.CLAIMED,
            "U0STAFF01",
            ["case_unclaim", "case_assign", "case_resolve", "case_reply", "case_show_mail"],
        ),
        (CaseStatus.RESOLVED, "U0STAFF01", ["case_reopen", "case_show_mail"]),
    ],
)
def test_buttons_by_state(status: CaseStatus, assignee: str | None, expected: list[str]) -> None:
    message = render(make_case(status=status, assignee=assignee))
    assert action_ids(message) == expected
    actions = message["blocks"][-1]
    buttons = [e for e in actions["elements"] if e["type"] == "button"]
    assert {e["value"] for e in buttons} == {"123"}
    assert all(len(e["text"]["text"]) <= 75 for e in buttons)
    # The "Assign…" picker reads its case from the block id; it starts on the assignee.
    pickers = [e for e in actions["elements"] if e["type"] == "users_select"]
    assert actions["block_id"].startswith("case:123:actions:")
    assert [p.get("initial_user") for p in pickers] == (
        [] if status is CaseStatus.RESOLVED else [assignee]
    )


def test_block_ids_are_stable_and_the_actions_id_changes_with_each_version() -> None:
    first = render(make_case())
    again = render(make_case())
    later = render(make_case(updated_at=T0 + timedelta(seconds=5)))
    assert first == again
    ids = [b["block_id"] for b in first["blocks"]]
    assert len(set(ids)) == len(ids) and all(i.startswith("case:123:") for i in ids)
    assert first["blocks"][-1]["block_id"] != later["blocks"][-1]["block_id"]


def hundred_kb() -> str:
    line = "お問い合わせの件、よろしくお願いします。👍🏽 <!here> & <@U1> テスト\n"
    return (line * (100_000 // len(line.encode()) + 1))[: 100_000 // 2]


def test_a_100_kb_body_stays_within_every_message_limit() -> None:
    body = hundred_kb()
    message = render(make_case(subject=body, customer_name=body), excerpt=body)
    assert check_message(message["text"], message["blocks"]) is None
    total = sum(utf16_len(t["text"]) for t in text_objects(message["blocks"]))
    assert total < 12_000  # Slack refuses block payloads around 13k characters
    assert utf16_len(message["text"]) <= 4000


async def test_a_100_kb_body_is_accepted_by_the_fake_slack() -> None:
    body = hundred_kb()
    async with FakeSlack() as fake:
        client = AsyncWebClient(token=fake.bot_token, base_url=fake.url)
        message = render(make_case(subject=body), excerpt=body)
        await client.chat_postMessage(channel="C0CASES1", **message)
        await client.views_open(trigger_id="t1", view=full_mail_modal(make_case(), body, body))
        await client.views_publish(user_id="U1", view=app_home([], [make_case()] * 200, "U1"))


# --- modals ------------------------------------------------------------------------------------


def test_full_mail_modal_splits_a_long_mail_within_limits() -> None:
    body = hundred_kb()
    view = full_mail_modal(make_case(), body, "From: " + EVIL)
    assert check_view(view) is None
    assert len(view["blocks"]) <= 100
    assert len(json.dumps(view).encode()) < 250_000
    assert "more characters not shown" in view["blocks"][-1]["elements"][0]["text"]
    assert_inert(view)
    short = full_mail_modal(make_case(), "line one\nline two", "From: a@b")
    assert short["blocks"][-1]["text"]["text"] == "line one\nline two"


def test_reply_modal() -> None:
    view = reply_modal(make_case(), "Thank you for your inquiry.")
    assert check_view(view) is None
    assert view["callback_id"] == "case_reply_submit"
    assert json.loads(view["private_metadata"]) == {"case": 123}
    block = next(b for b in view["blocks"] if b["type"] == "input")
    assert block["block_id"] == "reply_body"
    element = block["element"]
    assert element["action_id"] == "body" and element["multiline"] is True
    assert element["max_length"] == 3000
    assert element["initial_value"] == "Thank you for your inquiry."
    assert "info@planetmgmt.biz" in json.dumps(view) and "hanako@example.jp" in json.dumps(view)
    assert "initial_value" not in reply_modal(make_case(), "  ")["blocks"][1]["element"]


def test_reply_preview_shows_the_body_and_carries_it_to_send() -> None:
    body = "ご連絡ありがとうございます。<@U1> & 開示の手続きは…"
    view = reply_preview_modal(make_case(), body)
    assert check_view(view) is None
    assert view["callback_id"] == CALLBACK_REPLY_SEND
    assert view["submit"]["text"] == "Send / 送信"
    shown = [b["text"] for b in view["blocks"] if b["type"] == "section"]
    assert shown == [{"type": "plain_text", "text": body, "emoji": False}]
    assert read_reply_metadata(view["private_metadata"])[::2] == (123, body)
    assert_inert(view)


def test_reply_preview_of_a_long_body_keeps_only_its_digest() -> None:
    body = "長" * 3000
    number, digest, carried = read_reply_metadata(
        reply_preview_modal(make_case(), body)["private_metadata"]
    )
    assert (number, carried) == (123, None) and len(digest) == 64
    tampered = json.dumps({"case": 123, "sha256": digest, "body": "something else"})
    with pytest.raises(ValueError):
        read_reply_metadata(tampered)


# --- thread notes ------------------------------------------------------------------------------


def test_thread_notes() -> None:
    followup = thread_note_followup(EVIL, "2026-11-29 (Sun/日) 09:00 JST")
    assert_inert(followup)
    sent = thread_note_reply_sent("U0STAFF01", EVIL)
    assert_inert(sent, allowed_mentions=("<@U0STAFF01>",))
    assert "<@U0STAFF01>" in sent["blocks"][0]["text"]["text"]
    note = thread_note_transition("U0STAFF01", "claim")
    assert note["text"] == "<@U0STAFF01> claimed the case / 担当しました"
    assert "<" not in thread_note_transition("<!channel>", "claim")["text"]


# --- /policy -----------------------------------------------------------------------------------

MATCHES = [
    ("disclosure-1", "disclosure", 0.92, "How do I request disclosure?", "Write to info@ ..."),
    ("correction-1", "correction", 0.41, "How do I correct my data?", "We will correct ..."),
    ("contact-1", "contact", 0.30, "Who do I contact?", "The Inquiry Desk ..."),
]


def test_policy_answer_when_confident_gives_the_answer_and_its_section() -> None:
    payload = policy_answer("How can I see my data? <!channel>", "en", True, MATCHES)
    assert payload["response_type"] == "ephemeral"
    flat = json.dumps(payload, ensure_ascii=False)
    assert "Write to info@" in flat and "disclosure (開示)" in flat
    assert "&lt;!channel&gt;" in flat
    assert_inert(payload)
    assert check_message(payload["text"], payload["blocks"]) is None


def test_policy_answer_in_japanese_when_not_confident_lists_the_nearest() -> None:
    payload = policy_answer("クッキーは?", "ja", False, MATCHES)
    flat = json.dumps(payload, ensure_ascii=False)
    assert "確度の高い回答は見つかりませんでした" in flat
    assert all(m[3] in flat for m in MATCHES)
    assert "Write to info@" not in flat
    nothing = policy_answer("???", "en", False, [])
    assert "No FAQ entry matches" in nothing["text"]


def test_policy_usage() -> None:
    both = policy_usage()
    assert both["response_type"] == "ephemeral" and len(both["blocks"]) == 2
    assert "/policy" in policy_usage("en")["blocks"][0]["text"]["text"]


# --- App Home ----------------------------------------------------------------------------------


def numbered(n: int, **changes: Any) -> Case:
    return make_case(
        number=n, tag=f"[PMC-{n:06d}]", received_at=T0 + timedelta(minutes=n), **changes
    )


def test_home_with_200_cases_stays_within_100_blocks_newest_first() -> None:
    claimed = [numbered(n, status=CaseStatus.CLAIMED, assignee="U1") for n in range(100)]
    unclaimed = [numbered(n) for n in range(100, 300)]
    view = app_home(claimed, unclaimed, "U1")
    assert view["type"] == "home" and check_view(view) is None
    assert len(view["blocks"]) <= 100
    rows = [b for b in view["blocks"] if b.get("block_id", "").startswith("home:case:")]
    mine = [
        int(b["block_id"].split(":")[-1]) for b in rows if int(b["block_id"].split(":")[-1]) < 100
    ]
    assert mine == sorted(mine, reverse=True) and mine[0] == 99
    more = [t["text"] for t in text_objects(view) if "more" in t["text"]]
    assert len(more) == 2 and all("…and" in m for m in more)
    assert rows[0]["accessory"]["action_id"] == ACTION_SHOW_MAIL


def test_home_gives_unused_room_to_the_other_list_and_handles_empty_lists() -> None:
    view = app_home([], [numbered(n) for n in range(150)], "U1")
    rows = [b for b in view["blocks"] if b.get("block_id", "").startswith("home:case:")]
    assert len(rows) > 80 and len(view["blocks"]) <= 100
    empty = app_home([], [], "U1")
    assert "nothing claimed" in json.dumps(empty) and len(empty["blocks"]) == 6


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("", 0),
        ("plain ascii", 11),
        ("日本語", 3),
        ("👍🏽", 4),  # two astral code points
        ("a😀b", 4),
        ("bad \udcff byte", 10),  # a lone surrogate (undecodable bytes) is one unit
        ("\U000e0100", 2),
    ],
)
def test_utf16_length_counts_astral_characters_twice(text: str, units: int) -> None:
    assert utf16_len(text) == units
    assert utf16_len(text) == sum(2 if ord(c) > 0xFFFF else 1 for c in text)


def test_truncate_counts_units_on_every_path() -> None:
    assert truncate("a" * 10, 5) == "aaaa…"
    assert truncate("日本語のテキスト", 5) == "日本語の…"
    assert truncate("😀😀😀😀", 5) == "😀😀…"  # 2 + 2 units, then the ellipsis
    assert truncate("bad \udcff byte and more", 6) == "bad \udcff…"
    assert truncate("anything", 0) == ""
