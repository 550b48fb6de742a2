"""Address-list headers (`Reply-To`, `Cc`) read strictly, for casework.correspondents.

The value is parsed with policy.default's address-list parser and kept only when it reports
no defect; every address must then pass the RFC 5321 path check (casework.address), which
refuses encoded words and control characters (CVE-2024-6923). email.utils.parseaddr is never
used (CVE-2023-27043).
"""

from __future__ import annotations

from casework import mailpolicy
from casework.address import path_problem
from casework.charsets import decode_text
from casework.headertext import raw_to_bytes

MAX_ADDRESS_HEADER = 4096  # longer values are not parsed (quadratic parser, gh-136063)
MAX_ADDRESSES = 20  # kept of one header: a Cc of hundreds is a list, not a conversation


def address_list(value: str | None, name: str = "cc") -> tuple[str, ...]:
    """The addr-specs of an address-list header (`Reply-To`, `Cc`), in order, without
    duplicates; () when the value is absent, too long, or does not parse cleanly. Addresses
    that fail the path check are left out."""
    if not value or len(value) > MAX_ADDRESS_HEADER:
        return ()
    try:
        text, _ = decode_text(raw_to_bytes(value), None, f"{name} header")
        header = mailpolicy.parse_addresses("".join(text.splitlines()))
        if header.defects:
            return ()
        specs = [str(a.addr_spec) for a in header.addresses]
    except Exception:  # the 3.11 parser raises on some hostile values (AttributeError...)
        return ()
    found: dict[str, None] = {}
    for spec in specs:
        if not path_problem(spec) and spec.lower() not in {f.lower() for f in found}:
            found[spec] = None
    return tuple(found)[:MAX_ADDRESSES]
