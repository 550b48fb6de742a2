"""The case store: durable intake, duplicates, threading, status changes, the ack window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from casework import slackposts
from casework.errors import CaseNotFound, TransitionRejected
from casework.models import CaseStatus, ParsedMail
from casework.store import CaseStore, Received, open_database

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def received(
    raw: bytes = b"Subject: hi\r\n\r\nbody\r\n", sender: str = "c@example.com", at: datetime = NOW
) -> Received:
    return Received(raw, sender, ("info@planetmgmt.biz",), "127.0.0.1", False, at)


def parsed(**overrides: object) -> ParsedMail:
    fields: dict[str, object] = dict(
        message_id="<m1@example.com>",
        message_id_generated=False,
        in_reply_to=(),
        references=(),
        from_address="c@example.com",
        from_name="Customer",
        subject="hi",
        date=None,
        body="body",
        body_for_matching="body",
        body_source="plain",
    )
    fields.update(overrides)
    return ParsedMail(**fields)  # type: ignore[arg-type]


def open_case(store: CaseStore, mail: ParsedMail | None = None, item: Received | None = None):
    item = item or received()
    [outcome] = store.store_received([item], duplicate_window=DAY)
    with store.transaction():
        case = store.open_case(item, mail or parsed(), language="en", now=NOW)
        store.record_parsed(outcome.message_id, mail or parsed(), case.id)
    return case


def test_received_mail_is_stored_byte_for_byte_with_an_intake_row(fresh_store: CaseStore) -> None:
    raw = b"Subject: =?utf-8?b?5pel5pys?=\r\n\r\n\xe6\x97\xa5\xe6\x9c\xac\r\n.. dot\r\n"
    [outcome] = fresh_store.store_received([received(raw)], duplicate_window=DAY)
    assert not outcome.duplicate
    assert fresh_store.received(outcome.message_id).raw == raw
    kinds = fresh_store.db.execute("SELECT kind, state, payload FROM outbox").fetchall()
    assert kinds == [("intake", "pending", f'{{"message": {outcome.message_id}}}')]


def test_same_bytes_and_envelope_within_a_day_is_a_duplicate(fresh_store: CaseStore) -> None:
    [first] = fresh_store.store_received([received()], duplicate_window=DAY)
    [again] = fresh_store.store_received(
        [received(at=NOW + timedelta(hours=23))], duplicate_window=DAY
    )
    assert again.duplicate and again.message_id == first.message_id
    [other_sender] = fresh_store.store_received(
        [received(sender="d@example.com")], duplicate_window=DAY
    )
    [next_day] = fresh_store.store_received([received(at=NOW + 2 * DAY)], duplicate_window=DAY)
    assert not other_sender.duplicate and not next_day.duplicate
    assert fresh_store.db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 3


def test_cases_get_sequential_numbers_and_tags(fresh_store: CaseStore) -> None:
    first = open_case(fresh_store)
    second = open_case(fresh_store, item=received(b"Subject: two\r\n\r\nx\r\n"))
    assert (first.number, second.number) == (1, 2)
    assert second.tag == "[PMC-000002]"
    assert fresh_store.case(2).status is CaseStatus.OPEN


def test_a_reply_naming_our_message_joins_its_case(fresh_store: CaseStore) -> None:
    case = open_case(fresh_store)
    reply = parsed(message_id="<m2@example.com>", in_reply_to=("<m1@example.com>",))
    assert fresh_store.find_case_for(reply) == fresh_store.case_by_id(case.id)
    unrelated = parsed(message_id="<m3@example.com>", references=("<zz@example.com>",))
    assert fresh_store.find_case_for(unrelated) is None


def test_the_case_tag_in_a_subject_joins_that_case(fresh_store: CaseStore) -> None:
    case = open_case(fresh_store)
    follow = parsed(message_id="<x@y>", subject=f"Re: question {case.tag}")
    found = fresh_store.find_case_for(follow)
    assert found is not None and found.number == case.number
    assert fresh_store.find_case_for(parsed(subject="[PMC-000999] nothing")) is None


def test_a_follow_up_reopens_a_resolved_case(fresh_store: CaseStore) -> None:
    case = open_case(fresh_store)
    fresh_store.transition("resolve", case.number, "U1", NOW)
    with fresh_store.transaction():
        after = fresh_store.record_followup(fresh_store.case(case.number), received(), NOW)
    assert after.status is CaseStatus.OPEN and after.followups == 1
    assert [e.action for e in fresh_store.events(case.id)][-2:] == ["follow-up", "reopened"]


def test_claim_is_compare_and_set(fresh_store: CaseStore) -> None:
    case = open_case(fresh_store)
    claimed = fresh_store.transition("claim", case.number, "U1", NOW)
    assert claimed.status is CaseStatus.CLAIMED and claimed.assignee == "U1"
    with pytest.raises(TransitionRejected) as lost:
        fresh_store.transition("claim", case.number, "U2", NOW)
    assert lost.value.assignee == "U1" and lost.value.current_status == "claimed"
    assert fresh_store.case(case.number).assignee == "U1"


@pytest.mark.parametrize(
    ("steps", "status", "assignee"),
    [
        (["claim", "unclaim"], CaseStatus.OPEN, None),
        (["claim", "resolve"], CaseStatus.RESOLVED, "U1"),
        (["resolve"], CaseStatus.RESOLVED, "U1"),
        (["resolve", "reopen"], CaseStatus.OPEN, None),
    ],
)
def test_transitions(
    fresh_store: CaseStore, steps: list[str], status: CaseStatus, assignee: str | None
) -> None:
    case = open_case(fresh_store)
    for step in steps:
        fresh_store.transition(step, case.number, "U1", NOW)
    after = fresh_store.case(case.number)
    assert (after.status, after.assignee) == (status, assignee)
    updates = fresh_store.db.execute(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'slack_update'"
    ).fetchone()[0]
    assert updates == len(steps)


@pytest.mark.parametrize(
    ("steps", "bad"),
    [([], "reopen"), ([], "unclaim"), (["resolve"], "claim"), (["resolve"], "resolve")],
)
def test_transitions_that_do_not_apply_are_rejected(
    fresh_store: CaseStore, steps: list[str], bad: str
) -> None:
    case = open_case(fresh_store)
    for step in steps:
        fresh_store.transition(step, case.number, "U1", NOW)
    before = fresh_store.case(case.number)
    with pytest.raises(TransitionRejected):
        fresh_store.transition(bad, case.number, "U2", NOW)
    assert fresh_store.case(case.number).status is before.status


def test_unknown_case_number(fresh_store: CaseStore) -> None:
    with pytest.raises(CaseNotFound):
        fresh_store.transition("claim", 42, "U1", NOW)


def test_ack_window_reserves_once_and_marks_only_when_sent(fresh_store: CaseStore) -> None:
    assert fresh_store.reserve_ack("c@example.com", 1, NOW)
    assert not fresh_store.reserve_ack("c@example.com", 2, NOW)  # one on its way
    mark = fresh_store.ack_mark("c@example.com")
    assert mark is not None and mark["state"] == "reserved" and mark["sent_at"] is None
    fresh_store.mark_ack_sent("c@example.com", NOW, timedelta(days=7))
    assert not fresh_store.reserve_ack("c@example.com", 3, NOW + timedelta(days=6))
    assert fresh_store.reserve_ack("c@example.com", 4, NOW + timedelta(days=8))


def test_a_released_reservation_frees_the_sender(fresh_store: CaseStore) -> None:
    assert fresh_store.reserve_ack("c@example.com", 1, NOW)
    fresh_store.release_ack("c@example.com")
    assert fresh_store.ack_mark("c@example.com") is None
    assert fresh_store.reserve_ack("c@example.com", 2, NOW)


def test_the_database_survives_reopening(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from casework.store import open_database

    path = tmp_path / "desk.sqlite3"
    store = CaseStore(open_database(path))
    [outcome] = store.store_received([received()], duplicate_window=DAY)
    store.db.conn.close()
    again = CaseStore(open_database(path))
    assert again.received(outcome.message_id).raw == received().raw
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert again.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def _slack_rows(store: CaseStore) -> list[tuple[str, int]]:
    rows = store.db.execute(
        "SELECT kind, case_id FROM outbox WHERE kind LIKE 'slack_%' ORDER BY id"
    ).fetchall()
    return [(kind, case_id) for kind, case_id in rows]


def test_mail_only_queues_no_slack_work_and_catches_up_when_slack_comes() -> None:
    """With no Slack configured, nothing waits for it; once configured, the open cases that
    never reached the channel are queued oldest first, and a resolved one is not."""
    mail_only = CaseStore(open_database(None), slack=False)
    first, second, third = (open_case(mail_only, parsed(message_id=f"<{n}@x>")) for n in "abc")
    mail_only.transition("resolve", second.number, "U1", NOW)
    assert _slack_rows(mail_only) == []

    with_slack = CaseStore(mail_only.db, slack=True)
    assert slackposts.queue_unposted(with_slack, NOW) == 2
    assert _slack_rows(with_slack) == [("slack_post", first.id), ("slack_post", third.id)]
    # A second start queues nothing more: the rows are still waiting.
    assert slackposts.queue_unposted(with_slack, NOW) == 0
    slackposts.set_post(with_slack, first.id, "C1", "1.1")
    with_slack.db.execute("UPDATE outbox SET state = 'failed'")
    # The third's post was parked: it is queued again.
    assert slackposts.queue_unposted(with_slack, NOW) == 1
