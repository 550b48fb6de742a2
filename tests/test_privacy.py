"""Who a person is, suspension of use, retention and what an erase leaves, against the desk
running in the test's loop (real SMTP on loopback, real store and workers, the test's clock)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings, make_mail

from casework import erasure, privacy, retention
from casework.disclosure import build_export
from casework.models import AckState
from casework.person import address_key, find_person, header_addresses
from casework.store import CaseStore

HANAKO = "hanako@example.jp"


def test_an_address_matches_as_a_whole_case_insensitively_and_without_its_tag() -> None:
    assert address_key("Hanako+news@Example.JP") == HANAKO
    assert address_key("<HANAKO@example.jp>") == HANAKO
    assert address_key("xhanako@example.jp") != HANAKO
    assert address_key("hanako@example.jp.evil.test") != HANAKO
    assert address_key("<>") == "" and address_key("not an address") == ""


def test_from_reply_to_and_sender_count_and_a_display_name_does_not() -> None:
    raw = (
        b'From: "hanako@example.jp" <evil@example.com>\r\n'
        b"Reply-To: Taro <taro@example.jp>, Hanako+x@Example.JP\r\n"
        b"Sender: secretary@example.jp\r\n"
        b"To: hanako@example.jp\r\n\r\nbody mentions other@example.jp\r\n"
    )
    assert header_addresses(raw) == {
        "evil@example.com",
        "taro@example.jp",
        HANAKO,
        "secretary@example.jp",
    }


def test_a_malformed_header_still_names_its_addresses() -> None:
    raw = b"From: =?broken <hanako@example.jp> ((unclosed\r\n\r\nbody\r\n"
    assert HANAKO in header_addresses(raw)


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[RunningDesk]:
    settings = desk_settings(tmp_path / "var", privacy={"retention_days": 30})
    async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as running:
        yield running


async def send(desk: RunningDesk, envelope: str, mid: str, **kw: object) -> None:
    fields = {"sender": envelope, "message_id": mid, **kw}  # From: the envelope, unless given
    await desk.send(make_mail(**fields), mail_from=envelope)  # type: ignore[arg-type]


async def test_a_mail_that_names_them_only_in_reply_to_is_theirs_but_not_the_case(
    desk: RunningDesk,
) -> None:
    await send(desk, "Hanako+desk@example.jp", "<a@x>", subject="一件目", body="first zq1")
    await send(
        desk, "taro@example.jp", "<b@x>", subject="二件目", body="second zq2",
        headers={"Reply-To": "HANAKO@example.jp"},
    )  # fmt: skip
    await send(desk, "taro@example.jp", "<c@x>", subject="三件目", body="third zq3")
    await desk.wait_for(lambda st: st.count_cases() == 3, what="three cases")
    await desk.settled()

    def look(store: CaseStore) -> tuple[list[int], list[str], dict[str, object]]:
        person = find_person(store.db, "hanako@EXAMPLE.jp")
        bodies = [store.message(m).body for m in person.message_ids]
        document, _ = build_export(store, person, desk.clock())
        return [store.case_by_id(c).number for c in person.case_ids], bodies, document

    numbers, bodies, document = await desk.call(look)
    assert numbers == [1]  # the second case is Taro's, though one mail names Hanako
    assert any("second zq2" in b for b in bodies) and any("first zq1" in b for b in bodies)
    assert not any("third zq3" in b for b in bodies)
    assert len(document["acknowledgements"]) == 1  # type: ignore[arg-type]


async def test_suspension_stops_the_acknowledgement_and_resume_restarts_it(
    desk: RunningDesk,
) -> None:
    new, _ = await desk.call(privacy.suspend, "Hanako+x@example.jp", "admin", desk.clock())
    assert new
    await send(desk, HANAKO, "<s1@x>", subject="one")
    case = await desk.wait_for(lambda st: st.cases() and st.cases()[0], what="a case")
    await desk.settled()
    case = await desk.call(CaseStore.case_by_id, case.id)
    assert case.ack_state is AckState.SUPPRESSED
    assert case.ack_reason == privacy.SUSPENDED_REASON
    marks = await desk.call(privacy.case_marks, case.id)
    assert marks.suspended_since is not None
    assert await desk.call(privacy.resume, HANAKO, "admin", desk.clock())
    await send(desk, HANAKO, "<s2@x>", subject="two")
    await desk.wait_for(lambda st: st.count_cases() == 2, what="a second case")
    await desk.settled()
    second = (await desk.call(lambda st: st.cases()))[0]
    assert second.ack_state is AckState.SENT


async def test_retention_erases_on_the_next_daily_run_only_what_is_past_the_limit(
    desk: RunningDesk,
) -> None:
    await send(desk, HANAKO, "<r1@x>", subject="古い", body="old retword1")
    await send(desk, "taro@example.jp", "<r2@x>", subject="新しい", body="new retword2")
    await desk.wait_for(lambda st: st.count_cases() == 2, what="two cases")
    await desk.settled()
    start = desk.clock()
    await desk.call(CaseStore.transition, "resolve", 1, "U0STAFF", start)
    await desk.call(CaseStore.transition, "resolve", 2, "U0STAFF", start + timedelta(days=20))
    purge = desk.desk.retention
    assert purge is not None
    # Today's run (serve may have made it at start): nothing is old enough.
    assert await purge.run_due() in (None, 0)
    assert (await desk.call(CaseStore.case, 1)).subject == "古い"
    desk.clock.set(start + timedelta(days=31))
    assert await purge.run_due() == 1
    assert await purge.run_due() is None  # once a day
    old, new = await desk.call(CaseStore.case, 1), await desk.call(CaseStore.case, 2)
    assert (old.subject, old.customer_address, old.status.value) == ("", "", "resolved")
    assert new.subject == "新しい" and new.customer_address == "taro@example.jp"
    bodies = await desk.call(lambda st: [m.body for m in st.messages(old.id)])
    assert bodies and all("retword1" not in b for b in bodies)
    kept = await desk.call(lambda st: [m.body for m in st.messages(new.id)])
    assert any("retword2" in b for b in kept)
    desk.clock.set(start + timedelta(days=52))
    assert await purge.run_due() == 1  # the next day's run takes the second one


async def test_a_claimed_case_refuses_and_json_escaped_copies_are_erased(
    desk: RunningDesk,
) -> None:
    await send(desk, HANAKO, "<e1@x>", sender="山田花子 <hanako@example.jp>", subject="件名")
    await desk.wait_for(lambda st: st.count_cases() == 1, what="a case")
    await desk.settled()
    await desk.call(CaseStore.transition, "claim", 1, "U0STAFF", desk.clock())

    def try_erase(store: CaseStore) -> tuple[str | None, int]:
        plan = erasure.plan_for_person(store, HANAKO)
        return erasure.refusal(store, plan), len(plan.message_ids)

    refused, mails = await desk.call(try_erase)
    assert refused is not None and "claimed" in refused and mails == 2  # the mail, its ack

    def erase_now(store: CaseStore) -> list[str]:
        plan = erasure.plan_for_person(store, HANAKO)
        erasure.erase(store, plan, now=desk.clock(), actor="admin", action="erase")
        erasure.settle_files(store.db)
        rows = store.db.execute("SELECT payload || last_error FROM outbox").fetchall()
        events = store.db.execute("SELECT detail FROM events").fetchall()
        return [str(r[0]) for r in rows + events]

    texts = await desk.call(erase_now)
    escaped = json.dumps("山田花子").strip('"')
    assert not [t for t in texts if "hanako" in t.lower() or escaped in t or "山田" in t]
    assert (await desk.call(lambda st: st.ack_mark(HANAKO))) is None


async def test_expired_cases_are_listed_without_erasing_on_a_dry_run(desk: RunningDesk) -> None:
    await send(desk, HANAKO, "<d1@x>")
    await desk.wait_for(lambda st: st.count_cases() == 1, what="a case")
    start = desk.clock()
    await desk.call(CaseStore.transition, "resolve", 1, "U0STAFF", start)
    later = start + timedelta(days=45)
    expired = await desk.call(retention.expired_cases, later, 30)
    assert [e.number for e in expired] == [1]
    assert (await desk.call(CaseStore.case, 1)).customer_address == HANAKO


def test_a_database_older_than_secure_delete_is_vacuumed_at_its_first_erase_only(
    tmp_path: Path,
) -> None:
    from casework.db import open_database

    store = CaseStore(open_database(tmp_path / "desk.sqlite3"))
    # As the privacy migration marks a database that already held mail.
    store.db.execute("INSERT INTO privacy_state (name, value) VALUES ('vacuum_needed', '1')")
    assert erasure.settle_files(store.db) == erasure.Settled(vacuumed=True, wal_truncated=True)
    assert erasure.settle_files(store.db) == erasure.Settled(vacuumed=False, wal_truncated=True)
    wal = tmp_path / "desk.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    assert store.db.execute("PRAGMA secure_delete").fetchone() == (1,)
    store.db.conn.close()


async def test_someone_elses_mail_on_their_case_is_erased_with_it_but_not_disclosed(
    desk: RunningDesk,
) -> None:
    await send(desk, HANAKO, "<w1@x>", subject="相談", body="hanako writes zq7")
    await desk.wait_for(lambda st: st.count_cases() == 1, what="a case")
    await send(
        desk, "taro@example.jp", "<w2@x>", subject="Re: 相談", body="taro writes zq8",
        headers={"In-Reply-To": "<w1@x>"},
    )  # fmt: skip
    await desk.wait_for(lambda st: st.case(1).followups == 1, what="the follow-up")
    await desk.settled()

    def export(store: CaseStore) -> str:
        document, _ = build_export(store, find_person(store.db, HANAKO), desk.clock())
        assert document["withheld_mail_from_other_addresses"] == 1
        return json.dumps(document, ensure_ascii=False)

    text = await desk.call(export)
    assert "hanako writes zq7" in text and "zq8" not in text

    def erase_now(store: CaseStore) -> list[str]:
        plan = erasure.plan_for_person(store, HANAKO)
        erasure.erase(store, plan, now=desk.clock(), actor="admin", action="erase")
        return [m.body for m in store.messages(store.case(1).id)]

    assert await desk.call(erase_now) == ["", "", ""]  # both mails and the acknowledgement


def test_a_database_that_held_mail_before_the_privacy_tables_is_marked_for_one_vacuum(
    tmp_path: Path,
) -> None:
    import sqlite3

    import sqlite_utils

    from casework import migrations
    from casework.db import open_database

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    old = sqlite_utils.Database(conn)
    before = migrations.MIGRATIONS.index(migrations._v5_privacy)
    for number, step in enumerate(migrations.MIGRATIONS[:before], start=1):
        step(old)
        old.execute(f"PRAGMA user_version = {number}")
    old.execute(
        "INSERT INTO messages (direction, received_at, mail_from, rcpt_tos, raw, raw_size,"
        " dedup_key) VALUES ('in', '2026-01-01T00:00:00.000000Z', 'a@example.jp', '[]',"
        " x'00', 1, 'k')"
    )
    conn.close()
    db = open_database(path)
    assert db.execute("SELECT value FROM privacy_state WHERE name = 'vacuum_needed'").fetchone()
    db.conn.close()
    fresh = open_database(tmp_path / "new.sqlite3")
    assert fresh.execute("SELECT COUNT(*) FROM privacy_state").fetchone() == (0,)
    fresh.conn.close()
