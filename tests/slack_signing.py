"""Requests to the app, built and signed exactly as Slack builds and signs them.

Slash commands arrive form-encoded; interactivity (buttons, modal submissions) arrives as
``payload=<urlencoded JSON>``; events arrive as JSON. Each is signed with
``v0=HMAC-SHA256(secret, "v0:{timestamp}:{raw body}")`` in ``X-Slack-Signature``, using
slack_sdk's own `SignatureVerifier.generate_signature` so the test and the app agree on the
algorithm by construction (https://docs.slack.dev/authentication/verifying-requests-from-slack/).

Use the bodies with Bolt directly (``AsyncBoltRequest(body=body, headers=signed_headers(...))``)
or over HTTP with `post_signed`. `slack_desk` runs the desk's own Slack edge against a FakeSlack
for the tests that drive it that way, and `new_case`/`follow_up` put cases in its store.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import json
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlencode

import aiohttp
from fakeslack import FakeSlack
from slack_sdk.signature import SignatureVerifier

from bot.runtime import SlackRuntime
from casework import outbox
from casework.faq import default_faq_path, load_faq
from casework.matching import FaqMatcher
from casework.models import AckState, Attachment, Case, FaqHit, ParsedMail
from casework.outbox import OutboxWorker, WorkerPolicy
from casework.settings import Settings, SlackSettings
from casework.store import CaseStore, Received, StoreRunner
from responder.reply import ReplyIds

TEAM_ID = "T0PLANET"
TEAM_DOMAIN = "planet-desk"
APP_ID = "A0DESKAPP"
BOT_USER_ID = "U0DESKBOT"
BOT_ID = "B0DESKBOT"
_serial = itertools.count(1)


def _next(prefix: str) -> str:
    return f"{prefix}{next(_serial):06d}"


def signed_headers(body: str, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's request headers for `body`: content type, timestamp and signature.

    `timestamp` defaults to now; pass an old one to test the 5-minute replay window.
    """
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    is_json = body.lstrip().startswith("{")
    return {
        "content-type": "application/json" if is_json else "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": ts,
        "x-slack-signature": signature or "",
    }


def slash_command_body(
    command: str = "/policy",
    text: str = "",
    user_id: str = "U0STAFF01",
    channel_id: str = "C0CASES1",
    response_url: str = "http://127.0.0.1:9/response/r1",
    trigger_id: str | None = None,
    *,
    user_name: str = "staff",
    channel_name: str = "cases",
    team_id: str = TEAM_ID,
) -> str:
    """A slash-command request body, form-encoded in Slack's field order."""
    fields = {
        "token": "verification-token-unused",
        "team_id": team_id,
        "team_domain": TEAM_DOMAIN,
        "channel_id": channel_id,
        "channel_name": channel_name,
        "user_id": user_id,
        "user_name": user_name,
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id or _next("1337.42.trig"),
    }
    return urlencode(fields)


def interactive_body(payload: dict[str, Any]) -> str:
    """``payload=<urlencoded JSON>``, the body of every interactivity request."""
    return "payload=" + quote(json.dumps(payload, ensure_ascii=False))


def _user(user_id: str, team_id: str) -> dict[str, Any]:
    name = user_id.lower()
    return {"id": user_id, "username": name, "name": name, "team_id": team_id}


def block_actions_body(
    action_id: str,
    value: str,
    user_id: str = "U0STAFF01",
    channel_id: str = "C0CASES1",
    message_ts: str | None = "1700000000.000100",
    trigger_id: str | None = None,
    *,
    response_url: str = "http://127.0.0.1:9/response/r1",
    block_id: str = "actions",
    message: dict[str, Any] | None = None,
    view_id: str | None = None,
    team_id: str = TEAM_ID,
) -> str:
    """A button click. With `message_ts` it comes from a channel message (`message` supplies
    its text/blocks); with `view_id` and no `message_ts` it comes from a view (the App Home),
    which carries no channel, message or response_url, as in Slack."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id, team_id),
        "api_app_id": APP_ID,
        "token": "verification-token-unused",
        "trigger_id": trigger_id or _next("1337.42.trig"),
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
        "state": {"values": {}},
        "actions": [
            {
                "action_id": action_id,
                "block_id": block_id,
                "text": {"type": "plain_text", "text": action_id, "emoji": True},
                "value": value,
                "type": "button",
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    if message_ts is not None:
        msg = {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "ts": message_ts}
        payload |= {
            "container": {
                "type": "message",
                "message_ts": message_ts,
                "channel_id": channel_id,
                "is_ephemeral": False,
            },
            "channel": {"id": channel_id, "name": "cases"},
            "message": {**msg, "text": "", "blocks": [], **(message or {})},
            "response_url": response_url,
        }
    else:
        view = view_id or _next("V0HOME")
        payload |= {
            "container": {"type": "view", "view_id": view},
            "view": {"id": view, "type": "home", "team_id": team_id, "blocks": []},
        }
    return interactive_body(payload)


def _state_values(values: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``{block_id: {action_id: "text"}}`` shorthand into Slack's `state.values` shape."""
    out: dict[str, Any] = {}
    for block_id, actions in values.items():
        out[block_id] = {
            action_id: v if isinstance(v, dict) else {"type": "plain_text_input", "value": v}
            for action_id, v in actions.items()
        }
    return out


