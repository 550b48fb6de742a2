"""Logging for the desk: one line per record, customer addresses masked, nothing unbounded.

A log line is read by people (`journalctl`, a terminal) and by programs (log shippers), so:
- every record is exactly one line: control characters in the message and in tracebacks are
  escaped, and a traceback is folded onto its record's line;
- what one record may write is capped, and the address masking is a single linear pass over
  that capped text, so a hostile input (a request body, a header) cannot stall the event loop
  or flood the disk through the log;
- timestamps carry their zone (RFC 3339);
- two formats: ``text`` (``key=value``, the message quoted) and ``json`` (one object a line).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime
from typing import TextIO

from casework.settings import LOG_FORMATS

FORMATS = LOG_FORMATS
MAX_MESSAGE = 4000  # characters of a record's message kept; the rest is counted, not written
MAX_TRACEBACK = 16000  # characters of a folded traceback kept
ADDRESS_MAX = 320  # RFC 5321 §4.5.3.1: 64 for the local part, 255 for the domain, and "@"

_LOCAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
_DOMAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")


def mask_addresses(text: str, keep: frozenset[str] = frozenset()) -> str:
    """Customer addresses are personal information: keep the first letter and the domain.
    The desk's own addresses (`keep`, lower case) are not anyone's personal information.

    One pass from each "@": back over the local part, forward over the domain. Neither run can
    cross an "@", so every character is looked at a bounded number of times (a regular
    expression searching for ``local@domain`` retries from every letter of a long run without
    "@", which is quadratic)."""
    out: list[str] = []
    done = 0  # text[:done] is already in `out`
    at = text.find("@")
    while at != -1:
        start = at
        while start > done and text[start - 1] in _LOCAL:
            start -= 1
        end = at + 1
        while end < len(text) and text[end] in _DOMAIN:
            end += 1
        if start < at and end > at + 1:
            address = text[start:end]
            out.append(text[done:start])
            out.append(
                address if address.lower() in keep else f"{text[start]}***@{text[at + 1 : end]}"
            )
            done = end
        at = text.find("@", max(end, at + 1))
    out.append(text[done:])
    return "".join(out)


def _escapes() -> dict[int, str]:
    """Every character that could end a line or drive a terminal: C0, DEL, C1 and the Unicode
    line and paragraph separators."""
    table = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))}
    table.update({0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r", 0x2028: "\\u2028", 0x2029: "\\u2029"})
    return table


_ONE_LINE = _escapes()
_QUOTED = {**_ONE_LINE, ord("\\"): "\\\\", ord('"'): '\\"'}
# For JSON: json.dumps escapes C0, '"' and '\\' itself; these it leaves raw.
_JSON_EXTRA = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0), 0x2028, 0x2029)}


def one_line(text: str) -> str:
    """`text` with every line break and control character escaped (backslash notation)."""
    return text.translate(_ONE_LINE)


def bounded(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, saying how many were left out. The cut moves back
    to before a run of address characters, so that no part of a cut address is written."""
    if len(text) <= limit:
        return text
    cut = limit
    while cut > limit - ADDRESS_MAX and text[cut - 1] in _LOCAL | {"@"}:
        cut -= 1
    return f"{text[:cut]}…[{len(text) - cut} more characters]"


class DeskFormatter(logging.Formatter):
    """One record, one line: ``text`` or ``json``, addresses masked, sizes capped."""

    def __init__(self, fmt: str = "text", keep: frozenset[str] = frozenset()) -> None:
        super().__init__()
        if fmt not in FORMATS:
            raise ValueError(f"unknown log format {fmt!r}")
        self.fmt = fmt
        self.keep = keep

    def format(self, record: logging.LogRecord) -> str:
        message = self._clean(record.getMessage(), MAX_MESSAGE)
        trace = ""
        if record.exc_info:
            trace = self._clean(self.formatException(record.exc_info), MAX_TRACEBACK)
        elif record.exc_text:
            trace = self._clean(record.exc_text, MAX_TRACEBACK)
        if record.stack_info:
            trace = self._clean(f"{trace}\n{record.stack_info}".lstrip("\n"), MAX_TRACEBACK)
        when = datetime.fromtimestamp(record.created).astimezone().isoformat("T", "milliseconds")
        if self.fmt == "json":
            fields = {"time": when, "level": record.levelname, "logger": record.name}
            fields["msg"] = message
            if trace:
                fields["exc"] = trace
            return json.dumps(fields, ensure_ascii=False).translate(_JSON_EXTRA)
        line = (
            f"{when} level={record.levelname} logger={one_line(record.name)} "
            f'msg="{message.translate(_QUOTED)}"'
        )
        return f'{line} exc="{trace.translate(_QUOTED)}"' if trace else line

    def _clean(self, text: str, limit: int) -> str:
        # Cap first, then mask: masking then looks at a bounded amount of text.
        return mask_addresses(bounded(text, limit), self.keep)


def configure_logging(
    level: int = logging.INFO,
    desk_addresses: tuple[str, ...] = (),
    *,
    fmt: str = "text",
    stream: TextIO | None = None,
) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(DeskFormatter(fmt, keep=frozenset(a.lower() for a in desk_addresses)))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiosmtpd logs each peer and command at INFO: too chatty for a desk log.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
