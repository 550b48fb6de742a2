"""Internal notes: a reply in a case's Slack thread, delivered as a signed ``message.channels``
event over HTTP, is kept on the case; bots' messages are not; edits and deletions follow;
nothing is mailed; `case N`, `privacy export` and `privacy erase` see the notes."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fakeslack import FakeSlack
from slack_signing import (
    APP_ID,
    BOT_ID,
    BOT_USER_ID,
    CHANNEL,
    TEAM_ID,
    SlackDesk,
    StoreOnItsThread,
    eventually,
    new_case,
    slack_desk,
)

from casework import notes
from casework.disclosure import build_export
from casework.erasure import erase, plan_for_person
from casework.person import find_person
from casework.store import CaseStore
from inquiry_desk import cli

_seq = iter(range(1, 1_000_000))


def message_event(event: dict[str, Any]) -> str:
    """A ``message`` event callback (JSON), as the Events API delivers ``message.channels``."""
    body = {
        "token": "verification-token-unused",
        "team_id": TEAM_ID,
        "api_app_id": APP_ID,
        "event": {"type": "message", "channel": CHANNEL, "channel_type": "channel", **event},
        "type": "event_callback",
        "event_id": f"Ev0NOTE{next(_seq):06d}",
        "event_time": int(time.time()),
        "authorizations": [
            {"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True,
             "is_enterprise_install": False}
        ],
    }  # fmt: skip
    return json.dumps(body, ensure_ascii=False)


def new_ts() -> str:
    return f"{int(time.time())}.{next(_seq):06d}"


async def write(desk: SlackDesk, **event: Any) -> dict[str, Any]:
    """Deliver one signed message event to the desk's HTTP endpoint; returns the event."""
    event.setdefault("ts", new_ts())
    event.setdefault("user", "U0STAFF01")
    status, _ = await desk.post(message_event(event))
    assert status == 200
    return event


async def posted_case(desk: SlackDesk, **kw: Any) -> tuple[int, str]:
    case = new_case(desk.store, **kw)
    await desk.drain()
    parent = desk.store.case(case.number).slack_ts
    assert parent is not None
    return case.id, parent


def mail_rows(store: CaseStore | StoreOnItsThread) -> int:
    """Outbox rows for the mail side (acknowledgements, replies): a note must queue none."""
    row = store.db.execute(
        "SELECT COUNT(*) FROM outbox WHERE kind NOT LIKE 'slack%' AND kind != 'intake'"
    ).fetchone()
    return int(row[0])


