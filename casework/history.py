"""A customer's history with the desk: how many cases their address opened before this one,
and the latest of them, so that staff see a returning customer at a glance.

A customer is the person a reply goes to (Reply-To, else From, else the envelope sender:
`Case.reply_addresses`), compared by its address key (`casework.person.address_key`: whole
address, case-insensitive, `+tag` dropped, SRS unwrapped), so that a web form's bounce address,
different for every mail, does not hide a returning customer. The key is kept on the case
(`cases.customer_key`) and read from its index (key, time received), a range however many
cases the desk holds. Cases opened with the null reverse-path have no history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlite_utils

from casework.db import ts
from casework.models import Case
from casework.person import address_key


@dataclass(frozen=True)
class CustomerHistory:
    """The earlier cases of a case's customer: their count and the newest of them."""

    earlier: int = 0
    latest_number: int | None = None
    latest_tag: str = ""
    latest_channel: str | None = None  # where the latest case's Slack message is, if posted
    latest_ts: str | None = None


def customer_key(reply_addresses: Sequence[str]) -> str:
    """The key a case's customer is known by: that of the first address a reply goes to."""
    return address_key(reply_addresses[0]) if reply_addresses else ""


def customer_history(
    db: sqlite_utils.Database, case: Case, tag: Callable[[int], str]
) -> CustomerHistory:
    """The cases opened by `case`'s customer before it (received no later, with a lower
    number): how many, and the newest, named by `tag(number)`."""
    key = customer_key(case.reply_addresses)
    if not key:
        return CustomerHistory()
    earlier = "FROM cases WHERE customer_key = ? AND received_at <= ? AND number < ?"
    params = [key, ts(case.received_at), case.number]
    count = int(db.execute(f"SELECT COUNT(*) {earlier}", params).fetchone()[0])
    if count == 0:
        return CustomerHistory()
    number, channel, slack_ts = db.execute(
        f"SELECT number, slack_channel, slack_ts {earlier}"
        " ORDER BY received_at DESC, number DESC LIMIT 1",
        params,
    ).fetchone()
    return CustomerHistory(count, int(number), tag(int(number)), channel, slack_ts)
