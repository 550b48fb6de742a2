"""The Slack edge's start-up and transport: token and settings checks, HTTP mode on loopback,
signature verification, and the Web API client's base URL."""

from __future__ import annotations

import functools
import json
import logging
import time
from datetime import UTC, datetime
from urllib.parse import parse_qsl, unquote

import pytest
from fakeslack import FakeSlack
from slack_signing import (
    CHANNEL,
    SECRET,
    StoreOnItsThread,
    block_actions_body,
    eventually,
    new_case,
    post_signed,
    slack_desk,
    slack_settings,
    slash_command_body,
)

from bot.runtime import SlackRuntime, api_base_url
from casework import outbox
from casework.errors import ConfigError
from casework.faq import default_faq_path, load_faq
from casework.matching import FaqMatcher
from casework.models import CaseStatus
from casework.store import CaseStore, StoreRunner
from responder.reply import ReplyIds


@pytest.fixture(autouse=True)
def no_oauth_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)


def runtime_for(store: CaseStore, fake: FakeSlack, **slack: object) -> SlackRuntime:
    faq = load_faq(default_faq_path())
    settings = slack_settings(fake, **slack)
    clock = functools.partial(datetime.now, UTC)
    return SlackRuntime(
        settings,
        runner=StoreRunner(store),
        matcher=FaqMatcher(faq),
        faq=faq,
        clock=clock,
        notify=lambda: None,
        message_ids=ReplyIds(settings.desk.domain),
    )


