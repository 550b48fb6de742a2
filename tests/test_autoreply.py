"""The acknowledgement suppression rules (RFC 3834 §2), one test per rule, mixed-case names."""

from __future__ import annotations

import pytest
from bounded import finishes
from hypothesis import given
from hypothesis import strategies as st

from casework.autoreply import (
    AutoReplyPolicy,
    Suppression,
    canonical_sender,
    clean_subject,
    is_system_sender,
    suppression_reasons,
)

POLICY = AutoReplyPolicy(
    our_addresses=("info@planetmgmt.biz", "privacy@planetmgmt.biz"),
    loop_marker="info@planetmgmt.biz",
    trusted_authserv_id=None,
)
SENDER = "taro@example.jp"
BASE = [
    ("From", "Taro Yamada <taro@example.jp>"),
    ("To", "Planet Management <info@planetmgmt.biz>"),
    ("Subject", "Question about my personal information"),
    ("Date", "Sat, 19 Sep 2026 10:00:00 +0900"),
    ("Message-ID", "<q1@example.jp>"),
]


def mail(*extra: tuple[str, str], drop: tuple[str, ...] = (), body: bytes = b"Hello.\r\n") -> bytes:
    headers = [(k, v) for k, v in BASE if k not in drop] + list(extra)
    head = "".join(f"{k}: {v}\r\n" for k, v in headers)
    return head.encode("utf-8") + b"\r\n" + body


def codes(raw: bytes, sender: str = SENDER, policy: AutoReplyPolicy = POLICY) -> list[str]:
    return [s.code for s in suppression_reasons(raw, sender, policy)]


def test_normal_customer_mail_may_be_acknowledged() -> None:
    assert suppression_reasons(mail(), SENDER, POLICY) == []


def test_japanese_customer_mail_may_be_acknowledged() -> None:
    raw = mail(("Cc", "=?UTF-8?B?5qCq5byP5Lya56S+?= <privacy@planetmgmt.biz>"))
    raw = raw.replace(b"Question about", "個人情報について".encode())
    assert suppression_reasons(raw, SENDER, POLICY) == []


@pytest.mark.parametrize("sender", ["<>", "", "  "])
def test_c1_null_sender(sender: str) -> None:
    assert "null-sender" in codes(mail(), sender)


@pytest.mark.parametrize(
    "value", ["auto-generated", "AUTO-REPLIED", "auto-notified; owner-email=a@b.c", "x-foo"]
)
def test_c2_auto_submitted_other_than_no(value: str) -> None:
    assert codes(mail(("aUtO-sUbMiTtEd", value))) == ["auto-submitted"]


@pytest.mark.parametrize("value", ["no", "NO", "no (sent by a person)", " no ; reason=x"])
def test_c2_auto_submitted_no_is_not_suppressed(value: str) -> None:
    assert codes(mail(("Auto-Submitted", value))) == []


def test_c2_two_auto_submitted_fields_suppress() -> None:
    raw = mail(("Auto-Submitted", "no"), ("AUTO-SUBMITTED", "no"))
    assert codes(raw) == ["auto-submitted"]


@pytest.mark.parametrize("value", ["", "(only a comment)", "@@@", '"quoted"'])
def test_c2_unparseable_auto_submitted_suppresses(value: str) -> None:
    assert codes(mail(("Auto-Submitted", value))) == ["auto-submitted"]


@pytest.mark.parametrize(
    "name", ["LIST-ID", "list-unsubscribe", "List-Post", "LiSt-ArChIvE", "List-Foo", "FEEDBACK-ID"]
)
def test_c3_list_headers(name: str) -> None:
    assert codes(mail((name, "<news.example.com>"))) == ["list-mail"]


@pytest.mark.parametrize("value", ["BULK", "junk", "List", "bulk (newsletter)"])
def test_c4_precedence(value: str) -> None:
    assert codes(mail(("precedence", value))) == ["precedence"]


def test_c4_any_precedence_instance_counts() -> None:
    raw = mail(("Precedence", "first-class"), ("PRECEDENCE", "junk"))
    assert codes(raw) == ["precedence"]


def test_c4_other_precedence_is_not_suppressed() -> None:
    assert codes(mail(("Precedence", "first-class"))) == []


