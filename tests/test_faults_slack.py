"""Faults with Slack in the loop, against the desk started as a subprocess: SIGKILL in
the middle of a stream of mail while cases go to Slack and acknowledgements to the relay, and
Slack failing (5xx, 429 with Retry-After, a call that times out) and then healthy.

The crash run and its verdicts are shared with bench/crash_recovery.py, its full-size version.
"""

from __future__ import annotations

import asyncio
import contextvars
import itertools
import json
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from desk_process import DeskProcess, free_port
from fakeslack import FakeSlack
from relay import RecordingRelay
from test_durability import sender
from test_faults import send

CHANNEL = "C0CASES"
SECRET = "faults-signing-secret"
MAIL_WORKERS = 4  # [outbox] workers: how many acknowledgements can be on their way at once
TAG = re.compile(r"\[PMC-\d{6}\]")
STREAM_ID = re.compile(rb"<stream-(\d+)@example\.com>")


def slack_env(fake: FakeSlack) -> dict[str, str]:
    return {
        "SLACK_BOT_TOKEN": fake.bot_token,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.url,
    }


async def start(desk: DeskProcess) -> DeskProcess:
    """Start the desk without blocking this loop: at start-up it calls the fake Slack, which
    is served by this very loop."""
    desk.start(wait=False)
    await asyncio.to_thread(desk.wait_listening)
    return desk


