"""The database file: how times are stored in it.

One stored form of a time for every table (cases, messages, events, the outbox), so that text
order is time order and a comparison in SQL is a comparison of moments.
"""

from __future__ import annotations

from datetime import UTC, datetime

TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def ts(moment: datetime) -> str:
    """The stored form of a time: UTC, fixed width, so that text order is time order."""
    return moment.astimezone(UTC).strftime(TS_FORMAT)


def parse_ts(text: str) -> datetime:
    """A stored time back as an aware UTC datetime."""
    return datetime.strptime(text, TS_FORMAT).replace(tzinfo=UTC)
