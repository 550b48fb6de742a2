"""What keeps the drain fast, as behaviour: a row finished once, in the commit of its effect;
the bytes recorded are the bytes the relay got; claims ordered by priority and answered from
an index; no state kept per case in the process."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import re
import sqlite3
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtplib.email import flatten_message
from fakeslack import FakeSlack
from relay import RecordingRelay
from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings, make_mail
from slack_signing import new_case, slack_desk
from test_acknowledgement import ENVELOPE, TEMPLATES, content
from test_acknowledgement import NOW as ACK_NOW

from bot.publisher import POST_BATCH, posting_policy
from casework import outbox, priority, slackposts
from casework.autoreply import AutoReplyPolicy
from casework.calendar import BusinessCalendar, calendar_config_from_mapping
from casework.db import COMMITS, parse_ts, ts
from casework.faq import default_faq_path, load_faq
from casework.matching import FaqMatcher
from casework.outbox import OutboxWorker, WorkerPolicy
from casework.store import CaseStore, Received
from responder.acknowledgement import build_acknowledgement
from responder.intake import AckRules, TriagePool, apply_intake, triage_mail
from responder.sender import flatten

NOW = datetime(2026, 11, 28, 14, 5, tzinfo=UTC)
TAG = re.compile(r"\[PMC-\d{6}\]")


@pytest.fixture
async def relay() -> AsyncIterator[RecordingRelay]:
    async with RecordingRelay() as r:
        yield r


def watch_finishes(conn: sqlite3.Connection) -> list[int]:
    """Record the outbox row ids marked done, statement by statement. Install it on the
    store's thread (`desk.call`): SQLite calls the callback holding the connection's mutex,
    so no other thread may touch the connection meanwhile."""
    finished: list[int] = []

    def seen(statement: str) -> None:
        if statement.startswith("UPDATE outbox SET state = 'done'"):
            finished.append(int(re.findall(r"WHERE id = (\d+)", statement)[0]))

    conn.set_trace_callback(seen)
    return finished


async def test_each_row_is_finished_once_and_the_record_is_what_the_relay_got(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    settings = desk_settings(tmp_path / "var", mail={"relay_url": f"smtp://127.0.0.1:{relay.port}"})
    async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
        finished = await desk.call(lambda st: watch_finishes(st.db.conn))
        await desk.send(make_mail(), mail_from="taro@example.jp")
        await desk.wait_for(lambda st: len(relay.messages) == 1, what="the acknowledgement")
        await desk.settled()
        rows = await desk.call(
            lambda st: st.db.execute("SELECT id, kind, state FROM outbox ORDER BY id").fetchall()
        )
        recorded = await desk.call(
            lambda st: st.db.execute(
                "SELECT raw FROM messages WHERE direction = 'out' AND kind = 'acknowledgement'"
            ).fetchall()
        )
    kinds = {kind for _, kind, _ in rows}
    assert {"intake", "acknowledge"} <= kinds
    assert all(state == "done" for _, _, state in rows)
    # Intake and the acknowledgement finish their rows in the commit of their effect; the
    # worker must not mark them done a second time.
    assert sorted(finished) == sorted(row_id for row_id, _, _ in rows)
    [(raw,)] = recorded
    assert bytes(raw) == relay.messages[0].raw


def test_claims_take_the_most_urgent_rows_first_then_the_oldest(
    fresh_store: CaseStore,
) -> None:
    db = fresh_store.db
    ids = [outbox.enqueue(db, "slack_post", {"n": n}, now=NOW) for n in range(6)]
    db.execute("UPDATE outbox SET priority = 2 WHERE id IN (?, ?)", [ids[0], ids[1]])
    db.execute("UPDATE outbox SET priority = 0 WHERE id = ?", [ids[4]])
    outbox.enqueue(db, "slack_update", {}, now=NOW)
    claimed = outbox.claim_due(db, ["slack_post"], NOW, 4)
    assert [r.id for r in claimed] == [ids[4], ids[2], ids[3], ids[5]]
    assert [r.id for r in outbox.claim_due(db, ["slack_post"], NOW, 10)] == [ids[0], ids[1]]


def test_claims_and_the_waiting_post_check_read_an_index(fresh_store: CaseStore) -> None:
    db = fresh_store.db
    for n in range(50):
        outbox.enqueue(db, "slack_post", {"case": n}, now=NOW, case_id=n)

    def plan(sql: str, params: list[object]) -> str:
        return " | ".join(str(r[3]) for r in db.execute("EXPLAIN QUERY PLAN " + sql, params))

    claim = (
        "SELECT id, priority FROM outbox WHERE kind = ? AND state = 'pending'"
        " AND next_attempt_at <= ? ORDER BY priority, id LIMIT ?"
    )
    claim_plan = plan(claim, ["slack_post", "9", 10])
    assert "USING INDEX outbox_due" in claim_plan and "TEMP B-TREE" not in claim_plan
    waiting = plan(
        "SELECT 1 FROM outbox o WHERE o.kind = 'slack_post' AND o.case_id = ?"
        " AND o.state IN ('pending', 'running') LIMIT 1",
        [7],
    )
    assert "outbox_case" in waiting
    assert slackposts.post_waiting(fresh_store, 7) and not slackposts.post_waiting(fresh_store, 99)


async def test_the_publisher_keeps_no_state_per_case(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    cases = [new_case(fresh_store, sender=f"c{n}@example.jp") for n in range(12)]
    async with slack_desk(fresh_store, fake) as desk:
        publisher = desk.runtime.publisher
        publisher.remember = 3
        await desk.drain()
        for case in reversed(cases):  # staff clicks, newest first: each re-renders its case
            await publisher.publish(case.id)
        assert publisher.tracked_cases() <= 3  # no lock left behind, three digests
    assert len(fake.calls_to("chat.postMessage")) == 12
    # The newest three were remembered and not sent again; older ones were re-sent.
    assert len(fake.calls_to("chat.update")) == 12 - 3


def test_commits_are_counted_per_transaction_not_per_statement(fresh_store: CaseStore) -> None:
    before = COMMITS.total
    with fresh_store.transaction():
        outbox.enqueue(fresh_store.db, "a", {}, now=NOW)
        outbox.enqueue(fresh_store.db, "a", {}, now=NOW + timedelta(seconds=1))
    with fresh_store.transaction():  # on its own: its own commit
        outbox.enqueue(fresh_store.db, "a", {}, now=NOW)
    assert COMMITS.total - before == 2


@pytest.mark.parametrize("lang", ["ja", "en", "both"])
def test_flatten_gives_the_bytes_aiosmtplib_would_send(lang: str) -> None:
    for subject in ("個人情報の開示について", "A long English subject " * 6, ""):
        message = build_acknowledgement(
            content(lang, subject=subject), ENVELOPE, TEMPLATES, ACK_NOW
        )
        message["Bcc"] = "hidden@example.org"
        assert flatten(message) == flatten_message(message)
        assert flatten(message) == flatten(message)  # the second time from the folded cache
        assert flatten(message, utf8=True) == flatten_message(message, utf8=True)
        assert b"hidden@example.org" not in flatten(message)


def test_flatten_keeps_an_8bit_body_as_aiosmtplib_does() -> None:

    message = EmailMessage(policy=policy.SMTP)
    message["From"] = "株式会社プラネットマネジメント <info@planetmgmt.biz>"
    message["To"] = "taro@example.jp"
    message["Subject"] = "Re: [PMC-000001] 個人情報の開示について"
    message.set_content("山田様\n\nお問い合わせありがとうございます。\n", charset="utf-8")
    assert flatten(message) == flatten_message(message)


# --- posting order: a priority per case -------------------------------------------------------

POLICY = AutoReplyPolicy(("info@planetmgmt.biz",), "info@planetmgmt.biz", None)
MATCHER = FaqMatcher(load_faq(default_faq_path()))
CALENDAR = BusinessCalendar(calendar_config_from_mapping({}))


def intake(store: CaseStore, raw: bytes, mail_from: str, at: datetime) -> int:
    """Store a mail as the listener does and run intake on it as the worker does; the case's
    number."""
    item = Received(raw, mail_from, ("info@planetmgmt.biz",), "127.0.0.1", False, at)
    [stored] = store.store_received([item], duplicate_window=timedelta(days=1))
    triage = triage_mail(
        item,
        matcher=MATCHER,
        calendar=CALENDAR,
        policy=POLICY,
        max_header_bytes=65536,
        id_domain="planetmgmt.biz",
    )
    case = apply_intake(
        store,
        stored.message_id,
        item,
        triage,
        rules=AckRules(enabled=False, in_hours=False),  # acknowledgements off: none queued
        composer=None,  # type: ignore[arg-type]  # never asked: no acknowledgement is due
        now=at,
    )
    return case.number


def posting_order(store: CaseStore, at: datetime) -> list[int]:
    rows = outbox.claim_due(store.db, ["slack_post"], at + timedelta(hours=1), 1000)
    numbers = {c.id: c.number for c in store.cases(limit=1000)}
    return [numbers[r.case_id] for r in rows if r.case_id is not None]


def test_the_channel_hears_of_urgent_cases_first_and_of_bulk_last(
    fresh_store: CaseStore,
) -> None:
    at = NOW
    bulk_head = {"Precedence": "bulk", "List-Unsubscribe": "<mailto:off@deals.example.net>"}
    spam_head = {"X-Spam-Flag": "YES"}
    order = [
        intake(fresh_store, make_mail(subject="Win a prize", body="Click now.", headers=bulk_head,
                                      message_id="<b1@deals.example.net>"),
               "news@deals.example.net", at),
        intake(fresh_store, make_mail(subject="Hello", body="Cheap pills.", headers=spam_head,
                                      message_id="<s1@spam.example>"),
               "x@spam.example", at),
        intake(fresh_store, make_mail(subject="Opening hours", body="When are you open?",
                                      message_id="<n1@example.jp>"),
               "hanako@example.jp", at),
        intake(fresh_store, make_mail(message_id="<p1@example.jp>"), "taro@example.jp", at),
        # A second, unrelated mail from a customer the desk has heard from: known customer.
        intake(fresh_store, make_mail(subject="Another question", body="Where is your office?",
                                      message_id="<n2@example.jp>"),
               "hanako@example.jp", at),
    ]  # fmt: skip
    bulk, spam, normal, pi_request, known = order
    assert posting_order(fresh_store, at) == [pi_request, known, normal, bulk, spam]


def test_a_sender_past_the_flood_limit_goes_last(fresh_store: CaseStore) -> None:
    flood = [
        intake(fresh_store, make_mail(subject=f"Offer {n}", body="Buy now.",
                                      message_id=f"<f{n}@mass.example>"),
               "promo@mass.example", NOW + timedelta(seconds=n))
        for n in range(priority.FLOOD_CASES + 3)
    ]  # fmt: skip
    customer = intake(
        fresh_store,
        make_mail(subject="Opening hours", body="When are you open?", message_id="<c@example.jp>"),
        "jiro@example.jp",
        NOW + timedelta(seconds=30),
    )
    order = posting_order(fresh_store, NOW + timedelta(seconds=30))
    # The first mail is a stranger's, the next ones a known customer's, until the flood limit.
    assert order.index(customer) < order.index(flood[priority.FLOOD_CASES])
    assert order[-3:] == flood[-3:]


def test_metrics_see_the_waiting_posts_and_the_oldest_urgent_one(
    fresh_store: CaseStore,
) -> None:
    intake(fresh_store, make_mail(subject="Hi", body="A question.", message_id="<q1@example.jp>"),
           "hanako@example.jp", NOW)  # fmt: skip
    assert slackposts.waiting_posts(fresh_store, NOW + timedelta(seconds=5), priority.URGENT) == (
        1,
        0.0,
    )
    intake(fresh_store, make_mail(message_id="<p1@example.jp>"), "taro@example.jp", NOW)
    waiting, age = slackposts.waiting_posts(
        fresh_store, NOW + timedelta(seconds=5), priority.URGENT
    )
    assert (waiting, age) == (2, 5.0)


# --- the flood digest -------------------------------------------------------------------------

BULK_HEAD = {"Precedence": "bulk", "List-Unsubscribe": "<mailto:off@deals.example.net>"}


def slack_settled(desk: Any) -> bool:
    return all(r[3] in ("done", "failed") for r in desk.outbox_rows() if r[1].startswith("slack"))


def flood(store: CaseStore, first: int, count: int, at: datetime) -> None:
    for n in range(first, first + count):
        raw = make_mail(subject="Win a prize today", body=f"Offer {n}. Click now.",
                        headers=BULK_HEAD, message_id=f"<w{n}@deals.example.net>")  # fmt: skip
        intake(store, raw, f"promo{n}@deals.example.net", at)


async def test_a_flood_is_one_digest_kept_current_and_the_customer_goes_first(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    flood(fresh_store, 0, 30, NOW)
    customer = intake(
        fresh_store,
        make_mail(subject="Opening hours", body="When are you open?", message_id="<c@ex.jp>"),
        "jiro@example.jp",
        NOW,
    )
    async with slack_desk(fresh_store, fake) as desk:
        desk.runtime.publisher.digest_update = 0.0
        await desk.work_until(lambda: slack_settled(desk))
        posts = fake.calls_to("chat.postMessage")
        assert len(posts) == 2  # the customer's case, then one digest for thirty mails
        assert desk.store.case(customer).tag in posts[0].params["text"]
        assert "30 similar mails from deals.example.net" in posts[1].params["text"]
        assert "Win a prize today" in posts[1].params["text"]
        desk.store.run(flood, 30, 5, NOW + timedelta(minutes=1))
        await desk.work_until(lambda: slack_settled(desk))
    assert len(fake.calls_to("chat.postMessage")) == 2  # no new message: the digest is updated
    update = fake.calls_to("chat.update")[-1]
    assert "35 similar mails from deals.example.net" in update.params["text"]
    digested = fresh_store.db.execute(
        "SELECT COUNT(*) FROM cases WHERE digest_id IS NOT NULL AND slack_ts IS NULL"
    ).fetchone()[0]
    assert digested == 35  # every mail of the flood is a case, shown through the digest
    newest = fresh_store.cases(limit=1)[0]
    assert newest.tag in update.params["text"]


async def test_a_digest_with_nothing_new_is_neither_waited_for_nor_updated(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    flood(fresh_store, 0, 12, NOW)
    async with slack_desk(fresh_store, fake) as desk:
        publisher = desk.runtime.publisher
        publisher.digest_update = 0.0
        await desk.work_until(lambda: slack_settled(desk))
        [digest_id] = {r[0] for r in desk.store.db.execute("SELECT digest_id FROM cases")} - {None}
        updates = len(fake.calls_to("chat.update"))
        # A bulk row whose mail the last update already showed: with an hour between updates
        # it must return at once (the wait is for a change, not for every row) and not update.
        publisher.digest_update = 3600.0
        await asyncio.wait_for(publisher.show_digest(digest_id), timeout=60)
        assert len(fake.calls_to("chat.update")) == updates
        shown = (fake.calls_to("chat.update") or fake.calls_to("chat.postMessage"))[-1]
        assert "12 similar mails from deals.example.net" in shown.params["text"]
        # Something new joins: the next turn updates once, after the wait (none here).
        publisher.digest_update = 0.0
        desk.store.run(flood, 12, 3, NOW + timedelta(minutes=1))
        await desk.work_until(lambda: slack_settled(desk))
        assert "15 similar mails" in fake.calls_to("chat.update")[-1].params["text"]
        after = len(fake.calls_to("chat.update"))
        await publisher.show_digest(digest_id)
        assert len(fake.calls_to("chat.update")) == after
        # A row whose update must wait its turn leaves the wait to a task of its own (the
        # Slack worker's other rows would wait with it); the digest's other rows meanwhile
        # leave their mails to that update, which reads the digest when its turn comes.
        publisher.digest_update = 3600.0
        publisher._digest_shown[digest_id] = (time.monotonic(), "an older digest")
        await asyncio.wait_for(publisher.show_digest(digest_id), timeout=60)
        waiting = publisher._digest_later[digest_id]
        await asyncio.wait_for(publisher.show_digest(digest_id), timeout=60)
        assert publisher._digest_later[digest_id] is waiting
        assert len(fake.calls_to("chat.update")) == after
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert digest_id not in publisher._digest_later
        # When its turn comes, the task reads the digest and brings the message up to date.
        publisher.digest_update = 0.0
        publisher._digest_shown[digest_id] = (time.monotonic() + 0.5, "an older digest")
        await publisher.show_digest(digest_id)
        later = publisher._digest_later.get(digest_id)  # none if the half second went by
        if later is not None:
            await asyncio.wait_for(later, timeout=60)
        assert len(fake.calls_to("chat.update")) == after + 1
        assert "15 similar mails" in fake.calls_to("chat.update")[-1].params["text"]
        assert digest_id not in publisher._digest_later


async def test_one_bulk_mail_keeps_its_own_post(fresh_store: CaseStore, fake: FakeSlack) -> None:
    flood(fresh_store, 0, 1, NOW)
    async with slack_desk(fresh_store, fake) as desk:
        await desk.work_until(lambda: slack_settled(desk))
    [post] = fake.calls_to("chat.postMessage")
    assert fresh_store.case(1).tag in post.params["text"]
    assert fresh_store.case(1).slack_ts is not None


def test_a_domain_flooding_the_listener_has_its_intake_wait(fresh_store: CaseStore) -> None:
    share = priority.SenderShare(window=20, share=0.1)  # more than 2 of the last 20: a flood
    levels = [share.note(f"promo{n}@deals.example.net") for n in range(5)]
    assert levels == [priority.NORMAL] * 2 + [priority.BULK] * 3
    assert share.note("taro@example.jp") == priority.NORMAL
    for n in range(20):  # the flood ends; the window forgets it
        share.note(f"c{n}@other{n}.example")
    assert share.note("promo9@deals.example.net") == priority.NORMAL

    def received(sender: str, level: int) -> Received:
        raw = make_mail(message_id=f"<{sender}>")
        return Received(raw, sender, ("info@planetmgmt.biz",), "127.0.0.1", False, NOW, level)

    batch = [received(f"p{n}@deals.example.net", priority.BULK) for n in range(3)]
    batch.append(received("taro@example.jp", priority.NORMAL))
    stored = fresh_store.store_received(batch, duplicate_window=timedelta(days=1))
    [first] = outbox.claim_due(fresh_store.db, ["intake"], NOW, 1)
    assert first.payload["message"] == stored[-1].message_id  # the customer's mail is read first


def test_an_update_has_work_only_once_the_case_is_in_the_channel_or_its_post_gave_up(
    fresh_store: CaseStore,
) -> None:
    number = intake(fresh_store, make_mail(message_id="<u1@example.jp>"), "taro@example.jp", NOW)
    case = fresh_store.case(number)
    assert not slackposts.update_needed(fresh_store, case.id)  # its post waits: it will show
    fresh_store.db.execute("UPDATE outbox SET state = 'failed' WHERE kind = 'slack_post'")
    assert slackposts.update_needed(fresh_store, case.id)  # given up: the update posts it
    fresh_store.db.execute("UPDATE cases SET digest_id = 1 WHERE id = ?", [case.id])
    assert not slackposts.update_needed(fresh_store, case.id)  # shown through a digest
    slackposts.set_post(fresh_store, case.id, "C0CASES", "1.000")
    assert slackposts.update_needed(fresh_store, case.id)


# --- the Slack worker: one slow answer holds one case ------------------------------------------


async def test_a_post_slack_is_slow_to_answer_holds_only_its_own_case(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    """Slack holds the answer to the first chat.postMessage until the test lets it go. The
    Slack worker, as the desk builds it, goes on: every other case reaches the channel
    meanwhile, more of them than it holds at once (it claims again as rows finish); then
    the held case is posted too, each case exactly once, its ts recorded."""
    cases = [new_case(fresh_store, sender=f"c{n}@example.jp") for n in range(POST_BATCH + 8)]
    hold = fake.hold_next("chat.postMessage")
    # The client's timeout must not end the held call first (its row would post again).
    async with slack_desk(fresh_store, fake, api_timeout=300) as desk:
        handlers = {k: h for k, h in desk.runtime.handlers().items() if k != "slack_update"}
        worker = OutboxWorker(
            "slack",
            handlers=handlers,
            run_db=lambda fn: desk.runner.call(lambda s: fn(s.db)),
            policy=posting_policy(WorkerPolicy(poll=0.05), desk.settings.slack.post_interval),
            clock=lambda: datetime.now(UTC),
        )
        channel = desk.settings.slack.channel
        task = asyncio.create_task(worker.run())
        try:
            await asyncio.wait_for(hold.arrived.wait(), 60)
            assert hold.call is not None
            [held] = [c for c in cases if c.tag in hold.call.params["text"]]
            others = [c.tag for c in cases if c is not held]

            def shown() -> list[str]:
                return [t for m in fake.channel_messages(channel) for t in TAG.findall(m.text)]

            # The lockstep worker posted nothing more until the held answer came.
            await asyncio.wait_for(fake.until(lambda: len(shown()) == len(others)), 60)
            assert sorted(shown()) == sorted(others)
            hold.release.set()
            await asyncio.wait_for(fake.until(lambda: len(shown()) == len(cases)), 60)
        finally:
            worker.finish()
            await asyncio.wait_for(task, 60)
        rows = desk.outbox_rows("slack_post")
    assert sorted(shown()) == sorted(c.tag for c in cases)  # each once
    assert len(fake.calls_to("chat.postMessage")) == len(cases)
    assert all(state == "done" for *_, state in rows)
    posted = {m.ts for m in fake.channel_messages(channel)}
    assert {fresh_store.case_by_id(c.id).slack_ts for c in cases} == posted


# --- mail read in a process of its own --------------------------------------------------------


async def test_mail_is_read_in_a_process_of_its_own_which_is_replaced_when_it_dies(
    tmp_path: Path,
) -> None:
    settings = desk_settings(tmp_path / "var", outbox={"triage_processes": 1})
    async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
        pool = desk.desk.triager
        assert isinstance(pool, TriagePool)
        await desk.send(make_mail(), mail_from="taro@example.jp")
        first = await desk.wait_for(lambda st: st.cases(limit=5), timeout=60, what="case 1")
        assert first[0].pi_request is not None  # read and matched: a disclosure request
        [child] = multiprocessing.active_children()
        child.kill()
        child.join(10)
        second = make_mail(message_id="<m2@example.jp>", subject="Hours", body="When open?")
        await desk.send(second, mail_from="jiro@example.jp")
        found = await desk.wait_for(
            lambda st: len(st.cases(limit=5)) == 2, timeout=60, what="case 2 after the kill"
        )
        assert found
        [replacement] = multiprocessing.active_children()
        assert replacement.pid != child.pid


def test_intake_reads_a_small_mail_in_the_hop_that_measures_it(fresh_store: CaseStore) -> None:
    """One store hop gives the size and, for mail within the limit, the mail itself; larger
    mail is left unread there (it is read one at a time), and a mail already taken in
    gives None."""
    from responder.intake import _unprocessed_within

    raw = b"From: a@example.jp\r\nSubject: s\r\n\r\n" + b"x" * 500 + b"\r\n"
    item = Received(raw, "a@example.jp", ("info@planetmgmt.biz",), "127.0.0.1", False, NOW)
    [outcome] = fresh_store.store_received([item], duplicate_window=timedelta(days=1))
    size, got = _unprocessed_within(fresh_store, outcome.message_id, len(raw))
    assert size == len(raw) and got is not None and got.raw == raw
    size, got = _unprocessed_within(fresh_store, outcome.message_id, len(raw) - 1)
    assert size == len(raw) and got is None
    fresh_store.db.execute("UPDATE messages SET state = 'processed'")
    assert _unprocessed_within(fresh_store, outcome.message_id, len(raw)) == (len(raw), None)


def _slack_rows(store: CaseStore) -> list[tuple[str, str, str, str]]:
    return [
        (str(kind), str(state), str(created), str(due))
        for kind, state, created, due in store.db.execute(
            "SELECT kind, state, created_at, next_attempt_at FROM outbox"
            " WHERE kind LIKE 'slack%' ORDER BY id"
        ).fetchall()
    ]


def _posted(store: CaseStore) -> bool:
    return bool(store.count_cases() and store.case(1).slack_ts)


def _slack_settings(fake: FakeSlack, relay: RecordingRelay, tmp_path: Path) -> Any:
    slack = {"channel": "C0CASES", "bot_token": fake.bot_token, "api_url": fake.url,
             "signing_secret": "s", "http_host": "127.0.0.1", "http_port": 0,
             "post_interval": 0.0}  # fmt: skip
    mail = {"relay_url": f"smtp://127.0.0.1:{relay.port}"}
    return desk_settings(tmp_path / "var", mail=mail, slack=slack)


async def test_a_case_is_posted_once_its_acknowledgement_has_gone(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    # The post of a case whose acknowledgement is queued waits for it (at most
    # POST_AFTER_ACK), and the acknowledgement's commit makes it due: the post then shows the
    # acknowledgement sent, with no slack_update row and no chat.update after it.
    async with FakeSlack() as fake:
        settings = _slack_settings(fake, relay, tmp_path)
        async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
            await desk.send(make_mail(), mail_from="taro@example.jp")
            await desk.wait_for(_posted, what="the post")
            await desk.settled()
            sent_at = await desk.call(
                lambda st: st.db.execute(
                    "SELECT updated_at FROM outbox WHERE kind = 'acknowledge' AND state = 'done'"
                ).fetchone()[0]
            )
            rows = await desk.call(_slack_rows)
        [post] = fake.calls_to("chat.postMessage")
        [shown] = fake.channel_messages("C0CASES")
    assert len(relay.messages) == 1
    [(kind, _, created, due)] = rows[:1]
    assert kind == "slack_post" and due == sent_at  # made due by the acknowledgement's commit
    if sent_at < ts(parse_ts(created) + timedelta(seconds=slackposts.POST_AFTER_ACK)):
        assert "送信済み" in str(post.params["blocks"])  # sent / 送信済み, carried by the post
        assert [kind for kind, *_ in rows] == ["slack_post"]
        assert fake.calls_to("chat.update") == []
    # (else a machine so slow that the wait ran out first: one update shows it)
    assert "送信済み" in str(shown.blocks)


async def test_a_relay_that_refuses_the_acknowledgement_does_not_hold_the_post(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    await relay.refuse_connections()
    async with FakeSlack() as fake:
        settings = _slack_settings(fake, relay, tmp_path)
        async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
            await desk.send(make_mail(), mail_from="taro@example.jp")
            await desk.wait_for(_posted, what="the post")
            [post] = fake.calls_to("chat.postMessage")
            assert "送信待ち" in str(post.params["blocks"])  # queued / 送信待ち
            await relay.accept_connections()
            await desk.wait_for(lambda st: len(relay.messages) == 1, what="the acknowledgement")
            await desk.settled()
        [shown] = fake.channel_messages("C0CASES")
    assert "送信済み" in str(shown.blocks)  # brought up to date once it was sent
    assert len(fake.calls_to("chat.postMessage")) == 1


def test_a_post_already_under_way_is_not_released_and_gets_its_update(
    fresh_store: CaseStore,
) -> None:
    db = fresh_store.db
    later = NOW + timedelta(seconds=slackposts.POST_AFTER_ACK)
    outbox.enqueue(db, "slack_post", {"case": 1}, now=NOW, case_id=1, delay=2.0)
    outbox.enqueue(db, "slack_post", {"case": 2}, now=NOW, case_id=2, delay=2.0)
    [running] = outbox.claim_due(db, ["slack_post"], later, 1)
    assert running.case_id == 1
    # Case 1's post has read (or may have read) the case: the change needs an update.
    assert not slackposts.release_post(fresh_store, 1, NOW)
    # Case 2's post has not started: due now, and it will read the case as it is.
    assert slackposts.release_post(fresh_store, 2, NOW)
    assert [r.case_id for r in outbox.claim_due(db, ["slack_post"], NOW, 5)] == [2]
    assert not slackposts.release_post(fresh_store, 3, NOW)  # no post at all


async def test_the_acknowledgement_names_its_case_and_an_older_row_still_reads_it(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    # The job carries the case's number and tag, so that sending reads nothing of the case; a
    # row queued before it did (no number, no tag) reads the case as before.
    await relay.refuse_connections()
    settings = desk_settings(tmp_path / "var", mail={"relay_url": f"smtp://127.0.0.1:{relay.port}"})
    async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(), mail_from="taro@example.jp")

        def payload(store: CaseStore) -> dict[str, Any] | None:
            row = store.db.execute("SELECT payload FROM outbox WHERE kind = 'acknowledge'")
            found = row.fetchone()
            return None if found is None else dict(json.loads(found[0]))

        job = await desk.wait_for(payload, what="the acknowledgement's row")
        assert (job["case_number"], job["case_tag"]) == (1, "[PMC-000001]")

        def as_older_row(store: CaseStore) -> None:
            older = {k: v for k, v in job.items() if k not in ("case_number", "case_tag")}
            with store.transaction():
                store.db.execute(
                    "UPDATE outbox SET payload = ? WHERE kind = 'acknowledge'", [json.dumps(older)]
                )

        await desk.call(as_older_row)
        await relay.accept_connections()
        await desk.wait_for(lambda st: len(relay.messages) == 1, what="the acknowledgement")
    sent = message_from_bytes(relay.messages[0].raw, policy=policy.default)
    assert "[PMC-000001]" in str(sent["Subject"])
