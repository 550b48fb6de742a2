"""Header field values as text: RFC 2047 encoded-words, 8-bit bytes, folding, controls.

The email package's own decoding is not used for display text: it reads ISO-2022-JP
encoded-words with Python's codec, which turns ① and ㈱ into U+FFFD without a defect, and it
decodes each encoded-word alone, which breaks a character split across two of them.
"""

from __future__ import annotations

import binascii
import functools
import re

from casework.charsets import decode_text

# RFC 2047 §2: =?charset?encoding?encoded-text?= (charset may carry an RFC 2231 "*lang").
_ENCODED_WORD = re.compile(r"=\?([^?\s*]{1,60})(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_Q_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
_SPACES = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def raw_to_bytes(value: str) -> bytes:
    """The bytes of a header value as the parser read them (8-bit bytes surrogate-escaped)."""
    return value.encode("utf-8", "surrogateescape")


def decode_header(value: str, where: str) -> tuple[str, list[str]]:
    """Decode a raw (folded, possibly 8-bit) header value to one line of text; never raises.

    Unfolds (RFC 5322 §2.2.3), decodes encoded-words (RFC 2047), reads raw 8-bit bytes as
    UTF-8 (RFC 6532) or best effort, and turns every control character into a space.
    """
    unfolded = _FOLD.sub("", value)
    text, problems = decode_text(raw_to_bytes(unfolded), None, where)
    decoded, word_problems = decode_encoded_words(text, where)
    return clean_line(decoded), problems + word_problems


def decode_encoded_words(text: str, where: str) -> tuple[str, list[str]]:
    """Replace RFC 2047 encoded-words in `text` by what they encode.

    Adjacent encoded-words (only white space between them, which RFC 2047 §6.2 drops) in the
    same charset are joined as bytes before decoding, so a multi-byte character or an
    ISO-2022-JP shift state split between two words comes out whole.
    """
    pieces: list[str] = []
    problems: list[str] = []
    run_charset: str | None = None
    run = bytearray()
    pos = 0
    for match in _ENCODED_WORD.finditer(text):
        between = text[pos : match.start()]
        charset = match.group(1).lower()
        adjacent = pos > 0 and not between.strip()  # RFC 2047 §6.2: drop that space
        if run_charset is not None and (not adjacent or charset != run_charset):
            pieces.append(_flush(bytes(run), run_charset, where, problems))
            run_charset, run = None, bytearray()
        if not adjacent:
            pieces.append(between)
        payload = _word_bytes(match.group(2), match.group(3))
        if payload is None:
            problems.append(f"undecodable encoded-word in {where}")
            if run_charset is not None:
                pieces.append(_flush(bytes(run), run_charset, where, problems))
                run_charset, run = None, bytearray()
            pieces.append(match.group(0))
        else:
            run_charset = charset
            run += payload
        pos = match.end()
    if run_charset is not None:
        pieces.append(_flush(bytes(run), run_charset, where, problems))
    pieces.append(text[pos:])
    return "".join(pieces), problems


def _flush(data: bytes, charset: str, where: str, problems: list[str]) -> str:
    text, found = decode_text(data, charset, where)
    problems.extend(found)
    return text


def _word_bytes(encoding: str, encoded: str) -> bytes | None:
    try:
        raw = encoded.encode("ascii")
    except UnicodeEncodeError:
        return None
    if encoding in "Bb":
        raw = raw.rstrip(b"=")
        raw += b"=" * (-len(raw) % 4)  # mailers that drop the padding
        try:
            return binascii.a2b_base64(raw)
        except (binascii.Error, ValueError):
            return None
    raw = raw.replace(b"_", b" ")  # RFC 2047 §4.2 (2)
    return _Q_ESCAPE.sub(lambda m: bytes((int(m.group(1), 16),)), raw)


def clean_line(text: str) -> str:
    """One line of text: controls, line and paragraph separators become spaces, runs of
    white space one space. A CR or LF decoded from an encoded-word could otherwise inject a
    header into mail built from this text (CVE-2024-6923)."""
    return _SPACES.sub(" ", clean_controls(text, keep="")).strip()


def clean_controls(text: str, keep: str = "\t\n") -> str:
    """`text` with control characters (except those in `keep`) as spaces and lone surrogates
    as U+FFFD, so it can be stored and shown anywhere."""
    text = _SURROGATE.sub("\ufffd", text)
    if text.isprintable():
        return text
    return text.translate(_controls_as_spaces(keep))


@functools.cache
def _controls_as_spaces(keep: str) -> dict[int, str]:
    """A `str.translate` table: every character of Unicode categories Cc, Zl and Zp (C0, DEL,
    C1, U+2028, U+2029) not in `keep` becomes a space; one pass in C, not a call per character."""
    controls = (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)
    return {c: " " for c in controls if chr(c) not in keep}
