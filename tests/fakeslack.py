"""A small fake of Slack's Web API, served on 127.0.0.1 in the test's own event loop.

Point a client at it with ``AsyncWebClient(token=fake.bot_token, base_url=fake.url)``::

    async with FakeSlack() as fake:
        client = AsyncWebClient(token=fake.bot_token, base_url=fake.url)
        await client.chat_postMessage(channel="C0CASES", text="hi")
        assert fake.calls_to("chat.postMessage")[0].params["text"] == "hi"

It records every request (`calls`), checks `Authorization: Bearer` against the bot token (the
app token for ``apps.connections.open``), accepts JSON and form bodies, answers in Slack's
shapes with Slack's error codes, keeps the messages of each channel (so a test can read a
message after ``chat.update``, or a thread's replies), and fails on demand: `fail_next` (429
with Retry-After, 5xx, any ``{"ok": false, "error": ...}``, or a call that hangs and is
dropped unprocessed), `delay` (every answer late, but processed), `hold_next` (one call held
until the test lets it go). `until` waits, call by call, for what a test expects.

Block payloads are checked against Slack's documented limits, lightly: too many blocks, an
over-long text or a missing fallback are refused with Slack's error codes so tests catch them.
Socket Mode: ``apps.connections.open`` returns ``ws://.../link``, where the fake says hello,
sends envelopes on demand (`push`) and records the app's acknowledgements (`socket_acks`).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from aiohttp import web

JSONDict = dict[str, Any]

# Slack's documented Block Kit limits, checked lightly.
MESSAGE_BLOCKS_MAX = 50
VIEW_BLOCKS_MAX = 100
MESSAGE_TEXT_MAX = 40_000
_TEXT_LIMITS = {"section": 3000, "header": 150, "context": 2000}
BUTTON_TEXT_MAX = 75
FIELDS_MAX, FIELD_TEXT_MAX = 10, 2000
VALUE_MAX = 2000
ID_MAX = 255
VIEW_TITLE_MAX = 24
PRIVATE_METADATA_MAX = 3000


def _units(text: str) -> int:
    """UTF-16 length, the stricter of the two ways Slack might count."""
    return len(text.encode("utf-16-le")) // 2


def _text_of(obj: Any) -> str:
    return str(obj.get("text", "")) if isinstance(obj, dict) else ""


def _check_element(where: str, element: Any) -> str | None:
    if not isinstance(element, dict):
        return f"{where} is not an object"
    if element.get("type") == "button":
        if _units(_text_of(element.get("text"))) > BUTTON_TEXT_MAX:
            return f"{where}.text must be at most {BUTTON_TEXT_MAX} characters"
        if len(str(element.get("value", ""))) > VALUE_MAX:
            return f"{where}.value must be at most {VALUE_MAX} characters"
    if len(str(element.get("action_id", ""))) > ID_MAX:
        return f"{where}.action_id must be at most {ID_MAX} characters"
    return None


def _check_block(i: int, block: Any) -> str | None:
    where = f"[json-pointer:/blocks/{i}]"
    if not isinstance(block, dict) or "type" not in block:
        return f"{where} must be an object with a type"
    kind = block["type"]
    if len(str(block.get("block_id", ""))) > ID_MAX:
        return f"{where}/block_id must be at most {ID_MAX} characters"
    limit = _TEXT_LIMITS.get(kind)
    texts = [_text_of(e) for e in block.get("elements", [])] if kind == "context" else []
    texts.append(_text_of(block.get("text")))
    if limit and any(_units(t) > limit for t in texts):
        return f"{where}/text must be at most {limit} characters"
    if kind in ("section", "header") and "text" in block and not _text_of(block["text"]):
        return f"{where}/text must be at least 1 character"
    fields = block.get("fields", [])
    if len(fields) > FIELDS_MAX or any(_units(_text_of(f)) > FIELD_TEXT_MAX for f in fields):
        return f"{where}/fields: at most {FIELDS_MAX} of at most {FIELD_TEXT_MAX} characters"
    elements = block.get("elements", []) if kind == "actions" else []
    elements += [block["accessory"]] if "accessory" in block else []
    for j, element in enumerate(elements):
        problem = _check_element(f"{where}/elements/{j}", element)
        if problem:
            return problem
    return None


def check_blocks(blocks: list[Any], max_blocks: int) -> str | None:
    """A description of the first limit `blocks` breaks, or None."""
    if len(blocks) > max_blocks:
        return f"no more than {max_blocks} items allowed [json-pointer:/blocks]"
    for i, block in enumerate(blocks):
        problem = _check_block(i, block)
        if problem:
            return problem
    return None


def check_message(text: str, blocks: list[Any]) -> tuple[str, str] | None:
    """(Slack error code, detail) for a message payload over the limits, or None."""
    if _units(text) > MESSAGE_TEXT_MAX:
        return "msg_too_long", f"text is longer than {MESSAGE_TEXT_MAX}"
    problem = check_blocks(blocks, MESSAGE_BLOCKS_MAX)
    return ("invalid_blocks", problem) if problem else None


def check_view(view: JSONDict) -> tuple[str, str] | None:
    """(Slack error code, detail) for a view over the limits, or None."""
    blocks = view.get("blocks", [])
    problem = check_blocks(blocks if isinstance(blocks, list) else [None], VIEW_BLOCKS_MAX)
    for key in ("title", "submit", "close"):
        if _units(_text_of(view.get(key))) > VIEW_TITLE_MAX:
            problem = problem or f"{key} must be at most {VIEW_TITLE_MAX} characters"
    if len(str(view.get("private_metadata", ""))) > PRIVATE_METADATA_MAX:
        problem = problem or f"private_metadata must be at most {PRIVATE_METADATA_MAX} characters"
    if view.get("type") == "modal" and not view.get("title"):
        problem = problem or "a modal needs a title"
    return ("invalid_arguments", problem) if problem else None


class Call(NamedTuple):
    """One request as the fake received it: Web API method, parsed params, lower-cased headers,
    when it arrived (time.monotonic()), and the client's address and port (one per TCP
    connection)."""

    method: str
    params: JSONDict
    headers: dict[str, str]
    at: float = 0.0
    peer: tuple[str, int] | None = None


@dataclass
class FakeMessage:
    """A message as the fake holds it; `text`/`blocks` change with chat.update."""

    channel: str
    ts: str
    text: str
    blocks: list[JSONDict]
    thread_ts: str | None = None
    user: str = ""
    edits: int = 0
    extra: JSONDict = field(default_factory=dict)


@dataclass
class Hold:
    """A call held before it is carried out: `arrived` is set when it comes in (`call` is
    its record), and it goes on once the test sets `release`."""

    method: str
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    release: asyncio.Event = field(default_factory=asyncio.Event)
    call: Call | None = None


@dataclass
class _Fault:
    method: str | None
    status: int
    retry_after: int | None
    error: str | None
    count: int
    hang: float | None = None


class _Reply(Exception):
    """Raised inside a handler to answer at once with `body` and `status`."""

    def __init__(self, body: JSONDict, status: int = 200, headers: dict[str, str] | None = None):
        super().__init__(body.get("error", ""))
        self.body, self.status, self.headers = body, status, headers or {}


def _error(code: str, **extra: Any) -> _Reply:
    return _Reply({"ok": False, "error": code, **extra})


def _json_param(value: Any) -> Any:
    """Form bodies carry blocks and views as JSON strings; JSON bodies carry them as data."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            raise _error("invalid_arguments") from None
    return value


