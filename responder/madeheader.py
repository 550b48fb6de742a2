"""Header fields whose values the desk makes itself, folded and encoded once.

`EmailMessage` parses every header value set on it into a parse tree (`email.headerregistry`)
and folds the tree again when the message is flattened: for an acknowledgement that is most of
the cost of building it (docs/benchmarks.md, "Drain, seventh round"). A value the desk made
from checked parts (a date, a Message-ID, the subject after `clean_subject`) need not be read
back: `MadeHeader` holds it with its folded lines, made here once, for a relay with and
without SMTPUTF8. It is never built from a header object of a received mail (CVE-2024-6923):
it takes a `str`, refuses any control character, and writes text that is not plain ASCII as
RFC 2047 encoded words.

The email package takes such an object as it is (`EmailPolicy.header_store_parse` keeps a
value that has a `name`, and `EmailPolicy._fold` calls its `fold`), as it does its own header
objects.
"""

from __future__ import annotations

import base64
import re
from email.policy import Policy

MAX_LINE = 78  # characters a header line should keep within (RFC 5322 §2.1.1)
LINE_LIMIT = 998  # octets a line must keep within (RFC 5322 §2.1.1)
# UTF-8 octets per encoded word: 42 make 56 base64 characters, a word of 68 (RFC 2047 §2
# allows 75), so that "Subject: " and one word stay within MAX_LINE.
_WORD_OCTETS = 42
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class MadeHeader(str):
    """A header field the desk made: `str(header)` is its value, `fold(policy=...)` the field
    as it goes on the wire. Raises ValueError for a value with a control character, or one
    that is empty or has leading, trailing or doubled spaces (folding would change it)."""

    name: str
    _plain: tuple[str, ...]  # lines of the field for a relay without SMTPUTF8 (ASCII only)
    _utf8: tuple[str, ...]  # and with it (RFC 6532 §3.2: UTF-8 as it is)

    def __new__(cls, name: str, value: str) -> MadeHeader:
        if _CONTROL.search(name + value) or ":" in name or not name.isascii():
            raise ValueError(f"header {name!r}: a control character or a bad name")
        if not value or value != value.strip(" ") or "  " in value:
            raise ValueError(f"header {name!r}: empty, or spaces that folding would change")
        self = super().__new__(cls, value)
        self.name = name
        # Text that reads as an encoded word is encoded itself, so that a reader shows it as
        # it was written rather than decoding it (RFC 2047 §5).
        literal = "=?" not in value
        utf8 = _folded(name, value) if literal else None
        if utf8 is None or any(len(line.encode()) > LINE_LIMIT for line in utf8):
            utf8 = _encoded(name, value)
        self._utf8 = utf8
        self._plain = utf8 if value.isascii() and literal else _encoded(name, value)
        return self

    @property
    def defects(self) -> tuple[()]:
        return ()  # as a parsed header reports them: a value made here has none

    def fold(self, *, policy: Policy) -> str:
        lines = self._utf8 if getattr(policy, "utf8", False) else self._plain
        return policy.linesep.join(lines) + policy.linesep


def _folded(name: str, value: str) -> tuple[str, ...]:
    """`name: value` folded at spaces (RFC 5322 §2.2.3), each line within MAX_LINE characters
    where a word allows it."""
    lines: list[str] = []
    line = f"{name}:"
    for word in value.split(" "):
        if len(line) + 1 + len(word) > MAX_LINE and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return tuple(lines)


def _encoded(name: str, value: str) -> tuple[str, ...]:
    """`name: value` as RFC 2047 "B" encoded words in UTF-8, one a line. Each word holds whole
    characters (RFC 2047 §5), and the space between two words is not part of the text
    (§6.2), so the value decodes as it was, spaces included."""
    words: list[str] = []
    chunk = b""
    for ch in value:
        octets = ch.encode("utf-8")  # a lone surrogate: UnicodeEncodeError, a ValueError
        if chunk and len(chunk) + len(octets) > _WORD_OCTETS:
            words.append(_word(chunk))
            chunk = b""
        chunk += octets
    words.append(_word(chunk))
    return (f"{name}: {words[0]}", *(f" {w}" for w in words[1:]))


def _word(octets: bytes) -> str:
    return f"=?utf-8?b?{base64.b64encode(octets).decode('ascii')}?="
