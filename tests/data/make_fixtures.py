"""Writes the .eml fixtures of tests/test_mail.py, byte for byte as real mailers encode them.

Run from the repository root: `.venv/bin/python tests/data/make_fixtures.py`. The files are
committed; this script documents how each was built and rebuilds them identically.
"""

from __future__ import annotations

import base64
import contextlib
import quopri
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).parent
CRLF = b"\r\n"

# cp932 puts IBM extension characters at 0xFA-0xFC; CP50220 sends them through the
# NEC-selected copies at 0xED-0xEE, the only ones JIS rows can reach.
_NEC_SELECTED: dict[str, bytes] = {}
for _lead in (0xED, 0xEE):
    for _trail in range(0x40, 0xFD):
        with contextlib.suppress(UnicodeDecodeError):
            _NEC_SELECTED.setdefault(bytes((_lead, _trail)).decode("cp932"), bytes((_lead, _trail)))


def sjis_to_jis(s1: int, s2: int) -> bytes:
    """JIS X 0208 row/cell bytes of one Shift_JIS double-byte character."""
    if s1 >= 0xE0:
        s1 -= 0x40
    j1 = (s1 - 0x81) * 2 + 0x21
    if s2 >= 0x9F:
        return bytes((j1 + 1, s2 - 0x7E))
    return bytes((j1, s2 - 0x1F - (1 if s2 >= 0x80 else 0)))


def cp50220(text: str) -> bytes:
    """Encode as Windows does for ISO-2022-JP mail (CP50220): cp932, then JIS escapes."""
    out = bytearray()
    kanji = False
    for ch in text:
        sjis = _NEC_SELECTED.get(ch) or ch.encode("cp932")
        if len(sjis) == 1:
            if kanji:
                out += b"\x1b(B"
                kanji = False
            out += sjis
        else:
            if not kanji:
                out += b"\x1b$B"
                kanji = True
            out += sjis_to_jis(sjis[0], sjis[1])
    if kanji:
        out += b"\x1b(B"
    return bytes(out)


def eucjp_windows(text: str) -> bytes:
    """EUC-JP as CP51932 writes it: the cp932 character's JIS code point, each byte | 0x80."""
    out = bytearray()
    for ch in text:
        sjis = _NEC_SELECTED.get(ch) or ch.encode("cp932")
        out += sjis if len(sjis) == 1 else bytes(b | 0x80 for b in sjis_to_jis(sjis[0], sjis[1]))
    return bytes(out)


def b_word(charset: str, data: bytes) -> bytes:
    return b"=?" + charset.encode() + b"?B?" + base64.b64encode(data) + b"?="


def message(headers: list[bytes], body: bytes) -> bytes:
    data = b"\n".join(headers) + b"\n\n" + body
    return data.replace(b"\r\n", b"\n").replace(b"\n", CRLF)  # as on the wire


BASE = [
    b"From: =?UTF-8?B?" + base64.b64encode("山田 太郎".encode()) + b"?= <taro@example.jp>",
    b"To: info@planetmgmt.biz",
    b"Date: Wed, 25 Nov 2026 10:15:00 +0900",
    b"MIME-Version: 1.0",
]


def iso2022jp_nec_extensions() -> bytes:
    subject_words = [
        b_word("ISO-2022-JP", cp50220("①個人情報の開示")),
        b_word("ISO-2022-JP", cp50220("㈱プラネット～髙橋")),
    ]
    body = cp50220("①㈱プラネット御中\n開示請求の手続き～費用を教えてください。\n髙橋 一郎\n")
    return message(
        [
            b"From: "
            + b_word("ISO-2022-JP", cp50220("㈱テスト 髙橋"))
            + b" <takahashi@example.jp>",
            b"To: info@planetmgmt.biz",
            b"Subject: " + subject_words[0] + CRLF + b" " + subject_words[1],
            b"Date: Wed, 25 Nov 2026 10:15:00 +0900",
            b"Message-ID: <nec-1@example.jp>",
            b"MIME-Version: 1.0",
            b"Content-Type: text/plain; charset=ISO-2022-JP",
            b"Content-Transfer-Encoding: 7bit",
        ],
        body,
    )


def shift_jis() -> bytes:
    text = "①個人情報の訂正について\n住所を変更しました～よろしくお願いします。\n"
    return message(
        [
            *BASE,
            b"Subject: " + b_word("Shift_JIS", "①訂正～依頼".encode("cp932")),
            b"Message-ID: <sjis-1@example.jp>",
            b"Content-Type: text/plain; charset=Shift_JIS",
            b"Content-Transfer-Encoding: 8bit",
        ],
        text.encode("cp932"),
    )


