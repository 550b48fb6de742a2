"""How much of a large mail the desk reads: a reading copy with every MIME part's body cut.

A mail may be 25 MiB and still within the size limit. Python's email package holds a part's
body as a string several times its size while it parses, and the text then goes through
decoding, cleaning and matching; one 10 MB mail took the process to 400 MiB and eight of
24 MB to over 3 GiB. The desk needs little of such a mail: the start of the text, and each
attachment's name, type and size. So before parsing, a mail over `LARGE_MAIL` bytes is copied
with each part's body cut to `PART_BODY` bytes (at a line end), within `TOTAL_BODY` bytes for
the whole mail, and every delimiter and part header kept, so the MIME structure and the
attachment list stay whole. Each cut part gets a header, named afresh for every mail so that
no sender can forge it, carrying the body's real size in bytes. The stored raw mail is never
changed: `privacy export` writes it whole.

The cut is found with bytes searches (RFC 2046 §5.1.1: a delimiter is CRLF "--" boundary at
the start of a line), which run in C and do not hold the event loop for long.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

LARGE_MAIL = 2 * 1024 * 1024  # bytes; smaller mail is parsed as it is
PART_BODY = 1024 * 1024  # bytes kept of each part's body
TOTAL_BODY = 4 * 1024 * 1024  # bytes kept of all bodies together
PART_HEADER = 128 * 1024  # bytes of a part's header section (the top-level one is capped at
# listener.max_header_bytes before); more is cut with the body
MAX_BOUNDARIES = 200

# After "boundary" (found with bytes.find: a case-insensitive regex over megabytes would try
# every position, holding the GIL, and with it the event loop, for a quarter of a second).
_BOUNDARY_VALUE = re.compile(rb"""\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))""")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


@dataclass(frozen=True)
class ReadingCopy:
    raw: bytes  # what to parse
    size_header: str  # the header a cut part carries, its value the body's real size; "" if none
    cut_parts: int  # parts whose body was cut


def reading_copy(raw: bytes) -> ReadingCopy:
    """`raw` itself when it is small; otherwise a copy with every part's body cut."""
    if len(raw) <= LARGE_MAIL:
        return ReadingCopy(raw, "", 0)
    name = f"X-Desk-Cut-{secrets.token_hex(8)}"
    marker = name.encode("ascii")
    pieces: list[bytes] = []
    budget, cut = TOTAL_BODY, 0
    for start, end, delimiter_end in _segments(raw):
        piece, kept, was_cut = _cut_segment(raw, start, end, min(PART_BODY, budget), marker)
        pieces += [piece, raw[end:delimiter_end]]
        budget -= kept
        cut += was_cut
    return ReadingCopy(b"".join(pieces), name, cut)


def _segments(raw: bytes) -> list[tuple[int, int, int]]:
    """(start, end, delimiter end) of each stretch between delimiter lines: the top-level
    header section with the preamble, then each part; the delimiter line follows `end`."""
    boundaries = _boundaries(raw)
    lines: list[tuple[int, int]] = []
    for boundary in boundaries:
        needle = b"\n--" + boundary
        at = raw.find(needle)
        while at >= 0:
            line_end = raw.find(b"\n", at + 1)
            line_end = len(raw) if line_end < 0 else line_end + 1
            # The CR before the LF belongs to the delimiter (RFC 2046 §5.1.1).
            lines.append((at - 1 if at > 0 and raw[at - 1 : at] == b"\r" else at, line_end))
            at = raw.find(needle, line_end - 1)
    segments, start = [], 0
    for line_start, line_end in sorted(lines):
        if line_start < start:  # one boundary the prefix of another: keep the first line
            continue
        segments.append((start, line_start, line_end))
        start = line_end
    segments.append((start, len(raw), len(raw)))
    return segments


def _boundaries(raw: bytes) -> set[bytes]:
    """Every boundary parameter value in the mail (in any part's Content-Type)."""
    found: set[bytes] = set()
    for word in (b"oundary", b"OUNDARY"):
        at = raw.find(word)
        while at > 0 and len(found) < MAX_BOUNDARIES:
            if raw[at - 1 : at] in (b"b", b"B"):
                value = _BOUNDARY_VALUE.match(raw, at + len(word), at + len(word) + 260)
                if value is not None:
                    found.add(value.group(1) or value.group(2))
            at = raw.find(word, at + len(word))
    return found


def _cut_segment(
    raw: bytes, start: int, end: int, keep: int, marker: bytes
) -> tuple[bytes, int, bool]:
    """The segment with its body cut to `keep` bytes: (bytes, body bytes kept, whether cut)."""
    if raw.startswith((b"\r\n", b"\n"), start):
        body_start = start  # no header fields: the body starts after the empty line
    else:
        found = _HEADER_END.search(raw, start, min(end, start + PART_HEADER))
        body_start = found.end() if found else min(end, start + PART_HEADER)
    body_size = end - body_start
    if body_size <= keep:
        return raw[start:end], body_size, False
    kept = raw[body_start : body_start + keep]
    # At a line end when there is one. A body with no line break in its first `keep` bytes
    # (HTML or text written on one line, 8bit) is cut where the budget ends: cut at a line
    # end, nothing of it was read, and the case showed no text at all.
    line_end = kept.rfind(b"\n")
    if line_end >= 0:
        kept = kept[: line_end + 1]
    header = marker + b": " + str(body_size).encode("ascii") + b"\r\n"
    return header + raw[start:body_start] + kept, len(kept), True