@pytest.mark.parametrize(
    ("name", "value"),
    [("X-Spam-Flag", "YES"), ("x-spam-status", "Yes, score=9.1"), ("X-Spam", "yes")],
)
def test_spam_marked_upstream_is_not_acknowledged(name: str, value: str) -> None:
    assert codes(mail((name, value))) == ["spam"]


@pytest.mark.parametrize(("name", "value"), [("X-Spam-Flag", "NO"), ("X-Spam-Status", "No")])
def test_a_clean_spam_verdict_is_acknowledged(name: str, value: str) -> None:
    assert codes(mail((name, value))) == []


@pytest.mark.parametrize("value", ["All", "OOF", "autoreply", "DR, OOF", "NDR,AutoReply"])
def test_c5_x_auto_response_suppress(value: str) -> None:
    assert codes(mail(("x-AUTO-response-SUPPRESS", value))) == ["x-auto-response-suppress"]


@pytest.mark.parametrize("value", ["DR", "NDR, RN", "None"])
def test_c5_other_flags_do_not_suppress(value: str) -> None:
    assert codes(mail(("X-Auto-Response-Suppress", value))) == []


@pytest.mark.parametrize(
    "sender",
    [
        "MAILER-DAEMON@mx.example.com",
        "listserv@lists.example.com",
        "Majordomo@example.com",
        "news-request@example.com",
        "owner-news@example.com",
        "news-owner@example.com",
        "mailer@example.com",
        "uucp@example.com",
        "gw-relay@example.com",
        "noreply@shop.example",
        "no-reply+123@shop.example",
        "DoNotReply@bank.example",
        "do-not-reply@bank.example",
        "bounces+abc=example.jp@mail.example.com",
        "bounce-123@mail.example.com",
        "news-bounces+taro=example.jp@lists.example.com",
        "SRS0=HHH=TT=example.com=MAILER-DAEMON@forwarder.example.org",
        "SRS1=HHH=fwd1.example==HHH=TT=example.com=owner-x@fwd2.example",
        "prvs=1234abcdef=mailer-daemon@example.com",
    ],
)
def test_c6_system_senders(sender: str) -> None:
    assert codes(mail(), sender) == ["system-sender"]


@pytest.mark.parametrize(
    "sender", ["postmaster@example.com", "request@example.com", "owner@example.com", "reply@x.jp"]
)
def test_c6_people_are_not_system_senders(sender: str) -> None:
    assert not is_system_sender(sender)


def test_canonical_sender_unwraps_and_lowercases() -> None:
    assert canonical_sender("Taro+Shop@Example.JP") == "taro@example.jp"
    assert canonical_sender("<taro@example.jp>") == "taro@example.jp"
    assert canonical_sender("SRS0=h=tt=Example.COM=Taro@fwd.example") == "taro@example.com"
    srs1 = "SRS1=h=fwd1.example==h=tt=example.com=taro@fwd2.example"
    assert canonical_sender(srs1) == "taro@example.com"
    assert canonical_sender("prvs=0123456789=taro@example.jp") == "taro@example.jp"
    assert canonical_sender("<>") == ""


def test_c7_own_envelope_address() -> None:
    assert "own-address" in codes(mail(), "INFO@PlanetMgmt.biz")


def test_c7_own_address_in_from() -> None:
    raw = mail(("FROM", "Desk <info@planetmgmt.biz>"), drop=("From",))
    assert codes(raw) == ["own-address"]


def test_c7_our_loop_marker() -> None:
    assert codes(mail(("x-loop", "INFO@planetmgmt.biz"))) == ["loop"]


def test_c7_someone_elses_loop_marker_is_fine() -> None:
    assert codes(mail(("X-Loop", "helpdesk@example.jp"))) == []


def test_c8_not_addressed_to_us() -> None:
    raw = mail(("TO", "someone@example.jp"), drop=("To",))
    assert codes(raw) == ["not-addressed-to-us"]


@pytest.mark.parametrize("name", ["cc", "BCC", "Resent-To", "resent-CC", "RESENT-bcc"])
def test_c8_any_recipient_header_counts(name: str) -> None:
    raw = mail(("To", "someone@example.jp"), (name, "info@PLANETMGMT.BIZ"), drop=("To",))
    assert codes(raw) == []


