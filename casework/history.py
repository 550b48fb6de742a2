"""A customer's history with the desk: how many cases their address opened before this one,
and the latest of them, so that staff see a returning customer at a glance.

A customer is the address a case was opened from (`cases.customer_address`), compared exactly:
it is read from the `cases_customer` index (address, time received), a range however many
cases the desk holds. Cases opened with the null reverse-path have no history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from casework.db import ts
from casework.models import Case


@dataclass(frozen=True)
class CustomerHistory:
    """The earlier cases of a case's customer: their count and the newest of them."""

    earlier: int = 0
    latest_number: int | None = None
    latest_tag: str = ""
    latest_channel: str | None = None  # where the latest case's Slack message is, if posted
    latest_ts: str | None = None


def customer_history(
    db: sqlite_utils.Database, case: Case, tag: Callable[[int], str]
) -> CustomerHistory:
    """The cases opened from `case`'s customer address before it (received no later, with a
    lower number): how many, and the newest, named by `tag(number)`."""
    address = case.customer_address
    if not address:
        return CustomerHistory()
    earlier = "FROM cases WHERE customer_address = ? AND received_at <= ? AND number < ?"
    params = [address, ts(case.received_at), case.number]
    count = int(db.execute(f"SELECT COUNT(*) {earlier}", params).fetchone()[0])
    if count == 0:
        return CustomerHistory()
    number, channel, slack_ts = db.execute(
        f"SELECT number, slack_channel, slack_ts {earlier}"
        " ORDER BY received_at DESC, number DESC LIMIT 1",
        params,
    ).fetchone()
    return CustomerHistory(count, int(number), tag(int(number)), channel, slack_ts)
