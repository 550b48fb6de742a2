"""The reading copy of a large mail: bodies cut, structure and real sizes kept."""

from __future__ import annotations

from casework.bounds import LARGE_MAIL, PART_BODY, TOTAL_BODY, reading_copy
from casework.mail import parse_message

HEAD = b"From: a@example.jp\r\nTo: info@planetmgmt.biz\r\nMessage-ID: <b@example.jp>\r\n"


def test_small_mail_is_read_as_it_is() -> None:
    raw = HEAD + b"\r\nhello\r\n"
    copy = reading_copy(raw)
    assert copy.raw is raw and copy.cut_parts == 0


def test_single_part_body_is_cut_at_a_line_end() -> None:
    raw = HEAD + b"Content-Type: text/plain\r\n\r\n" + b"line of text\r\n" * (LARGE_MAIL // 10)
    copy = reading_copy(raw)
    assert copy.cut_parts == 1
    assert len(copy.raw) <= PART_BODY + len(HEAD) + 200
    assert copy.raw.endswith(b"line of text\r\n")


def test_a_body_on_one_line_is_cut_not_dropped() -> None:
    # A 2.2 MB text written on one line: cut at a line end, nothing of it was left to read.
    sentence = "Please tell me how to request disclosure of my personal information. "
    text = sentence * (LARGE_MAIL // len(sentence) + 1000)
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + text.encode() + b"\r\n"
    copy = reading_copy(raw)
    assert copy.cut_parts == 1
    mail = parse_message(copy.raw)
    assert mail.body.startswith(sentence.strip())
    assert len(mail.body) >= PART_BODY // 2


def test_every_part_is_cut_within_the_total_and_all_stay_listed() -> None:
    big = b"A" * 76 + b"\r\n"
    parts = b"".join(
        b'--b\r\nContent-Type: application/pdf; name="f%d.pdf"\r\n' % n
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + big * (PART_BODY // 30)
        for n in range(8)
    )
    raw = HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n"
    copy = reading_copy(raw)
    assert copy.cut_parts == 8
    assert len(copy.raw) < TOTAL_BODY + 8 * 200 + len(HEAD) + 200
    mail = parse_message(raw)
    assert [a.filename for a in mail.attachments] == [f"f{n}.pdf" for n in range(8)]
    real = (PART_BODY // 30) * 57  # each 78-byte base64 line carries 57 bytes
    assert all(abs(a.size - real) <= 2 for a in mail.attachments), mail.attachments


def test_a_sender_cannot_forge_the_size_header() -> None:
    copy = reading_copy(HEAD + b"\r\n" + b"x\r\n" * LARGE_MAIL)
    assert copy.size_header.startswith("X-Desk-Cut-")
    assert copy.size_header != reading_copy(HEAD + b"\r\n" + b"x\r\n" * LARGE_MAIL).size_header
