"""The out-of-hours acknowledgement end to end: mail in over SMTP on loopback, the
desk's real workers, and a real aiosmtpd relay recording what leaves."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from datetime import timedelta
from email.header import Header
from pathlib import Path
from typing import Any

import pytest
from relay import RecordingRelay
from running_desk import (
    SATURDAY_NIGHT,
    WEDNESDAY_MORNING,
    Clock,
    RunningDesk,
    case_settled,
    make_mail,
)
from running_desk import (
    desk_with_relay as start_desk,
)

from casework.models import AckState, Case
from casework.store import CaseStore

ENVELOPE_SENDER = "taro@example.jp"


@pytest.fixture
async def relay() -> AsyncIterator[RecordingRelay]:
    async with RecordingRelay() as r:
        yield r


def case_in_state(number: int, state: AckState) -> Any:
    def check(store: CaseStore) -> Case | None:
        found = store.cases(limit=number + 10)
        return next((c for c in found if c.number == number and c.ack_state is state), None)

    return check


async def one_case(desk: RunningDesk, raw: bytes, mail_from: str = ENVELOPE_SENDER) -> Case:
    await desk.send(raw, mail_from=mail_from)
    await desk.wait_for(case_settled(1), what="case 1 to be triaged")
    await desk.settled()
    return await desk.call(CaseStore.case, 1)


def body_of(message: Any) -> str:
    part = message.get_body(("plain",))
    return str(part.get_content())


# --- the acknowledgement itself ---------------------------------------------------------------


async def test_japanese_mail_on_saturday_night_gets_one_acknowledgement(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    raw = make_mail(
        sender="山田 太郎 <yamada@example.com>",
        headers={"Reply-To": "someone-else@example.org"},
    )
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        case = await one_case(desk, raw)
        assert case.ack_state is AckState.SENT
        assert case.out_of_hours
        assert case.pi_request is not None and case.pi_request.value == "disclosure"
        mark = await desk.call(CaseStore.ack_mark, ENVELOPE_SENDER)
        assert mark is not None and mark["state"] == "sent"
        outgoing = [m for m in await desk.call(CaseStore.messages, case.id) if m.direction == "out"]

    assert len(relay.messages) == 1
    sent = relay.messages[0]
    # RFC 3834 §4: to the envelope sender only, never From or Reply-To; null reverse-path.
    assert sent.rcpt_tos == [ENVELOPE_SENDER]
    assert sent.mail_from == "<>"
    m = sent.message
    assert m["To"] == ENVELOPE_SENDER
    assert m["Auto-Submitted"] == "auto-replied"
    assert m["X-Auto-Response-Suppress"] == "All"
    assert m["In-Reply-To"] == "<m1@example.jp>"
    assert m["References"] == "<m1@example.jp>"
    assert str(m["Message-ID"]).endswith("@planetmgmt.biz>")
    assert "[PMC-000001]" in str(m["Subject"]) and "自動返信" in str(m["Subject"])
    assert m.get_content_type() == "text/plain" and m.get_content_charset() == "utf-8"
    body = body_of(m)
    assert "2026年11月28日（土）23時05分" in body  # received, in Japan time
    assert "2026年11月30日（月）" in body  # when staff are back: Monday 09:00
    assert "開示" in body  # the confident FAQ answer about disclosure
    assert "手続きを教えてください" not in body  # nothing of the customer's text
    # The acknowledgement is stored on the case as sent mail, with the id the relay saw.
    assert [o.message_id for o in outgoing] == [m["Message-ID"]]


async def test_english_mail_gets_an_english_acknowledgement(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    raw = make_mail(
        sender="Jane Doe <jane@example.com>",
        subject="How do I ask you to stop using my data?",
        body="Hello,\r\nI would like you to stop using my personal information. How can I ask for"
        " that?\r\nBest regards,\r\nJane",
    )
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        case = await one_case(desk, raw, mail_from="jane@example.com")
    assert case.ack_state is AckState.SENT and case.language == "en"
    m = relay.messages[0].message
    subject = str(m["Subject"])
    assert subject.startswith("Auto: [PMC-000001]") and "自動返信" not in subject
    assert m["Content-Language"] == "en"
    body = body_of(m)
    assert "Saturday 28 November 2026 at 23:05" in body
    assert "Monday 30 November 2026 at 09:00" in body
    assert "お問い合わせ" not in body


async def test_mail_in_business_hours_is_not_acknowledged(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    async with start_desk(tmp_path, relay, Clock(WEDNESDAY_MORNING)) as desk:
        case = await one_case(desk, make_mail())
    assert case.ack_state is AckState.NOT_NEEDED and not case.out_of_hours
    assert relay.messages == []


async def test_in_hours_acknowledgements_can_be_switched_on(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    clock = Clock(WEDNESDAY_MORNING)
    async with start_desk(tmp_path, relay, clock, acknowledgement={"in_hours": True}) as desk:
        case = await one_case(desk, make_mail())
    assert case.ack_state is AckState.SENT
    assert "2026年11月25日（水）10時30分" in body_of(relay.messages[0].message)


# --- one test per suppression rule (RFC 3834 §2), header names in mixed case ------------------

SUPPRESSIONS = [
    ("null-sender", {}, "", "info@planetmgmt.biz"),
    ("auto-submitted", {"aUTO-sUBMITTED": "auto-generated"}, ENVELOPE_SENDER, None),
    ("auto-submitted", {"Auto-Submitted": "auto-replied; owner=x"}, ENVELOPE_SENDER, None),
    ("list-mail", {"list-ID": "<news.example.jp>"}, ENVELOPE_SENDER, None),
    ("list-mail", {"LIST-UNSUBSCRIBE": "<mailto:leave@example.jp>"}, ENVELOPE_SENDER, None),
    ("precedence", {"PRECEDENCE": "bulk"}, ENVELOPE_SENDER, None),
    ("precedence", {"precedence": "Junk"}, ENVELOPE_SENDER, None),
    ("precedence", {"Precedence": "list"}, ENVELOPE_SENDER, None),
    ("x-auto-response-suppress", {"x-auto-RESPONSE-suppress": "OOF, AutoReply"}, None, None),
    ("system-sender", {}, "MAILER-DAEMON@example.jp", None),
    ("system-sender", {}, "owner-news@example.jp", None),
    ("system-sender", {}, "news-request@example.jp", None),
    ("system-sender", {}, "no-reply@example.jp", None),
    ("system-sender", {}, "noreply@example.jp", None),
    ("own-address", {}, "info@planetmgmt.biz", None),
    ("loop", {"x-LOOP": "info@planetmgmt.biz"}, None, None),
    ("not-addressed-to-us", {}, None, "someone@example.jp"),
    ("report", {"content-TYPE": "multipart/report; report-type=delivery-status"}, None, None),
]


@pytest.mark.parametrize(("code", "headers", "mail_from", "to"), SUPPRESSIONS)
async def test_each_suppression_rule_stops_the_acknowledgement_and_is_recorded(
    tmp_path: Path,
    relay: RecordingRelay,
    code: str,
    headers: dict[str, str],
    mail_from: str | None,
    to: str | None,
) -> None:
    raw = make_mail(to=to or "info@planetmgmt.biz", headers=headers)
    if "content-TYPE" in headers:  # the report replaces the plain-text Content-Type
        raw = raw.replace(b"Content-Type: text/plain; charset=utf-8\r\n", b"", 1)
    envelope = ENVELOPE_SENDER if mail_from is None else mail_from
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        case = await one_case(desk, raw, mail_from=envelope)
        events = await desk.call(CaseStore.events, case.id)
    assert case.ack_state is AckState.SUPPRESSED
    assert code in case.ack_reason
    assert any(e.action == "acknowledgement suppressed" and code in e.detail for e in events)
    assert relay.messages == []


async def test_extremely_malformed_mail_is_a_case_but_never_acknowledged(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    raw = b"this is not a mail at all\r\n\x00\x01 just bytes\r\n"
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        case = await one_case(desk, raw)
    assert case.ack_state is AckState.SUPPRESSED and "malformed" in case.ack_reason
    assert case.malformed
    assert relay.messages == []


# --- at most one per sender per window --------------------------------------------------------


async def test_fifty_mails_at_once_from_one_sender_get_one_acknowledgement(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    # Fifty sessions at once from one address: more than the default per-client cap.
    limits = {"max_connections_per_client": 60}
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT), listener=limits) as desk:
        mails = [
            make_mail(subject=f"問い合わせ {n}", message_id=f"<burst{n}@example.jp>")
            for n in range(50)
        ]
        await asyncio.gather(*(desk.send(raw, mail_from=ENVELOPE_SENDER) for raw in mails))
        await desk.wait_for(lambda st: st.count_cases() == 50, what="50 cases")
        await desk.wait_for(case_settled(50))
        await desk.settled()
        cases = await desk.call(lambda st: st.cases(limit=100))
    states = sorted(c.ack_state.value for c in cases)
    assert states.count("sent") == 1
    assert states.count("suppressed") == 49
    assert all("already-acknowledged" in c.ack_reason for c in cases if c.ack_state.value != "sent")
    assert len(relay.messages) == 1


async def test_the_window_is_per_sender_and_ends(tmp_path: Path, relay: RecordingRelay) -> None:
    clock = Clock(SATURDAY_NIGHT)
    async with start_desk(tmp_path, relay, clock) as desk:
        await one_case(desk, make_mail(message_id="<a@example.jp>"))
        await desk.send(make_mail(message_id="<b@example.jp>"), mail_from="hanako@example.jp")
        await desk.wait_for(case_settled(2))
        await desk.settled()
        clock.set(SATURDAY_NIGHT + timedelta(days=7, minutes=1))  # a Saturday again
        await desk.send(make_mail(message_id="<c@example.jp>"), mail_from=ENVELOPE_SENDER)
        await desk.wait_for(case_settled(3))
        await desk.settled()
    assert [t.rcpt_tos for t in relay.messages] == [
        [ENVELOPE_SENDER],
        ["hanako@example.jp"],
        [ENVELOPE_SENDER],
    ]


# --- what goes into the acknowledgement -------------------------------------------------------


async def test_an_encoded_line_break_in_the_subject_never_becomes_a_header(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    evil = "Hello\r\nBcc: victim@example.net\r\nX-Evil: 1"
    raw = make_mail(subject="placeholder").replace(
        b"Subject: placeholder", b"Subject: " + Header(evil, "utf-8").encode().encode()
    )
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        case = await one_case(desk, raw)
    assert case.ack_state is AckState.SENT
    sent = relay.messages[0]
    assert sent.rcpt_tos == [ENVELOPE_SENDER]
    assert sent.message["Bcc"] is None and sent.message["X-Evil"] is None
    header_section = sent.raw.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in header_section and b"\r\nX-Evil:" not in header_section
    assert b"victim" not in base64.b64decode(b"".join(sent.raw.split(b"\r\n\r\n", 1)[1].split()))


async def test_a_missing_message_id_means_no_in_reply_to(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    raw = make_mail().replace(b"Message-ID: <m1@example.jp>\r\n", b"")
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        await one_case(desk, raw)
    m = relay.messages[0].message
    assert m["In-Reply-To"] is None and m["References"] is None
    assert m["Auto-Submitted"] == "auto-replied"


# --- the relay going away and coming back -----------------------------------------------------


async def test_relay_down_then_up_sends_the_acknowledgement_exactly_once(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    await relay.refuse_connections()
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(), mail_from=ENVELOPE_SENDER)
        row = await desk.wait_for(_ack_row_retried, what="a failed attempt at the relay")
        assert row["last_error"]
        # Nothing reached the sender yet, so the sender is not marked as answered.
        mark = await desk.call(CaseStore.ack_mark, ENVELOPE_SENDER)
        assert mark is not None and mark["state"] == "reserved"
        await relay.accept_connections()
        case = await desk.wait_for(case_in_state(1, AckState.SENT), what="sent")
        await asyncio.sleep(0.5)  # any stray retry would land in this time
        await desk.settled()
    assert case.ack_state is AckState.SENT
    assert len(relay.messages) == 1


async def test_a_relay_that_refuses_for_good_leaves_a_failed_row_staff_can_see(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    relay.fail_next(550, count=10, at="RCPT")
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(), mail_from=ENVELOPE_SENDER)
        case = await desk.wait_for(case_in_state(1, AckState.FAILED), what="failed")
        row = await desk.call(_ack_row)
        mark = await desk.call(CaseStore.ack_mark, ENVELOPE_SENDER)
        events = await desk.call(CaseStore.events, case.id)
    assert row["state"] == "failed" and "550" in row["last_error"]
    assert "550" in case.ack_reason
    assert mark is None  # released: the sender may be acknowledged by a later mail
    assert any(e.action == "acknowledgement failed" for e in events)
    assert relay.messages == []


def _ack_row(store: CaseStore) -> dict[str, Any]:
    rows = store.db.execute(
        "SELECT state, attempts, last_error FROM outbox WHERE kind = 'acknowledge'"
    ).fetchall()
    assert len(rows) == 1
    state, attempts, last_error = rows[0]
    return {"state": state, "attempts": attempts, "last_error": last_error}


def _ack_row_retried(store: CaseStore) -> dict[str, Any] | None:
    rows = store.db.execute(
        "SELECT state, attempts, last_error FROM outbox WHERE kind = 'acknowledge'"
    ).fetchall()
    if rows and rows[0][1] >= 2 and rows[0][2]:
        return _ack_row(store)
    return None


# --- authenticated senders only, when told how ------------------------------------------------

TRUSTED = "mx.planetmgmt.biz"


@pytest.mark.parametrize(
    ("results", "acknowledged"),
    [
        (f"{TRUSTED}; spf=pass smtp.mailfrom=taro@example.jp", True),
        (f"{TRUSTED}; dkim=pass header.d=example.jp; spf=fail smtp.mailfrom=taro@example.jp", True),
        (f"{TRUSTED}; spf=fail smtp.mailfrom=taro@example.jp", False),
        ("evil.example; spf=pass smtp.mailfrom=taro@example.jp", False),  # not our MTA's
        (f"{TRUSTED}; dkim=pass header.d=other.example", False),  # not aligned
    ],
)
async def test_with_a_trusted_authserv_id_only_authenticated_senders_are_acknowledged(
    tmp_path: Path, relay: RecordingRelay, results: str, acknowledged: bool
) -> None:
    raw = make_mail(headers={"Authentication-Results": results})
    settings = {"trusted_authserv_id": TRUSTED}
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT), acknowledgement=settings) as desk:
        case = await one_case(desk, raw)
    if acknowledged:
        assert case.ack_state is AckState.SENT and len(relay.messages) == 1
    else:
        assert case.ack_state is AckState.SUPPRESSED and "unauthenticated" in case.ack_reason
        assert relay.messages == []


async def test_when_the_language_is_unclear_the_acknowledgement_is_in_both(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    raw = make_mail(subject="?", body="Tel 03-1234-5678 / 山田")
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        case = await one_case(desk, raw)
    assert case.ack_state is AckState.SENT
    m = relay.messages[0].message
    assert m["Content-Language"] == "ja, en"
    body = body_of(m)
    assert "2026年11月28日（土）23時05分" in body
    assert "Saturday 28 November 2026 at 23:05" in body


async def test_an_english_mail_with_a_japanese_signature_gets_an_english_acknowledgement(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    # The language is the text's that asks: the Japanese closing and signature block under
    # an English request (casework.reading cuts them) do not make it bilingual.
    raw = make_mail(
        sender="Taro Yamada <taro@example.jp>",
        subject="Data deletion",
        body="Hi,\r\nPlease delete my account and data.\r\n\r\nよろしくお願いいたします。\r\n"
        "山田太郎\r\n株式会社やまだ商事 総務部\r\n〒150-0002 東京都渋谷区渋谷2-15-1\r\n"
        "TEL: 03-1234-5678",
    )
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        case = await one_case(desk, raw)
    assert case.ack_state is AckState.SENT
    [sent] = relay.messages
    assert sent.rcpt_tos == [ENVELOPE_SENDER]
    m = sent.message
    assert m["Content-Language"] == "en"
    assert "自動返信" not in str(m["Subject"])
    body = body_of(m)
    assert "Saturday 28 November 2026 at 23:05" in body
    assert "2026年11月28日" not in body
