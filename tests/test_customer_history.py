"""The customer's history on the case message: how many earlier cases their address opened,
and a link (chat.getPermalink on the fake Slack) to the latest of them."""

from __future__ import annotations

import json
from datetime import timedelta

from fakeslack import FakeSlack
from slack_signing import CHANNEL, T0, new_case, slack_desk

from casework.store import CaseStore


def notes_of(fake: FakeSlack, ts: str) -> str:
    [message] = [m for m in fake.channel_messages(CHANNEL) if m.ts == ts]
    return json.dumps(message.blocks, ensure_ascii=False)


async def test_a_returning_customer_is_shown_with_a_link_to_their_latest_case(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    first = new_case(fresh_store, sender="hanako@example.jp", at=T0)
    other = new_case(fresh_store, sender="taro@example.jp", at=T0 + timedelta(hours=1))
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
        second = new_case(fresh_store, sender="hanako@example.jp", at=T0 + timedelta(days=2))
        await desk.drain()
        third = new_case(fresh_store, sender="hanako@example.jp", at=T0 + timedelta(days=3))
        await desk.drain()
    first, second, third = (fresh_store.case(c.number) for c in (first, second, third))
    assert first.slack_ts and second.slack_ts and third.slack_ts
    # The first case of each customer says nothing of a history.
    assert "earlier case" not in notes_of(fake, first.slack_ts)
    assert "earlier case" not in notes_of(fake, fresh_store.case(other.number).slack_ts or "")
    shown = notes_of(fake, third.slack_ts)
    assert "2 earlier case(s) from this customer" in shown and "過去の問い合わせ 2 件" in shown
    # The link is Slack's permalink of the second case's message, the latest before.
    asked = [c.params["message_ts"] for c in fake.calls_to("chat.getPermalink")]
    assert second.slack_ts in asked
    link = f"https://planet-desk.slack.com/archives/{CHANNEL}/p{second.slack_ts.replace('.', '')}"
    assert f"<{link}|{second.tag}>" in shown
    assert "1 earlier case(s)" in notes_of(fake, second.slack_ts)


async def test_history_counts_only_cases_received_before(fresh_store: CaseStore) -> None:
    cases = [
        new_case(fresh_store, sender="hanako@example.jp", at=T0 + timedelta(days=d))
        for d in range(4)
    ]
    new_case(fresh_store, sender="HANAKO@example.jp.evil", at=T0 + timedelta(days=1))
    history = fresh_store.customer_history(cases[2])
    assert (history.earlier, history.latest_number) == (2, cases[1].number)
    assert history.latest_tag == cases[1].tag and history.latest_ts is None  # not posted
    assert fresh_store.customer_history(cases[0]).earlier == 0


async def test_the_history_query_reads_the_customer_index(fresh_store: CaseStore) -> None:
    case = new_case(fresh_store)
    plan = fresh_store.db.execute(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM cases WHERE customer_address = ?"
        " AND received_at <= ? AND number < ?",
        [case.customer_address, "9", case.number],
    ).fetchall()
    assert any("cases_customer" in str(row[-1]) for row in plan), plan


async def test_without_a_permalink_the_latest_case_is_named_without_a_link(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    new_case(fresh_store, sender="hanako@example.jp", at=T0)
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
        fake.fail_next("chat.getPermalink", status=200, error="message_not_found", count=10)
        later = new_case(fresh_store, sender="hanako@example.jp", at=T0 + timedelta(days=1))
        await desk.drain()
    shown = notes_of(fake, fresh_store.case(later.number).slack_ts or "")
    assert "1 earlier case(s) from this customer, latest [PMC-000001]" in shown
