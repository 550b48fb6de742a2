"""Header fields the desk makes: folded and encoded once, never a second field."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from responder.madeheader import MadeHeader


def _sent(name: str, value: str, *, utf8: bool) -> tuple[bytes, EmailMessage]:
    message = EmailMessage(policy=policy.SMTP)
    message[name] = MadeHeader(name, value)
    message.set_payload("x\n")
    raw = message.as_bytes(policy=policy.SMTPUTF8 if utf8 else policy.SMTP)
    read = message_from_bytes(raw, policy=policy.default)
    assert isinstance(read, EmailMessage)
    return raw, read


@pytest.mark.parametrize(
    "value",
    [
        "Hello\r\nBcc: evil@example.com",
        "Hello\nBcc: evil@example.com",
        "Hello\rBcc: evil@example.com",
        "nul\x00here",
        "escape\x1b[31m",
        "next line\x85Bcc: x@example.com",
        "line separator\u2028Bcc: x@example.com",
    ],
)
def test_a_control_character_is_refused(value: str) -> None:
    with pytest.raises(ValueError):
        MadeHeader("Subject", value)


@pytest.mark.parametrize("name", ["Sub\r\nBcc", "Sub:ject", "件名"])
def test_a_bad_name_is_refused(name: str) -> None:
    with pytest.raises(ValueError):
        MadeHeader(name, "value")


@pytest.mark.parametrize("value", ["", " lead", "trail ", "two  spaces"])
def test_spaces_folding_would_change_are_refused(value: str) -> None:
    with pytest.raises(ValueError):
        MadeHeader("Subject", value)


def test_a_lone_surrogate_is_refused() -> None:
    with pytest.raises(ValueError):
        MadeHeader("Subject", "broken \udcff byte")


@pytest.mark.parametrize(
    "value",
    [
        "Delete my data",
        "word " * 30 + "end",
        "<a@example.jp> " * 12 + "<b@example.jp>",
        "個人情報の削除について、至急ご対応をお願いします。" * 6,
        "Re: 個人情報 / personal data 😀 and 👍🏽 and é",
        "=?utf-8?q?Hello=0D=0ABcc:_evil@example.com?=",
        "x" * 300,
    ],
)
@pytest.mark.parametrize("utf8", [False, True])
def test_value_reads_back_as_made_in_one_field(value: str, utf8: bool) -> None:
    value = " ".join(value.split())
    raw, read = _sent("Subject", value, utf8=utf8)
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.count(b"\r\n") == head.count(b"\r\n ")  # every further line is a fold
    assert read.get_all("Subject") == [value]
    assert read["Bcc"] is None
    assert all(len(line) <= 998 for line in head.split(b"\r\n"))
    if not utf8:
        assert head.isascii()
    if value.isascii() and "=?" not in value:
        # Plain text stays readable, folded at its spaces within 78 characters where it can be.
        assert head.replace(b"\r\n", b"") == b"Subject: " + value.encode()
        if all(len(word) < 60 for word in value.split()):
            assert all(len(line) <= 78 for line in head.split(b"\r\n"))


def test_value_is_the_string_and_the_name_is_kept() -> None:
    header = MadeHeader("Date", "Sat, 19 Sep 2026 10:20:00 +0900")
    assert header == "Sat, 19 Sep 2026 10:20:00 +0900"
    assert header.name == "Date"
    assert header.defects == ()
    assert header.fold(policy=policy.SMTP) == "Date: Sat, 19 Sep 2026 10:20:00 +0900\r\n"
