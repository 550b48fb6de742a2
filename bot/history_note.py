"""The case message's line about the customer's earlier cases (casework.history)."""

from __future__ import annotations

import re

from bot.escaping import escape_mrkdwn
from casework.history import CustomerHistory

# A permalink Slack gave us goes into mrkdwn link syntax, where `|` and `>` end the URL.
_SAFE_LINK = re.compile(r"https://[^\s<>|]+")


def history_note(history: CustomerHistory | None, link: str | None) -> str | None:
    """The line "🗂️ 3 earlier case(s) from this customer, latest [PMC-000012]", the tag linked
    to its message when `link` (its chat.getPermalink) is known; None for a first-time
    customer."""
    if history is None or history.earlier == 0 or history.latest_number is None:
        return None
    tag = escape_mrkdwn(history.latest_tag)
    latest = f"<{link}|{tag}>" if link and _SAFE_LINK.fullmatch(link) else tag
    n = history.earlier
    return (
        f"🗂️ {n} earlier case(s) from this customer, latest {latest}"
        f" / このお客様の過去の問い合わせ {n} 件(最新 {latest})"
    )