@pytest.mark.parametrize(
    "named", ["info+shop@PlanetMgmt.biz", "<INFO@planetmgmt.biz.>", "Info@Planetmgmt.Biz"]
)
def test_c8_our_address_in_another_spelling_is_still_ours(named: str) -> None:
    raw = mail(("To", named), drop=("To",))
    assert codes(raw) == []


def test_c8_quoted_display_name_is_not_an_address() -> None:
    raw = mail(("To", '"info@planetmgmt.biz" <someone@example.jp>'), drop=("To",))
    assert codes(raw) == ["not-addressed-to-us"]


def test_c8_address_in_a_comment_is_not_an_address() -> None:
    raw = mail(("To", "someone@example.jp (cc info@planetmgmt.biz)"), drop=("To",))
    assert codes(raw) == ["not-addressed-to-us"]


def test_c8_alias_and_group_syntax() -> None:
    raw = mail(("To", "staff: a@example.jp, privacy@planetmgmt.biz;"), drop=("To",))
    assert codes(raw) == []


def test_c8_parseaddr_confusion_does_not_help() -> None:
    # CVE-2023-27043: parseaddr would read our address out of this; the regex does too, but
    # only as the addr-spec it really is, and the mail still counts as addressed to us.
    raw = mail(("To", "alice@example.org)<info@planetmgmt.biz>"), drop=("To",))
    assert "not-addressed-to-us" not in codes(raw)


@pytest.mark.parametrize(
    "content_type",
    [
        'MULTIPART/REPORT; report-type=delivery-status; boundary="b"',
        "message/delivery-status",
        "Message/Disposition-Notification",
    ],
)
def test_c13_delivery_and_read_reports(content_type: str) -> None:
    assert codes(mail(("content-TYPE", content_type))) == ["report"]


def test_c11_no_header_section() -> None:
    assert codes(b"\r\njust a body\r\n") == ["malformed"]
    assert codes(b"") == ["malformed"]


def test_c11_garbage_before_headers() -> None:
    raw = b"this is not a header\r\n" + mail()
    assert "malformed" in codes(raw)


def test_c11_no_from() -> None:
    assert codes(mail(drop=("From",))) == ["malformed"]


def test_c11_neither_date_nor_message_id() -> None:
    assert codes(mail(drop=("Date", "Message-ID"))) == ["malformed"]
    assert codes(mail(drop=("Date",))) == []


def test_c11_hostile_from_does_not_crash() -> None:
    # On 3.11 reading this From through policy.default raises AttributeError.
    raw = mail(("From", ". <a@b.c>"), drop=("From",))
    assert isinstance(suppression_reasons(raw, SENDER, POLICY), list)


def test_a9_header_section_over_the_cap() -> None:
    raw = mail(("X-Padding", "x" * 2000))
    reasons = suppression_reasons(raw, SENDER, POLICY, max_header_bytes=1024)
    assert "too-many-headers" in [r.code for r in reasons]


def test_a9_too_many_received_headers() -> None:
    hops = [("received", f"from hop{i}.example by mx.example; Sat, 19 Sep 2026") for i in range(51)]
    assert codes(mail(*hops)) == ["too-many-headers"]
    assert codes(mail(*hops[:50])) == []


def test_body_is_never_read_as_headers() -> None:
    raw = mail(body=b"Auto-Submitted: auto-generated\r\nList-Id: <x>\r\n")
    assert codes(raw) == []


def test_a_forwarded_report_inside_the_body_is_ignored() -> None:
    body = b"--b\r\nContent-Type: message/delivery-status\r\n\r\nx\r\n--b--\r\n"
    raw = mail(("Content-Type", 'multipart/mixed; boundary="b"'), body=body)
    assert codes(raw) == []


def test_every_rule_that_applies_is_reported() -> None:
    raw = mail(("Precedence", "bulk"), ("List-Id", "<x>"), ("Auto-Submitted", "auto-generated"))
    found = codes(raw, "MAILER-DAEMON@example.com")
    assert set(found) == {"precedence", "list-mail", "auto-submitted", "system-sender"}
    assert all(
        isinstance(r, Suppression) and r.detail for r in suppression_reasons(raw, "", POLICY)
    )


def test_unauthenticated_when_a_trusted_id_is_set() -> None:
    policy = AutoReplyPolicy(POLICY.our_addresses, POLICY.loop_marker, "mx.planetmgmt.biz")
    assert codes(mail(), policy=policy) == ["unauthenticated"]
    passed = ("Authentication-Results", "mx.planetmgmt.biz; spf=pass smtp.mailfrom=example.jp")
    assert codes(mail(passed), policy=policy) == []