async def test_a_thread_reply_is_kept_once_as_a_note_and_never_mailed(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    async with slack_desk(fresh_store, fake) as desk:
        case_id, parent = await posted_case(desk)
        posts_before, mail_before = len(fake.calls_to("chat.postMessage")), mail_rows(desk.store)
        text = "本人確認書類を依頼済み <@U0STAFF02>"
        event = await write(desk, text=text, thread_ts=parent)
        kept = await eventually(lambda: desk.store.run(notes.case_notes, case_id))
        # Slack delivers the same message again (a retry): still one note, one event.
        await write(desk, **event)
        await write(desk, text="sentinel", thread_ts=parent)
        await eventually(lambda: len(desk.store.run(notes.case_notes, case_id)) == 2)
    note = kept[0]
    assert (note.user, note.text) == ("U0STAFF01", text)
    assert note.at == datetime.fromtimestamp(float(event["ts"]), UTC)
    assert mail_rows(fresh_store) == mail_before
    assert len(fake.calls_to("chat.postMessage")) == posts_before  # nothing said in Slack
    actions = [e.action for e in fresh_store.events(case_id)]
    assert actions.count("note added") == 2


async def test_bots_the_desk_itself_and_messages_outside_case_threads_are_not_notes(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    async with slack_desk(fresh_store, fake) as desk:
        case_id, parent = await posted_case(desk)
        # The desk's own message in the thread (Bolt drops the app's own events)...
        await write(desk, user=BOT_USER_ID, bot_id=BOT_ID, text="claimed", thread_ts=parent)
        # ...another app's bot message, and a bot_message subtype without a user...
        await write(desk, user="U0OTHERBOT", bot_id="B0OTHER", text="beep", thread_ts=parent)
        await write(desk, subtype="bot_message", bot_id="B0OTHER", text="x", thread_ts=parent)
        # ...a top-level channel message, a thread under something that is not a case,
        # a join notice in the thread.
        await write(desk, text="おはようございます")
        await write(desk, text="雑談", thread_ts="1700000000.000001")
        await write(desk, subtype="channel_join", text="joined", thread_ts=parent)
        # A note the desk recorded as its own post is not taken for staff's.
        own = new_ts()
        await desk.runner.call(
            lambda s: s.db.execute(
                "INSERT INTO slack_notes (channel, ts, case_id, kind) VALUES (?, ?, ?, 'reply')",
                [CHANNEL, own, case_id],
            )
        )
        await write(desk, ts=own, text="reply sent", thread_ts=parent)
        await write(desk, text="staff note", thread_ts=parent)
        kept = await eventually(lambda: desk.store.run(notes.case_notes, case_id))
        # A file shared in the thread is a note naming the file.
        files = [{"id": "F0001", "name": "本人確認書類.pdf"}]
        await write(desk, subtype="file_share", text="", files=files, thread_ts=parent)
        both = await eventually(lambda: desk.store.run(notes.case_notes, case_id)[1:])
    assert [n.text for n in kept] == ["staff note"]
    assert both[0].text == "📎 本人確認書類.pdf"


async def test_an_edit_in_slack_edits_the_note_and_a_deletion_deletes_it(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    async with slack_desk(fresh_store, fake) as desk:
        case_id, parent = await posted_case(desk)
        first = await write(desk, text="電話で確認します", thread_ts=parent)
        second = await write(desk, text="二つ目", thread_ts=parent)
        await eventually(lambda: len(desk.store.run(notes.case_notes, case_id)) == 2)
        edited = {**first, "text": "電話で確認しました", "edited": {"user": "U0STAFF01"}}
        await write(desk, subtype="message_changed", hidden=True, message=edited, ts=new_ts())
        await eventually(
            lambda: desk.store.run(notes.case_notes, case_id)[0].text == "電話で確認しました"
        )
        await write(desk, subtype="message_deleted", hidden=True, deleted_ts=second["ts"])
        kept = await eventually(
            lambda: (
                (found := desk.store.run(notes.case_notes, case_id)) and len(found) == 1 and found
            )
        )
    assert kept[0].edited_at is not None and kept[0].text == "電話で確認しました"
    actions = [e.action for e in fresh_store.events(case_id)]
    assert "note edited" in actions and "note deleted" in actions


async def test_case_n_shows_notes_and_privacy_export_and_erase_take_them(
    tmp_path: Path,
    file_store: CaseStore,
    fake: FakeSlack,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(cli.CONFIG_VARIABLE, raising=False)
    async with slack_desk(file_store, fake) as desk:
        case_id, parent = await posted_case(desk, sender="hanako@example.jp")
        await write(desk, text="折り返し電話済み\x1b[31m", thread_ts=parent)
        await eventually(lambda: desk.store.run(notes.case_notes, case_id))
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{tmp_path.as_posix()}"\n', encoding="utf-8")
    assert cli.main(["case", "1", "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "Notes (1" in out and "折り返し電話済み\\x1b[31m" in out and "\x1b" not in out
    assert cli.main(["case", "1", "--json", "--config", str(config)]) == 0
    [shown] = json.loads(capsys.readouterr().out)["notes"]
    assert (shown["user"], shown["text"]) == ("U0STAFF01", "折り返し電話済み\x1b[31m")

    now = datetime.now(UTC)
    document, _ = build_export(file_store, find_person(file_store.db, "hanako@example.jp"), now)
    [exported] = document["cases"][0]["notes"]
    assert exported["text"] == "折り返し電話済み\x1b[31m" and exported["staff"] == "U0STAFF01"

    plan = plan_for_person(file_store, "hanako@example.jp")
    counts, _ = erase(file_store, plan, now=now, actor="admin", action="erased at request")
    assert counts.notes == 1
    assert notes.case_notes(file_store, case_id) == []
    assert file_store.db.execute("SELECT COUNT(*) FROM case_notes").fetchone()[0] == 0
