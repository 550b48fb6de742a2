"""The customer's history on the case message: how many earlier cases their address opened,
and a link (chat.getPermalink on the fake Slack) to the latest of them."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta
from pathlib import Path

import sqlite_utils
from fakeslack import FakeSlack
from slack_signing import CHANNEL, T0, _stored, new_case, slack_desk

from casework.db import open_database
from casework.erasure import erase, plan_for_person
from casework.migrations import MIGRATIONS, _v12_customer_key
from casework.models import Case
from casework.store import CaseStore


def web_form_case(store: CaseStore, bounce: str, reply_to: str, at: datetime) -> Case:
    """A mail a web form sent: a per-mail bounce address as envelope sender, the person in
    Reply-To."""
    head = f"From: form@esp.example\r\nReply-To: {reply_to}\r\n"
    item, message_id, mail = _stored(store, head, "w", bounce, "", "お問い合わせ", "本文", at)
    mail = dataclasses.replace(mail, from_address="form@esp.example", reply_to=(reply_to,))
    with store.transaction():
        case = store.open_case(item, mail, language="ja", now=at)
        store.record_parsed(message_id, mail, case.id)
    return store.case_by_id(case.id)


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
        second = new_case(desk.store, sender="hanako@example.jp", at=T0 + timedelta(days=2))
        await desk.drain()
        third = new_case(desk.store, sender="hanako@example.jp", at=T0 + timedelta(days=3))
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
    new_case(fresh_store, sender="hanako@example.jp.evil", at=T0 + timedelta(days=1))
    new_case(fresh_store, sender="<>", at=T0 + timedelta(days=1))
    history = fresh_store.customer_history(cases[2])
    assert (history.earlier, history.latest_number) == (2, cases[1].number)
    assert history.latest_tag == cases[1].tag and history.latest_ts is None  # not posted
    assert fresh_store.customer_history(cases[0]).earlier == 0


async def test_the_history_query_reads_the_customer_index(fresh_store: CaseStore) -> None:
    case = new_case(fresh_store)
    plan = fresh_store.db.execute(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM cases WHERE customer_key = ?"
        " AND received_at <= ? AND number < ?",
        ["hanako@example.jp", "9", case.number],
    ).fetchall()
    assert any("cases_customer_key" in str(row[-1]) for row in plan), plan


async def test_without_a_permalink_the_latest_case_is_named_without_a_link(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    new_case(fresh_store, sender="hanako@example.jp", at=T0)
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
        fake.fail_next("chat.getPermalink", status=200, error="message_not_found", count=10)
        later = new_case(desk.store, sender="hanako@example.jp", at=T0 + timedelta(days=1))
        await desk.drain()
    shown = notes_of(fake, fresh_store.case(later.number).slack_ts or "")
    assert "1 earlier case(s) from this customer, latest [PMC-000001]" in shown


async def test_a_web_form_customer_is_known_by_reply_to_not_by_the_bounce_address(
    fresh_store: CaseStore,
) -> None:
    first = web_form_case(fresh_store, "bounce+x7f3@esp.example", "Hanako@Example.jp", T0)
    web_form_case(fresh_store, "bounce+a001@esp.example", "taro@example.jp", T0)
    later = web_form_case(
        fresh_store, "bounce+9c2e@esp.example", "hanako@example.jp", T0 + timedelta(days=1)
    )
    # The same person mailing directly is the same customer too.
    direct = new_case(fresh_store, sender="hanako+shop@example.jp", at=T0 + timedelta(days=2))
    history = fresh_store.customer_history(later)
    assert (history.earlier, history.latest_number) == (1, first.number)
    assert fresh_store.customer_history(direct).earlier == 2


async def test_an_erased_customer_leaves_no_history_behind(fresh_store: CaseStore) -> None:
    web_form_case(fresh_store, "bounce+x7f3@esp.example", "hanako@example.jp", T0)
    new_case(fresh_store, sender="hanako@example.jp", at=T0 + timedelta(days=1))
    plan = plan_for_person(fresh_store, "hanako@example.jp")
    erase(fresh_store, plan, now=T0 + timedelta(days=3), actor="admin", action="erased")
    rows = fresh_store.db.execute(
        "SELECT COUNT(*) FROM cases WHERE customer_key LIKE '%hanako%'"
    ).fetchone()
    assert rows[0] == 0
    again = new_case(fresh_store, sender="hanako@example.jp", at=T0 + timedelta(days=4))
    assert fresh_store.customer_history(again).earlier == 0


def test_cases_stored_before_the_key_existed_get_it_at_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite_utils.Database(path)
    before = MIGRATIONS.index(_v12_customer_key)
    for number, step in enumerate(MIGRATIONS[:before], start=1):
        step(old)
        old.execute(f"PRAGMA user_version = {number}")
    for number, (reply_to, address) in enumerate(
        [('["Hanako@Example.jp"]', "bounce+1@esp.example"), ("[]", "hanako+x@example.jp"),
         ("[]", "")], start=1
    ):  # fmt: skip
        old.execute(
            "INSERT INTO cases (number, customer_address, reply_to, created_at, updated_at,"
            " received_at) VALUES (?, ?, ?, '2026-11-01', '2026-11-01', '2026-11-01')",
            [number, address, reply_to],
        )
    old.conn.commit()
    old.conn.close()
    store = CaseStore(open_database(path))
    keys = [r[0] for r in store.db.execute("SELECT customer_key FROM cases ORDER BY number")]
    assert keys == ["hanako@example.jp", "hanako@example.jp", ""]
    store.db.conn.close()
