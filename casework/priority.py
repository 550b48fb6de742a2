"""In what order the channel hears of cases: a priority per case, not the order of arrival.

Slack takes about one message a second per channel, so after a burst of mass mail a customer
who writes would wait behind every message of it. Each case's Slack work is queued with a
priority, and the outbox claims the lowest number first (oldest first within it):

- URGENT: a request about personal information (the policy promises to answer it without
  delay), a follow-up on a case staff know, or mail from a customer the desk has heard from
  before (and who is not flooding it);
- NORMAL: every other inquiry;
- BULK: what the auto-reply rules recognise as machine or list mail (RFC 3834 §2, RFC 2369,
  RFC 3464 reports), mail an upstream filter marked as spam, and a sender past FLOOD_CASES
  cases within FLOOD_WINDOW.

Rows queued earlier all have NORMAL, the column's default.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import timedelta

URGENT, NORMAL, BULK = 0, 1, 2

# Suppression codes (casework.autoreply) that say "a machine or a list sent this".
BULK_CODES = frozenset(
    {
        "auto-submitted",
        "list-mail",
        "precedence",
        "x-auto-response-suppress",
        "null-sender",
        "system-sender",
        "report",
        "loop",
        "not-addressed-to-us",
    }
)
FLOOD_CASES = 10  # cases from one address within FLOOD_WINDOW that make it a flood
FLOOD_WINDOW = timedelta(hours=1)

# SpamAssassin's and rspamd's verdict headers, as an upstream filter adds them.
_SPAM_MARK = re.compile(
    rb"^(?:X-Spam-Flag:[ \t]*YES|X-Spam-Status:[ \t]*Yes|X-Spam:[ \t]*Yes)", re.I | re.M
)


def spam_marked(raw: bytes, max_header_bytes: int) -> bool:
    """True when the header section (up to its cap) carries an upstream spam verdict."""
    end = raw.find(b"\r\n\r\n", 0, max_header_bytes)
    head = raw[: end if end >= 0 else max_header_bytes]
    return _SPAM_MARK.search(head) is not None


def is_bulk(suppression_codes: Iterable[str], spam: bool) -> bool:
    return spam or any(code in BULK_CODES for code in suppression_codes)


def case_priority(
    *, bulk: bool, flooding: bool, pi_request: bool, followup: bool, known_customer: bool
) -> int:
    """The priority of a case's Slack work. Bulk and floods go last even when they look like
    a personal-information request or come from an address seen before: that is what a mass
    sender's mail would otherwise claim."""
    if bulk or flooding:
        return BULK
    if pi_request or followup or known_customer:
        return URGENT
    return NORMAL
