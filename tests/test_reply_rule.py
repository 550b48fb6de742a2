"""The store's rule for replies: only the claimant replies, and only to an address we send to.

The rule lives in the store's transaction (CaseStore.queue_reply), so no edge can queue a reply
around it; the Slack side only phrases the refusal's reason."""

from __future__ import annotations

import pytest
from test_store import NOW, open_case, parsed, received

from casework.errors import Refusal, TransitionRejected
from casework.store import CaseStore

STAFF, OTHER = "U0STAFF", "U0OTHER"


def reply_rows(store: CaseStore) -> int:
    return int(store.db.execute("SELECT COUNT(*) FROM outbox WHERE kind = 'reply'").fetchone()[0])


@pytest.mark.parametrize(
    ("sender", "claimant", "reason"),
    [
        ("c@example.com", None, Refusal.NOT_CLAIMED),
        ("c@example.com", OTHER, Refusal.CLAIMED_BY_OTHER),
        ("", STAFF, Refusal.NO_ADDRESS),
        ("=?utf-8?q?x?=@example.com", STAFF, Refusal.NO_ADDRESS),
    ],
)
def test_a_reply_the_rule_refuses_is_not_queued_and_says_why(
    fresh_store: CaseStore, sender: str, claimant: str | None, reason: Refusal
) -> None:
    # The reply goes to From when the envelope differs (RFC 5322 §3.6.2): the same address here.
    mail = parsed(from_address=sender or None)
    case = open_case(fresh_store, mail, item=received(sender=sender))
    if claimant:
        fresh_store.transition("claim", case.number, claimant, NOW)
    with pytest.raises(TransitionRejected) as refused:
        fresh_store.queue_reply(case.number, STAFF, "Hello", NOW, message_id="<r@desk>")
    assert refused.value.reason is reason
    assert refused.value.assignee == claimant
    assert reply_rows(fresh_store) == 0
    assert "reply queued" not in [e.action for e in fresh_store.events(case.id)]


def test_the_claimant_replies_with_the_message_id_the_mail_side_made(
    fresh_store: CaseStore,
) -> None:
    case = open_case(fresh_store)
    fresh_store.transition("claim", case.number, STAFF, NOW)
    fresh_store.queue_reply(case.number, STAFF, "Hello", NOW, message_id="<r1@desk.example>")
    row = fresh_store.db.execute("SELECT payload FROM outbox WHERE kind = 'reply'").fetchone()
    assert '"message_id": "<r1@desk.example>"' in row[0]
    assert reply_rows(fresh_store) == 1