def euc_jp() -> bytes:
    text = "①利用停止のお願い\n配信を止めてください～。\n"
    return message(
        [
            *BASE,
            b"Subject: " + b_word("EUC-JP", eucjp_windows("①利用停止～")),
            b"Message-ID: <euc-1@example.jp>",
            b"Content-Type: text/plain; charset=EUC-JP",
            b"Content-Transfer-Encoding: 8bit",
        ],
        eucjp_windows(text),
    )


def iso2022jp_no_charset() -> bytes:
    # Old Japanese mailers: no MIME at all, JIS in the body and raw JIS in the Subject.
    return message(
        [
            b"From: suzuki@example.jp",
            b"To: info@planetmgmt.biz",
            b"Subject: " + cp50220("お問い合わせ"),
            b"Date: Wed, 25 Nov 2026 10:15:00 +0900",
            b"Message-ID: <nocharset-1@example.jp>",
        ],
        cp50220("営業時間を教えてください。\nよろしくお願いします。\n"),
    )


def encoded_word_split_subject() -> bytes:
    utf8 = "個人情報".encode()
    # A UTF-8 character cut between two words, a Q word cut inside "é", and two charsets.
    q_first, q_second = b"=?UTF-8?Q?caf=C3?=", b"=?UTF-8?Q?=A9_au_lait?="
    subject = (
        b"Subject: Re: "
        + b_word("UTF-8", utf8[:4])
        + CRLF
        + b"\t"
        + b_word("UTF-8", utf8[4:])
        + CRLF
        + b" "
        + b_word("ISO-2022-JP", cp50220("の開示"))
        + CRLF
        + b" "
        + q_first
        + CRLF
        + b" "
        + q_second
    )
    return message(
        [
            *BASE,
            subject,
            b"Message-ID: <split-1@example.jp>",
            b"Content-Type: text/plain; charset=UTF-8",
        ],
        "本文です。\n".encode(),
    )


HTML = """<html><head><title>ignored title</title><style>p { color: red; }</style>
<script>alert("x")</script></head><body>
<p>Hello &amp; welcome,</p><div>Please see <a href="https://planetmgmt.biz/privacy">our policy</a>
&lt;section 3&gt;.<br>Line two&nbsp;here &#x3042;</div>
<ul><li>first</li><li>second</li></ul>
<blockquote>quoted earlier text</blockquote>
</body></html>
"""


def html_only() -> bytes:
    return message(
        [
            *BASE,
            b"Subject: HTML only",
            b"Message-ID: <html-1@example.com>",
            b"Content-Type: text/html; charset=UTF-8",
            b"Content-Transfer-Encoding: quoted-printable",
        ],
        quopri.encodestring(HTML.encode()),
    )


def multipart_alternative() -> bytes:
    return message(
        [
            *BASE,
            b"Subject: alternative",
            b"Message-ID: <alt-1@example.com>",
            b'Content-Type: multipart/alternative; boundary="alt-b"',
        ],
        b"This is a multi-part message in MIME format.\n--alt-b\n"
        b"Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes("プレーンテキスト版です。\n".encode())
        + b"--alt-b\nContent-Type: text/html; charset=UTF-8\n\n<p>HTML version</p>\n--alt-b--\n",
    )


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(40)


def attachments() -> bytes:
    pdf_name = quote("見積書.pdf".encode())
    jis = cp50220("写真①.png")  # a long name, cut in two RFC 2231 continuations
    jis_name = quote(jis[:7], safe="") + "|" + quote(jis[7:], safe="")
    half = jis_name.index("|")
    jis_name = jis_name.replace("|", "")
    return message(
        [
            *BASE,
            b"Subject: attachments",
            b"Message-ID: <att-1@example.com>",
            b'Content-Type: multipart/mixed; boundary="mix"',
        ],
        b"--mix\nContent-Type: text/plain; charset=UTF-8\n\nSee the attached files.\n"
        b"--mix\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
        b"Content-Disposition: attachment; filename*=UTF-8''"
        + pdf_name.encode()
        + b"\n\n"
        + base64.encodebytes(PDF)
        + b"--mix\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        b"Content-Disposition: inline;\n filename*0*=ISO-2022-JP''"
        + jis_name[:half].encode()
        + b";\n filename*1*="
        + jis_name[half:].encode()
        + b"\n\n"
        + base64.encodebytes(PNG)
        + b"--mix--\n",
    )


