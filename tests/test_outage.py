"""An outage in the log: once when it starts, at most once a minute while it lasts, once when
it ends, on the caller's clock."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from casework.outage import OutageLog

T0 = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)


def test_an_outage_of_three_and_a_half_minutes_takes_five_lines(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="casework.outage")
    outage = OutageLog("outbox slack")
    outage.succeeded(T0)  # nothing to say while up
    for second in range(0, 210):  # a failed attempt every second
        outage.failed("slack: HTTP 503", T0 + timedelta(seconds=second))
    assert outage.down and outage.failures == 210
    outage.succeeded(T0 + timedelta(seconds=215))
    outage.succeeded(T0 + timedelta(seconds=216))  # already back: nothing more
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "outbox slack: peer unavailable (slack: HTTP 503); rows wait in the outbox and are retried",
        "outbox slack: peer still unavailable after 60 s (61 failed attempts; last: slack: HTTP "
        "503)",
        "outbox slack: peer still unavailable after 2 min 0 s (121 failed attempts; last: slack: "
        "HTTP 503)",
        "outbox slack: peer still unavailable after 3 min 0 s (181 failed attempts; last: slack: "
        "HTTP 503)",
        "outbox slack: peer back after 3 min 35 s (210 failed attempts)",
    ]
    assert not outage.down and outage.failures == 0


def test_a_flapping_peer_is_told_at_most_once_a_minute(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="casework.outage")
    outage = OutageLog("outbox mail")
    outage.failed("relay: connection refused", T0)
    outage.succeeded(T0 + timedelta(seconds=5))  # announced, so its end is told
    for second in range(6, 60, 2):  # down, up, down, up... within the minute: nothing
        outage.failed("relay: 421", T0 + timedelta(seconds=second))
        outage.succeeded(T0 + timedelta(seconds=second + 1))
    outage.failed("relay: 421", T0 + timedelta(seconds=61))  # a minute on: a new outage, told
    outage.succeeded(T0 + timedelta(seconds=70))
    lines = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert lines == [
        (
            "WARNING",
            "outbox mail: peer unavailable (relay: connection refused); rows wait in "
            "the outbox and are retried",
        ),
        ("INFO", "outbox mail: peer back after 5 s (1 failed attempts)"),
        (
            "WARNING",
            "outbox mail: peer unavailable (relay: 421); rows wait in the outbox and are retried",
        ),
        ("INFO", "outbox mail: peer back after 9 s (1 failed attempts)"),
    ]
