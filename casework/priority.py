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
from collections import Counter, deque
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
        "auto-reply",
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


class SenderShare:
    """Which sender domains fill the listener's recent mail: a domain with more than `share`
    of the last `window` mails is flooding, and its intake waits behind everyone else's, so
    that a customer's mail is read (and posted) before the rest of a burst. Bounded: the
    window holds `window` domains, whatever the traffic."""

    def __init__(self, window: int = 1000, share: float = 0.1) -> None:
        self._recent: deque[str] = deque(maxlen=window)
        self._counts: Counter[str] = Counter()
        self._limit = max(2, int(window * share))

    def note(self, sender: str) -> int:
        """Count a mail from `sender` (an envelope address); the priority of its intake."""
        domain = sender.rpartition("@")[2].lower()
        if len(self._recent) == self._recent.maxlen:
            gone = self._recent[0]
            self._counts[gone] -= 1
            if not self._counts[gone]:
                del self._counts[gone]
        self._recent.append(domain)
        self._counts[domain] += 1
        return BULK if self._counts[domain] > self._limit else NORMAL


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
