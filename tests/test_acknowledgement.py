"""The acknowledgement message (RFC 3834 §3), checked header by header in both languages."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from casework.autoreply import clean_subject
from responder.acknowledgement import (
    AckAnswer,
    AckContent,
    AckEnvelope,
    AcknowledgementError,
    build_acknowledgement,
    render_body,
    template_environment,
)

TEMPLATES = template_environment(Path(__file__).resolve().parent.parent / "templates")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 9, 19, 10, 20, tzinfo=TOKYO)
RECEIVED = datetime(2026, 9, 19, 10, 15, tzinfo=TOKYO)
FROM_NAME = "Planet Management Co., Ltd. / 株式会社プラネットマネジメント"
ANSWER_JA = AckAnswer(
    "disclosure",
    "個人情報の開示を請求するにはどうすればよいですか",
    "ご本人からのご請求であることを確認のうえ、遅滞なく開示いたします。",
    "ja",
)
ANSWER_EN = AckAnswer(
    "disclosure",
    "How do I ask for disclosure of my personal information?",
    "Once we have confirmed the request comes from you, we disclose it without delay.",
    "en",
)
RECEIVED_JA, RECEIVED_EN = "2026年9月19日(土) 10時15分", "Saturday 19 September 10:15"
BACK_JA, BACK_EN = "9月24日(木) 9時00分", "Thursday 24 September, 9:00"
ENVELOPE = AckEnvelope(
    recipient="taro@example.jp",
    original_message_id="<q1@example.jp>",
    original_references=("<r0@example.jp>",),
    from_address="info@planetmgmt.biz",
    from_name=FROM_NAME,
    loop_marker="info@planetmgmt.biz",
    id_domain="planetmgmt.biz",
)


def content(lang: str, **changes: object) -> AckContent:
    base = AckContent(
        lang=lang,
        case_number=123,
        case_tag="[PMC-000123]",
        received_at=RECEIVED,
        received_text="2026年9月19日(土) 10時15分"
        if lang != "en"
        else "Saturday 19 September 10:15",
        back_text="9月24日(木) 9時00分" if lang != "en" else "Thursday 24 September, 9:00",
        subject="Question about my data" if lang == "en" else "個人情報の開示について",
        answers=(ANSWER_JA, ANSWER_EN),
        received_text_en=RECEIVED_EN if lang == "both" else "",
        back_text_en=BACK_EN if lang == "both" else "",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def roundtrip(message: EmailMessage) -> EmailMessage:
    """What the relay receives, parsed back: the test reads the bytes, not the object."""
    data = message.as_bytes()
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF line ends only (policy.SMTP)
    parsed = message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def build(lang: str, envelope: AckEnvelope = ENVELOPE, **changes: object) -> EmailMessage:
    return roundtrip(build_acknowledgement(content(lang, **changes), envelope, TEMPLATES, NOW))


def _raw(message: EmailMessage, name: str) -> str:
    return next(str(v) for k, v in message.raw_items() if k.lower() == name.lower())


def single(message: EmailMessage, name: str) -> str:
    values = message.get_all(name) or []
    assert len(values) == 1, f"{name}: {values!r}"
    return str(values[0])


@pytest.mark.parametrize("lang", ["ja", "en", "both"])
def test_headers_one_by_one(lang: str) -> None:
    msg = build(lang)
    assert single(msg, "To") == "taro@example.jp"
    assert msg["To"].addresses[0].addr_spec == "taro@example.jp"
    sender = msg["From"].addresses
    assert len(sender) == 1
    assert sender[0].addr_spec == "info@planetmgmt.biz"
    # Read the display name with the RFC 2047 decoder: 3.11's address parser puts a space
    # between adjacent encoded-words in a phrase, which RFC 2047 §6.2 says to drop.
    raw_from = _raw(msg, "From")
    assert str(make_header(decode_header(raw_from.rpartition("<")[0]))).strip() == FROM_NAME
    assert single(msg, "Auto-Submitted") == "auto-replied"
    assert single(msg, "In-Reply-To") == "<q1@example.jp>"
    assert single(msg, "References") == "<r0@example.jp> <q1@example.jp>"
    message_id = single(msg, "Message-ID")
    assert re.fullmatch(r"<[^<>@\s]+@planetmgmt\.biz>", message_id)
    assert msg["Date"].datetime == NOW
    assert single(msg, "X-Auto-Response-Suppress") == "All"
    assert single(msg, "Precedence") == "bulk"
    assert single(msg, "X-Loop") == "info@planetmgmt.biz"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert single(msg, "Content-Language") == ("ja, en" if lang == "both" else lang)
    for absent in ("Cc", "Bcc", "Reply-To", "Sender"):
        assert msg[absent] is None
    assert all(ord(c) < 128 for c in msg.as_string(policy=policy.SMTP))  # 7-bit on the wire


def test_japanese_subject() -> None:
    subject = single(build("ja"), "Subject")
    assert (
        subject == "自動返信: [PMC-000123] お問い合わせを受け付けました「個人情報の開示について」"
    )


def test_english_subject() -> None:
    subject = single(build("en"), "Subject")
    assert subject == "Auto: [PMC-000123] We received your inquiry: Question about my data"


def test_bilingual_subject_carries_both_marks() -> None:
    subject = single(build("both"), "Subject")
    assert subject.startswith("自動返信 / Auto: [PMC-000123]")
    assert subject.endswith("We received your inquiry: 個人情報の開示について")


def test_no_subject_leaves_only_the_fixed_text() -> None:
    assert (
        single(build("en", subject=""), "Subject") == "Auto: [PMC-000123] We received your inquiry"
    )


def test_each_message_gets_a_fresh_message_id() -> None:
    assert single(build("en"), "Message-ID") != single(build("en"), "Message-ID")


def test_without_an_original_message_id_there_is_no_threading() -> None:
    envelope = dataclasses.replace(ENVELOPE, original_message_id=None)
    msg = build("en", envelope)
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_references_without_earlier_references() -> None:
    envelope = dataclasses.replace(ENVELOPE, original_references=())
    assert single(build("en", envelope), "References") == "<q1@example.jp>"


def test_unsafe_references_are_dropped() -> None:
    envelope = dataclasses.replace(ENVELOPE, original_references=("<a@b>\r\nBcc: x@y", "junk"))
    msg = build("en", envelope)
    assert single(msg, "References") == "<q1@example.jp>"
    assert msg["Bcc"] is None


ENCODED_BREAK = "=?utf-8?q?Hello=0D=0ABcc:_evil@example.com?="


@pytest.mark.parametrize("lang", ["ja", "en", "both"])
def test_encoded_line_break_in_the_subject_never_becomes_a_header(lang: str) -> None:
    received = message_from_bytes(
        f"Subject: {ENCODED_BREAK}\r\n\r\n".encode(), policy=policy.default
    )
    decoded = str(received["Subject"])
    assert "\r\n" in decoded  # the hazard is real: the parser hands back a line break
    for subject in (decoded, clean_subject(decoded)):
        data = build_acknowledgement(
            content(lang, subject=subject), ENVELOPE, TEMPLATES, NOW
        ).as_bytes()
        msg = message_from_bytes(data, policy=policy.default)
        assert msg["Bcc"] is None
        assert not re.search(rb"^bcc:", data, re.IGNORECASE | re.MULTILINE)
        line = single(msg, "Subject")
        assert "\n" not in line and "\r" not in line
        assert "Hello Bcc: evil@example.com" in line
        assert msg["To"].addresses[0].addr_spec == "taro@example.jp"


def test_long_subject_is_capped() -> None:
    msg = build("en", subject="word " * 200)
    assert len(single(msg, "Subject")) < 200


def test_japanese_subject_survives_long_and_mixed() -> None:
    original = "【至急】個人情報の削除依頼について（会員番号なし）①～" * 2
    subject = single(build("ja", subject=original), "Subject")
    assert original in subject


@pytest.mark.parametrize("lang", ["ja", "en", "both"])
def test_body_carries_case_times_answers_and_contact(lang: str) -> None:
    body = build(lang).get_content()
    assert "[PMC-000123]" in body
    assert "03-6265-0193" in body and "info@planetmgmt.biz" in body
    if lang in ("ja", "both"):
        assert "2026年9月19日(土) 10時15分（日本時間）" in body
        assert "9月24日(木) 9時00分" in body
        assert "営業時間外" in body
        assert ANSWER_JA.answer in body and ANSWER_EN.answer not in body.split("=====")[0]
        assert "プライバシーポリシー「個人情報の開示」" in body
    if lang in ("en", "both"):
        assert "Saturday 19 September 10:15 (Japan time)" in body
        assert "Thursday 24 September, 9:00" in body
        assert "closed" in body
        assert ANSWER_EN.answer in body
        assert "Privacy Policy, \u201cDisclosure of personal information\u201d" in body
    if lang == "both":
        assert body.index("営業時間外") < body.index("closed")  # Japanese first


def test_body_does_not_quote_the_customer_except_the_subject() -> None:
    body = build("en", subject="Hello").get_content()
    assert "Hello" in body
    assert len(build("both").as_bytes()) < 8000  # brief (RFC 3834 §3.2)


def test_in_hours_variant_does_not_say_closed() -> None:
    body = build("en", closed=False, back_text="").get_content()
    assert "closed" not in body and "reopen" not in body


def test_at_most_two_answers() -> None:
    third = AckAnswer("purpose", "Third question?", "Third answer.", "")
    body = build("en", answers=(ANSWER_EN, ANSWER_EN, third)).get_content()
    assert "Third answer." not in body


def test_answer_for_every_language_appears_in_both_parts() -> None:
    shared = AckAnswer("hours", "Hours?", "Weekdays 9:00 to 18:00.", "")
    body = build("both", answers=(shared,)).get_content()
    assert body.count("Weekdays 9:00 to 18:00.") == 2
    assert "お問い合わせページ「受付時間」" in body


def test_japanese_text_is_sent_as_utf8() -> None:
    data = build_acknowledgement(content("ja"), ENVELOPE, TEMPLATES, NOW).as_bytes()
    assert b'charset="utf-8"' in data or b"charset=utf-8" in data
    assert (
        "お問い合わせいただき"
        in roundtrip(build_acknowledgement(content("ja"), ENVELOPE, TEMPLATES, NOW)).get_content()
    )


def test_strict_undefined_catches_a_misspelt_variable(tmp_path: Path) -> None:
    (tmp_path / "acknowledgement.en.txt.j2").write_text("Case {{ case_tagg }}\n", encoding="utf-8")
    with pytest.raises(AcknowledgementError, match="case_tagg"):
        render_body(content("en"), template_environment(tmp_path))


def test_missing_template_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(AcknowledgementError, match=r"acknowledgement\.ja\.txt\.j2"):
        build_acknowledgement(content("ja"), ENVELOPE, template_environment(tmp_path), NOW)


@pytest.mark.parametrize(
    "recipient",
    ["", "<>", "taro@example.jp, evil@example.com", "taro@example.jp\r\nBcc: x@y", "<a@b.jp>"],
)
def test_recipient_must_be_one_plain_address(recipient: str) -> None:
    envelope = dataclasses.replace(ENVELOPE, recipient=recipient)
    with pytest.raises(AcknowledgementError):
        build_acknowledgement(content("en"), envelope, TEMPLATES, NOW)


def test_naive_time_is_refused() -> None:
    with pytest.raises(AcknowledgementError):
        build_acknowledgement(content("en"), ENVELOPE, TEMPLATES, NOW.replace(tzinfo=None))


def test_bilingual_needs_english_times() -> None:
    with pytest.raises(AcknowledgementError, match="received_text_en"):
        build_acknowledgement(content("both", received_text_en=""), ENVELOPE, TEMPLATES, NOW)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(AcknowledgementError):
        build_acknowledgement(content("fr"), ENVELOPE, TEMPLATES, NOW)


def test_loop_marker_with_a_line_break_is_refused() -> None:
    envelope = dataclasses.replace(ENVELOPE, loop_marker="info@planetmgmt.biz\r\nBcc: x@y")
    with pytest.raises(AcknowledgementError):
        build_acknowledgement(content("en"), envelope, TEMPLATES, NOW)


def test_utc_generation_time_is_kept() -> None:
    now = datetime(2026, 9, 19, 1, 20, tzinfo=UTC)
    msg = roundtrip(build_acknowledgement(content("en"), ENVELOPE, TEMPLATES, now))
    assert msg["Date"].datetime == now


@pytest.mark.parametrize("lang", ["ja", "en", "both"])
def test_encoded_word_text_in_the_subject_is_shown_as_written(lang: str) -> None:
    # The subject was decoded once at intake; text in it that reads as an encoded word is what
    # the customer's mail said, and the acknowledgement carries it as it is (RFC 2047 §5), not
    # decoded a second time.
    written = "=?utf-8?b?5YCL?= question"
    data = build_acknowledgement(content(lang, subject=written), ENVELOPE, TEMPLATES, NOW)
    for utf8 in (False, True):
        raw = data.as_bytes(policy=policy.SMTPUTF8 if utf8 else policy.SMTP)
        assert written in single(message_from_bytes(raw, policy=policy.default), "Subject")


@pytest.mark.parametrize("lang", ["ja", "en", "both"])
def test_headers_fold_within_the_line_limit_both_ways(lang: str) -> None:
    long_ja = "個人情報の削除と利用停止のお願い" * 8
    for subject in (long_ja, "word " * 40, "x" * 200):
        message = build_acknowledgement(content(lang, subject=subject), ENVELOPE, TEMPLATES, NOW)
        for how in (policy.SMTP, policy.SMTPUTF8):
            raw = message.as_bytes(policy=how)
            head = raw.split(b"\r\n\r\n", 1)[0]
            assert all(len(line) <= 998 for line in head.split(b"\r\n"))
            if how is policy.SMTP:
                assert head.isascii()
                # Encoded words, where the value is not ASCII, keep to RFC 2047's 76 a line.
                assert all(len(line) <= 78 for line in head.split(b"\r\n") if b"=?" in line)
            read = message_from_bytes(raw, policy=policy.default)
            assert single(read, "Subject") == str(message["Subject"])
            assert clean_subject(subject, 120)[:60] in single(read, "Subject")
