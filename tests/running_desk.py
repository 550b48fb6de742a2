"""The whole desk in the test's own event loop: the real listener on a loopback port, the real
store on disk, the real workers, and whatever relay or Slack URL the test gives it.

Only the clock is the test's: time is an input to the desk, so a test can receive
mail "on a Saturday night" without waiting for one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import aiosmtplib
from relay import RecordingRelay

from casework.models import AckState, Case
from casework.settings import (
    AcknowledgementSettings,
    DeskSettings,
    HttpSettings,
    ListenerSettings,
    MailSettings,
    OutboxSettings,
    Settings,
    SlackSettings,
)
from casework.store import CaseStore
from inquiry_desk.serve import Desk

T = TypeVar("T")

# Saturday 28 November 2026, 23:05 in Tokyo: out of hours.
SATURDAY_NIGHT = datetime(2026, 11, 28, 14, 5, tzinfo=UTC)
# Wednesday 25 November 2026, 10:30 in Tokyo: in business hours.
WEDNESDAY_MORNING = datetime(2026, 11, 25, 1, 30, tzinfo=UTC)


class Clock:
    """A clock the test moves; it advances with real time so that outbox delays elapse."""

    def __init__(self, start: datetime) -> None:
        self.start = start
        self.base = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self.base)

    def set(self, moment: datetime) -> None:
        self.start, self.base = moment, time.monotonic()


def desk_settings(data_dir: Path, **sections: dict[str, Any]) -> Settings:
    """Settings for a test desk: port 0, quick outbox retries, and the given overrides."""
    parts: dict[str, Any] = {
        "desk": DeskSettings(data_dir=data_dir),
        "listener": ListenerSettings(port=0),
        # Mail is read in a thread here: a process of its own per test desk would cost a
        # start-up each; tests/test_throughput.py runs the desk with its triage process.
        "outbox": OutboxSettings(
            base_delay=0.05, max_delay=0.3, max_attempts=5, triage_processes=0
        ),
        "acknowledgement": AcknowledgementSettings(),
        "mail": MailSettings(),
        "slack": SlackSettings(),
        "http": HttpSettings(),
    }
    for name, values in sections.items():
        base = parts.get(name) or getattr(Settings(), name)  # a section left at its defaults
        parts[name] = dataclasses.replace(base, **values)
    return Settings(**parts)


def desk_with_relay(
    tmp_path: Path, relay: RecordingRelay, clock: Clock, **sections: dict[str, Any]
) -> RunningDesk:
    """A test desk under `tmp_path` whose outgoing mail goes to `relay`."""
    mail = {"relay_url": f"smtp://127.0.0.1:{relay.port}"}
    mail.update(sections.pop("mail", {}))
    settings = desk_settings(tmp_path / "var", mail=mail, **sections)
    return RunningDesk(settings, clock)


class RunningDesk:
    def __init__(self, settings: Settings, clock: Clock) -> None:
        self.settings = settings
        self.clock = clock
        self.desk = Desk(settings, clock=clock)

    async def __aenter__(self) -> RunningDesk:
        await self.desk.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.desk.stop()

    @property
    def port(self) -> int:
        assert self.desk.server is not None
        return int(self.desk.server.sockets[0].getsockname()[1])

    async def send(
        self, raw: bytes, *, mail_from: str, to: tuple[str, ...] = ("info@planetmgmt.biz",)
    ) -> None:
        """Deliver over SMTP on loopback, as an MTA would ("" is the null sender <>)."""
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=self.port) as smtp:
            await smtp.mail(mail_from)
            for rcpt in to:
                await smtp.rcpt(rcpt)
            await smtp.data(raw)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        return await self.desk.runner.call(fn, *args)

    async def wait_for(
        self, check: Callable[[CaseStore], T], timeout: float = 10.0, what: str = ""
    ) -> T:
        """Wait until `check(store)` returns something true; return it."""
        deadline = time.monotonic() + timeout
        while True:
            result = await self.call(check)
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what or check}")
            await asyncio.sleep(0.02)

    async def settled(self, timeout: float = 10.0) -> None:
        """Wait until the outbox has nothing left to do (done or failed rows only). Without
        Slack, Slack's rows wait for it by design and do not count."""
        slack = self.settings.slack.enabled
        await self.wait_for(lambda st: _outbox_idle(st, slack), timeout, "the outbox to empty")


def case_settled(number: int) -> Callable[[CaseStore], Case | None]:
    """A check for `wait_for`: case `number` once intake has decided its acknowledgement."""

    def check(store: CaseStore) -> Case | None:
        row = store.db.execute("SELECT ack_state FROM cases WHERE number = ?", [number]).fetchone()
        if row is None or row[0] == AckState.PENDING.value:
            return None
        return store.case(number)

    return check


def _outbox_idle(store: CaseStore, slack: bool) -> bool:
    row = store.db.execute(
        "SELECT COUNT(*) FROM outbox WHERE state NOT IN ('done', 'failed')"
        + ("" if slack else " AND kind NOT LIKE 'slack%'")
    ).fetchone()
    return int(row[0]) == 0


def make_mail(
    *,
    sender: str = "Taro Yamada <taro@example.jp>",
    to: str = "info@planetmgmt.biz",
    subject: str = "個人情報の開示について",
    body: str = "お世話になっております。\r\n私の個人情報の開示をお願いしたいのですが、"
    "手続きを教えてください。",
    headers: dict[str, str] | None = None,
    message_id: str = "<m1@example.jp>",
) -> bytes:
    """A plain UTF-8 mail; `headers` are written exactly as given (names keep their case)."""
    from email.header import Header

    lines = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {Header(subject, 'utf-8').encode()}",
        "Date: Sat, 28 Nov 2026 23:04:00 +0900",
        f"Message-ID: {message_id}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode("utf-8")
