"""`inquiry-desk outbox retry ID|--all-failed` and `outbox drop ID` against a running desk: a
relay refuses an acknowledgement for good, the administrator retries it once the relay is
mended (or drops it), and the case's event log says who did what."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from relay import RecordingRelay
from running_desk import Clock, RunningDesk, desk_settings, make_mail

from casework import outbox
from casework.models import AckState, Case
from casework.store import CaseStore
from inquiry_desk import cli


@pytest.fixture
async def relay() -> AsyncIterator[RecordingRelay]:
    async with RecordingRelay() as r:
        yield r


def failed_rows(store: CaseStore) -> list[dict[str, Any]]:
    return outbox.failed_rows(store.db)


def ack_state(number: int, state: AckState) -> Any:
    def check(store: CaseStore) -> Case | None:
        found = [c for c in store.cases() if c.number == number and c.ack_state is state]
        return found[0] if found else None

    return check


async def desk_with_failed_acks(
    tmp_path: Path, relay: RecordingRelay, senders: list[str]
) -> tuple[RunningDesk, Path]:
    # The clock starts at the real time, because `outbox retry` makes a row due at the real
    # time; so acknowledgements are sent in business hours too, or this would pass only while
    # the desk is closed in Tokyo.
    settings = desk_settings(
        tmp_path / "var",
        mail={"relay_url": f"smtp://127.0.0.1:{relay.port}"},
        acknowledgement={"in_hours": True},
    )
    config = tmp_path / "desk.toml"
    config.write_text(f'[desk]\ndata_dir = "{tmp_path / "var"}"\n', encoding="utf-8")
    return RunningDesk(settings, Clock(datetime.now(UTC))), config


async def command(config: Path, *argv: str) -> int:
    # In a thread, as an administrator's shell beside the running desk would be.
    return await asyncio.to_thread(cli.main, [*argv, "--config", str(config)])


async def send_refused(desk: RunningDesk, relay: RecordingRelay, senders: list[str]) -> None:
    relay.fail_next(550, count=len(senders), at="RCPT")  # 5xx: one attempt each, parked
    for n, sender in enumerate(senders, 1):
        await desk.send(make_mail(message_id=f"<m{n}@example.jp>"), mail_from=sender)
        await desk.wait_for(ack_state(n, AckState.FAILED), what=f"case {n} ack failed")


async def test_retry_sends_the_failed_acknowledgement_and_notes_it(
    tmp_path: Path, relay: RecordingRelay, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, config = await desk_with_failed_acks(tmp_path, relay, [])
    async with desk:
        await send_refused(desk, relay, ["taro@example.jp"])
        [row] = await desk.call(failed_rows)
        assert await command(config, "outbox", "retry", str(row["id"])) == 0
        case = await desk.wait_for(ack_state(1, AckState.SENT), what="ack sent on retry")
        events = await desk.call(CaseStore.events, case.id)
        assert await desk.call(failed_rows) == []
    assert len(relay.messages) == 1
    assert relay.messages[0].rcpt_tos == ["taro@example.jp"]
    noted = [e for e in events if e.action == "outbox row retried"]
    assert len(noted) == 1
    assert noted[0].actor.startswith("admin ")
    assert f"#{row['id']} acknowledge" in noted[0].detail
    assert "550" in noted[0].detail  # the error it had
    assert f"retried #{row['id']}" in capsys.readouterr().out


async def test_retry_all_failed_and_drop(
    tmp_path: Path, relay: RecordingRelay, capsys: pytest.CaptureFixture[str]
) -> None:
    senders = ["a@example.jp", "b@example.jp", "c@example.jp"]
    desk, config = await desk_with_failed_acks(tmp_path, relay, senders)
    async with desk:
        await send_refused(desk, relay, senders)
        rows = await desk.call(failed_rows)
        assert len(rows) == 3
        dropped = rows[0]["id"]  # newest first: case 3's
        assert await command(config, "outbox", "drop", str(dropped)) == 0
        assert await command(config, "outbox", "retry", "--all-failed") == 0
        await desk.wait_for(ack_state(1, AckState.SENT), what="case 1 sent")
        await desk.wait_for(ack_state(2, AckState.SENT), what="case 2 sent")
        await desk.settled()
        case3 = await desk.call(CaseStore.case, 3)
        events = await desk.call(CaseStore.events, case3.id)
        state = await desk.call(
            lambda st: st.db.execute(
                "SELECT state, last_error FROM outbox WHERE id = ?", [dropped]
            ).fetchone()
        )
        # Dropping a row that is done is refused, in one line, with status 1.
        capsys.readouterr()
        assert await command(config, "outbox", "drop", str(dropped)) == 1
        err = capsys.readouterr().err
    assert sorted(m.rcpt_tos[0] for m in relay.messages) == ["a@example.jp", "b@example.jp"]
    assert tuple(state) == ("done", outbox.DROPPED)
    assert case3.ack_state is AckState.FAILED
    assert any(e.action == "outbox row dropped" and f"#{dropped}" in e.detail for e in events)
    assert err.count("\n") == 1 and f"#{dropped} is done" in err


async def test_retry_of_a_row_that_does_not_exist_is_a_runtime_error(
    tmp_path: Path, relay: RecordingRelay, capsys: pytest.CaptureFixture[str]
) -> None:
    desk, config = await desk_with_failed_acks(tmp_path, relay, [])
    async with desk:
        pass
    assert await command(config, "outbox", "retry", "999") == 1
    assert "no outbox row #999" in capsys.readouterr().err
    assert await command(config, "outbox", "retry", "--all-failed") == 0
    assert "no failed rows" in capsys.readouterr().out
