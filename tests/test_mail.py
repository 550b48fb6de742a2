"""casework.mail.parse_message on the .eml fixtures of tests/data and on generated hostile mail.

The fixtures are built by tests/data/make_fixtures.py the way real mailers encode them.
"""

from __future__ import annotations

import base64
import sys
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from casework.charsets import decode_eucjp, decode_iso2022jp, decode_text, jis_to_sjis
from casework.headertext import clean_controls, decode_header
from casework.htmltext import html_to_text
from casework.mail import MAX_IDS, cap_header_section, parse_message
from casework.mimeparts import MAX_DEPTH, MAX_PARTS
from casework.models import Attachment, ParsedMail

DATA = Path(__file__).parent / "data"
JST = timezone(timedelta(hours=9))


def parse(name: str) -> ParsedMail:
    return parse_message((DATA / f"{name}.eml").read_bytes())


# --- Japanese charsets -------------------------------------------------------------------


def test_iso2022jp_with_nec_and_ibm_extensions_in_subject_body_and_name() -> None:
    mail = parse("iso2022jp_nec_extensions")
    assert mail.subject == "①個人情報の開示㈱プラネット～髙橋"
    assert mail.body == "①㈱プラネット御中\n開示請求の手続き～費用を教えてください。\n髙橋 一郎\n"
    assert mail.from_name == "㈱テスト 髙橋"
    assert mail.from_address == "takahashi@example.jp"
    assert "\ufffd" not in mail.body + mail.subject
    assert mail.defects == ()


def test_shift_jis_is_read_as_cp932() -> None:
    mail = parse("shift_jis")
    assert mail.subject == "①訂正～依頼"  # FULLWIDTH TILDE, as Windows wrote it
    assert mail.body.startswith("①個人情報の訂正について\n住所を変更しました～")
    assert mail.defects == ()


def test_euc_jp_prefers_the_windows_mapping() -> None:
    mail = parse("euc_jp")
    assert mail.subject == "①利用停止～"
    assert mail.body == "①利用停止のお願い\n配信を止めてください～。\n"


def test_iso2022jp_without_any_charset_label() -> None:
    mail = parse("iso2022jp_no_charset")
    assert mail.subject == "お問い合わせ"  # raw JIS in the Subject, as old mailers sent it
    assert mail.body == "営業時間を教えてください。\nよろしくお願いします。\n"
    assert mail.from_address == "suzuki@example.jp"
    assert mail.from_name == ""


def test_encoded_words_split_mid_character_and_across_charsets() -> None:
    mail = parse("encoded_word_split_subject")
    # RFC 2047 §6.2: the white space between adjacent encoded-words is not part of the text.
    assert mail.subject == "Re: 個人情報の開示café au lait"


def test_iso2022jp_word_split_inside_shift_state() -> None:
    jis = "①個人".encode("cp932")  # build JIS by hand: ESC $ B, rows, ESC ( B
    body = b"\x1b$B" + b"".join(jis_to_sjis_inverse(jis[i], jis[i + 1]) for i in (0, 2, 4))
    first, second = body[:5], body[5:] + b"\x1b(B"  # the second word has no ESC $ B
    words = [base64.b64encode(first).decode(), base64.b64encode(second).decode()]
    value = f"=?ISO-2022-JP?B?{words[0]}?=\r\n =?iso-2022-jp?B?{words[1]}?="
    assert decode_header(value, "Subject header") == ("①個人", [])


def jis_to_sjis_inverse(s1: int, s2: int) -> bytes:
    for j1 in range(0x21, 0x7F):
        for j2 in range(0x21, 0x7F):
            if jis_to_sjis(j1, j2) == bytes((s1, s2)):
                return bytes((j1, j2))
    raise AssertionError("no JIS code point")


def test_jis_to_sjis_reaches_nec_row_13_and_nec_selected_ibm_rows() -> None:
    assert jis_to_sjis(0x2D, 0x21).decode("cp932") == "①"
    assert jis_to_sjis(0x2D, 0x6A).decode("cp932") == "㈱"
    assert jis_to_sjis(0x21, 0x41).decode("cp932") == "～"
    assert jis_to_sjis(0x79, 0x21)[0] == 0xED  # row 89: NEC-selected IBM extensions


def test_iso2022jp_falls_back_to_python_codecs_for_jis_x_0212() -> None:
    data = "丂".encode("iso2022_jp_2")  # JIS X 0212, ESC $ ( D: outside cp932
    assert b"\x1b$(D" in data
    assert decode_iso2022jp(data) == "丂"


def test_eucjp_with_jis_x_0212_uses_the_standard_codec() -> None:
    data = "丂です".encode("euc_jp")
    assert decode_eucjp(data) is None
    assert decode_text(data, "EUC-JP", "text/plain part") == ("丂です", [])