def test_clean_subject_removes_controls_and_collapses_space() -> None:
    assert clean_subject("Hello\r\nBcc: evil@example.com") == "Hello Bcc: evil@example.com"
    assert clean_subject("  a\t\tb \x00 c\u2028d\u202ee ") == "a b c d e"
    assert clean_subject("お問い合わせ\u3000個人情報") == "お問い合わせ\u3000個人情報"


@pytest.mark.parametrize(
    "mark", ["\u061c", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069"]
)
def test_clean_subject_drops_every_bidi_control_that_slack_and_the_terminal_do(mark: str) -> None:
    # The Arabic letter mark (U+061C) reorders text as the others do; it was let through.
    assert clean_subject(f"invoice{mark}fdp.exe") == "invoice fdp.exe"


def test_clean_subject_caps_without_splitting_sequences() -> None:
    assert clean_subject("x" * 300, max_chars=200) == "x" * 199 + "…"
    cut = clean_subject("e\u0301" * 10, max_chars=6)  # é as e + combining acute
    assert not cut.rstrip("…").endswith("e") and len(cut) <= 6
    flags = clean_subject("\U0001f1ef\U0001f1f5" * 5, max_chars=4)  # 🇯🇵
    assert flags.rstrip("…") == "\U0001f1ef\U0001f1f5"


def test_clean_subject_replaces_lone_surrogates() -> None:
    assert clean_subject("caf\udce9") == "caf\ufffd"


@given(st.text(max_size=400), st.integers(min_value=1, max_value=250))
def test_clean_subject_is_one_short_line(text: str, cap: int) -> None:
    cleaned = clean_subject(text, cap)
    assert len(cleaned) <= cap
    assert not any(c in cleaned for c in "\r\n\t\x00\x0b\x0c\x85\u2028\u2029")
    cleaned.encode("utf-8")  # no lone surrogates left


def test_an_unterminated_run_of_quoted_pairs_is_read_in_one_pass() -> None:
    # `"\"\"\…` with no closing quote: the quoted-string pattern was retried from each of its
    # quotes, quadratic (a 20 kB From took 3 s, the 100 kB a header section holds minutes);
    # a megabyte of it now reads at once and ends as any From that names our address.
    hostile = '"\\' * 500_000 + " <info@planetmgmt.biz>"
    raw = mail(("From", hostile), drop=("From",))
    reasons = finishes(suppression_reasons, raw, SENDER, POLICY, max_header_bytes=2_000_000)
    assert [r.code for r in reasons] == ["own-address"]


@pytest.mark.parametrize(
    ("to", "ours"),
    [
        ('"info@planetmgmt.biz \\" still quoted" <someone@example.jp>', False),
        ('"unterminated <info@planetmgmt.biz>', True),
        ('"a" <x@example.jp>, "b\\"c" <info@planetmgmt.biz>', True),
    ],
)
def test_quoted_names_never_count_as_addresses(to: str, ours: bool) -> None:
    raw = mail(("To", to), drop=("To",))
    assert (codes(raw) == []) is ours


@pytest.mark.parametrize("unit", [".", "=?", "a"])
def test_a_long_run_with_no_address_is_read_in_one_pass(unit: str) -> None:
    # The addr-spec pattern was retried from every character of a run with no "@": quadratic
    # (20 kB of "." in a From took 3 s). A megabyte of it before our address in To.
    run = unit * (1_000_000 // len(unit))
    raw = mail(("To", f"{run} info@planetmgmt.biz"), drop=("To",))
    assert finishes(suppression_reasons, raw, SENDER, POLICY, max_header_bytes=2_000_000) == []


@pytest.mark.parametrize("unit", ['"', ';"', '\\"a'])
def test_a_content_type_of_quotes_is_not_parsed_structurally(unit: str) -> None:
    # The rules read header values raw; parsing the header section with policy.default also
    # parsed Content-Type with the structured parser, quadratic in a run of quotes (40 kB: 7 s).
    run = unit * (400_000 // len(unit))
    raw = mail(("Content-Type", f"text/plain; {run}"))
    assert finishes(suppression_reasons, raw, SENDER, POLICY, max_header_bytes=1_000_000) == []
