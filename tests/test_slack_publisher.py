"""The outbox side of the Slack edge: case messages, thread notes, and Slack outages.

Rows are made the way the desk makes them (casework.outbox.enqueue, in the store) and run
through the runtime's own handlers, directly or with a real OutboxWorker.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fakeslack import FakeSlack
from slack_signing import (
    CHANNEL,
    T0,
    assert_inert,
    eventually,
    follow_up,
    new_case,
    slack_desk,
)

from casework import jobs, outbox
from casework.jobs import OutboxRow
from casework.models import Attachment, CaseStatus, FaqHit
from casework.outbox import GiveUp, RetryLater
from casework.store import CaseStore

EVIL_SUBJECT = "Refund <!channel> <@U123> & @here"
EVIL_BODY = "Click <https://evil.example|bank> now <!here> @channel <!subteam^S1> <@U123>"


def action_ids(blocks: list[dict[str, Any]]) -> list[str]:
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]


def claim_row(store: CaseStore, kind: str) -> OutboxRow:
    [row] = outbox.claim_due(store.db, [kind], datetime.now(UTC) + timedelta(hours=1), 1)
    return row


def queue(store: CaseStore, kind: str, payload: dict[str, Any], case_id: int) -> None:
    outbox.enqueue(store.db, kind, payload, now=datetime.now(UTC), case_id=case_id)


async def test_a_case_is_posted_once_with_fallback_text_and_recorded(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    hit = FaqHit("disclosure-request", "disclosure", 0.51)
    case = new_case(
        fresh_store,
        hits=(hit,),
        answered=True,
        attachments=(Attachment("本人確認書類.pdf", "application/pdf", 2048),),
    )
    async with slack_desk(fresh_store, fake) as desk:
        assert await desk.drain() == 1
    [post] = fake.calls_to("chat.postMessage")
    assert post.params["channel"] == CHANNEL
    assert "link_names" not in post.params and "parse" not in post.params
    assert case.tag in post.params["text"]
    [message] = fake.channel_messages(CHANNEL)
    stored = fresh_store.case(case.number)
    assert (stored.slack_channel, stored.slack_ts) == (CHANNEL, message.ts)
    text = json.dumps(message.blocks, ensure_ascii=False)
    assert "私の個人情報の開示を請求したいです。" in text  # the excerpt
    assert "本人確認書類.pdf" in text  # the attachment
    assert "個人情報の開示" in text and "disclosure-request" in text  # FAQ title in Japanese
    assert action_ids(message.blocks) == [
        "case_claim",
        "case_assign",
        "case_resolve",
        "case_show_mail",
    ]


async def test_after_a_restart_a_rerun_post_updates_instead_of_posting_again(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    case = new_case(fresh_store)
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
    # The row ran again after a crash (the store had recorded the ts): no second message.
    queue(fresh_store, "slack_post", {"case": case.id}, case.id)
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
    assert len(fake.calls_to("chat.postMessage")) == 1
    [update] = fake.calls_to("chat.update")
    assert update.params["ts"] == fresh_store.case(case.number).slack_ts
    assert len(fake.channel_messages(CHANNEL)) == 1


async def test_customer_text_reaches_slack_inert(fresh_store: CaseStore, fake: FakeSlack) -> None:
    new_case(fresh_store, subject=EVIL_SUBJECT, body=EVIL_BODY, name="<@U999> @everyone")
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
    [call] = fake.calls_to("chat.postMessage")
    assert_inert(call.params)
    sent = json.dumps(call.params["blocks"])
    assert "&lt;!here&gt;" in sent and "&lt;https://evil.example|bank&gt;" in sent
    assert "&lt;!channel&gt;" in call.params["text"]
    assert "&lt;@U999&gt;" in sent and "\\uff20here" in sent  # the full-width sign staff see


async def test_bidi_controls_in_customer_text_cannot_reorder_what_staff_read(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    # U+202E makes "invoice<RLO>fdp.exe" read "invoiceexe.pdf"; isolates and embeddings can
    # turn a subject (and the case tag beside it) around.
    spoof = "invoice\u202efdp.exe"
    attachment = Attachment(spoof, "application/octet-stream\u2067", 10)
    case = new_case(
        fresh_store, subject=f"\u202b{spoof}\u202c", body=f"see \u2066{spoof}\u2069",
        name="\u202eodaT", attachments=(attachment,),
    )  # fmt: skip
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
        await desk.click("case_show_mail", case.number)
        await eventually(lambda: fake.calls_to("views.open"))
    sent = [c.params for c in fake.calls_to("chat.postMessage") + fake.calls_to("views.open")]
    shown = json.dumps(sent, ensure_ascii=False)
    assert "invoice\ufffdfdp.exe" in shown  # still there, visibly altered
    assert not re.search("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", shown)


async def test_a_100_kb_body_posts_within_slacks_limits(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    body = ("お問い合わせ本文です。" * 10 + "\n") * 1000  # about 330 kB of UTF-8
    assert len(body.encode()) > 100_000
    case = new_case(fresh_store, body=body)
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
    # FakeSlack refuses over-long blocks with invalid_blocks/msg_too_long: it took the post.
    assert fresh_store.case(case.number).slack_ts is not None
    [message] = fake.channel_messages(CHANNEL)
    assert sum(len(json.dumps(b, ensure_ascii=False)) for b in message.blocks) < 12_000


async def test_update_before_the_post_waits_for_it_unless_the_post_gave_up(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    case = new_case(fresh_store)
    async with slack_desk(fresh_store, fake) as desk:
        desk.store.run(queue, "slack_update", {"case": case.id}, case.id)
        update = desk.store.run(claim_row, "slack_update")
        await desk.runtime.handlers()["slack_update"](update)
        assert fake.calls_to("chat.postMessage") == []  # the pending post will show it
        # The post was given up (say channel_not_found before the bot was invited):
        post = desk.store.run(claim_row, "slack_post")
        failed = datetime.now(UTC)
        desk.store.run(lambda s: outbox.fail(s.db, post.id, "slack: not_in_channel", failed))
        await desk.runtime.handlers()["slack_update"](update)
        assert len(fake.calls_to("chat.postMessage")) == 1
        assert desk.store.case(case.number).slack_ts is not None


async def test_a_change_is_rendered_from_the_store_on_update(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    case = new_case(fresh_store)
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
        desk.store.transition("claim", case.number, "U0STAFF02", datetime.now(UTC))
        assert await desk.drain() == 1  # the store queued slack_update with the claim
        [message] = fake.channel_messages(CHANNEL)
        assert message.edits == 1
        assert action_ids(message.blocks) == [
            "case_unclaim",
            "case_assign",
            "case_resolve",
            "case_reply",
            "case_show_mail",
        ]
        assert "<@U0STAFF02>" in json.dumps(message.blocks)
        # The same state again: nothing new to show, so no call at all.
        desk.store.run(queue, "slack_update", {"case": case.id}, case.id)
        await desk.drain()
        assert len(fake.calls_to("chat.update")) == 1


async def test_follow_ups_go_into_the_thread_and_the_parent_is_updated(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    case = new_case(fresh_store)
    fresh_store.transition("resolve", case.number, "U0STAFF01", datetime.now(UTC))
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
        follow_up(desk.store, case, "追伸 <!channel> です。", T0 + timedelta(hours=1))
        await desk.drain()
    parent_ts = fresh_store.case(case.number).slack_ts
    assert parent_ts is not None
    [note] = fake.thread(CHANNEL, parent_ts)
    note_json = json.dumps(note.blocks, ensure_ascii=False)
    assert "追伸 &lt;!channel&gt; です。" in note_json
    assert "2026-11-29 (Sun/日) 00:00 JST" in note_json  # when it was received
    [parent] = fake.channel_messages(CHANNEL)
    assert "1 follow-up mail(s)" in json.dumps(parent.blocks)
    assert action_ids(parent.blocks)[0] == "case_claim"  # the follow-up reopened it


async def test_a_thread_note_before_the_case_is_posted_retries_later(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    case = new_case(fresh_store)
    message_id = follow_up(fresh_store, case, "more", T0)
    async with slack_desk(fresh_store, fake) as desk:
        row = OutboxRow(1, "slack_thread", {"message": message_id}, 1, case.id)
        with pytest.raises(RetryLater):
            await desk.runtime.handlers()["slack_thread"](row)
    assert fake.calls_to("chat.postMessage") == []


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ({"note": "reply_sent", "user": "U0STAFF01", "excerpt": "Thank you"}, "replied"),
        ({"note": "reply_failed", "user": "U0STAFF01", "error": "550 no"}, "550 no"),
        ({"note": "ack_failed", "error": "relay refused <@U1>"}, "relay refused &lt;@U1&gt;"),
    ],
)
async def test_notes_from_the_mail_side_land_in_the_thread(
    fresh_store: CaseStore, fake: FakeSlack, note: dict[str, str], expected: str
) -> None:
    case = new_case(fresh_store)
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
        desk.store.run(queue, "slack_note", {"case": case.id, **note}, case.id)
        await desk.drain()
        [posted] = fake.thread(CHANNEL, str(desk.store.case(case.number).slack_ts))
        assert expected in json.dumps(posted.blocks, ensure_ascii=False)
        bad = OutboxRow(9, "slack_note", {"case": case.id, "note": "gossip"}, 1, case.id)
        with pytest.raises(GiveUp):
            await desk.runtime.handlers()["slack_note"](bad)


@pytest.mark.parametrize("error", ["invalid_blocks", "channel_not_found", "not_in_channel"])
async def test_permanent_refusals_give_up_with_the_error_code(
    fresh_store: CaseStore, fake: FakeSlack, error: str
) -> None:
    case = new_case(fresh_store)
    async with slack_desk(fresh_store, fake) as desk:
        fake.fail_next("chat.postMessage", status=200, error=error)
        with pytest.raises(GiveUp, match=error):
            await desk.runtime.handlers()["slack_post"](desk.store.run(claim_row, "slack_post"))
    assert fresh_store.case(case.number).slack_ts is None


async def test_a_rate_limited_post_waits_for_retry_after_in_the_outbox(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    """A post's 429 is not retried inside the SDK (posts overlap: a post asleep in the SDK
    would go out beside the others): the row goes back to the outbox for the Retry-After, and
    the publisher holds every later post as long. Other methods keep the SDK's retries."""
    new_case(fresh_store)
    async with slack_desk(fresh_store, fake) as desk:
        fake.fail_next("chat.postMessage", status=429, retry_after=1, count=3)
        with pytest.raises(RetryLater) as later:
            await desk.runtime.handlers()["slack_post"](desk.store.run(claim_row, "slack_post"))
        publisher = desk.runtime.publisher
        assert publisher._quiet_until > time.monotonic()  # every post waits out the limit
        tests = len(fake.calls_to("auth.test"))
        fake.fail_next("auth.test", status=429, retry_after=1, count=1)
        await publisher.client.auth_test()
    assert later.value.after == 1.0
    assert len(fake.calls_to("chat.postMessage")) == 1
    assert len(fake.calls_to("auth.test")) == tests + 2  # the SDK retried that 429 itself
    assert fake.channel_messages(CHANNEL) == []