def test_undecodable_iso2022jp_is_replaced_and_flagged() -> None:
    text, problems = decode_text(b"ok \x1b$B\x7f\x7f\xff\x1b(B end", "iso-2022-jp", "body")
    assert text.startswith("ok ") and text.endswith(" end")
    assert problems == ["undecodable bytes in body"]


# --- other charsets ----------------------------------------------------------------------


def test_unknown_charset_is_read_best_effort_and_flagged() -> None:
    mail = parse("unknown_charset")
    assert mail.body == "お問い合わせです。\n"
    assert "unknown charset 'x-foo' in text/plain part" in mail.defects


def test_us_ascii_label_on_utf8_bytes() -> None:
    mail = parse("mislabelled_us_ascii")
    assert mail.body == "Café – 日本語\n"
    assert any("us-ascii" in d for d in mail.defects)


@pytest.mark.parametrize("label", ["base64", "zlib", "unicode_escape", "x" * 200, "rot13"])
def test_codecs_that_are_no_charset_count_as_unknown(label: str) -> None:
    text, problems = decode_text("日本\\u0041".encode(), label, "part")
    assert text == "日本\\u0041"
    assert problems and problems[0].startswith("unknown charset")


def test_invalid_utf8_is_replaced_and_flagged() -> None:
    text, problems = decode_text(b"caf\xc3 ok", "utf-8", "text/plain part")
    assert text == "caf\ufffd ok"
    assert problems == ["undecodable bytes for utf-8 in text/plain part"]


# --- structure ----------------------------------------------------------------------------


def test_html_only_mail_becomes_readable_text() -> None:
    mail = parse("html_only")
    assert mail.body_source == "html"
    assert "alert" not in mail.body and "color" not in mail.body and "title" not in mail.body
    assert "Hello & welcome," in mail.body
    assert "our policy (https://planetmgmt.biz/privacy) <section 3>." in mail.body
    assert "\nLine two here あ" in mail.body  # <br>, &nbsp; and &#x3042;
    assert "- first\n- second" in mail.body
    assert "> quoted earlier text" in mail.body
    assert "quoted earlier" not in mail.body_for_matching


def test_html_to_text_keeps_link_addresses_once() -> None:
    text = html_to_text('<a href="https://a.example/x">https://a.example/x</a> <a href="x">y</a>')
    assert text == "https://a.example/x y"


def test_html_to_text_outlook_conditionals_comments_and_stray_brackets() -> None:
    html = "<p><![if !supportLists]>1.<![endif]>Item</p><!-- note --><p>a < b <i>c</i></p>"
    assert html_to_text(html) == "1.Item\na < b c"
    assert html_to_text("kept<!-- unclosed comment <p>lost") == "kept"


@pytest.mark.parametrize("unit", ["<!--", "<a", "<![CDATA[>", "</", "<a x='>"])
def test_hostile_html_is_defused(unit: str) -> None:
    # Each of these made html.parser rescan to the end of the input (quadratic: minutes).
    raw = b"Content-Type: text/html\r\n\r\n" + unit.encode() * 100_000
    mail = parse_message(raw)
    assert mail.body_source == "html" and isinstance(mail.body, str)


def test_multipart_alternative_prefers_plain() -> None:
    mail = parse("multipart_alternative")
    assert mail.body_source == "plain"
    assert mail.body == "プレーンテキスト版です。\n"
    assert mail.attachments == ()


def test_attachments_are_recorded_with_rfc2231_names() -> None:
    mail = parse("attachments")
    assert mail.body == "See the attached files."
    assert mail.attachments == (
        Attachment("見積書.pdf", "application/pdf", 77),
        Attachment("写真①.png", "image/png", 69),
    )


def test_reply_threading_and_matching_text() -> None:
    mail = parse("reply_with_quote_and_signature")
    assert mail.in_reply_to == ("<ack-123@planetmgmt.biz>",)
    assert mail.references == ("<first-1@example.jp>", "<ack-123@planetmgmt.biz>")
    assert mail.subject == "Re: [PMC-000123] 受付"
    assert "担当者より連絡します" in mail.body
    assert mail.body_for_matching == "お世話になっております。\n開示請求の書類を送りました。"


def test_missing_message_id_is_generated_in_our_domain() -> None:
    mail = parse_message((DATA / "missing_message_id.eml").read_bytes(), id_domain="desk.test")
    assert mail.message_id_generated
    assert mail.message_id.startswith("<") and mail.message_id.endswith("@desk.test>")
    assert "no Message-ID header" in mail.defects