def view_submission_body(
    callback_id: str,
    private_metadata: str,
    values: dict[str, dict[str, Any]],
    user_id: str = "U0STAFF01",
    *,
    view_id: str | None = None,
    previous_view_id: str | None = None,
    trigger_id: str | None = None,
    team_id: str = TEAM_ID,
) -> str:
    """A modal submission. `values` maps block_id → action_id → the typed text (or a full
    element-state dict), e.g. ``{"reply_body": {"body": "Thank you ..."}}``."""
    view_id = view_id or _next("V0MODAL")
    view = {
        "id": view_id,
        "team_id": team_id,
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": private_metadata,
        "blocks": [],
        "state": {"values": _state_values(values)},
        "hash": f"{view_id}.hash",
        "title": {"type": "plain_text", "text": "Modal"},
        "root_view_id": previous_view_id or view_id,
        "previous_view_id": previous_view_id,
        "app_id": APP_ID,
        "bot_id": BOT_ID,
    }
    payload = {
        "type": "view_submission",
        "team": {"id": team_id, "domain": TEAM_DOMAIN},
        "user": _user(user_id, team_id),
        "api_app_id": APP_ID,
        "token": "verification-token-unused",
        "trigger_id": trigger_id or _next("1337.42.trig"),
        "view": view,
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }
    return interactive_body(payload)


def app_home_opened_body(
    user_id: str = "U0STAFF01", *, event_id: str | None = None, team_id: str = TEAM_ID
) -> str:
    """An ``app_home_opened`` event callback (JSON), as the Events API delivers it."""
    now = int(time.time())
    body = {
        "token": "verification-token-unused",
        "team_id": team_id,
        "api_app_id": APP_ID,
        "event": {
            "type": "app_home_opened",
            "user": user_id,
            "channel": "D0DESKHOME",
            "tab": "home",
            "event_ts": f"{now}.000100",
        },
        "type": "event_callback",
        "event_id": event_id or _next("Ev0HOME"),
        "event_time": now,
        "authorizations": [
            {
                "team_id": team_id,
                "user_id": BOT_USER_ID,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
    }
    return json.dumps(body, ensure_ascii=False)


async def post_signed(
    base_url: str,
    body: str,
    secret: str,
    *,
    path: str = "/slack/events",
    timestamp: int | None = None,
    extra_headers: dict[str, str] | None = None,
) -> tuple[int, str]:
    """POST a signed `body` to the app (e.g. ``http://127.0.0.1:PORT``); returns (status, text)."""
    headers = {**signed_headers(body, secret, timestamp), **(extra_headers or {})}
    url = base_url.rstrip("/") + path
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body.encode("utf-8"), headers=headers) as response,
    ):
        return response.status, await response.text()


# --- the desk's Slack edge under test ----------------------------------------------------------
#
# `slack_desk` starts the real runtime (bot.runtime) in HTTP mode on 127.0.0.1, port 0, with its
# Web API client pointed at a FakeSlack and a real CaseStore behind it; tests then talk to it
# only as Slack would: signed requests in, Web API calls out.

SECRET = "signing-secret-for-tests"
CHANNEL = "C0CASES1"
T0 = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)  # a Saturday, 23:00 in Tokyo


class StoreOnItsThread:
    """The store as a test reaches it while the desk runs: every call is carried out on the
    store's own thread (the runner's), in turn with the desk's calls, never beside them.

    The desk shares one SQLite connection: a read from the test's thread could land inside
    one of the desk's transactions (seeing its unfinished writes), and a write or
    `new_case` from there would become part of it. Methods of CaseStore run as they are;
    `db.execute` fetches its rows on the store's thread; `run(fn, *args)` runs anything else
    (a function taking the store) there."""

    def __init__(self, runner: StoreRunner) -> None:
        self._runner = runner
        self.db = _DbOnItsThread(self)

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        call = functools.partial(fn, self._runner.store, *args, **kwargs)
        try:
            future = self._runner._executor.submit(call)
        except RuntimeError:  # the desk has stopped: nothing else uses the store now
            return call()
        return future.result()

    def transaction(self) -> Any:
        raise TypeError("a transaction cannot span threads: put it in a function for run()")

    def __getattr__(self, name: str) -> Any:
        method = getattr(CaseStore, name, None)
        if not callable(method):
            raise AttributeError(name)
        return functools.partial(self.run, method)


