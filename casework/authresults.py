"""Authentication-Results (RFC 8601) and the authenticated-sender gate for acknowledgements.

An acknowledgement goes to the envelope sender (RFC 3834 §4), so before answering we want to
know that the envelope sender is genuine; otherwise a forged MAIL FROM turns the desk into a
source of backscatter (RFC 3834 §2 and §6, Postfix BACKSCATTER_README). The upstream MTA
records SPF and DKIM results in Authentication-Results headers; we read only those carrying
its configured authserv-id (RFC 8601 §4.1, §5) and never compute results ourselves.

The gate passes when either holds:

- ``spf=pass`` whose ``smtp.mailfrom`` domain equals the envelope sender's domain, or
- ``dkim=pass`` whose ``header.d`` (or the domain of ``header.i``) is aligned with the
  envelope sender's domain.

A DMARC pass alone never qualifies: DMARC authenticates the From: domain (RFC 7489 §3.1,
RFC 9989), and a validly signed message can be replayed with any MAIL FROM.

Alignment is relaxed in the DMARC sense, approximated without the Public Suffix List: two
domains are aligned when they are equal or one is a subdomain of the other, provided the
shorter one is at least a registrable-looking domain (two labels, or three when the last two
look like a country's second-level suffix such as ``co.jp``). So ``mail.example.co.jp``
aligns with ``example.co.jp`` but nothing aligns through ``co.jp`` or ``com`` alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# RFC 8601 §2.2: method [ "/" version ] "=" result, reason "=" value, ptype "." prop "=" pvalue.
# A name starts where a run of name characters starts and is at most 64 long (the registered
# ones are short): an unbounded name was retried from every letter of a long run without "=",
# quadratic in a forged header's length (20 kB took 24 s).
_PAIR = re.compile(
    r"""(?<![A-Za-z0-9_.-])([A-Za-z0-9][A-Za-z0-9_.-]{0,63}(?:\s*/\s*[0-9]+)?)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;"]+)"""
)
_TOKEN = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|[^\s;"]+)""")
# Second-level labels that many country-code TLDs delegate to registrants below them.
_GENERIC_SLD = frozenset(
    {"ac", "co", "com", "ed", "edu", "go", "gov", "gr", "lg", "ne", "net", "or", "org"}
)


@dataclass(frozen=True)
class AuthResult:
    """One resinfo: a method, its result and its properties (``header.d``, ``smtp.mailfrom``)."""

    method: str  # lower-cased, version dropped ("dkim/1" -> "dkim")
    result: str  # lower-cased
    properties: tuple[tuple[str, str], ...] = ()  # ("header.d", "example.com"), keys lower-cased

    def prop(self, name: str) -> str | None:
        for key, value in self.properties:
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class AuthResultsHeader:
    authserv_id: str
    results: tuple[AuthResult, ...]


@dataclass(frozen=True)
class AuthVerdict:
    passed: bool
    detail: str


def strip_comments(value: str) -> str:
    """Remove RFC 5322 §3.2.2 comments (nested, with quoted-pairs), keeping quoted strings."""
    out: list[str] = []
    depth = 0
    in_quote = False
    chars = iter(value)
    for ch in chars:
        if ch == "\\" and (depth or in_quote):
            escaped = next(chars, "")
            if in_quote:
                out.append(ch + escaped)
            continue
        if in_quote:
            out.append(ch)
            in_quote = ch != '"'
        elif ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth:
            continue
        else:
            out.append(ch)
            in_quote = ch == '"'
    return " ".join("".join(out).split())


def _split_semicolons(value: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    in_quote = False
    previous = ""
    for ch in value:
        if ch == '"' and previous != "\\":
            in_quote = not in_quote
        if ch == ";" and not in_quote:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        previous = ch
    parts.append("".join(current))
    return parts


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def parse_authentication_results(value: str) -> AuthResultsHeader | None:
    """Parse one Authentication-Results value; None when it has no authserv-id.

    Lenient by design: an unparseable resinfo is skipped, and unknown methods, results and
    properties are kept but never acted on (RFC 8601 §4.1 "MUST ignore").
    """
    parts = _split_semicolons(strip_comments(value.replace("\r", " ").replace("\n", " ")))
    head = _TOKEN.match(parts[0])
    if head is None:
        return None
    authserv_id = _unquote(head.group(1)).strip().lower()
    if not authserv_id:
        return None
    results: list[AuthResult] = []
    for part in parts[1:]:
        pairs = _PAIR.findall(part)
        if not pairs:
            continue  # "none" (RFC 8601 §2.2 no-result) or garbage
        method, result = pairs[0]
        props = tuple(
            (key.lower().replace(" ", ""), _unquote(val))
            for key, val in pairs[1:]
            if "." in key  # ptype.property; "reason=" is informational only
        )
        method_name = re.sub(r"\s*/.*$", "", method).lower()
        results.append(AuthResult(method_name, _unquote(result).lower(), props))
    return AuthResultsHeader(authserv_id, tuple(results))


def _domain_of(value: str) -> str:
    """The domain of an address or bare domain, lower-cased, without angle brackets or dot."""
    value = value.strip().strip("<>").strip()
    return value.rpartition("@")[2].strip().rstrip(".").lower()


def _registrable_enough(domain: str) -> bool:
    labels = domain.split(".")
    if len(labels) < 2 or not all(labels):
        return False
    # "co.jp", "com.au": a public suffix, not an organisation
    return not (len(labels) == 2 and len(labels[1]) == 2 and labels[0] in _GENERIC_SLD)


def domains_aligned(a: str, b: str) -> bool:
    """Relaxed alignment: equal, or one a subdomain of the other below a registrable domain."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return longer.endswith("." + shorter) and _registrable_enough(shorter)


def _qualifies(result: AuthResult, sender_domain: str) -> str | None:
    if result.result != "pass":
        return None
    if result.method == "spf":
        mailfrom = result.prop("smtp.mailfrom")
        if mailfrom is not None and _domain_of(mailfrom) == sender_domain:
            return f"spf=pass for {sender_domain}"
    if result.method == "dkim":
        signer = result.prop("header.d")
        identity = result.prop("header.i")
        candidates = [d for d in (signer, identity) if d]
        for candidate in candidates:
            domain = _domain_of(candidate)
            if domains_aligned(domain, sender_domain):
                return f"dkim=pass with d={domain} aligned with {sender_domain}"
    return None


def check_sender(
    header_values: Iterable[str], envelope_sender: str, trusted_authserv_id: str
) -> AuthVerdict:
    """Whether a trusted Authentication-Results header authenticates the envelope sender.

    `header_values` are the raw values of every top-level Authentication-Results header.
    Those whose authserv-id is not `trusted_authserv_id` are ignored (RFC 8601 §4.1); the
    border MTA must strip inbound copies that claim the trusted id (RFC 8601 §5).
    """
    sender_domain = _domain_of(envelope_sender) if "@" in envelope_sender else ""
    if not sender_domain:
        return AuthVerdict(False, "the envelope sender has no domain to authenticate")
    trusted = trusted_authserv_id.strip().lower()
    seen_trusted = False
    for value in header_values:
        header = parse_authentication_results(value)
        if header is None or header.authserv_id != trusted:
            continue
        seen_trusted = True
        for result in header.results:
            reason = _qualifies(result, sender_domain)
            if reason is not None:
                return AuthVerdict(True, reason)
    if not seen_trusted:
        return AuthVerdict(False, f"no Authentication-Results from {trusted}")
    return AuthVerdict(
        False, f"{trusted} reports neither SPF pass nor aligned DKIM pass for {sender_domain}"
    )
