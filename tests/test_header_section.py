"""One header-section cap: the mail reader and the acknowledgement rules cut alike."""

from __future__ import annotations

import pytest

from casework.autoreply import AutoReplyPolicy, suppression_reasons
from casework.mail import header_section, parse_message

CAP = 64
POLICY = AutoReplyPolicy(
    our_addresses=("info@planetmgmt.biz",),
    loop_marker="info@planetmgmt.biz",
    trusted_authserv_id=None,
)
HEAD = b"From: a@example.jp\r\nSubject: hi\r\n"

RAWS = {
    "fits": HEAD + b"\r\nbody\r\n",
    "bare LF": HEAD.replace(b"\r\n", b"\n") + b"\nbody\n",
    "mixed line ends": HEAD + b"\n" + b"body\r\n",
    "over the cap": HEAD + b"X-Pad: " + b"p" * 80 + b"\r\n\r\nbody\r\n",
    "no empty line": HEAD + b"X-Pad: " + b"p" * 80 + b"\r\n",
    "empty line first": b"\r\n" + HEAD,
    "one line over the cap": b"Subject: " + b"s" * 100 + b"\r\n\r\nbody",
}


@pytest.mark.parametrize("raw", RAWS.values(), ids=RAWS.keys())
def test_the_reader_and_the_rules_agree_on_the_cut(raw: bytes) -> None:
    section = header_section(raw, CAP)
    mail = parse_message(raw, max_header_bytes=CAP)
    reasons = suppression_reasons(raw, "a@example.jp", POLICY, max_header_bytes=CAP)
    assert mail.header_truncated == section.truncated
    assert ("too-many-headers" in [r.code for r in reasons]) == section.truncated
    assert len(section.head) <= CAP
    if section.truncated:
        assert section.head == b"" or section.head.endswith(b"\n")  # whole lines only


def test_the_body_starts_after_the_first_empty_line_even_when_cut() -> None:
    section = header_section(RAWS["over the cap"], CAP)
    assert section.truncated and section.head == HEAD and section.body == b"body\r\n"
    assert header_section(RAWS["mixed line ends"], CAP).body == b"body\r\n"