def test_fields_of_a_plain_message() -> None:
    mail = parse("shift_jis")
    assert mail.message_id == "<sjis-1@example.jp>" and not mail.message_id_generated
    assert mail.from_address == "taro@example.jp" and mail.from_name == "山田 太郎"
    assert mail.date == datetime(2026, 11, 25, 10, 15, tzinfo=JST)
    assert mail.header_truncated is False


# --- malformed ---------------------------------------------------------------------------


def test_no_headers_at_all() -> None:
    mail = parse("malformed_no_headers")
    assert mail.body.startswith("just some words")
    assert mail.subject == "" and mail.from_address is None and mail.date is None
    assert mail.message_id_generated
    assert {"no From header", "no Date header"} <= set(mail.defects)


def test_broken_base64_still_decodes_with_a_defect() -> None:
    mail = parse("malformed_broken_base64")
    assert mail.body == "hello world"
    assert any(d.startswith("InvalidBase64") for d in mail.defects)


def test_broken_quoted_printable_keeps_the_text() -> None:
    mail = parse("malformed_broken_qp")
    assert mail.body.startswith("softbreak =ZZ bad escape あ")


def test_nul_bytes_become_spaces() -> None:
    mail = parse("malformed_nul_bytes")
    assert mail.subject == "nul inside"
    assert mail.body == "before after\n"
    assert "NUL characters in text/plain part" in mail.defects


def test_8bit_headers_are_read_as_utf8_or_best_effort() -> None:
    mail = parse("malformed_8bit_headers")
    assert mail.from_name == "鈴木 花子" and mail.from_address == "hanako@example.jp"
    assert mail.subject == "請求書 raw"  # cp932 bytes, not UTF-8: guessed and flagged
    assert any("Subject header" in d for d in mail.defects)


def test_from_dot_does_not_crash_and_yields_no_address() -> None:
    mail = parse("malformed_from_dot")
    assert mail.from_address is None
    assert mail.date is None and "unreadable Date header" in mail.defects
    assert any(d.startswith("From header") for d in mail.defects)


def test_multipart_without_boundary_is_read_as_text() -> None:
    mail = parse("malformed_multipart_no_boundary")
    assert mail.body == "text that should have been a part\n"
    assert any(d.startswith("NoBoundaryInMultipartDefect") for d in mail.defects)


@pytest.mark.parametrize(
    "value",
    [
        "a@example.com, b@example.com",
        "undisclosed-recipients:;",
        "alice@example.org)<bob@example.org>",  # CVE-2023-27043's example
        "no-at-sign",
    ],
)
def test_from_without_exactly_one_clean_address(value: str) -> None:
    mail = parse_message(f"From: {value}\r\nSubject: x\r\n\r\nbody\r\n".encode())
    assert mail.from_address is None
    assert mail.body == "body\r\n".replace("\r\n", "\n")


def test_from_with_comment_name_and_quoted_name() -> None:
    assert parse_message(b"From: a@example.com (Alice A)\r\n\r\nx").from_name == "Alice A"
    quoted = parse_message(b'From: "Bob \\"B\\" Smith" <bob@example.com>\r\n\r\nx')
    assert (quoted.from_name, quoted.from_address) == ('Bob "B" Smith', "bob@example.com")


def test_subject_controls_and_folding_become_single_spaces() -> None:
    raw = b"Subject: Hi =?UTF-8?Q?there=0ABcc:_x@evil.example?=\r\n\tnext\x07line\r\n\r\nx"
    assert parse_message(raw).subject == "Hi there Bcc: x@evil.example next line"


def test_date_minus_zero_is_utc_and_garbage_is_none() -> None:
    utc = parse_message(b"Date: Wed, 25 Nov 2026 01:00:00 -0000\r\n\r\nx").date
    assert utc == datetime(2026, 11, 25, 1, 0, tzinfo=UTC) and utc.tzinfo is not None
    assert parse_message(b"Date: Wed, 99 Foo 99999 99:99 +9999\r\n\r\nx").date is None


def test_date_with_the_obsolete_jst_zone_name() -> None:
    mail = parse_message(b"Date: Wed, 25 Nov 2026 10:15:00 JST\r\n\r\nx")
    assert mail.date == datetime(2026, 11, 25, 10, 15, tzinfo=JST)


def test_half_width_katakana_in_iso2022jp() -> None:
    assert decode_iso2022jp(b"\x1b(I16^\x1b(B OK") == "ｱｶﾞ OK"  # ESC ( I, JIS X 0201 kana
    assert decode_iso2022jp(b"\x0e16^\x0f OK") == "ｱｶﾞ OK"  # SO/SI, as CP50221 sends it


