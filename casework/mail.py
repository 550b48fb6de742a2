"""Reading one received message: identifiers, sender, subject, text, attachments, defects.

`parse_message` runs on the stored bytes after the SMTP 250, in a worker, and never raises:
a malformed message is still a case, with its defects recorded. Python 3.11's email package
is used for the MIME structure only (compat32, which leaves charsets to us, with its MIME
parameter headers kept short); every header read is guarded, because reading received
headers can raise (AttributeError for `From: . <a@b.c>`, LookupError for unknown charsets,
HeaderParseError, IndexError).
"""

from __future__ import annotations

import email
import email.parser
import email.policy
import email.utils
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.errors import MessageDefect
from email.message import Message
from email.policy import Compat32
from functools import lru_cache

from casework import mailpolicy
from casework.addresslist import address_list
from casework.bounds import reading_copy
from casework.charsets import decode_text
from casework.headertext import clean_controls, clean_line, decode_header, raw_to_bytes
from casework.htmltext import html_to_text
from casework.mimeparts import PartsReading, read_parts
from casework.models import ParsedMail
from casework.noise import strip_quoted_and_signature

MAX_IDS = 50  # "<id>" tokens kept from In-Reply-To and References
MAX_DEFECTS = 50
MAX_ADDRESS_HEADER = 4096  # longer From values are not parsed (quadratic parser, gh-136063)
MAX_HTML = 2_000_000  # characters of HTML converted to text
MAX_MATCH_TEXT = 20_000  # characters of the body that the FAQ matcher reads
MAX_PARAMETER_HEADER = 8192  # characters kept of each Content-Type and Content-Disposition
MAX_PARAMETERS = 64  # ";"-separated pieces kept of them