async def until(predicate: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        await asyncio.sleep(0.05)


async def drained(desk: DeskProcess, timeout: float) -> None:
    """Wait until the outbox has nothing waiting or running."""
    sql = "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'running')"
    deadline = time.monotonic() + timeout
    while (left := (await asyncio.to_thread(desk.query, sql))[0][0]) > 0:
        if time.monotonic() > deadline:
            raise AssertionError(f"the outbox still has {left} rows to do after {timeout:.0f} s")
        await asyncio.sleep(0.2)


# --- SIGKILL mid-stream, with Slack and the relay -----------------------------------------------


@dataclass(frozen=True)
class CaseRow:
    id: int
    tag: str
    customer: str
    slack_ts: str | None
    ack_state: str


@dataclass
class CrashRun:
    """What a crash-and-recover run left behind, read once the restarted desk had drained."""

    messages: int
    first_run: set[int]  # stream numbers the killed desk answered 250
    resent: list[int]  # numbers sent again to the restarted desk (no 250 seen before the kill)
    resend_ok: set[int]  # of those, the ones answered 250
    message_cases: dict[int, list[int | None]]  # stream number -> case of each stored copy
    cases: list[CaseRow]
    posts: dict[str, list[str]]  # case tag -> ts of each top-level channel message carrying it
    stray_posts: int  # top-level channel messages carrying no case tag
    relay_ids: dict[str, list[str]]  # recipient -> Message-ID of each mail the relay took
    recorded_ids: dict[int, list[str]]  # case id -> Message-IDs of acknowledgements recorded
    rerun_ack_cases: set[int]  # cases whose acknowledge row was claimed more than once
    outbox_left: dict[str, int]  # state -> outbox rows not done
    seconds: dict[str, float] = field(default_factory=dict)


def _join(threads: Iterable[threading.Thread]) -> None:
    for thread in threads:
        thread.join(120)


def _kill_at(
    desk: DeskProcess,
    count: int,
    accepted: list[int],
    threads: list[threading.Thread],
    stop: threading.Event,
) -> None:
    """SIGKILL the desk once `count` mails got their 250, then stop the senders."""
    while len(accepted) < count and any(t.is_alive() for t in threads):
        time.sleep(0.002)
    desk.kill()
    stop.set()
    _join(threads)


def _senders(
    port: int, numbers: list[int], connections: int, accepted: list[int], stop: threading.Event
) -> list[threading.Thread]:
    """Send `numbers` over `connections` SMTP sessions, as an MTA would: a number goes into
    `accepted` only after its 250."""
    threads = [
        threading.Thread(target=sender, args=(port, numbers[i::connections], accepted, stop))
        for i in range(connections)
    ]
    for thread in threads:
        thread.start()
    return threads


async def crash_and_recover(
    workdir: Path,
    messages: int,
    kill_after: int,
    *,
    connections: int = 4,
    drain_timeout: float = 600.0,
) -> CrashRun:
    """Stream `messages` mails from distinct senders, SIGKILL the desk after `kill_after` 250s,
    restart it on the same data directory, resend what got no 250 and wait for the outbox."""
    seconds: dict[str, float] = {}
    async with RecordingRelay() as relay, FakeSlack() as fake:
        sections: dict[str, dict[str, Any]] = {
            "acknowledgement": {"in_hours": True},
            "mail": {"relay_url": f"smtp://127.0.0.1:{relay.port}"},
            "outbox": {"base_delay": 0.2, "max_delay": 1.0, "workers": MAIL_WORKERS},
            "slack": {"channel": CHANNEL, "post_interval": 0.0, "http_port": free_port()},
        }
        desk = DeskProcess(workdir, sections, slack_env(fake))
        await start(desk)
        try:
            began = time.monotonic()
            accepted: list[int] = []
            stop = threading.Event()
            threads = _senders(desk.port, list(range(messages)), connections, accepted, stop)
            await asyncio.to_thread(_kill_at, desk, kill_after, accepted, threads, stop)
            first_run = set(accepted)  # every 250 the killed desk gave, late readers included
            seconds["until the kill"] = time.monotonic() - began

            restarted = time.monotonic()
            await start(desk)  # same data directory, same ports, a new process
            resent = sorted(set(range(messages)) - first_run)
            again: list[int] = []
            threads = _senders(desk.port, resent, connections, again, threading.Event())
            await asyncio.to_thread(_join, threads)
            await drained(desk, drain_timeout)
            seconds["restart to drained"] = time.monotonic() - restarted
        finally:
            await asyncio.to_thread(desk.stop)
        return _read_run(desk, fake, relay, messages, first_run, resent, set(again), seconds)


def _read_run(
    desk: DeskProcess,
    fake: FakeSlack,
    relay: RecordingRelay,
    messages: int,
    first_run: set[int],
    resent: list[int],
    resend_ok: set[int],
    seconds: dict[str, float],
) -> CrashRun:
    message_cases: dict[int, list[int | None]] = defaultdict(list)
    for raw, case_id in desk.query("SELECT raw, case_id FROM messages WHERE direction = 'in'"):
        found = STREAM_ID.search(raw)
        message_cases[int(found.group(1)) if found else -1].append(case_id)
    cases = [
        CaseRow(i, f"[PMC-{number:06d}]", address.lower(), slack_ts, ack_state)
        for i, number, address, slack_ts, ack_state in desk.query(
            "SELECT id, number, customer_address, slack_ts, ack_state FROM cases ORDER BY id"
        )
    ]
    posts: dict[str, list[str]] = defaultdict(list)
    stray = 0
    for msg in fake.channel_messages(CHANNEL):
        tags = TAG.findall(msg.text)
        if tags:
            posts[tags[0]].append(msg.ts)
        else:
            stray += 1
    relay_ids: dict[str, list[str]] = defaultdict(list)
    for transaction in relay.messages:
        for recipient in transaction.rcpt_tos:
            relay_ids[recipient.lower()].append(str(transaction.message["Message-ID"]))
    recorded: dict[int, list[str]] = defaultdict(list)
    for case_id, message_id in desk.query(
        "SELECT case_id, message_id FROM messages"
        " WHERE direction = 'out' AND kind = 'acknowledgement'"
    ):
        recorded[case_id].append(message_id)
    rerun = desk.query("SELECT case_id FROM outbox WHERE kind = 'acknowledge' AND attempts >= 2")
    left = desk.query("SELECT state, COUNT(*) FROM outbox WHERE state != 'done' GROUP BY state")
    return CrashRun(
        messages, first_run, resent, resend_ok, dict(message_cases), cases, dict(posts), stray,
        dict(relay_ids), dict(recorded), {r[0] for r in rerun}, dict(left), seconds,
    )  # fmt: skip


@dataclass(frozen=True)
class Verdict:
    name: str
    ok: bool
    detail: str


def _stored_once(run: CrashRun) -> Verdict:
    confirmed = run.first_run | run.resend_ok
    copies = {n: run.message_cases.get(n, []) for n in confirmed}
    missing = sum(1 for c in copies.values() if not c or None in c)
    twice = sum(len(c) - 1 for c in copies.values() if c)
    distinct = {c[0] for c in copies.values() if len(c) == 1}
    ok = not missing and not twice and len(distinct) == len(confirmed) == len(run.cases)
    return Verdict(
        "every 250 is in exactly one case",
        ok,
        f"{len(run.cases)} cases for {len(confirmed)} messages answered 250;"
        f" {missing} without a case, {twice} stored twice",
    )


def _on_slack(run: CrashRun) -> list[Verdict]:
    absent = [c for c in run.cases if c.slack_ts not in run.posts.get(c.tag, [])]
    unknown = set(run.posts) - {c.tag for c in run.cases}
    duplicates = sum(len(ts) - 1 for ts in run.posts.values())
    return [
        Verdict(
            "every case is on Slack, its ts recorded",
            not absent and not unknown and not run.stray_posts,
            f"{len(run.cases) - len(absent)} of {len(run.cases)} cases posted and recorded;"
            f" {len(unknown) + run.stray_posts} posts of no case",
        ),
        # One post can be in flight when the desk dies: Slack has it, the store has no ts yet.
        Verdict(
            "at most one duplicate Slack post",
            duplicates <= 1,
            f"{duplicates} duplicate posts",
        ),
    ]


RESENT_AFTER_RECORD = "no acknowledgement is sent again once recorded"


def _acknowledged(run: CrashRun) -> list[Verdict]:
    unsent = [c for c in run.cases if c.ack_state != "sent"]
    unrecorded = [c for c in run.cases if not run.recorded_ids.get(c.id)]
    unreached = [c for c in run.cases if not run.relay_ids.get(c.customer)]
    strangers = set(run.relay_ids) - {c.customer for c in run.cases}
    recorded_twice = [c for c in run.cases if len(run.recorded_ids.get(c.id, [])) > 1]
    copies = sum(len(ids) for ids in run.relay_ids.values())
    extra = {c.id: len(run.relay_ids.get(c.customer, [])) - 1 for c in run.cases}
    not_rerun = {case_id for case_id, n in extra.items() if n > 0} - run.rerun_ack_cases
    # Every copy a customer got carries the one Message-ID the desk recorded for the case.
    differing = [
        c
        for c in run.cases
        if set(run.relay_ids.get(c.customer, [])) != set(run.recorded_ids.get(c.id, []))
    ]
    return [
        Verdict(
            "every customer got an acknowledgement, and it is recorded",
            not unsent and not unrecorded and not unreached and not strangers,
            f"{len(run.cases) - len(unsent)} of {len(run.cases)} cases acknowledged,"
            f" {len(run.relay_ids)} customers reached, {len(unrecorded)} not recorded,"
            f" {len(strangers)} mails to strangers",
        ),
        # A kill between the relay's 250 and the commit that records it sends that mail again:
        # the same mail, its Message-ID fixed at intake, so the customer's client shows one.
        Verdict(
            "duplicate acknowledgements are copies of mail in flight at the kill",
            not differing and not not_rerun and sum(extra.values()) <= MAIL_WORKERS,
            f"{copies} sent for {len(run.cases)} cases: {sum(extra.values())} duplicates"
            f" (at most {MAIL_WORKERS}), {len(differing)} with another Message-ID,"
            f" {len(not_rerun)} not from a row re-run after the kill",
        ),
        # Once the send is recorded, a re-run of its row has nothing left to do.
        Verdict(
            RESENT_AFTER_RECORD,
            not recorded_twice,
            f"{len(recorded_twice)} acknowledgements sent and recorded again by a re-run row",
        ),
    ]


def verdicts(run: CrashRun) -> list[Verdict]:
    """The properties a crash must keep, each with its figures."""
    confirmed = run.first_run | run.resend_ok
    left = ", ".join(f"{n} {state}" for state, n in sorted(run.outbox_left.items())) or "none"
    return [
        Verdict(
            "every message got a 250",
            len(confirmed) == run.messages,
            f"{len(run.first_run)} before the kill, {len(run.resend_ok)} of"
            f" {len(run.resent)} resent after the restart",
        ),
        _stored_once(run),
        Verdict("the outbox drained, nothing parked", not run.outbox_left, f"rows left: {left}"),
        *_on_slack(run),
        *_acknowledged(run),
    ]


def _clean_run() -> CrashRun:
    """Three mails, the middle one resent after the kill, everything as it should be."""
    cases = [CaseRow(n + 1, f"[PMC-{n + 1:06d}]", f"c{n}@x.jp", f"1.{n}", "sent") for n in range(3)]
    return CrashRun(
        messages=3, first_run={0, 2}, resent=[1], resend_ok={1},
        message_cases={0: [1], 1: [2], 2: [3]}, cases=cases,
        posts={c.tag: [c.slack_ts or ""] for c in cases}, stray_posts=0,
        relay_ids={c.customer: [f"<a{c.id}@p>"] for c in cases},
        recorded_ids={c.id: [f"<a{c.id}@p>"] for c in cases},
        rerun_ack_cases=set(), outbox_left={},
    )  # fmt: skip


def test_the_crash_verdicts_catch_each_fault() -> None:
    assert all(v.ok for v in verdicts(_clean_run()))

    def failing(run: CrashRun) -> set[str]:
        return {v.name for v in verdicts(run) if not v.ok}

    run = _clean_run()
    run.resend_ok = set()
    assert failing(run) >= {"every message got a 250"}
    run = _clean_run()
    run.message_cases[1] = [2, 4]  # stored twice
    assert failing(run) == {"every 250 is in exactly one case"}
    run = _clean_run()
    run.posts["[PMC-000002]"] = ["9.9", "9.8"]  # posted twice, the recorded ts in neither
    assert failing(run) == {"every case is on Slack, its ts recorded"}
    run.posts["[PMC-000002]"] = ["1.1", "9.8"]
    assert failing(run) == set()  # one duplicate post is allowed
    run.posts["[PMC-000003]"] = ["1.2", "9.7"]
    assert failing(run) == {"at most one duplicate Slack post"}
    run = _clean_run()
    run.relay_ids["c1@x.jp"].append("<a2@p>")  # a copy not from a re-run row
    assert failing(run) == {"duplicate acknowledgements are copies of mail in flight at the kill"}
    run.rerun_ack_cases = {2}
    assert failing(run) == set()
    run.relay_ids["c1@x.jp"].append("<other@p>")  # a second, different mail
    assert failing(run) == {"duplicate acknowledgements are copies of mail in flight at the kill"}
    run = _clean_run()
    run.recorded_ids[2].append("<a2@p>")
    assert failing(run) == {RESENT_AFTER_RECORD}
    run = _clean_run()
    run.cases[0] = CaseRow(1, "[PMC-000001]", "c0@x.jp", "1.0", "pending")
    run.outbox_left = {"failed": 1}
    assert failing(run) == {
        "every customer got an acknowledgement, and it is recorded",
        "the outbox drained, nothing parked",
    }


@pytest.mark.slow
async def test_sigkill_mid_stream_with_slack_and_relay(tmp_path: Path) -> None:
    """600 mails from 600 senders; SIGKILL after 200 250s; restart; resend the rest.

    Properties (the strongest the design supports): every mail that got a 250 is in exactly
    one case (the listener's duplicate window absorbs a resend of a mail stored just before
    the kill); every case is posted to Slack with its ts recorded, with at most one duplicate
    post (the one in flight at the kill: the Slack worker posts one at a time); every customer
    gets their acknowledgement, recorded; a customer gets a second copy only when the
    kill fell between the relay's 250 and the commit recording it (the row ran again after
    the restart), at most one per mail worker, and that copy is the same mail with the same
    Message-ID, fixed at intake, so the customer's mail client shows one message; and once a
    send is recorded it is never sent again (the commit that records a send also finishes
    its outbox row, so a kill cannot fall between the two).
    """
    run = await crash_and_recover(tmp_path, 600, 200, drain_timeout=90)
    assert 200 <= len(run.first_run) < 600, "the kill did not fall mid-stream"
    failed = [v for v in verdicts(run) if not v.ok]
    assert not failed, "\n".join(f"{v.name}: {v.detail}" for v in failed)


# --- Slack failing, then healthy ----------------------------------------------------------------


@dataclass
class Answer:
    """One Web API call to the fake: when it arrived, and how it was answered."""

    method: str
    arrived: float
    status: int = 0  # 0 while unanswered
    ts: str = ""  # the ts a successful chat.postMessage created
    fault: str = ""  # the label of the outage answer it got, if any


Fault = tuple[str, dict[str, Any] | None]  # (label, fail_next's arguments); None: no fault
# Slack's outage answers, in order; the last repeats until the outage ends. The SDK retries a
# 503 and a 429 twice by itself, so each row attempt takes three of them; the timeout holds
# the call past the client's 10 s limit and is never carried out.
OUTAGE: list[Fault] = [
    *[("503", {"status": 503})] * 3,
    *[("429", {"status": 429, "retry_after": 1})] * 3,
    ("timeout", {"status": 503, "hang": 11.0}),
    ("502", {"status": 502}),
]


_ANSWER: contextvars.ContextVar[Answer] = contextvars.ContextVar("answer")


class FlakySlack(FakeSlack):
    """The fake Slack, timing each call; while `outage` is set, chat.postMessage gets the
    faults of `schedule` (through `fail_next`) one call after another, the last repeating."""

    def __init__(self, schedule: list[Fault]) -> None:
        super().__init__()
        self.outage = False
        self.schedule = list(schedule)
        self.served: list[str] = []
        self.answers: list[Answer] = []

    def _take_fault(self, method: str) -> Any:
        if self.outage and method == "chat.postMessage":
            label, fault = self.schedule.pop(0) if len(self.schedule) > 1 else self.schedule[0]
            self.served.append(label)
            _ANSWER.get().fault = label  # this request's (posts overlap)
            if fault is not None:
                self.fail_next(method, **fault)
        return super()._take_fault(method)

    async def _handle_api(self, request: web.Request) -> web.Response:
        answer = Answer(request.match_info["method"], time.monotonic())
        self.answers.append(answer)
        _ANSWER.set(answer)  # each request is handled in a task of its own
        try:
            response = await super()._handle_api(request)
        except asyncio.CancelledError:  # the client went away first
            answer.status = -1
            raise
        answer.status = response.status
        if answer.method == "chat.postMessage" and response.status == 200:
            assert isinstance(response.body, bytes)
            answer.ts = str(json.loads(response.body).get("ts", ""))
        return response


async def metric(port: int, name: str, labels: str) -> float:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/metrics") as response,
    ):
        text = await response.text()
    for line in text.splitlines():
        if line.startswith(f"inquiry_desk_{name}{{{labels}}} "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def send_mail(port: int, numbers: range) -> None:
    for n in numbers:
        await asyncio.to_thread(send, port, n, f"customer{n}@example.jp")


@pytest.mark.slow
async def test_slack_failing_then_healthy_posts_every_case_once_in_order_and_paced(
    tmp_path: Path,
) -> None:
    interval = 0.3
    fake = FlakySlack(OUTAGE)
    async with fake:
        fake.outage = True
        http_port = free_port()
        sections: dict[str, dict[str, Any]] = {
            "acknowledgement": {"enabled": False},
            "outbox": {"base_delay": 0.2, "max_delay": 1.0},
            "slack": {"channel": CHANNEL, "post_interval": interval, "http_port": free_port()},
            "http": {"port": http_port},
        }
        desk = await start(DeskProcess(tmp_path, sections, slack_env(fake)))
        try:
            # Mail keeps arriving while Slack answers 5xx, then 429, then holds a call.
            await send_mail(desk.port, range(4))
            await until(lambda: "503" in fake.served, "Slack answered 503")
            await send_mail(desk.port, range(4, 8))
            await until(lambda: "timeout" in fake.served, "a call to Slack hangs")
            await send_mail(desk.port, range(8, 12))
            await asyncio.to_thread(desk.wait_until, "SELECT COUNT(*) FROM cases", 12)
            assert not fake.channel_messages(CHANNEL)  # every case stored, none posted
            # The timed-out call went back to the outbox and was tried again. (Other posts go
            # on beside a call Slack does not answer: a case whose call still hung when Slack
            # came back would be posted after later ones, so the outage ends after it.)
            await until(lambda: "502" in fake.served, "the desk retried after the timeout", 30)
            hung = [a for a in fake.answers if a.fault == "timeout"]
            await until(lambda: bool(hung[0].status), "the hung call ended", 30)
            errors = await metric(http_port, "outbox_errors_total", 'kind="slack_post"')
            assert errors >= 3  # one failed attempt at least for each of 503, 429, timeout
            assert desk.process is not None and desk.process.poll() is None  # still up

            fake.outage = False
            await asyncio.to_thread(
                desk.wait_until,
                "SELECT COUNT(*) FROM cases WHERE slack_ts IS NOT NULL",
                12,
                60,
            )
            await drained(desk, 30)
            cases = desk.query("SELECT number, slack_ts FROM cases ORDER BY id")
        finally:
            await asyncio.to_thread(desk.stop)

    posted = fake.channel_messages(CHANNEL)
    # Exactly once each, in case order, and the recorded ts is the post's.
    assert [TAG.findall(m.text)[:1] for m in posted] == [[f"[PMC-{n:06d}]"] for n, _ in cases]
    assert [m.ts for m in posted] == [ts for _, ts in cases]
    # Paced: the desk starts posts at least post_interval apart. Arrival times at the fake add
    # each request's own latency, which a busy machine stretches for one post and not the next,
    # so one gap may look short; over the run, the posts span the intervals between them, less
    # one interval for the first post's latency. Unpaced, twelve posts arrive within a moment.
    arrived = {a.ts: a.arrived for a in fake.answers if a.ts}
    times = [arrived[m.ts] for m in posted]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert times[-1] - times[0] >= (len(times) - 2) * interval, gaps


@pytest.mark.slow
async def test_a_429_holds_every_post_for_its_retry_after(tmp_path: Path) -> None:
    """Slack's rate limits are per method and app: after a 429 with
    Retry-After, no chat.postMessage may go out before that many seconds have passed, whichever
    case it is for. Three 429s (the SDK's two retries, then the outbox's) while four cases wait."""
    fake = FlakySlack([*[("429", {"status": 429, "retry_after": 1})] * 3, ("ok", None)])
    async with fake:
        fake.outage = True
        sections: dict[str, dict[str, Any]] = {
            "acknowledgement": {"enabled": False},
            "outbox": {"base_delay": 0.2, "max_delay": 1.0},
            "slack": {"channel": CHANNEL, "post_interval": 0.1, "http_port": free_port()},
        }
        desk = await start(DeskProcess(tmp_path, sections, slack_env(fake)))
        try:
            await send_mail(desk.port, range(4))
            await asyncio.to_thread(
                desk.wait_until, "SELECT COUNT(*) FROM cases WHERE slack_ts IS NOT NULL", 4, 60
            )
        finally:
            await asyncio.to_thread(desk.stop)
    calls = [a for a in fake.answers if a.method == "chat.postMessage"]
    after_429 = [b.arrived - a.arrived for a, b in itertools.pairwise(calls) if a.fault == "429"]
    assert len(after_429) == 3, fake.served
    assert min(after_429) >= 1.0 - 0.02, after_429