async def test_an_outage_is_ridden_out_in_the_outbox_one_message_per_case_in_order(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    cases = [new_case(fresh_store, subject=f"case {n}") for n in range(3)]
    async with slack_desk(fresh_store, fake, api_timeout=1) as desk:
        # Slack is down: server errors, then rate limiting, then a request that hangs.
        fake.fail_next("chat.postMessage", status=503, count=3)
        fake.fail_next("chat.postMessage", status=429, retry_after=1, count=3)
        fake.fail_next("chat.postMessage", status=503, hang=1.5)
        await desk.work_until(lambda: all(s == "done" for *_, s in desk.outbox_rows("slack_post")))
    messages = fake.channel_messages(CHANNEL)
    assert [m.text.split(" — ")[0] for m in messages] == [
        f"{c.tag} case {n}" for n, c in enumerate(cases)
    ]
    assert [fresh_store.case(c.number).slack_ts for c in cases] == [m.ts for m in messages]
    errors = fresh_store.db.execute(
        "SELECT attempts, last_error FROM outbox WHERE kind = 'slack_post' ORDER BY id"
    ).fetchall()
    assert errors[0][0] > 1 and errors[0][1] == ""  # retried, then finished
    assert all(state != "failed" for *_, state in desk.outbox_rows())
    statuses = {fresh_store.case(c.number).status for c in cases}
    assert statuses == {CaseStatus.OPEN}


async def test_posts_are_paced_but_updates_that_need_no_post_are_not(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    """Slack allows about one message a second per channel: chat.postMessage calls are kept
    post_interval apart. The update row an acknowledgement queues after each post finds the
    message already showing the latest state and makes no call at all."""
    interval = 0.3
    cases = []
    for n in range(4):
        cases.append(new_case(fresh_store, subject=f"case {n}"))
        with fresh_store.transaction():  # what a sent acknowledgement queues for the case
            fresh_store.queue_slack(jobs.SlackUpdate(cases[-1].id), cases[-1].id, datetime.now(UTC))
    async with slack_desk(fresh_store, fake, post_interval=interval) as desk:
        await desk.work_until(lambda: all(s == "done" for *_, s in desk.outbox_rows()))
    posts = fake.calls_to("chat.postMessage")
    assert [p.params["text"].split(" — ")[0] for p in posts] == [
        f"{c.tag} case {n}" for n, c in enumerate(cases)
    ]
    gaps = [b.at - a.at for a, b in itertools.pairwise(posts)]
    assert min(gaps) >= interval * 0.95, gaps  # the pacing's lower bound, not a speed figure
    assert fake.calls_to("chat.update") == []  # each post already showed the latest state


async def test_a_post_that_is_not_bulk_is_read_beside_the_writer_in_one_trip(
    file_store: CaseStore, fake: FakeSlack, tmp_path: Path
) -> None:
    """A slack_post row of a case that is not bulk writes nothing before its post: the older
    posts to show first and the case are read on the read connection together, and the
    store's writing thread only records the post."""
    from slack_sdk.web.async_client import AsyncWebClient

    from bot.publisher import Publisher
    from casework.faq import default_faq_path, load_faq
    from casework.readside import ReadRunner
    from casework.store import StoreRunner

    case = new_case(file_store)
    runner = StoreRunner(file_store)
    reads = ReadRunner(runner, tmp_path / "desk.sqlite3")
    client = AsyncWebClient(token=fake.bot_token, base_url=fake.url)
    publisher = Publisher(client, runner, load_faq(default_faq_path()), CHANNEL, reads=reads)
    try:
        row = claim_row(file_store, "slack_post")
        assert row.priority is not None  # known from the claim
        await publisher.on_post(row)
        assert runner.calls == 1 and reads.hops == 1  # the record; the reads
        [message] = fake.channel_messages(CHANNEL)
        assert case.tag in message.text
        assert await reads.call(CaseStore.case_by_id, case.id) == file_store.case(case.number)
        assert file_store.case(case.number).slack_ts == message.ts
    finally:
        reads.close()
        runner._executor.shutdown(wait=True)