class _DbOnItsThread:
    def __init__(self, store: StoreOnItsThread) -> None:
        self._store = store

    def execute(self, sql: str, params: Any = ()) -> _Fetched:
        rows = self._store.run(lambda s: s.db.execute(sql, params).fetchall())
        return _Fetched(rows)


class _Fetched:
    """Rows fetched on the store's thread, read as a cursor's."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def fetchall(self) -> list[Any]:
        return self._rows

    def fetchone(self) -> Any:
        return self._rows[0] if self._rows else None

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)


@dataclass
class SlackDesk:
    fake: FakeSlack
    runtime: SlackRuntime
    store: StoreOnItsThread
    runner: StoreRunner
    settings: Settings
    notified: list[int] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.runtime.http_port}"

    async def post(self, body: str, **kw: Any) -> tuple[int, str]:
        return await post_signed(self.url, body, SECRET, **kw)

    async def click(
        self, action_id: str, number: int, user: str = "U0STAFF01", **kw: Any
    ) -> tuple[int, str]:
        case = self.store.case(number)
        kw.setdefault("message_ts", case.slack_ts or "1700000000.000001")
        kw.setdefault("response_url", self.fake.response_url())
        body = block_actions_body(action_id, str(number), user, CHANNEL, **kw)
        return await self.post(body)

    async def drain(self) -> int:
        """Run every due Slack outbox row through the runtime's handlers, oldest first."""
        handlers = self.runtime.handlers()
        done = 0
        while True:
            rows = await self.runner.call(
                lambda s: outbox.claim_due(s.db, handlers, datetime.now(UTC), 10)
            )
            if not rows:
                return done
            for row in rows:
                await handlers[row.kind](row)
                await self.runner.call(_finish, row.id)
                done += 1

    async def work_until(self, done: Callable[[], bool], timeout: float = 30.0) -> None:
        """Run a real "slack" outbox worker (retries and backoff included, kept short) until
        `done()` holds."""
        worker = OutboxWorker(
            "slack",
            handlers=self.runtime.handlers(),
            run_db=lambda fn: self.runner.call(lambda s: fn(s.db)),
            policy=WorkerPolicy(base_delay=0.05, max_delay=0.2, poll=0.02),
            clock=lambda: datetime.now(UTC),
        )
        task = asyncio.create_task(worker.run())
        try:
            await eventually(done, timeout)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    def outbox_rows(self, kind: str | None = None) -> list[tuple[Any, ...]]:
        rows = self.store.db.execute(
            "SELECT id, kind, payload, state FROM outbox ORDER BY id"
        ).fetchall()
        return [r for r in rows if kind is None or r[1] == kind]


def _finish(store: CaseStore, row_id: int) -> None:
    outbox.finish(store.db, row_id, datetime.now(UTC))


