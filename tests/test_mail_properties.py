"""Property tests: parse_message never raises, and always yields one-line subject and text."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casework.mail import parse_message
from casework.models import ParsedMail

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADER_NAMES = [
    "From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Content-Type",
    "Content-Transfer-Encoding", "Content-Disposition", "MIME-Version", "Reply-To", "X-Odd",
]  # fmt: skip
FRAGMENTS = [
    "=?UTF-8?B?", "=?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=", "=?x-foo?Q?a=FF?=", "?=", "<",
    ">", "@", '"', "\\", "(", ")", ",", ";", ":", ". <a@b.c>", "multipart/mixed", "boundary=",
    "text/plain; charset=", "iso-2022-jp", "shift_jis", "x-unknown", "base64",
    "quoted-printable", "filename*=UTF-8''%E8%A6%8B", "name*0*=", "attachment", "Mon, 1 Jan",
    "+0900", "-0000", "①㈱～", "\r\n ", "\n\t", "\x00", "\x1b$B", "\x1b(B",
]  # fmt: skip
fragment = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20))
header_value = st.lists(fragment, max_size=8).map("".join)
raw_value = st.one_of(
    header_value.map(lambda v: v.encode("utf-8", "surrogatepass")), st.binary(max_size=60)
)
header = st.tuples(st.sampled_from(HEADER_NAMES), raw_value).map(
    lambda h: h[0].encode() + b": " + h[1]
)
body = st.one_of(
    st.binary(max_size=400), st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
charset = st.sampled_from(["utf-8", "iso-2022-jp", "shift_jis", "euc-jp", "x-foo", "us-ascii", ""])
encoding = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "bogus"])


@st.composite
def part(draw: st.DrawFn, depth: int = 0) -> bytes:
    if depth < 3 and draw(st.booleans()):
        children = draw(st.lists(part(depth + 1), max_size=3))
        boundary = draw(st.sampled_from([b"b", b"==x==", b"", b"b" * 80]))
        inner = b"".join(b"--" + boundary + b"\r\n" + c + b"\r\n" for c in children)
        close = draw(st.sampled_from([b"--" + boundary + b"--\r\n", b""]))
        head = b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n'
        return head + b"\r\n" + inner + close
    ctype = draw(st.sampled_from([b"text/plain", b"text/html", b"image/png", b"message/rfc822"]))
    head = b"Content-Type: " + ctype + b"; charset=" + draw(charset).encode() + b"\r\n"
    head += b"Content-Transfer-Encoding: " + draw(encoding).encode() + b"\r\n"
    if draw(st.booleans()):
        head += b'Content-Disposition: attachment; filename="' + draw(raw_value) + b'"\r\n'
    return head + b"\r\n" + draw(body)


def check(mail: ParsedMail) -> None:
    assert isinstance(mail.subject, str) and isinstance(mail.body, str)
    assert "\r" not in mail.subject and "\n" not in mail.subject
    for text in (mail.subject, mail.body, mail.body_for_matching, mail.from_name):
        text.encode("utf-8")  # no lone surrogates survive
    assert mail.message_id.startswith("<") and mail.message_id.endswith(">")
    assert mail.date is None or mail.date.tzinfo is not None
    assert mail.body_source in ("plain", "html", "none")
    assert all(isinstance(d, str) and "\n" not in d for d in mail.defects)


@SETTINGS
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    check(parse_message(raw))


@SETTINGS
@given(st.lists(header, max_size=12), part(), st.sampled_from([b"\r\n", b"\n"]))
def test_messages_built_from_random_headers_and_parts_never_raise(
    headers: list[bytes], mime: bytes, newline: bytes
) -> None:
    raw = b"\r\n".join(headers) + b"\r\n" + mime
    check(parse_message(raw.replace(b"\r\n", newline)))


@SETTINGS
@given(st.lists(header, min_size=1, max_size=30), st.integers(min_value=0, max_value=400))
def test_header_cap_anywhere_never_raises(headers: list[bytes], cap: int) -> None:
    raw = b"\r\n".join(headers) + b"\r\n\r\nbody"
    mail = parse_message(raw, max_header_bytes=cap)
    check(mail)
    header_end = re.search(rb"\r?\n\r?\n", raw)
    assert header_end is not None
    assert mail.header_truncated == (header_end.start() > cap)