async def test_http_mode_binds_a_port_and_says_so(
    fresh_store: CaseStore, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    async with slack_desk(fresh_store, fake) as desk:
        port = desk.runtime.http_port
        assert port is not None and port > 0
        assert fake.calls_to("auth.test")[0].headers["authorization"] == f"Bearer {fake.bot_token}"
        body = slash_command_body(text="", response_url=fake.response_url())
        status, _ = await desk.post(body)
        assert status == 200
    assert any(
        "HTTP mode" in r.message and f"127.0.0.1:{port}/slack/events" in r.message
        for r in caplog.records
    )
    assert desk.runtime.http_port is None  # stopped


async def test_a_wrong_bot_token_stops_start_up_naming_slack_bot_token(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    runtime = runtime_for(fresh_store, fake, bot_token="xoxb-wrong")
    with pytest.raises(ConfigError) as failed:
        await runtime.start()
    assert failed.value.key == "SLACK_BOT_TOKEN"
    assert str(failed.value) == "SLACK_BOT_TOKEN: Slack rejected the token: invalid_auth"
    assert runtime.http_port is None  # nothing was left listening
    await runtime.stop()


async def test_missing_channel_and_missing_signing_secret_are_config_errors(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    with pytest.raises(ConfigError) as no_channel:
        await runtime_for(fresh_store, fake, channel="").start()
    assert no_channel.value.key == "slack.channel"
    with pytest.raises(ConfigError) as no_secret:
        await runtime_for(fresh_store, fake, signing_secret="").start()
    assert no_secret.value.key == "SLACK_SIGNING_SECRET"
    assert fake.calls_to("auth.test") == []  # refused before touching Slack


async def test_stray_oauth_variables_cannot_switch_the_app_to_oauth(
    fresh_store: CaseStore, fake: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_CLIENT_ID", "111.222")
    monkeypatch.setenv("SLACK_CLIENT_SECRET", "shh")
    runtime = runtime_for(fresh_store, fake)
    with pytest.raises(ConfigError) as failed:
        await runtime.start()
    assert failed.value.key == "SLACK_CLIENT_ID"


async def test_an_unreachable_slack_at_start_up_does_not_stop_the_desk(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    fake.fail_next("auth.test", status=503, count=10)
    async with slack_desk(fresh_store, fake) as desk:
        assert desk.runtime.http_port


def test_the_api_url_gets_its_trailing_slash() -> None:
    assert api_base_url("http://127.0.0.1:9/api") == "http://127.0.0.1:9/api/"
    assert api_base_url("https://slack.com/api/") == "https://slack.com/api/"


async def test_an_api_url_without_slash_still_reaches_api_methods(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    new_case(fresh_store)
    async with slack_desk(fresh_store, fake, api_url=fake.url.rstrip("/")) as desk:
        await desk.drain()
    assert [c.method for c in fake.calls] == ["auth.test", "chat.postMessage"]


async def test_bad_signatures_leave_the_case_and_slack_untouched(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    case = new_case(fresh_store)
    async with slack_desk(fresh_store, fake) as desk:
        await desk.drain()
        before = len(fake.calls)
        events_before = len(desk.store.events(case.id))
        click = block_actions_body(
            "case_claim", str(case.number), "U0STAFF01", CHANNEL, desk.store.case(1).slack_ts
        )
        status, text = await post_signed(desk.url, click, "not-the-secret")
        assert (status, text) == (401, '{"error": "invalid request"}')
        status, _ = await post_signed(desk.url, click, SECRET, timestamp=int(time.time()) - 301)
        assert status == 401
        assert desk.store.case(case.number).status is CaseStatus.OPEN
        assert len(desk.store.events(case.id)) == events_before
        assert len(fake.calls) == before


async def test_socket_mode_with_a_wrong_app_token_stops_start_up_naming_it(
    fresh_store: CaseStore, fake: FakeSlack
) -> None:
    runtime = runtime_for(fresh_store, fake, app_token="xapp-wrong", signing_secret="")
    with pytest.raises(ConfigError) as failed:
        await runtime.start()
    assert failed.value.key == "SLACK_APP_TOKEN"
    [opened] = fake.calls_to("apps.connections.open")
    assert opened.headers["authorization"] == "Bearer xapp-wrong"
    assert runtime.http_port is None  # Socket Mode opens no port
    await runtime.stop()


async def test_socket_mode_answers_policy_and_buttons_over_the_websocket(
    fresh_store: CaseStore, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    case = new_case(fresh_store)
    runtime = runtime_for(fresh_store, fake, app_token=fake.app_token, signing_secret="")
    store = StoreOnItsThread(runtime.context.runner)
    await runtime.start()
    try:
        assert runtime.http_port is None and fake.sockets
        assert any("Socket Mode connected" in r.message for r in caplog.records)
        await runtime.handlers()["slack_post"](
            store.run(lambda s: outbox.claim_due(s.db, ["slack_post"], datetime.now(UTC), 1)[0])
        )
        command = dict(parse_qsl(slash_command_body(text="開示請求をしたい")))
        sent = await fake.push("slash_commands", command)
        [ack] = await eventually(lambda: [a for a in fake.socket_acks if a["envelope_id"] == sent])
        assert ack["payload"]["response_type"] == "ephemeral"
        assert "disclosure" in json.dumps(ack["payload"]["blocks"])
        click = json.loads(
            unquote(
                block_actions_body(
                    "case_claim", str(case.number), "U0STAFF01", CHANNEL,
                    store.case(case.number).slack_ts,
                ).removeprefix("payload=")
            )
        )  # fmt: skip
        clicked = await fake.push("interactive", click)
        await eventually(lambda: any(a["envelope_id"] == clicked for a in fake.socket_acks))
        await eventually(lambda: store.case(case.number).assignee == "U0STAFF01")
        await eventually(lambda: fake.calls_to("chat.update"))
    finally:
        await runtime.stop()
    await eventually(lambda: not fake.sockets)  # the WebSocket was closed


async def test_start_up_does_not_warn_that_the_token_is_unused(
    fresh_store: CaseStore,
    fake: FakeSlack,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The desk's normal set-up: the token in the environment, and a client built by the desk.
    monkeypatch.setenv("SLACK_BOT_TOKEN", fake.bot_token)
    caplog.set_level(logging.DEBUG)
    runtime = runtime_for(fresh_store, fake)
    await runtime.start()
    await runtime.stop()
    assert not [r for r in caplog.records if "will be unused" in r.getMessage()]
    assert any("HTTP mode" in r.getMessage() for r in caplog.records)  # it did log


async def test_bolt_never_logs_the_body_of_a_request_it_refuses(
    fresh_store: CaseStore, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    """The second guard: even a request that reaches Bolt unsigned leaves no body in the log."""
    from slack_bolt.request.async_request import AsyncBoltRequest

    caplog.set_level(logging.DEBUG)
    runtime = runtime_for(fresh_store, fake)
    body = "token=x&text=SECRET-BODY-7Q"
    response = await runtime.app.async_dispatch(
        AsyncBoltRequest(body=body, headers={"x-slack-request-timestamp": str(int(time.time()))})
    )
    assert response.status == 401
    assert not [r for r in caplog.records if "SECRET-BODY-7Q" in r.getMessage()]


async def test_a_slack_outage_is_logged_when_it_starts_and_ends_not_per_attempt(
    fresh_store: CaseStore, fake: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cases = [new_case(fresh_store, subject=f"case {n}") for n in range(3)]
    async with slack_desk(fresh_store, fake) as desk:
        # Every call fails for a while: 15 answers of 503, three per attempt with the SDK's
        # own retries, so about five failed attempts before the posts go through.
        fake.fail_next("chat.postMessage", status=503, count=15)
        await desk.work_until(lambda: all(s == "done" for *_, s in desk.outbox_rows("slack_post")))
    assert len(fake.channel_messages(CHANNEL)) == len(cases)
    said = [r for r in caplog.records if r.levelno >= logging.INFO]
    texts = [r.getMessage() for r in said]
    assert [t for t in texts if "peer unavailable" in t] == [
        "outbox slack: peer unavailable (slack: HTTP 503 (internal_error)); rows wait in the "
        "outbox and are retried"
    ]
    assert len([t for t in texts if "peer back after" in t]) == 1
    assert not [t for t in texts if "retry in" in t or "retry handler" in t], texts
    assert not [r for r in said if r.exc_info]  # no library tracebacks


def test_socket_mode_failures_reach_the_log_once_a_minute_with_one_traceback() -> None:
    from bot.runtime import OncePerInterval

    def failure(at: float) -> logging.LogRecord:
        try:
            raise ConnectionError("refused")
        except ConnectionError:
            import sys

            info = sys.exc_info()
        record = logging.LogRecord(
            "bot.socket_mode", logging.ERROR, __file__, 1, "Failed to connect", None, info
        )
        record.created = at
        return record

    gate = OncePerInterval(60.0)
    records = [failure(float(t)) for t in range(0, 125, 5)]  # every 5 s for two minutes
    passed = [r for r in records if gate.filter(r)]
    assert [r.created for r in passed] == [0.0, 60.0, 120.0]
    assert passed[0].exc_info is not None
    assert [r.exc_info for r in passed[1:]] == [None, None]
    assert passed[1].getMessage() == "Failed to connect (11 more like it since the last)"
    info = logging.LogRecord("bot.socket_mode", logging.INFO, __file__, 1, "hello", None, None)
    assert gate.filter(info)  # ordinary news is not held back


async def test_web_api_calls_share_one_connection(fresh_store: CaseStore, fake: FakeSlack) -> None:
    """The runtime's client keeps one HTTP session: its calls reuse a kept-alive connection
    instead of opening one (a TLS handshake at Slack) per call; stop closes it."""
    async with slack_desk(fresh_store, fake) as desk:
        client = desk.runtime.client
        for n in range(3):
            await client.chat_postMessage(channel=CHANNEL, text=f"m{n}")
        session = client.session
    peers = {call.peer for call in fake.calls}
    assert len(fake.calls) >= 4 and None not in peers
    assert len(peers) == 1
    assert session is not None and session.closed and desk.runtime.client.session is None