class FakeSlack:
    """The fake Web API. Use as ``async with FakeSlack() as fake`` or ``await fake.start()``."""

    def __init__(
        self,
        *,
        bot_token: str = "xoxb-test-bot-token",
        app_token: str = "xapp-test-app-token",
        team_id: str = "T0PLANET",
        bot_user_id: str = "U0DESKBOT",
        bot_id: str = "B0DESKBOT",
        usergroups: dict[str, list[str]] | None = None,
        users: dict[str, JSONDict] | None = None,
        channels: dict[str, JSONDict] | None = None,
    ) -> None:
        self.bot_token, self.app_token = bot_token, app_token
        self.team_id, self.bot_user_id, self.bot_id = team_id, bot_user_id, bot_id
        self.usergroups: dict[str, list[str]] = dict(usergroups or {})
        self.users: dict[str, JSONDict] = dict(users or {})
        # None: every channel id is accepted; otherwise unknown ids get channel_not_found.
        self.channels: dict[str, JSONDict] | None = channels
        self.calls: list[Call] = []
        self.messages: dict[str, list[FakeMessage]] = {}
        self.deleted: list[FakeMessage] = []  # removed by chat.delete
        self.ephemerals: list[JSONDict] = []
        self.views: dict[str, JSONDict] = {}
        self.home: dict[str, JSONDict] = {}
        self.responses: dict[str, list[JSONDict]] = {}
        self._faults: list[_Fault] = []
        self._delay: tuple[float, str | None] = (0.0, None)
        self._holds: list[Hold] = []
        self._answered: asyncio.Event | None = None  # set after each answer, then replaced
        self._ts = itertools.count(100)
        self._view_ids = itertools.count(1)
        self._used_triggers: set[str] = set()
        self._runner: web.AppRunner | None = None
        self.base = ""
        self.sockets: list[web.WebSocketResponse] = []
        self.socket_acks: list[JSONDict] = []
        self._envelopes = itertools.count(1)

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._handle_api)
        app.router.add_post("/response/{rid}", self._handle_response_url)
        app.router.add_get("/link", self._handle_socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.base = f"http://{host}:{port}"
        return self

    async def close(self) -> None:
        for socket in list(self.sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlack:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def url(self) -> str:
        """The Web API base URL for ``AsyncWebClient(base_url=...)``; it ends in ``/api/``."""
        return f"{self.base}/api/"

    # --- what tests read ------------------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def channel_messages(self, channel: str) -> list[FakeMessage]:
        """Top-level messages of `channel`, oldest first."""
        return [m for m in self.messages.get(channel, []) if m.thread_ts is None]

    def message(self, channel: str, ts: str) -> FakeMessage:
        for msg in self.messages.get(channel, []):
            if msg.ts == ts:
                return msg
        raise KeyError(f"no message {ts} in {channel}")

    def thread(self, channel: str, thread_ts: str) -> list[FakeMessage]:
        """The replies in the thread under `thread_ts`, oldest first (the parent excluded)."""
        return [m for m in self.messages.get(channel, []) if m.thread_ts == thread_ts]

    def response_url(self, rid: str = "r1") -> str:
        """A loopback URL to put in payloads as `response_url`; posts land in `responses[rid]`."""
        return f"{self.base}/response/{rid}"

    # --- fault injection ------------------------------------------------------------------------

    def fail_next(
        self,
        method: str | None,
        *,
        status: int = 429,
        retry_after: int | None = 1,
        count: int = 1,
        error: str | None = None,
        hang: float | None = None,
    ) -> None:
        """Fail the next `count` calls to `method` (None: any method).

        status 429 answers ``ratelimited`` with a Retry-After header; 5xx answers that status;
        with `error` and status 200 the call answers ``{"ok": false, "error": error}``. With
        `hang` the call is held that many seconds (past a client's timeout) and then answered
        with `status` without being carried out: a request lost on its way to Slack.
        """
        self._faults.append(_Fault(method, status, retry_after, error, count, hang))

    def delay(self, seconds: float, method: str | None = None) -> None:
        """Hold every later answer (to `method`, or to all) for `seconds`; 0 turns it off."""
        self._delay = (seconds, method)

    def hold_next(self, method: str) -> Hold:
        """Hold the next call to `method`, before it is carried out, until `release` is set:
        Slack slow to answer one call."""
        hold = Hold(method)
        self._holds.append(hold)
        return hold

    async def until(self, check: Callable[[], bool]) -> None:
        """Return once `check()` holds, looking again after each answer the fake gives."""
        while not check():
            if self._answered is None:
                self._answered = asyncio.Event()
            await self._answered.wait()

    def _take_fault(self, method: str) -> _Fault | None:
        for fault in self._faults:
            if fault.method in (None, method) and fault.count > 0:
                fault.count -= 1
                if fault.count == 0:
                    self._faults.remove(fault)
                return fault
        return None

    @staticmethod
    def _fault_reply(fault: _Fault) -> _Reply:
        if fault.status == 429:
            headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
            return _Reply({"ok": False, "error": "ratelimited"}, 429, headers)
        if fault.status >= 500:
            return _Reply({"ok": False, "error": "internal_error"}, fault.status)
        return _error(fault.error or "fatal_error")

    # --- HTTP plumbing --------------------------------------------------------------------------

    @staticmethod
    async def _params(request: web.Request) -> JSONDict:
        params: JSONDict = dict(request.query)
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(body)
        elif request.can_read_body:
            params.update({k: v for k, v in (await request.post()).items() if isinstance(v, str)})
        return params

    def _check_token(self, method: str, params: JSONDict, headers: dict[str, str]) -> None:
        auth = headers.get("authorization", "")
        token = auth.removeprefix("Bearer ").strip() if auth else str(params.get("token", ""))
        expected = self.app_token if method == "apps.connections.open" else self.bot_token
        if not token:
            raise _error("not_authed")
        if token != expected:
            raise _error("invalid_auth")

    async def _handle_api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        headers = {k.lower(): v for k, v in request.headers.items()}
        params = await self._params(request)
        peer = request.transport.get_extra_info("peername") if request.transport else None
        call = Call(method, params, headers, time.monotonic(), peer and tuple(peer[:2]))
        self.calls.append(call)
        try:
            return await self._answer(method, params, headers, call)
        finally:
            answered, self._answered = self._answered, None
            if answered is not None:
                answered.set()

    async def _answer(
        self, method: str, params: JSONDict, headers: dict[str, str], call: Call
    ) -> web.Response:
        hold = next((h for h in self._holds if h.method == method), None)
        if hold is not None:
            self._holds.remove(hold)
            hold.call = call
            hold.arrived.set()
            await hold.release.wait()
        seconds, only = self._delay
        if seconds and only in (None, method):
            await asyncio.sleep(seconds)
        try:
            fault = self._take_fault(method)
            if fault is not None:
                if fault.hang:
                    await asyncio.sleep(fault.hang)
                raise self._fault_reply(fault)
            self._check_token(method, params, headers)
            handler = getattr(self, "_m_" + method.replace(".", "_"), None)
            if handler is None:
                raise _error("unknown_method")
            body: JSONDict = {"ok": True, **handler(params)}
            return web.json_response(body, headers={"x-oauth-scopes": "chat:write,commands"})
        except _Reply as reply:
            return web.json_response(reply.body, status=reply.status, headers=reply.headers)

    async def _handle_response_url(self, request: web.Request) -> web.Response:
        rid = request.match_info["rid"]
        payload = await request.json()
        self.responses.setdefault(rid, []).append(payload)
        return web.Response(text="ok")

    # --- Socket Mode ------------------------------------------------------------------------------

    async def _handle_socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(autoping=True)
        await socket.prepare(request)
        self.sockets.append(socket)
        await socket.send_json({"type": "hello", "num_connections": len(self.sockets)})
        try:
            async for message in socket:
                if message.type == web.WSMsgType.TEXT:
                    self.socket_acks.append(json.loads(message.data))
        finally:
            self.sockets.remove(socket)
        return socket

    async def push(self, kind: str, payload: JSONDict, *, retry_attempt: int = 0) -> str:
        """Send an envelope (`kind`: slash_commands, interactive or events_api) to every
        connected app; returns its envelope_id, which the app's ack must name."""
        envelope_id = f"env-{next(self._envelopes)}"
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
            "retry_attempt": retry_attempt,
            "retry_reason": "timeout" if retry_attempt else "",
        }
        for socket in list(self.sockets):
            await socket.send_json(envelope)
        return envelope_id

    # --- helpers for the methods ----------------------------------------------------------------

    def _next_ts(self) -> str:
        n = next(self._ts)
        return f"{1700000000 + n // 1_000_000}.{n % 1_000_000:06d}"

    def _channel(self, params: JSONDict) -> str:
        channel = str(params.get("channel") or "")
        if not channel or (self.channels is not None and channel not in self.channels):
            raise _error("channel_not_found")
        return channel

    def _find(self, channel: str, ts: str) -> FakeMessage:
        try:
            return self.message(channel, ts)
        except KeyError:
            raise _error("message_not_found") from None

    def _message_json(self, msg: FakeMessage) -> JSONDict:
        out: JSONDict = {
            "type": "message",
            "user": msg.user,
            "bot_id": self.bot_id,
            "text": msg.text,
            "ts": msg.ts,
            "blocks": msg.blocks,
            "team": self.team_id,
        }
        if msg.thread_ts:
            out["thread_ts"] = msg.thread_ts
        return out

    def _text_and_blocks(self, params: JSONDict, *, need_content: bool) -> tuple[str, list[Any]]:
        text = str(params.get("text") or "")
        blocks = _json_param(params.get("blocks")) or []
        if not isinstance(blocks, list):
            raise _error("invalid_blocks_format")
        if need_content and not text and not blocks:
            raise _error("no_text")
        error = check_message(text, blocks)
        if error:
            raise _error(error[0], response_metadata={"messages": [error[1]]})
        return text, blocks

    def _use_trigger(self, params: JSONDict) -> None:
        trigger = str(params.get("trigger_id") or "")
        if not trigger:
            raise _error("invalid_arguments")
        if trigger in self._used_triggers:
            raise _error("exchanged_trigger_id")
        if trigger.startswith("expired"):
            raise _error("expired_trigger_id")
        self._used_triggers.add(trigger)

    def _store_view(self, params: JSONDict, *, view_id: str | None = None) -> JSONDict:
        view = _json_param(params.get("view"))
        if not isinstance(view, dict):
            raise _error("invalid_arguments")
        error = check_view(view)
        if error:
            raise _error(error[0], response_metadata={"messages": [error[1]]})
        view_id = view_id or f"V{next(self._view_ids):010d}"
        stored = {
            **view,
            "id": view_id,
            "team_id": self.team_id,
            "hash": f"{view_id}.{len(self.calls)}",
            "root_view_id": view_id,
            "app_id": "A0DESKAPP",
            "bot_id": self.bot_id,
            "state": {"values": {}},
        }
        self.views[view_id] = stored
        return stored

    # --- Web API methods: `_m_<method with dots as underscores>(params) -> extra body` ---------

    def _m_auth_test(self, params: JSONDict) -> JSONDict:
        return {
            "url": "https://planet-desk.slack.com/",
            "team": "Planet Management",
            "user": "inquiry-desk",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _m_apps_connections_open(self, params: JSONDict) -> JSONDict:
        return {"url": f"ws://{self.base.removeprefix('http://')}/link"}

    def _m_chat_postMessage(self, params: JSONDict) -> JSONDict:
        channel = self._channel(params)
        text, blocks = self._text_and_blocks(params, need_content=True)
        thread_ts = params.get("thread_ts") or None
        if thread_ts is not None:
            self._find(channel, str(thread_ts))
        msg = FakeMessage(channel, self._next_ts(), text, blocks, thread_ts, self.bot_user_id)
        self.messages.setdefault(channel, []).append(msg)
        return {"channel": channel, "ts": msg.ts, "message": self._message_json(msg)}

    def _m_chat_update(self, params: JSONDict) -> JSONDict:
        channel = self._channel(params)
        msg = self._find(channel, str(params.get("ts") or ""))
        text, blocks = self._text_and_blocks(params, need_content=False)
        # As in Slack, omitted blocks keep the old ones; an empty list clears them.
        if params.get("blocks") is not None:
            msg.blocks = blocks
        if "text" in params:
            msg.text = text
        msg.edits += 1
        body = self._message_json(msg)
        return {"channel": channel, "ts": msg.ts, "text": msg.text, "message": body}

    def _m_chat_delete(self, params: JSONDict) -> JSONDict:
        channel = self._channel(params)
        msg = self._find(channel, str(params.get("ts") or ""))
        self.messages[channel].remove(msg)
        self.deleted.append(msg)
        return {"channel": channel, "ts": msg.ts}

    def _m_chat_postEphemeral(self, params: JSONDict) -> JSONDict:
        channel = self._channel(params)
        if not params.get("user"):
            raise _error("user_not_found")
        text, blocks = self._text_and_blocks(params, need_content=True)
        ts = self._next_ts()
        self.ephemerals.append({**params, "channel": channel, "text": text, "blocks": blocks})
        return {"message_ts": ts}

    def _m_chat_getPermalink(self, params: JSONDict) -> JSONDict:
        channel = self._channel(params)
        ts = str(params.get("message_ts") or "")
        self._find(channel, ts)
        link = f"https://planet-desk.slack.com/archives/{channel}/p{ts.replace('.', '')}"
        return {"channel": channel, "permalink": link}

    def _m_views_open(self, params: JSONDict) -> JSONDict:
        self._use_trigger(params)
        return {"view": self._store_view(params)}

    def _m_views_push(self, params: JSONDict) -> JSONDict:
        self._use_trigger(params)
        return {"view": self._store_view(params)}

    def _m_views_update(self, params: JSONDict) -> JSONDict:
        view_id = str(params.get("view_id") or "")
        if view_id not in self.views:
            raise _error("not_found")
        return {"view": self._store_view(params, view_id=view_id)}

    def _m_views_publish(self, params: JSONDict) -> JSONDict:
        user = str(params.get("user_id") or "")
        if not user:
            raise _error("invalid_arguments")
        view = self._store_view(params)
        if view.get("type") != "home":
            raise _error("invalid_arguments")
        self.home[user] = view
        return {"view": view}

    def _m_usergroups_users_list(self, params: JSONDict) -> JSONDict:
        group = str(params.get("usergroup") or "")
        if group not in self.usergroups:
            raise _error("no_such_subteam")
        return {"users": list(self.usergroups[group])}

    def _m_users_info(self, params: JSONDict) -> JSONDict:
        user = str(params.get("user") or "")
        if user not in self.users:
            raise _error("user_not_found")
        name = self.users[user].get("name", user.lower())
        base = {"id": user, "team_id": self.team_id, "name": name, "real_name": name}
        base |= {"tz": "Asia/Tokyo", "is_bot": False, "profile": {"display_name": name}}
        return {"user": {**base, **self.users[user]}}

    def _m_conversations_info(self, params: JSONDict) -> JSONDict:
        channel = self._channel(params)
        info = {"id": channel, "name": channel.lower(), "is_channel": True, "is_member": True}
        return {"channel": {**info, **(self.channels or {}).get(channel, {})}}
