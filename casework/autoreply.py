"""Whether a received mail may get an automatic acknowledgement: the suppression rules.

Pure functions over the raw bytes and the envelope sender. Every rule that applies is
returned with a stable code, so the case records why no acknowledgement went out (RFC 3834
§2; Pigeonhole logs each "discarding vacation response" reason the same way).

Only the top-level header section is parsed, capped in size before parsing (CPython
gh-136063), and values are read with `raw_items()` so that no structured header object is
built: reading one can raise on hostile input (`From: . <a@b.c>` on 3.11). Addresses are
found with a regular expression, never with `email.utils.parseaddr` (CVE-2023-27043). Header
names compare case-insensitively everywhere (Mailman 3.3.3 `can_acknowledge` did not).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from email.errors import MessageDefect

from casework.address import mailbox_problem
from casework.authresults import check_sender, strip_comments
from casework.bidi import BIDI_CONTROLS
from casework.headertext import decode_header
from casework.mail import header_fields, header_section
from casework.priority import spam_marked

MAX_RECEIVED = 50  # Postfix hopcount_limit: more hops than this is a loop
RECIPIENT_HEADERS = ("to", "cc", "bcc", "resent-to", "resent-cc", "resent-bcc")
LIST_EXTRA_HEADERS = frozenset({"feedback-id"})  # Gmail bulk senders (arp242's survey)
REPORT_TYPES = frozenset(
    {"multipart/report", "message/delivery-status", "message/disposition-notification"}
)
_BULK_PRECEDENCE = frozenset({"bulk", "junk", "list", "auto_reply"})  # auto_reply: cPanel
_SUPPRESS_FLAGS = frozenset({"all", "oof", "autoreply"})  # MS-OXCMAIL §2.1.3.2.20
_SYSTEM_EXACT = frozenset({"mailer-daemon", "listserv", "majordomo", "mailer", "uucp"})
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_NO_REPLY = re.compile(r"no[-_.]?reply|do[-_.]?not[-_.]?reply")
# The local part starts where a run of its characters starts (the lookbehind): otherwise a
# long run with no "@" is scanned again from each of its characters, quadratic in its length.
_ADDR_SPEC = re.compile(r"""(?<![^\s<>()\[\],;:"@\\])[^\s<>()\[\],;:"@\\]+@[^\s<>()\[\],;:"@\\]+""")
_KEYWORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*$")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
# SRS (Shevek's scheme, as in libsrs2/postsrsd); the separator after SRS0/SRS1 is = + or -.
_SRS0 = re.compile(r"^srs0[=+-][^=]*=[^=]*=([^=]+)=(.+)$")
_SRS1 = re.compile(r"^srs1[=+-][^=]*=[^=]*=[=+-][^=]*=[^=]*=([^=]+)=(.+)$")
_BATV = re.compile(r"^(?:prvs|msprvs\d*|btv1)=+[^=]+=+(.+)$")


@dataclass(frozen=True)
class Suppression:
    code: str  # stable: see the rule functions below
    detail: str


@dataclass(frozen=True)
class AutoReplyPolicy:
    our_addresses: tuple[str, ...]  # info@ and its aliases
    loop_marker: str  # the value of our X-Loop header
    trusted_authserv_id: str | None  # None: no authentication gate (the desk warns at start)

    @functools.cached_property
    def canonical_ours(self) -> frozenset[str]:
        """Our addresses as `canonical_sender` keys, made once for every mail's rules."""
        return frozenset(canonical_sender(a) for a in self.our_addresses)


@dataclass(frozen=True)
class _Headers:
    """The top-level header fields as (lower-cased name, unfolded raw value) pairs."""

    fields: tuple[tuple[str, str], ...]
    defects: tuple[MessageDefect, ...]

    def all(self, name: str) -> list[str]:
        return [value for key, value in self.fields if key == name]

    def names(self) -> set[str]:
        return {key for key, _ in self.fields}


def canonical_sender(address: str) -> str:
    """The sender as one key: lower-cased, SRS and BATV unwrapped, `+detail` dropped.

    Used for the system-sender rule and as the per-sender acknowledgement window key, so
    rewritten forms of one mailbox share a window (simvacation canonicalises the same way).
    Returns "" for the null reverse-path.
    """
    address = address.strip().strip("<>").strip().lower()
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    for _ in range(3):  # a forwarded bounce may be wrapped more than once
        match = _SRS0.match(local) or _SRS1.match(local)
        if match:
            domain, local = match.group(1), match.group(2)
            continue
        batv = _BATV.match(local)
        if batv:
            local = batv.group(1)
            continue
        break
    local = local.split("+", 1)[0] if not local.startswith("+") else local
    return f"{local}@{domain.rstrip('.')}"


def same_sender(address: str, other: str) -> bool:
    """Whether two envelope senders are one mailbox (compared as `canonical_sender`); the null
    sender is nobody's."""
    mine = canonical_sender(address)
    return bool(mine) and mine not in ("<>",) and mine == canonical_sender(other)


def is_system_sender(address: str) -> bool:
    """RFC 3834 §2 / RFC 5230 §4.6: local parts used only by automated systems.

    Postmaster is not listed: RFC 5230 §4.6 notes it is usually read by people.
    """
    local = canonical_sender(address).rpartition("@")[0]
    return (
        local in _SYSTEM_EXACT
        or "-request" in local
        or local.startswith("owner-")
        or local.endswith(("-owner", "-relay"))
        or local.startswith("bounce")
        or "-bounces" in local  # Mailman's list-bounces+...
        or bool(_NO_REPLY.search(local))
    )


def clean_subject(subject: str, max_chars: int = 200) -> str:
    """A subject safe to put in a header we send: one line, no controls, at most `max_chars`.

    Control characters (CR, LF and TAB included), bidi overrides and line separators become
    spaces (RFC 5230 §5.3, CPython gh-121650); runs of white space collapse; lone surrogates
    (undecodable bytes) become U+FFFD. The cap counts code points and never leaves a combining
    mark, a ZWJ sequence or half a flag cut off (Pigeonhole caps at 256).
    """
    chars = []
    for ch in subject:
        category = unicodedata.category(ch)
        if category == "Cc" or ch in "\u2028\u2029" or _is_bidi_control(ch):
            chars.append(" ")
        elif category == "Cs":
            chars.append("\ufffd")
        else:
            chars.append(ch)
    text = re.sub(r"\s+", lambda m: "\u3000" if m.group() == "\u3000" else " ", "".join(chars))
    text = text.strip(" \u3000")
    if len(text) <= max_chars:
        return text
    return _cut(text, max(max_chars - 1, 0)).rstrip(" \u3000") + "…"


def _is_bidi_control(ch: str) -> bool:
    return _BIDI.match(ch) is not None


def _cut(text: str, limit: int) -> str:
    cut = limit
    while cut > 0 and (_joins_previous(text[cut]) or text[cut - 1] == "\u200d"):
        cut -= 1
    regional = 0
    while cut - regional - 1 >= 0 and _is_regional(text[cut - regional - 1]):
        regional += 1
    if regional % 2 and cut < len(text) and _is_regional(text[cut]):
        cut -= 1
    return text[:cut]


def _joins_previous(ch: str) -> bool:
    return (
        unicodedata.category(ch) in ("Mn", "Mc", "Me")
        or ch == "\u200d"
        or "\ufe00" <= ch <= "\ufe0f"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"  # skin-tone modifiers
    )


def _is_regional(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def suppression_reasons(
    raw: bytes,
    envelope_sender: str,
    policy: AutoReplyPolicy,
    *,
    max_header_bytes: int = 102400,
) -> list[Suppression]:
    """Every suppression rule of this module that applies; [] means the desk may reply.

    The once-per-window rule (RFC 3834 §2) is not here: it needs the store and is checked
    atomically there.
    """
    reasons: list[Suppression] = []
    section = header_section(raw, max_header_bytes)
    if section.truncated:
        reasons.append(
            Suppression("too-many-headers", f"header section over {max_header_bytes} bytes")
        )
    headers = _parse(section.head, reasons)
    reasons.extend(_envelope_rules(envelope_sender, policy))
    # Spam's envelope sender is forged more often than not: acknowledging what the upstream
    # filter marked would send the desk's mail to bystanders (backscatter, RFC 3834 §2).
    if spam_marked(section.head, max_header_bytes):
        reasons.append(Suppression("spam", "an upstream filter marked it as spam (X-Spam-*)"))
    if headers is None:
        return reasons
    for rule in _HEADER_RULES:
        reasons.extend(rule(headers, policy))
    if policy.trusted_authserv_id:
        verdict = check_sender(
            headers.all("authentication-results"), envelope_sender, policy.trusted_authserv_id
        )
        if not verdict.passed:
            reasons.append(Suppression("unauthenticated", verdict.detail))
    return reasons


def _parse(section: bytes, reasons: list[Suppression]) -> _Headers | None:
    if not section.strip():
        reasons.append(Suppression("malformed", "no header section"))
        return None
    try:
        # compat32: the values are read raw; policy.default would also parse Content-Type
        # with its structured parser, quadratic in a run of quotes (40 kB: 7 s).
        parsed = header_fields(section)
        fields = tuple(
            (name.strip().lower(), _FOLD.sub("", value).strip()) for name, value in parsed.fields
        )
        headers = _Headers(fields, parsed.defects)
    except Exception as exc:  # the parser has raised on hostile input before
        reasons.append(Suppression("malformed", f"header parsing failed: {type(exc).__name__}"))
        return None
    reasons.extend(_malformed(headers))
    return headers


def _malformed(headers: _Headers) -> list[Suppression]:
    """RFC 3834 §2 "extremely malformed": not a usable RFC 5322 header section."""
    problems = [type(d).__name__ for d in headers.defects]
    names = headers.names()
    if not headers.fields:
        problems.append("no header fields")
    if not any(v.strip() for v in headers.all("from")):
        problems.append("no From")
    if "date" not in names and "message-id" not in names:
        problems.append("neither Date nor Message-ID")
    if not problems:
        return []
    return [Suppression("malformed", ", ".join(problems))]


def _envelope_rules(envelope_sender: str, policy: AutoReplyPolicy) -> list[Suppression]:
    sender = envelope_sender.strip()
    if sender in ("", "<>"):  # aiosmtpd stores MAIL FROM:<> as the string "<>"
        return [Suppression("null-sender", "the envelope sender is the null reverse-path")]
    reasons = []
    problem = mailbox_problem(sender)
    if problem:  # nothing is built from such an address (RFC 2047 §5, CVE-2024-6923)
        reasons.append(Suppression("bad-sender-address", f"the envelope sender {problem}"))
    if is_system_sender(sender):
        reasons.append(Suppression("system-sender", f"{sender} is a system address"))
    ours = policy.canonical_ours
    if canonical_sender(sender) in ours:
        reasons.append(Suppression("own-address", f"{sender} is one of our addresses"))
    return reasons


def addresses_in(value: str) -> list[str]:
    """The addr-specs in a header value, lower-cased; quoted display names and comments
    are dropped first so that `"info@x" <evil@y>` yields only evil@y."""
    without_quotes = _without_quoted_strings(strip_comments(value))
    return [m.lower().rstrip(".") for m in _ADDR_SPEC.findall(without_quotes)]


def _without_quoted_strings(value: str) -> str:
    """Each quoted string (RFC 5322 §3.2.4, with quoted-pairs) replaced by a space, in one
    pass; an unterminated one is left as it is. A regular expression for this is retried from
    every quote of an unterminated run of quoted-pairs: quadratic (a 20 kB From took 3 s)."""
    out: list[str] = []
    start, end = 0, len(value)
    while (opening := value.find('"', start)) != -1:
        at = opening + 1
        while at < end and value[at] != '"':
            at += 2 if value[at] == "\\" else 1
        if at >= end:
            break
        out += [value[start:opening], " "]
        start = at + 1
    out.append(value[start:])
    return "".join(out)


def _first_keyword(value: str) -> str:
    return strip_comments(value).split(";", 1)[0].strip().lower()


def _auto_submitted(headers: _Headers, _policy: AutoReplyPolicy) -> list[Suppression]:
    values = headers.all("auto-submitted")
    if not values:
        return []
    if len(values) > 1:  # RFC 3834 §5: at most one field
        return [Suppression("auto-submitted", f"{len(values)} Auto-Submitted fields")]
    keyword = _first_keyword(values[0])
    if not _KEYWORD.match(keyword):
        return [Suppression("auto-submitted", "unparseable Auto-Submitted value")]
    if keyword != "no":  # RFC 3834 §2: any value other than "no"
        return [Suppression("auto-submitted", f"Auto-Submitted: {keyword}")]
    return []


def _list_mail(headers: _Headers, _policy: AutoReplyPolicy) -> list[Suppression]:
    found = sorted(n for n in headers.names() if n.startswith("list-") or n in LIST_EXTRA_HEADERS)
    if found:  # RFC 5230 §4.6, RFC 3834 §2
        return [Suppression("list-mail", "mailing-list header: " + ", ".join(found))]
    return []


def _precedence(headers: _Headers, _policy: AutoReplyPolicy) -> list[Suppression]:
    for value in headers.all("precedence"):
        keyword = _first_keyword(value)
        if keyword in _BULK_PRECEDENCE:
            return [Suppression("precedence", f"Precedence: {keyword}")]
    return []


def _auto_response_suppress(headers: _Headers, _policy: AutoReplyPolicy) -> list[Suppression]:
    for value in headers.all("x-auto-response-suppress"):
        flags = {f.strip().lower() for f in value.split(",")}
        hit = sorted(flags & _SUPPRESS_FLAGS)
        if hit:
            return [Suppression("x-auto-response-suppress", "asks for no auto-reply: " + hit[0])]
    return []


def _own_mail(headers: _Headers, policy: AutoReplyPolicy) -> list[Suppression]:
    """Loop prevention (RFC 3834 §3.1.2): our own X-Loop, or our own address in From."""
    reasons = []
    marker = policy.loop_marker.strip().strip("<>").lower()
    for value in headers.all("x-loop"):
        if marker and (
            value.strip().strip("<>").lower() == marker or marker in addresses_in(value)
        ):
            reasons.append(Suppression("loop", f"X-Loop carries our marker {policy.loop_marker}"))
            break
    ours = policy.canonical_ours
    senders = [a for v in headers.all("from") for a in addresses_in(v)]
    if any(canonical_sender(a) in ours for a in senders):
        reasons.append(Suppression("own-address", "From is one of our addresses"))
    return reasons


def _addressed_to_us(headers: _Headers, policy: AutoReplyPolicy) -> list[Suppression]:
    """RFC 5230 §4.5 MUST NOT / RFC 3834 §2: reply only when we are named as a recipient.

    Whole addresses compare case-insensitively and ignore `+detail`: the local part may be
    case-sensitive in general (RFC 5321 §2.4), but the desk's own mailboxes are not.
    """
    ours = policy.canonical_ours
    named = (a for name in RECIPIENT_HEADERS for v in headers.all(name) for a in addresses_in(v))
    if any(canonical_sender(a) in ours for a in named):
        return []
    return [Suppression("not-addressed-to-us", "none of our addresses is in To/Cc/Bcc/Resent-*")]


def _report(headers: _Headers, _policy: AutoReplyPolicy) -> list[Suppression]:
    for value in headers.all("content-type"):
        media = _first_keyword(value)
        if media in REPORT_TYPES:  # RFC 3834 §3.2.1: DSNs and MDNs never get a reply
            return [Suppression("report", f"delivery or read report ({media})")]
    return []


def _hops(headers: _Headers, _policy: AutoReplyPolicy) -> list[Suppression]:
    received = len(headers.all("received"))
    if received > MAX_RECEIVED:
        return [Suppression("too-many-headers", f"{received} Received headers (a mail loop)")]
    return []


# Autoresponders that do not write Auto-Submitted mark their mail in headers of their own: a
# field present at all (X-Autorespond, X-Autogenerated, X-AutoReply-From, X-Mail-Autoreply),
# or a field with a value that says so. Gmail's vacation reply writes X-Autoreply: yes beside
# Auto-Submitted; cPanel X-Autorespond and X-Precedence: auto_reply; CommuniGate
# X-Autogenerated; FirstClass X-FC-MachineGenerated: true; Mailtraq X-POST-MessageClass:
# 9; Autoresponder; qmail's autoresponder Delivered-To: Autoresponder.
_AUTOREPLY_PRESENT = frozenset(
    {"x-autorespond", "x-autogenerated", "x-autoreply-from", "x-mail-autoreply"}
)
_AUTOREPLY_VALUES = {
    "x-autoreply": re.compile(r"^(?!no\b)\S"),
    "x-precedence": re.compile(r"^auto[_-]?reply\b"),
    "x-fc-machinegenerated": re.compile(r"^true\b"),
    "x-post-messageclass": re.compile(r"autoresponder"),
    "delivered-to": re.compile(r"^autoresponder$"),
}
# Some Exchange set-ups send out-of-office replies with none of the fields above: the subject
# is then what marks them, at its start (a reply to one, "Re: 自動応答: …", is a person's).
# Outlook writes "Automatic reply:" / 自動応答: before the original subject.
_AUTOREPLY_SUBJECT = re.compile(
    r"^(automatic reply|auto(matic)?[- ]?response|autoreply|out of (the )?office( autoreply| alert"
    r"| reply)?|自動応答|自動返信|不在(通知|のお知らせ|です))\s*([:：]|$)"
    r"|\bis out of the office\.?$",
    re.IGNORECASE,
)


def _vendor_autoreply(headers: _Headers, _policy: AutoReplyPolicy) -> list[Suppression]:
    """RFC 3834 §2: do not answer what appears to be an automatic response, however marked."""
    present = sorted(headers.names() & _AUTOREPLY_PRESENT)
    if present:
        return [Suppression("auto-reply", f"autoresponder header: {present[0]}")]
    for name, pattern in _AUTOREPLY_VALUES.items():
        for value in headers.all(name):
            if pattern.search(strip_comments(value).strip().lower()):
                return [Suppression("auto-reply", f"autoresponder header: {name}")]
    for value in headers.all("subject")[:1]:
        subject, _ = decode_header(value, "subject")
        if _AUTOREPLY_SUBJECT.search(subject.strip()):
            return [Suppression("auto-reply", f"an automatic reply's subject: {subject[:60]}")]
    return []


_HEADER_RULES = (
    _auto_submitted,
    _list_mail,
    _precedence,
    _auto_response_suppress,
    _vendor_autoreply,
    _own_mail,
    _addressed_to_us,
    _report,
    _hops,
)


def reason_codes(reasons: Iterable[Suppression]) -> list[str]:
    """The codes alone, in order and without repeats (for logs and metrics)."""
    return list(dict.fromkeys(r.code for r in reasons))
