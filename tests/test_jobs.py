"""Outbox jobs: the typed form of each kind, its stored JSON, and rows queued by older code."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from casework import jobs, outbox
from casework.errors import GiveUp, JobMalformed
from casework.jobs import OutboxRow
from casework.outbox import OutboxWorker, WorkerPolicy
from casework.store import CaseStore, StoreRunner

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
RECEIVED = datetime(2026, 11, 24, 14, 5, 6, 789000, tzinfo=UTC)

EVERY_KIND: list[jobs.Job] = [
    jobs.Intake(message=7),
    jobs.Acknowledge(
        recipient="taro@example.jp",
        lang="both",
        message_id="<ack-1@desk.example>",
        received_at=RECEIVED,
        envelope_from="noreply@desk.example",
        answers=("disclosure", "cookies"),
        original_message_id="<orig@example.jp>",
        original_references=("<a@example.jp>", "<b@example.jp>"),
        subject="個人情報の開示",
        closed=False,
        sender_key="taro@example.jp",
    ),
    jobs.Reply(
        case=3, body="ご連絡ありがとうございます。", message_id="<r@desk>", author="U0STAFF"
    ),
    jobs.SlackPost(case=3),
    jobs.SlackUpdate(case=3),
    jobs.SlackThread(message=9),
    jobs.SlackNote(case=3, note=jobs.NoteKind.REPLY_FAILED, user="U0STAFF", error="550 no"),
    jobs.SlackErase(case=3, notes=("C0CASES:1700000000.000101",)),
    jobs.SlackOpeningDigest(opening=RECEIVED, closed=RECEIVED, cases=(3, 1, 2)),
    jobs.SlackReminder(case=3, deadline=RECEIVED, hours=0.01, assignee="U0STAFF"),
]


def test_the_table_of_kinds_names_every_job_once() -> None:
    assert sorted(jobs.KINDS) == sorted(type(j).KIND for j in EVERY_KIND)


@pytest.mark.parametrize("job", EVERY_KIND, ids=lambda j: type(j).KIND)
def test_every_kind_comes_back_from_the_outbox_as_it_went_in(
    fresh_store: CaseStore, job: jobs.Job
) -> None:
    outbox.enqueue_job(fresh_store.db, job, now=NOW, case_id=3)
    [row] = outbox.claim_due(fresh_store.db, [type(job).KIND], NOW, 10)
    assert row.job == job
    assert row.job_of(type(job)) == job


# Rows exactly as earlier versions wrote them (the keys they used, and some without the keys
# that came later), sitting in a live database when the desk is upgraded.
OLD_ROWS = [
    ("intake", {"message": 12}, jobs.Intake(12)),
    (
        "acknowledge",
        {
            "recipient": "taro@example.jp",
            "lang": "ja",
            "answers": ["disclosure"],
            "message_id": "<ack@desk>",
            "original_message_id": None,
            "subject": "質問",
            "received_at": "2026-11-24T14:05:06.789000Z",
            "sender_key": "taro@example.jp",
        },
        jobs.Acknowledge(
            recipient="taro@example.jp",
            lang="ja",
            message_id="<ack@desk>",
            received_at=RECEIVED,
            answers=("disclosure",),
            subject="質問",
            sender_key="taro@example.jp",
        ),
    ),
    (
        "reply",
        {"case": 4, "body": "Hello", "message_id": "<r@desk>"},
        jobs.Reply(case=4, body="Hello", message_id="<r@desk>", author=""),
    ),
    ("slack_post", {"case": 4}, jobs.SlackPost(4)),
    ("slack_update", {"case": 4}, jobs.SlackUpdate(4)),
    ("slack_thread", {"message": 21}, jobs.SlackThread(21)),
    (
        "slack_note",
        {"case": 4, "note": "reply_sent", "user": None, "excerpt": "Thanks"},
        jobs.SlackNote(4, jobs.NoteKind.REPLY_SENT, user="", excerpt="Thanks"),
    ),
    (
        "slack_note",
        {"case": 4, "note": "ack_failed", "user": "", "excerpt": "", "error": "550 no"},
        jobs.SlackNote(4, jobs.NoteKind.ACK_FAILED, error="550 no"),
    ),
]


@pytest.mark.parametrize(("kind", "payload", "expected"), OLD_ROWS)
def test_rows_queued_by_an_earlier_version_still_decode(
    fresh_store: CaseStore, kind: str, payload: dict[str, object], expected: jobs.Job
) -> None:
    outbox.enqueue(fresh_store.db, kind, payload, now=NOW, case_id=4)
    [row] = outbox.claim_due(fresh_store.db, [kind], NOW, 10)
    assert row.job == expected
    assert row.problem == ""


def test_the_stored_json_keeps_the_keys_earlier_versions_read() -> None:
    kind, payload = jobs.encode(
        jobs.SlackNote(5, jobs.NoteKind.REPLY_SENT, user="U1", excerpt="Thanks")
    )
    assert kind == "slack_note"
    assert payload == {
        "case": 5,
        "note": "reply_sent",
        "user": "U1",
        "excerpt": "Thanks",
        "error": "",
    }
    _, ack = jobs.encode(EVERY_KIND[1])
    assert ack["received_at"] == "2026-11-24T14:05:06.789000Z"
    assert ack["answers"] == ["disclosure", "cookies"]


@pytest.mark.parametrize(
    ("kind", "payload", "problem"),
    [
        ("slack_note", {"case": 1, "note": "gossip"}, "unknown note kind 'gossip'"),
        ("slack_post", {}, "lacks a field"),
        ("slack_thread", {"message": "seven"}, "message = 'seven'"),
        ("acknowledge", {"recipient": "a@b", "lang": "ja"}, "lacks a field"),
        ("carrier_pigeon", {"case": 1}, "unknown job kind 'carrier_pigeon'"),
    ],
)
def test_a_malformed_row_says_why_and_its_handler_gives_up(
    kind: str, payload: dict[str, object], problem: str
) -> None:
    row = OutboxRow(1, kind, payload, 1, 1)
    assert row.job is None
    assert problem in row.problem
    with pytest.raises(GiveUp) as raised:
        row.job_of(jobs.SlackPost)
    assert isinstance(raised.value, JobMalformed)
    assert problem in str(raised.value)


def test_a_row_of_another_kind_is_refused_by_a_handler() -> None:
    row = OutboxRow(2, "slack_update", {"case": 1})
    with pytest.raises(JobMalformed, match="holds slack_update, not slack_post"):
        row.job_of(jobs.SlackPost)


async def test_a_malformed_row_is_parked_at_its_first_attempt(fresh_store: CaseStore) -> None:
    """No retry can mend a payload, so the worker parks it with the reason, not after 8 tries."""
    runner = StoreRunner(fresh_store)
    posted: list[int] = []

    async def on_post(row: OutboxRow) -> None:
        posted.append(row.job_of(jobs.SlackPost).case)

    bad = outbox.enqueue(fresh_store.db, "slack_post", {"cases": 1}, now=NOW)
    good = outbox.enqueue_job(fresh_store.db, jobs.SlackPost(2), now=NOW)
    worker = OutboxWorker(
        "t",
        handlers={"slack_post": on_post},
        run_db=lambda fn: runner.call(lambda s: fn(s.db)),
        policy=WorkerPolicy(poll=0.01),
        clock=lambda: NOW,
    )
    task = asyncio.create_task(worker.run())
    try:
        for _ in range(400):
            if worker.processed == 1 and worker.errors["slack_post"] == 1:
                break
            await asyncio.sleep(0.01)
    finally:
        worker.finish()
        await asyncio.wait_for(task, 5)
    rows = fresh_store.db.execute("SELECT id, state, attempts, last_error FROM outbox ORDER BY id")
    [(bad_id, bad_state, attempts, error), (good_id, good_state, _, _)] = rows.fetchall()
    assert (bad_id, bad_state, attempts) == (bad, "failed", 1)
    assert "slack_post row lacks a field" in error
    assert (good_id, good_state, posted) == (good, "done", [2])