async def eventually(check: Callable[[], Any], timeout: float = 5.0) -> Any:
    """Poll `check` until it returns something truthy (listeners go on working after their
    ack, so effects land a moment after the HTTP answer)."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError("the expected effect did not happen")
        await asyncio.sleep(0.01)


def slack_settings(fake: FakeSlack, **slack: Any) -> Settings:
    base: dict[str, Any] = dict(
        channel=CHANNEL,
        http_host="127.0.0.1",
        http_port=0,
        bot_token=fake.bot_token,
        signing_secret=SECRET,
        api_url=fake.url,
        post_interval=0.0,
    )
    base.update(slack)
    return Settings(slack=SlackSettings(**base))


@contextlib.asynccontextmanager
async def slack_desk(
    store: CaseStore, fake: FakeSlack, *, api_timeout: float = 10.0, **slack: Any
) -> AsyncIterator[SlackDesk]:
    settings = slack_settings(fake, **slack)
    runner = StoreRunner(store)
    faq = load_faq(default_faq_path())
    notified: list[int] = []
    runtime = SlackRuntime(
        settings,
        runner=runner,
        matcher=FaqMatcher(faq),
        faq=faq,
        clock=lambda: datetime.now(UTC),
        notify=lambda: notified.append(1),
        message_ids=ReplyIds(settings.desk.domain),
        api_timeout=api_timeout,
    )
    await runtime.start()
    try:
        yield SlackDesk(fake, runtime, StoreOnItsThread(runner), runner, settings, notified)
    finally:
        await runtime.stop()
        runner._executor.shutdown(wait=True)


def _stored(
    store: CaseStore,
    head: str,
    prefix: str,
    sender: str,
    name: str | None,
    subject: str,
    body: str,
    at: datetime,
    attachments: tuple[Attachment, ...] = (),
) -> tuple[Received, int, ParsedMail]:
    """A mail stored as the listener stores it (its intake row marked done: the tests play
    intake's part) and the ParsedMail intake would make of it."""
    # A distinct Message-ID keeps equal texts from being taken for a retransmission.
    raw = f"{head}Message-ID: <{_next(prefix)}@example.jp>\r\n\r\n{body}\r\n".encode()
    item = Received(raw, sender, ("info@planetmgmt.biz",), "127.0.0.1", False, at)
    [outcome] = store.store_received([item], duplicate_window=timedelta(days=1))
    store.db.execute("UPDATE outbox SET state = 'done' WHERE kind = 'intake'")
    mail = ParsedMail(
        message_id=f"<m{outcome.message_id}@example.jp>",
        message_id_generated=False,
        in_reply_to=(),
        references=(),
        from_address=sender or None,
        from_name=name,
        subject=subject,
        date=at,
        body=body,
        body_for_matching=body,
        body_source="plain",
        attachments=attachments,
    )
    return item, outcome.message_id, mail


def new_case(
    store: CaseStore | StoreOnItsThread,
    *,
    subject: str = "個人情報の開示について",
    body: str = "私の個人情報の開示を請求したいです。",
    sender: str = "hanako@example.jp",
    name: str = "山田 花子",
    language: str = "ja",
    hits: tuple[FaqHit, ...] = (),
    answered: bool = False,
    attachments: tuple[Attachment, ...] = (),
    at: datetime = T0,
) -> Case:
    """A case as intake leaves it: the mail stored and parsed, triage set, slack_post queued."""
    if isinstance(store, StoreOnItsThread):
        return store.run(
            new_case, subject=subject, body=body, sender=sender, name=name, language=language,
            hits=hits, answered=answered, attachments=attachments, at=at,
        )  # fmt: skip
    head = f"From: {sender}\r\n"
    item, message_id, mail = _stored(store, head, "c", sender, name, subject, body, at, attachments)
    with store.transaction():
        case = store.open_case(item, mail, language=language, now=at)
        store.record_parsed(message_id, mail, case.id)
        store.set_triage(
            case.id,
            hits=hits,
            answered=answered,
            pi_request=None,
            out_of_hours=True,
            ack_state=AckState.NOT_NEEDED,
            ack_reason="",
        )
        queued = datetime.now(UTC)  # due at once, whatever `at` says
        outbox.enqueue(store.db, "slack_post", {"case": case.id}, now=queued, case_id=case.id)
    return store.case_by_id(case.id)


def follow_up(store: CaseStore | StoreOnItsThread, case: Case, body: str, at: datetime) -> int:
    """A customer's further mail on `case`, queued as intake does (thread note + update)."""
    if isinstance(store, StoreOnItsThread):
        return int(store.run(follow_up, case, body, at))
    item, message_id, mail = _stored(
        store, "", "f", case.customer_address, case.customer_name, f"Re: {case.tag}", body, at
    )
    with store.transaction():
        store.record_parsed(message_id, mail, case.id)
        store.record_followup(store.case_by_id(case.id), item, at)
        payload = {"message": message_id}
        queued = datetime.now(UTC)
        outbox.enqueue(store.db, "slack_thread", payload, now=queued, case_id=case.id)
        outbox.enqueue(store.db, "slack_update", {"case": case.id}, now=queued, case_id=case.id)
    return message_id


def _text_objects(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = [node] if node.get("type") in ("plain_text", "mrkdwn") and "text" in node else []
        return found + [t for value in node.values() for t in _text_objects(value)]
    if isinstance(node, list):
        return [t for item in node for t in _text_objects(item)]
    return []


def assert_inert(payload: dict[str, Any], allowed: tuple[str, ...] = ()) -> None:
    """Nothing in a payload Slack received can notify, mention or disguise a link: mrkdwn
    (and the top-level fallback) holds no `<`, and no text holds a bare broadcast word.
    plain_text objects may show `<` as typed: Slack does not parse them. `allowed` are the
    desk's own mentions (the assignee)."""
    texts = _text_objects(payload.get("blocks", [])) + _text_objects(payload.get("view", {}))
    if isinstance(payload.get("text"), str):
        texts.append({"type": "mrkdwn", "text": payload["text"]})
    assert texts
    for obj in texts:
        text = obj["text"]
        for mention in allowed:
            text = text.replace(mention, "")
        for word in ("@here", "@channel", "@everyone"):
            assert word not in text, text
        if obj["type"] == "mrkdwn":
            assert "<" not in text, text