def unknown_charset() -> bytes:
    return message(
        [
            *BASE,
            b"Subject: unknown charset",
            b"Message-ID: <unk-1@example.com>",
            b"Content-Type: text/plain; charset=x-foo",
            b"Content-Transfer-Encoding: 8bit",
        ],
        "お問い合わせです。\n".encode(),
    )


def mislabelled_us_ascii() -> bytes:
    return message(
        [
            *BASE,
            b"Subject: mislabelled",
            b"Message-ID: <mis-1@example.com>",
            b"Content-Type: text/plain; charset=us-ascii",
            b"Content-Transfer-Encoding: 7bit",
        ],
        "Café – 日本語\n".encode(),
    )


def missing_message_id() -> bytes:
    return message([*BASE, b"Subject: no id"], b"There is no Message-ID here.\n")


def reply_with_quote_and_signature() -> bytes:
    body = (
        "お世話になっております。\n開示請求の書類を送りました。\n\n-- \n山田 太郎\n"
        "株式会社サンプル\n\n2026年11月24日(火) 9:00 Planet Management <info@planetmgmt.biz>:"
        "\n> [PMC-000123] お問い合わせを受け付けました\n> 担当者より連絡します。\n"
    )
    return message(
        [
            *BASE,
            b"Subject: Re: [PMC-000123] =?UTF-8?B?" + base64.b64encode("受付".encode()) + b"?=",
            b"Message-ID: <reply-2@example.jp>",
            b"In-Reply-To: <ack-123@planetmgmt.biz> (the acknowledgement)",
            b"References: <first-1@example.jp>\n\tgarbage here <ack-123@planetmgmt.biz>",
            b"Content-Type: text/plain; charset=UTF-8",
            b"Content-Transfer-Encoding: 8bit",
        ],
        body.encode(),
    )


MALFORMED = {
    "malformed_no_headers": b"just some words and no header at all\nsecond line\n",
    "malformed_broken_base64": message(
        [
            *BASE,
            b"Subject: broken base64",
            b"Message-ID: <b64@example.com>",
            b"Content-Type: text/plain; charset=UTF-8",
            b"Content-Transfer-Encoding: base64",
        ],
        b"aGVsbG8gd29y!!bGQ\n*=\n",
    ),
    "malformed_broken_qp": message(
        [
            *BASE,
            b"Subject: broken qp",
            b"Message-ID: <qp@example.com>",
            b"Content-Type: text/plain; charset=UTF-8",
            b"Content-Transfer-Encoding: quoted-printable",
        ],
        b"soft=\nbreak =ZZ bad escape =E3=81=82 and a trailing =",
    ),
    "malformed_nul_bytes": message(
        [*BASE, b"Subject: nul\x00inside", b"Message-ID: <nul@example.com>"],
        b"before\x00after\n",
    ),
    "malformed_8bit_headers": message(
        [
            b"From: " + "鈴木 花子".encode() + b" <hanako@example.jp>",
            b"Subject: " + "請求書".encode("cp932") + b" raw",
            b"Date: Wed, 25 Nov 2026 10:15:00 +0900",
            b"Message-ID: <8bit@example.jp>",
        ],
        b"body\n",
    ),
    "malformed_from_dot": message(
        [
            b"From: . <a@b.c>",
            b"Subject: dot",
            b"Date: not a date",
            b"Message-ID: <dot@example.com>",
        ],
        b"body\n",
    ),
    "malformed_multipart_no_boundary": message(
        [
            *BASE,
            b"Subject: no boundary",
            b"Message-ID: <nob@example.com>",
            b"Content-Type: multipart/mixed",
        ],
        b"text that should have been a part\n",
    ),
}


def main() -> None:
    builders = [
        iso2022jp_nec_extensions,
        shift_jis,
        euc_jp,
        iso2022jp_no_charset,
        encoded_word_split_subject,
        html_only,
        multipart_alternative,
        attachments,
        unknown_charset,
        mislabelled_us_ascii,
        missing_message_id,
        reply_with_quote_and_signature,
    ]
    files = {build.__name__: build() for build in builders} | MALFORMED
    for name, data in files.items():
        (HERE / f"{name}.eml").write_bytes(data)


if __name__ == "__main__":
    main()
