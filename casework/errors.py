"""One exception family for the domain; the edges translate it."""

from __future__ import annotations

import enum


class CaseworkError(Exception):
    """Base of every error the domain raises on purpose."""


class ConfigError(CaseworkError):
    """A setting is invalid. The message names the key and what is wrong with it."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


class DatabaseUnusable(CaseworkError):
    """The database file cannot be opened or read as the desk's (not SQLite, damaged, not
    readable). The message names the file and SQLite's reason."""


class FaqFileInvalid(CaseworkError):
    """faq.yaml does not validate. The message names the entry and the field."""


class HolidayDataMissing(CaseworkError):
    """The holiday data does not cover the year asked about; the desk will not guess "open"."""


class CaseNotFound(CaseworkError):
    """No case has that number."""


class OutboxRowRefused(CaseworkError):
    """An administrator asked to retry or drop an outbox row that does not exist or is not
    waiting or failed (a running row belongs to a worker; a done row has nothing left)."""


class Refusal(enum.StrEnum):
    """Why the store refused a change to a case; the edges phrase it for people."""

    STATE = "state"  # the case is not in the state the change needs (someone was quicker)
    NO_ADDRESS = "no-address"  # nothing to reply to: the mail came from <> or a bad address
    NOT_CLAIMED = "not-claimed"  # a reply needs a claimed case
    CLAIMED_BY_OTHER = "claimed-by-other"  # only the claimant replies on a case


class TransitionRejected(CaseworkError):
    """A status change lost a race or does not apply to the case's current state; `reason`
    says which rule refused it."""

    def __init__(
        self,
        message: str,
        *,
        current_status: str,
        assignee: str | None,
        reason: Refusal = Refusal.STATE,
    ) -> None:
        super().__init__(message)
        self.current_status = current_status
        self.assignee = assignee
        self.reason = reason


class RetryLater(Exception):
    """An outbox job could not finish now (a relay or Slack outage); try the row again later."""

    def __init__(self, reason: str, *, after: float | None = None) -> None:
        super().__init__(reason)
        self.after = after


class GiveUp(Exception):
    """An outbox job can never finish (a permanent refusal); park its row as failed now."""


class JobMalformed(GiveUp):
    """An outbox row's payload is not a job of its kind; no retry can mend it."""