def test_from_header_too_long_is_not_parsed() -> None:
    raw = b"From: " + b"x" * 10_000 + b" <a@example.com>\r\n\r\nx"
    mail = parse_message(raw)
    assert (mail.from_address, mail.from_name) == (None, "")
    assert "From header too long to parse" in mail.defects


def test_message_id_forms() -> None:
    assert parse_message(b"Message-ID: bare@example.jp\r\n\r\nx").message_id == "<bare@example.jp>"
    garbage = parse_message(b"Message-ID: <no at sign>\r\n\r\nx")
    assert garbage.message_id_generated and "unusable Message-ID header" in garbage.defects


def test_references_are_capped_keeping_root_and_nearest() -> None:
    refs = " ".join(f"<r{i}@x.example>" for i in range(500))
    mail = parse_message(f"References: {refs}\r\n\r\nx".encode())
    assert len(mail.references) == MAX_IDS
    assert mail.references[0] == "<r0@x.example>" and mail.references[-1] == "<r499@x.example>"


# --- caps: huge headers, many parts, deep nesting -------------------------------------------


def test_huge_header_section_is_cut_at_a_line_and_the_body_kept() -> None:
    filler = b"".join(b"X-Filler-%d: %s\r\n" % (i, b"y" * 100) for i in range(40_000))
    raw = b"Subject: big\r\nMessage-ID: <big@x.example>\r\n" + filler + b"\r\nthe body\r\n"
    assert len(raw) > 4_000_000
    mail = parse_message(raw, max_header_bytes=102400)
    assert mail.header_truncated
    assert mail.subject == "big" and mail.message_id == "<big@x.example>"
    assert mail.body == "the body\n"
    assert any("header section over 102400 bytes" in d for d in mail.defects)


def test_cap_header_section_edges() -> None:
    assert cap_header_section(b"A: 1\r\n\r\nbody", 5) == (b"A: 1\r\n\r\nbody", False)
    cut, truncated = cap_header_section(b"A: 1\nB: 2222222\nC: 3\n\nbody", 12)
    assert truncated and cut == b"A: 1\n\nbody"
    single, _ = cap_header_section(b"A: " + b"x" * 50 + b"\n\nbody", 10)
    assert single == b"A: xxxxxxx\n\nbody"


def test_ten_thousand_parts_are_capped() -> None:
    parts = b"".join(
        b"--B\r\nContent-Type: application/octet-stream\r\n\r\n%d\r\n" % i for i in range(10_000)
    )
    raw = b"Content-Type: multipart/mixed; boundary=B\r\n\r\n" + parts + b"--B--\r\n"
    mail = parse_message(raw)
    assert len(mail.attachments) == MAX_PARTS - 1  # the root counts as one part
    assert any(f"more than {MAX_PARTS} MIME parts" in d for d in mail.defects)


def test_part_parameters_full_of_quoted_semicolons_are_tamed() -> None:
    # email.message._parseparam is quadratic in the ";" inside quotes; part headers are not
    # under the header-section cap, so the parser keeps only the first pieces of them.
    hostile = b'Content-Type: image/png; name="' + b";" * 500_000 + b'"\r\n\r\nxx\r\n'
    raw = (
        b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
        + hostile
        + b"--B\r\nContent-Type: text/plain\r\n\r\nthe text\r\n--B--\r\n"
    )
    mail = parse_message(raw)
    assert mail.body == "the text"
    assert [a.content_type for a in mail.attachments] == ["image/png"]


def nested(levels: int) -> bytes:
    head = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(levels)
    )
    tail = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(levels)))
    return b"Subject: deep\r\n" + head + b"Content-Type: text/plain\r\n\r\ninnermost" + tail


def test_nesting_deeper_than_the_cap_is_not_followed() -> None:
    mail = parse_message(nested(MAX_DEPTH + 20))
    assert mail.subject == "deep" and mail.body == ""
    assert any("nesting deeper than" in d for d in mail.defects)
    assert parse_message(nested(5)).body == "innermost"


def test_nesting_too_deep_for_the_parser_keeps_headers() -> None:
    mail = parse_message(nested(5000))
    assert mail.subject == "deep"
    assert any("MIME structure could not be parsed (RecursionError)" in d for d in mail.defects)
    assert isinstance(mail.body, str)


@pytest.mark.parametrize("keep", ["\t\n", "", "\n"])
def test_clean_controls_spaces_every_control_character_and_nothing_else(keep: str) -> None:
    """Every character of categories Cc, Zl and Zp, and only those, becomes a space (unless
    kept), whatever the table of them says: checked against the Unicode database."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    expected = "".join(
        ch if ch in keep or unicodedata.category(ch) not in ("Cc", "Zl", "Zp") else " "
        for ch in every
    )
    assert clean_controls(every, keep) == expected
