"""Who a case's mail is from and whom a person's answer goes to.

Three addresses can differ on one mail, and each has its own use:

- the envelope sender (MAIL FROM, the Return-Path) is where automatic answers go (RFC 3834
  §4) and where delivery failures go; a web form or mailing service puts a bounce address of
  its own there (`bounce+x7f3@esp.example`);
- `From` names the author;
- `Reply-To`, when present, names where the author wants answers (RFC 5322 §3.6.2: "the
  reply SHOULD be sent to the addresses indicated in the Reply-To: field"), else `From`.

A staff reply goes to the person: Reply-To, else From, else the envelope sender when the
header holds no usable address. `Cc` is kept on the case so that staff can reply to all.

Header values are parsed with policy.default's address-list parser and kept only when it
reports no defect; every address must then pass the RFC 5321 path check
(casework.address.path_problem), which refuses encoded words and control characters
(CVE-2024-6923). email.utils.parseaddr is never used (CVE-2023-27043).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from casework.address import mailbox_problem, path_problem
from casework.addresslist import address_list as address_list
from casework.authresults import domains_aligned, parse_authentication_results
from casework.autoreply import canonical_sender, is_system_sender


def person_addresses(
    reply_to: Sequence[str],
    from_address: str | None,
    envelope_sender: str,
    desk_addresses: Iterable[str] = (),
) -> tuple[str, ...]:
    """Where a person's answer goes (RFC 5322 §3.6.2): Reply-To, else From, else the envelope
    sender; () when none is usable. Mail with the null reverse-path is a notification (a
    bounce, a read report: RFC 5321 §4.5.5), whatever its headers say, and gets no reply.

    The desk's own addresses are never the person: anyone can write `Reply-To: info@…` or
    `From: info@…`, and a staff reply would then go to the desk itself instead of the writer,
    and every such mail would count as one customer's history."""
    if envelope_sender in ("", "<>"):
        return ()
    ours = {canonical_sender(a) for a in desk_addresses}
    people = tuple(a for a in reply_to if canonical_sender(a) not in ours)
    if people:
        return people
    for candidate in (from_address or "", envelope_sender):
        if (
            candidate
            and candidate != "<>"
            and not path_problem(candidate)
            and canonical_sender(candidate) not in ours
        ):
            return (candidate,)
    return ()


def reply_all_cc(
    person: Sequence[str], cc: Iterable[str], desk_addresses: Iterable[str]
) -> tuple[str, ...]:
    """The Cc of a reply to all: the mail's Cc without the person and the desk's own
    addresses (compared as canonical mailboxes)."""
    skip = {canonical_sender(a) for a in (*person, *desk_addresses)}
    return tuple(a for a in cc if canonical_sender(a) not in skip)


def is_bounce_address(address: str) -> bool:
    """An envelope sender that collects delivery failures for a sending service rather than
    a person's mailbox: `bounce…@`, `…-bounces…@`, VERP and SRS forms of them."""
    local = canonical_sender(address).rpartition("@")[0]
    return local.startswith("bounce") or "-bounces" in local or local.endswith("-bounce")


def dkim_aligned_pass(
    header_values: Iterable[str], from_address: str, trusted_authserv_id: str
) -> str | None:
    """The reason, when the trusted Authentication-Results header reports a DKIM pass whose
    signing domain aligns with the From domain (DMARC's relaxed alignment, RFC 7489 §3.1.1);
    None otherwise. Headers from any other authserv-id are ignored (RFC 8601 §5)."""
    domain = from_address.rpartition("@")[2].lower().rstrip(".")
    trusted = trusted_authserv_id.strip().lower()
    if not domain or not trusted:
        return None
    for value in header_values:
        header = parse_authentication_results(value)
        if header is None or header.authserv_id != trusted:
            continue
        for result in header.results:
            signer = (result.prop("header.d") or "").lower().rstrip(".")
            passed = result.method == "dkim" and result.result == "pass" and signer
            if passed and domains_aligned(signer, domain):
                return f"dkim=pass with d={signer} aligned with From {domain}"
    return None


def person_for_acknowledgement(
    person: Sequence[str],
    envelope_sender: str,
    auth_results: Iterable[str],
    from_address: str | None,
    trusted_authserv_id: str | None,
    our_addresses: Iterable[str],
) -> str | None:
    """The person to acknowledge instead of a bounce envelope sender, or None.

    Only when the envelope sender is a bounce address, the From domain is authenticated by an
    aligned DKIM pass from the trusted authserv-id (so the From is not forged and whoever wrote
    it sent the mail), and the person's address (Reply-To, else From) is one mailbox that is
    neither a system address nor ours. Then acknowledging cannot be backscatter: the person
    asked for answers there, through a domain that vouched for the mail.
    """
    if not (trusted_authserv_id and from_address and is_bounce_address(envelope_sender)):
        return None
    if len(person) != 1:
        return None
    if dkim_aligned_pass(auth_results, from_address, trusted_authserv_id) is None:
        return None
    [address] = person
    ours = {canonical_sender(a) for a in our_addresses}
    if mailbox_problem(address) or is_system_sender(address) or canonical_sender(address) in ours:
        return None
    return address