# RFC 5322 §3.6.4 msg-id, read leniently: any printable ASCII around one "@".
_MSG_ID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}@[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")
_BARE_MSG_ID = re.compile(r"[\x21-\x3b\x3d\x3f-\x7e]{1,250}@[\x21-\x3b\x3d\x3f-\x7e]{1,250}")
_JST_NAME = re.compile(r"\bJST\b", re.IGNORECASE)
_JST = timezone(timedelta(hours=9), "JST")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_ANGLE_ADDR = re.compile(r"^(.*)<[^<>]*>\s*$", re.DOTALL)
_COMMENT = re.compile(r"\(([^()]*)\)")
_QUOTED_PAIR = re.compile(r"\\(.)")


class _TamedParameters(Compat32):
    """compat32, with the MIME parameter headers of every part (not only the top-level
    header section, which is capped) kept short. email.message._parseparam rescans the value
    for each ";" inside quotes: 20,000 of them take half a second, a megabyte takes minutes."""

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        name, value = super().header_source_parse(sourcelines)
        if name.strip().lower() in ("content-type", "content-disposition"):
            value = ";".join(
                value[:MAX_PARAMETER_HEADER].split(";", MAX_PARAMETERS)[:MAX_PARAMETERS]
            )
        return name, value


_PARSING = _TamedParameters()


def parse_message(
    raw: bytes, *, max_header_bytes: int = 102400, id_domain: str = "planetmgmt.biz"
) -> ParsedMail:
    """Read one received message. Never raises, whatever the bytes."""
    try:
        return _parse(raw, max_header_bytes, id_domain)
    except Exception as exc:  # the last guard: a mail must still become a case
        return _unreadable(id_domain, f"message could not be parsed: {type(exc).__name__}")


def _parse(raw: bytes, max_header_bytes: int, id_domain: str) -> ParsedMail:
    raw, header_truncated = cap_header_section(raw, max_header_bytes)
    defects: list[str] = []
    if header_truncated:
        defects.append(f"header section over {max_header_bytes} bytes, truncated")
    copy = reading_copy(raw)  # a large mail is read in part (casework/bounds.py)
    msg = _structure(copy.raw, defects)
    headers = _first_headers(msg)
    message_id = _message_id(headers.get("message-id", ""))
    if "message-id" not in headers:
        defects.append("no Message-ID header")
    elif message_id is None:
        defects.append("unusable Message-ID header")
    subject, problems = decode_header(headers.get("subject", ""), "Subject header")
    defects += problems
    from_address, from_name = _sender(headers.get("from"), defects)
    date = _date(headers.get("date"), defects)
    reading = read_parts(msg, size_header=copy.size_header)
    body, source = _body(reading)
    defects += reading.defects
    return ParsedMail(
        message_id=message_id or email.utils.make_msgid(domain=id_domain),
        message_id_generated=message_id is None,
        in_reply_to=_ids(headers.get("in-reply-to", "")),
        references=_ids(headers.get("references", "")),
        from_address=from_address,
        from_name=from_name,
        subject=subject,
        date=date,
        body=body,
        body_for_matching=text_for_matching(body),
        body_source=source,
        attachments=tuple(reading.attachments),
        defects=_tidy_defects(defects),
        header_truncated=header_truncated,
        reply_to=address_list(headers.get("reply-to"), "reply-to"),
        cc=address_list(headers.get("cc"), "cc"),
        auth_results=tuple(
            "".join(str(v).splitlines())
            for n, v in msg.raw_items()
            if str(n).strip().lower() == "authentication-results"
        ),
    )


@dataclass(frozen=True)
class HeaderSection:
    """A raw mail split at the empty line that ends its header section (RFC 5322 §2.1)."""

    head: bytes  # the header lines without the empty line; whole lines only, when cut
    body: bytes  # everything after the empty line
    truncated: bool  # the section was over the cap and was cut at a line end


def header_section(raw: bytes, cap: int) -> HeaderSection:
    """The header section of `raw`, at most `cap` bytes of it. The one place where a mail's
    headers are bounded before a parser reads them, as CPython's parser can take quadratic time
    over a long one (gh-136063). Postfix caps headers at 102400 bytes the same way
    (header_size_limit)."""
    if raw.startswith((b"\r\n", b"\n")):  # an empty line first: there is no header section
        return HeaderSection(b"", raw, False)
    end = _HEADER_END.search(raw, 0, cap + 4)
    if end is not None and end.start() <= cap:
        return HeaderSection(raw[: end.start()], raw[end.end() :], False)
    if end is None and len(raw) <= cap:
        return HeaderSection(raw, b"", False)
    blank = _HEADER_END.search(raw, cap)
    head = raw[:cap]
    body = raw[blank.end() :] if blank else b""
    return HeaderSection(head[: head.rfind(b"\n") + 1], body, True)


@dataclass(frozen=True)
class HeaderFields:
    """A header section's fields as compat32 reads them: the name as written and the raw value
    (folding kept), in order, and the parser's defects."""

    fields: tuple[tuple[str, str], ...]
    defects: tuple[MessageDefect, ...]


@lru_cache(maxsize=4)
def header_fields(head: bytes) -> HeaderFields:
    """The fields of a (capped: `header_section`) header section. Intake reads a mail's
    header section twice (the suppression rules, the person index): it is parsed once, and the
    last few are kept. May raise whatever the parser raises on hostile input (not kept)."""
    message = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    return HeaderFields(
        tuple((str(name), str(value)) for name, value in message.raw_items()),
        tuple(message.defects),
    )


def text_for_matching(body: str) -> str:
    """What the FAQ matcher and the language guess read: the body without quotes and
    signature, at most MAX_MATCH_TEXT characters. An inquiry is said in its first lines; a
    whole large mail would cost seconds of CPU and hundreds of MiB to match."""
    return strip_quoted_and_signature(body[: MAX_MATCH_TEXT * 10])[:MAX_MATCH_TEXT]


def cap_header_section(raw: bytes, max_header_bytes: int) -> tuple[bytes, bool]:
    """`raw` with its header section cut to `max_header_bytes` at a line boundary, and whether
    it was cut (`header_section`)."""
    section = header_section(raw, max_header_bytes)
    if not section.truncated:
        return raw, False
    # One line longer than the cap keeps its start, so that the field is still named.
    head = section.head or raw[:max_header_bytes] + b"\n"
    return head + b"\n" + section.body, True


def _structure(raw: bytes, defects: list[str]) -> Message:
    try:
        return email.message_from_bytes(raw, policy=_PARSING)
    except Exception as exc:
        # RecursionError: the feed parser recurses once per nested multipart and gives up
        # past a few hundred levels. Keep the headers; the body is then read as one text part.
        defects.append(f"MIME structure could not be parsed ({type(exc).__name__})")
        parser = email.parser.BytesParser(policy=_PARSING)
        return parser.parsebytes(raw, headersonly=True)


def _first_headers(msg: Message) -> dict[str, str]:
    """The raw value of the first field of each name (names lower-cased)."""
    found: dict[str, str] = {}
    for name, value in msg.raw_items():
        key = str(name).strip().lower()
        if key not in found and isinstance(value, str):
            found[key] = value
    return found


def _message_id(value: str) -> str | None:
    match = _MSG_ID.search(value)
    if match:
        return match.group(0)
    bare = value.strip()
    if _BARE_MSG_ID.fullmatch(bare):  # some mailers leave out the angle brackets
        return f"<{bare}>"
    return None


def _ids(value: str) -> tuple[str, ...]:
    """The "<id>" tokens of In-Reply-To or References, found by pattern so that comments and
    garbage between them do no harm. When there are too many, the first (the thread's root)
    and the last ones (the nearest parents) are kept."""
    found = list(dict.fromkeys(_MSG_ID.findall(value)))
    if len(found) > MAX_IDS:
        found = found[:1] + found[-(MAX_IDS - 1) :]
    return tuple(found)


def _sender(value: str | None, defects: list[str]) -> tuple[str | None, str]:
    if value is None:
        defects.append("no From header")
        return None, ""
    if len(value) > MAX_ADDRESS_HEADER:
        defects.append("From header too long to parse")
        return None, ""
    address, first_name = _clean_address(value, defects)
    name, problems = decode_header(_display_part(value), "From header")
    defects += problems
    return address, _unquote(name) or first_name


def _clean_address(value: str, defects: list[str]) -> tuple[str | None, str]:
    """The addr-spec when exactly one clean address parses, with policy.default's header
    objects (never email.utils.parseaddr: CVE-2023-27043), and the first display name."""
    try:
        text, _ = decode_text(raw_to_bytes(value), None, "From header")
        header = mailpolicy.parse_addresses("".join(text.splitlines()))
        addresses = header.addresses
        if len(addresses) == 1 and not header.defects:
            spec = str(addresses[0].addr_spec)
            if re.fullmatch(r"[^\s@<>]+@[^\s@<>]+", spec):
                return spec, clean_line(str(addresses[0].display_name))
        defects.append("From header does not hold exactly one clean address")
        name = clean_line(str(addresses[0].display_name)) if addresses else ""
        return None, name
    except Exception as exc:  # AttributeError for "From: . <a@b.c>" on 3.11 (gh-102988 era)
        defects.append(f"From header could not be parsed ({type(exc).__name__})")
        return None, ""


def _display_part(value: str) -> str:
    """The raw display-name part of a From value: before "<addr>", or a trailing comment."""
    match = _ANGLE_ADDR.match(value)
    if match:
        return match.group(1)
    comment = _COMMENT.search(value)
    return comment.group(1) if comment else ""


def _unquote(name: str) -> str:
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = _QUOTED_PAIR.sub(r"\1", name[1:-1]).strip()
    return name


def _date(value: str | None, defects: list[str]) -> datetime | None:
    if value is None:
        defects.append("no Date header")
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(clean_line(value))
    except Exception:  # ValueError, TypeError, IndexError, OverflowError on garbage
        defects.append("unreadable Date header")
        return None
    if parsed.tzinfo is None:
        # "-0000" or a zone name the email package does not know. Old Japanese mailers write
        # "JST"; anything else is read as UTC, as RFC 5322 §4.3 says for unknown zones.
        parsed = parsed.replace(tzinfo=_JST if _JST_NAME.search(value) else UTC)
    return parsed


def _body(reading: PartsReading) -> tuple[str, str]:
    if reading.plain is not None:
        text, source = reading.plain, "plain"
    elif reading.html is not None:
        if len(reading.html) > MAX_HTML:
            reading.defects.append(f"HTML over {MAX_HTML} characters; the rest not read")
        text, source = html_to_text(reading.html[:MAX_HTML]), "html"
    else:
        return "", "none"
    return clean_controls(text).replace("\ufeff", ""), source


def _tidy_defects(defects: list[str]) -> tuple[str, ...]:
    unique = [clean_line(d)[:200] for d in dict.fromkeys(defects)]
    if len(unique) > MAX_DEFECTS:
        unique = [*unique[: MAX_DEFECTS - 1], f"{len(unique) - MAX_DEFECTS + 1} more defects"]
    return tuple(unique)


def _unreadable(id_domain: str, defect: str) -> ParsedMail:
    try:
        message_id = email.utils.make_msgid(domain=id_domain)
    except Exception:
        message_id = email.utils.make_msgid(domain="invalid")
    return ParsedMail(
        message_id=message_id,
        message_id_generated=True,
        in_reply_to=(),
        references=(),
        from_address=None,
        from_name="",
        subject="",
        date=None,
        body="",
        body_for_matching="",
        body_source="none",
        defects=(defect,),
    )
