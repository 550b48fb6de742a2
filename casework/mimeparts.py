"""The MIME parts of a received message: which one is the text, which are attachments.

The tree is walked without recursion and within caps (parts and nesting), so ten thousand
parts or a deeply nested message cost little; a cap that is hit is recorded as a defect.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass, field
from email.message import Message

from casework.charsets import decode_text
from casework.headertext import clean_line, decode_header
from casework.models import Attachment

MAX_PARTS = 1000  # MIME parts walked; more are counted as a defect, not read
MAX_DEPTH = 30  # multipart nesting followed


@dataclass
class PartsReading:
    """What the walk over the MIME tree collects."""

    plain: str | None = None
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    size_header: str = ""  # set on parts whose body was cut for reading (casework.bounds)


def read_parts(msg: Message, *, size_header: str = "") -> PartsReading:
    """The first inline text/plain and text/html parts, the attachments, and the defects
    found on the way (the email package's, and ours). `size_header`: see casework.bounds."""
    reading = PartsReading(size_header=size_header)
    _walk(msg, reading)
    return reading


def _walk(msg: Message, reading: PartsReading) -> None:
    """Visit the MIME tree without recursion, up to MAX_PARTS parts and MAX_DEPTH levels."""
    stack: list[tuple[Message, int]] = [(msg, 0)]
    seen = 0
    while stack:
        part, depth = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            reading.defects.append(f"more than {MAX_PARTS} MIME parts; the rest not read")
            return
        children = _children(part)
        if children is None:
            _leaf(part, reading)
        elif depth >= MAX_DEPTH:
            reading.defects.append(f"MIME nesting deeper than {MAX_DEPTH} levels; not followed")
        else:
            stack.extend((child, depth + 1) for child in reversed(children))
        _part_defects(part, reading)  # after _leaf: decoding the payload adds defects too


def _children(part: Message) -> list[Message] | None:
    if _content_type(part).startswith("message/") or not part.is_multipart():
        return None
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def _part_defects(part: Message, reading: PartsReading) -> None:
    for defect in getattr(part, "defects", ()):
        name = type(defect).__name__
        doc = (type(defect).__doc__ or "").strip().splitlines()
        reading.defects.append(f"{name}: {doc[0]}" if doc else name)


def _content_type(part: Message) -> str:
    try:
        return str(part.get_content_type()).lower()
    except Exception:
        return "application/octet-stream"


def _leaf(part: Message, reading: PartsReading) -> None:
    ctype = _content_type(part)
    filename = _filename(part, reading.defects)
    disposition = _disposition(part)
    is_text = ctype in ("text/plain", "text/html") or ctype.startswith("multipart/")
    if is_text and filename is None and disposition != "attachment":
        if ctype == "text/html":
            if reading.html is None and reading.plain is None:
                reading.html = _text_of(part, ctype, reading.defects)
        elif reading.plain is None:
            reading.plain = _text_of(part, "text/plain", reading.defects)
        return
    if ctype.startswith("text/") and filename is None and disposition != "attachment":
        return  # another inline text part (text/enriched, a calendar): neither body nor file
    reading.attachments.append(Attachment(filename, ctype, _size(part, reading.size_header)))


def _disposition(part: Message) -> str:
    try:
        return str(part.get_content_disposition() or "").lower()
    except Exception:
        return ""


def _filename(part: Message, defects: list[str]) -> str | None:
    """The attachment's name: RFC 2231 (filename*=charset''...), RFC 2047 encoded-words as
    Japanese mailers send them in quoted names, or the Content-Type name parameter."""
    try:
        value = part.get_param("filename", None, "content-disposition")
        if value is None:
            value = part.get_param("name", None, "content-type")
    except Exception:
        defects.append("unreadable attachment parameters")
        return None
    if value is None:
        return None
    if isinstance(value, tuple):  # RFC 2231: (charset, language, %-decoded latin-1 text)
        charset, _, text = value
        data = str(text).encode("latin-1", "replace")
        name, problems = decode_text(data, str(charset or "us-ascii"), "attachment name")
    else:
        name, problems = decode_header(email.utils.unquote(str(value)), "attachment name")
    defects.extend(problems)
    return clean_line(name) or None


def _size(part: Message, size_header: str = "") -> int:
    cut = part.get(size_header) if size_header else None
    if cut is not None and str(cut).isdigit():
        # The body was cut for reading; its real size is known in encoded bytes. Base64
        # carries 57 bytes in each 78-byte line (RFC 2045 §6.8: 76 characters and CRLF).
        encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
        return int(str(cut)) * 57 // 78 if encoding == "base64" else int(str(cut))
    try:
        if part.is_multipart():
            return len(part.as_bytes())
        payload = part.get_payload(decode=True)
    except Exception:  # a broken part (bpo-27321) or a message/rfc822 nested too deep
        return 0
    return len(payload) if isinstance(payload, bytes) else 0


def _text_of(part: Message, ctype: str, defects: list[str]) -> str:
    where = f"{ctype} part"
    try:
        data = part.get_payload(decode=True)
        charset = part.get_content_charset()
    except Exception as exc:
        defects.append(f"{where} could not be decoded ({type(exc).__name__})")
        return ""
    if not isinstance(data, bytes):
        return ""
    text, problems = decode_text(data, charset, where)
    defects.extend(problems)
    if "\x00" in text:
        defects.append(f"NUL characters in {where}")
    return text.replace("\r\n", "\n").replace("\r", "\n")
