"""Mailbox addresses the desk may put on an envelope or in a header: a strict path check.

An envelope sender reaches the desk as text the listener accepted; anything built from it (the
acknowledgement's recipient, a staff reply's To) goes through `path_problem` first. The check
is the RFC 5321 §4.1.2 Mailbox grammar (Dot-string or Quoted-string, "@", a domain or an
address literal), with UTF-8 allowed as RFC 6531 extends it, and two refusals on top:

- no control character anywhere (CR, LF, NUL, ESC...), which no path may carry;
- no RFC 2047 encoded word (`=?charset?b?...?=`): RFC 2047 §5 forbids one in an addr-spec, and
  Python 3.11.7's header folder decodes it when it serialises an address (CVE-2024-6923), so
  one encoding CR LF turns into a header line of the sender's choosing.
"""

from __future__ import annotations

import ipaddress
import re

_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff]"  # RFC 5322 §3.2.3, RFC 6531
_DOT_ATOM = rf"{_ATEXT}+(?:\.{_ATEXT}+)*"
_QUOTED = r'"(?:[\x20\x21\x23-\x5b\x5d-\x7e\u0080-\U0010ffff]|\\[\x20-\x7e])*"'  # RFC 5321
_LETDIG = r"[A-Za-z0-9\u0080-\U0010ffff]"  # RFC 5321 §4.1.2 Let-dig, U-labels allowed
_LABEL = rf"{_LETDIG}(?:[A-Za-z0-9\-\u0080-\U0010ffff]*{_LETDIG})?"
_LITERAL = r"\[(?:IPv6:[0-9A-Fa-f:.]+|[0-9.]+)\]"
_DOMAIN = rf"{_LABEL}(?:\.{_LABEL})*|{_LITERAL}"
_ADDR_SPEC = re.compile(rf"(?P<local>{_DOT_ATOM}|{_QUOTED})@(?P<domain>{_DOMAIN})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x80-\x9f]")
_ENCODED_WORD = re.compile(r"=\?[^?]*\?[^?]*\?.*\?=", re.DOTALL)  # RFC 2047 §2


def path_problem(address: str) -> str:
    """ "" when `address` is exactly one bare mailbox safe to send to or from; otherwise what
    is wrong with it, in words (for the case's event log and the outbox's last error)."""
    if has_control_character(address):
        return "contains a control character (CR, LF, NUL, ESC, ...)"
    if _ENCODED_WORD.search(address):
        return "contains an RFC 2047 encoded word, which no address may carry (RFC 2047 §5)"
    match = _ADDR_SPEC.fullmatch(address)
    if match is None:
        return "is not exactly one addr-spec (local@domain, no name, no <>, no spaces)"
    if not match["local"].startswith('"') and any(c.isspace() for c in match["local"]):
        return "contains whitespace"
    if any(c.isspace() for c in match["domain"]):
        return "contains whitespace in the domain"
    if match["domain"].startswith("[") and not _valid_literal(match["domain"]):
        return "has an invalid address literal"
    # RFC 5321 §4.5.3.1.1 and §4.5.3.1.3: local part ≤ 64 octets, whole path ≤ 256 with <>.
    if len(match["local"].encode()) > 64 or len(address.encode()) > 254:
        return "is too long"
    return ""


# What the desk writes an automatic mail to: a dot-atom local part and a domain of at least
# two labels, the last alphabetic (the acknowledgement's header is built from it as it stands).
_PLAIN_MAILBOX = re.compile(r"[^\s<>()\[\],;:\"\\@\x00-\x1f\x7f]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def mailbox_problem(address: str) -> str:
    """ "" when the desk may send an automatic mail (an acknowledgement) to `address`;
    otherwise what is wrong with it. Narrower than `path_problem`, which a valid sender passes:
    an address literal (`x@[10.0.0.1]`) or a one-label domain (`root@localhost`) would have
    the relay deliver to a host or a local mailbox of the forger's choosing (backscatter), and
    a quoted local part is more than the acknowledgement's header is built to carry."""
    problem = path_problem(address)
    if problem:
        return problem
    if not _PLAIN_MAILBOX.fullmatch(address):
        return (
            "is not a plain mailbox (local@domain.tld; no address literal, quoted local part"
            " or one-label domain)"
        )
    return ""


def has_control_character(text: str) -> bool:
    """True when `text` holds a C0 or C1 control character or DEL, which no path may carry."""
    return _CONTROL.search(text) is not None


def is_safe_path(address: str) -> bool:
    return not path_problem(address)


def _valid_literal(literal: str) -> bool:
    inner = literal[1:-1].removeprefix("IPv6:")
    try:
        ipaddress.ip_address(inner)
    except ValueError:
        return False
    return True
