"""The fake Slack Web API and the signed-request helpers, exercised with the real slack_sdk client
and a real Bolt app, all on loopback."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs

import pytest
from aiohttp import web
from fakeslack import FakeSlack
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient
from slack_signing import (
    app_home_opened_body,
    block_actions_body,
    post_signed,
    signed_headers,
    slash_command_body,
    view_submission_body,
)

SECRET = "signing-secret-for-tests"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    async with FakeSlack(
        usergroups={"S0DESK": ["U0STAFF01", "U0STAFF02"]},
        users={"U0STAFF01": {"name": "sato"}},
    ) as server:
        yield server


def client_for(fake: FakeSlack, **kwargs: Any) -> AsyncWebClient:
    return AsyncWebClient(token=fake.bot_token, base_url=fake.url, **kwargs)


# --- the Web API -------------------------------------------------------------------------------


async def test_url_ends_with_api_slash_and_auth_test_answers_in_slacks_shape(
    fake: FakeSlack,
) -> None:
    assert fake.url.startswith("http://127.0.0.1:") and fake.url.endswith("/api/")
    response = await client_for(fake).auth_test()
    assert response["ok"] is True
    assert response["user_id"] == fake.bot_user_id
    assert response["bot_id"] == fake.bot_id
    assert response["team_id"] == fake.team_id
    assert response["url"].startswith("https://")
    call = fake.calls_to("auth.test")[0]
    assert call.headers["authorization"] == f"Bearer {fake.bot_token}"


async def test_wrong_token_is_invalid_auth_and_no_token_is_not_authed(fake: FakeSlack) -> None:
    with pytest.raises(SlackApiError) as wrong:
        await AsyncWebClient(token="xoxb-wrong", base_url=fake.url).auth_test()
    assert wrong.value.response["error"] == "invalid_auth"
    with pytest.raises(SlackApiError) as missing:
        await AsyncWebClient(base_url=fake.url).auth_test()
    assert missing.value.response["error"] == "not_authed"


async def test_apps_connections_open_wants_the_app_token(fake: FakeSlack) -> None:
    response = await AsyncWebClient(token=fake.app_token, base_url=fake.url).apps_connections_open(
        app_token=fake.app_token
    )
    assert response["url"].startswith("ws://127.0.0.1:")
    with pytest.raises(SlackApiError) as bot_token:
        await client_for(fake).apps_connections_open(app_token=fake.bot_token)
    assert bot_token.value.response["error"] == "invalid_auth"


async def test_post_update_and_thread_are_kept_per_channel(fake: FakeSlack) -> None:
    client = client_for(fake)
    first = await client.chat_postMessage(channel="C0CASES1", text="case 1", blocks=[])
    second = await client.chat_postMessage(channel="C0CASES1", text="case 2")
    assert isinstance(first["ts"], str) and first["ts"] != second["ts"]
    assert first["ts"].split(".")[0].isdigit() and len(first["ts"].split(".")[1]) == 6
    assert first["message"]["text"] == "case 1" and first["channel"] == "C0CASES1"

    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "claimed"}}]
    await client.chat_update(
        channel="C0CASES1", ts=first["ts"], text="case 1 (claimed)", blocks=blocks
    )
    reply = await client.chat_postMessage(channel="C0CASES1", thread_ts=first["ts"], text="note")

    message = fake.message("C0CASES1", first["ts"])
    assert (message.text, message.blocks, message.edits) == ("case 1 (claimed)", blocks, 1)
    assert [m.ts for m in fake.thread("C0CASES1", first["ts"])] == [reply["ts"]]
    assert [m.ts for m in fake.channel_messages("C0CASES1")] == [first["ts"], second["ts"]]


async def test_update_of_an_unknown_message_is_message_not_found(fake: FakeSlack) -> None:
    with pytest.raises(SlackApiError) as error:
        await client_for(fake).chat_update(channel="C0CASES1", ts="1.000001", text="x")
    assert error.value.response["error"] == "message_not_found"


async def test_form_bodies_are_accepted_with_blocks_as_json_strings(fake: FakeSlack) -> None:
    blocks = [{"type": "divider"}]
    response = await client_for(fake).api_call(
        "chat.postMessage",
        data={"channel": "C0CASES1", "text": "form", "blocks": json.dumps(blocks)},
    )
    assert fake.message("C0CASES1", response["ts"]).blocks == blocks
    assert (
        fake.calls_to("chat.postMessage")[0]
        .headers["content-type"]
        .startswith("application/x-www-form-urlencoded")
    )


async def test_block_limits_are_enforced(fake: FakeSlack) -> None:
    client = client_for(fake)
    too_many = [{"type": "divider"}] * 51
    with pytest.raises(SlackApiError) as blocks:
        await client.chat_postMessage(channel="C0CASES1", text="x", blocks=too_many)
    assert blocks.value.response["error"] == "invalid_blocks"
    long_header = [{"type": "header", "text": {"type": "plain_text", "text": "あ" * 151}}]
    with pytest.raises(SlackApiError) as header:
        await client.chat_postMessage(channel="C0CASES1", text="x", blocks=long_header)
    assert header.value.response["error"] == "invalid_blocks"
    with pytest.raises(SlackApiError) as text:
        await client.chat_postMessage(channel="C0CASES1", text="x" * 40_001)
    assert text.value.response["error"] == "msg_too_long"
    with pytest.raises(SlackApiError) as empty, pytest.warns(UserWarning, match="text"):
        await client.chat_postMessage(channel="C0CASES1", text="")
    assert empty.value.response["error"] == "no_text"
    view = {"type": "home", "blocks": [{"type": "divider"}] * 101}
    with pytest.raises(SlackApiError) as home:
        await client.views_publish(user_id="U0STAFF01", view=view)
    assert home.value.response["error"] == "invalid_arguments"
    assert fake.messages == {} and fake.home == {}


async def test_rate_limit_is_honoured_by_the_async_retry_handler(fake: FakeSlack) -> None:
    fake.fail_next("chat.postMessage", status=429, retry_after=1)
    client = client_for(fake, retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=2)])
    response = await client.chat_postMessage(channel="C0CASES1", text="after the wait")
    assert response["ok"] is True
    assert len(fake.calls_to("chat.postMessage")) == 2
    assert len(fake.channel_messages("C0CASES1")) == 1


async def test_rate_limit_without_a_retry_handler_surfaces_retry_after(fake: FakeSlack) -> None:
    fake.fail_next(None, status=429, retry_after=7)
    with pytest.raises(SlackApiError) as error:
        await client_for(fake).chat_postMessage(channel="C0CASES1", text="x")
    assert error.value.response.status_code == 429
    assert error.value.response.headers["retry-after"] == "7"
    assert error.value.response["error"] == "ratelimited"
    assert fake.messages == {}


async def test_server_errors_fail_and_are_retried_by_the_server_error_handler(
    fake: FakeSlack,
) -> None:
    fake.fail_next("chat.update", status=503, count=5)
    fake.fail_next("chat.postMessage", status=500)
    with pytest.raises(SlackApiError) as error:
        await client_for(fake).chat_update(channel="C0CASES1", ts="1.1", text="x")
    assert error.value.response.status_code == 503
    client = client_for(fake, retry_handlers=[AsyncServerErrorRetryHandler(max_retry_count=1)])
    response = await client.chat_postMessage(channel="C0CASES1", text="second try")
    assert response["ok"] is True and len(fake.calls_to("chat.postMessage")) == 2


async def test_fail_next_with_an_error_code_answers_ok_false(fake: FakeSlack) -> None:
    fake.fail_next("chat.postMessage", status=200, error="channel_not_found")
    with pytest.raises(SlackApiError) as error:
        await client_for(fake).chat_postMessage(channel="C0CASES1", text="x")
    assert error.value.response["error"] == "channel_not_found"
    assert (await client_for(fake).chat_postMessage(channel="C0CASES1", text="x"))["ok"]


async def test_delay_makes_a_short_client_timeout_fire(fake: FakeSlack) -> None:
    fake.delay(0.5, "auth.test")
    with pytest.raises(asyncio.TimeoutError):
        await client_for(fake, timeout=0.05).auth_test()
    fake.delay(0)
    assert (await client_for(fake).auth_test())["ok"]


async def test_views_open_push_update_and_publish(fake: FakeSlack) -> None:
    client = client_for(fake)
    modal = {"type": "modal", "title": {"type": "plain_text", "text": "Mail"}, "blocks": []}
    opened = await client.views_open(trigger_id="t1", view=modal)
    view_id = opened["view"]["id"]
    assert view_id.startswith("V") and opened["view"]["title"]["text"] == "Mail"
    with pytest.raises(SlackApiError) as reused:
        await client.views_open(trigger_id="t1", view=modal)
    assert reused.value.response["error"] == "exchanged_trigger_id"
    with pytest.raises(SlackApiError) as expired:
        await client.views_open(trigger_id="expired-t2", view=modal)
    assert expired.value.response["error"] == "expired_trigger_id"
    pushed = await client.views_push(trigger_id="t3", view=modal)
    assert pushed["view"]["id"] != view_id
    updated = {**modal, "title": {"type": "plain_text", "text": "Updated"}}
    await client.views_update(view_id=view_id, view=updated)
    assert fake.views[view_id]["title"]["text"] == "Updated"
    await client.views_publish(user_id="U0STAFF01", view={"type": "home", "blocks": []})
    assert fake.home["U0STAFF01"]["type"] == "home"


async def test_lookups_and_ephemeral_and_permalink(fake: FakeSlack) -> None:
    client = client_for(fake)
    members = await client.usergroups_users_list(usergroup="S0DESK")
    assert members["users"] == ["U0STAFF01", "U0STAFF02"]
    with pytest.raises(SlackApiError) as group:
        await client.usergroups_users_list(usergroup="S0NONE")
    assert group.value.response["error"] == "no_such_subteam"
    assert (await client.users_info(user="U0STAFF01"))["user"]["name"] == "sato"
    assert (await client.conversations_info(channel="C0CASES1"))["channel"]["id"] == "C0CASES1"
    posted = await client.chat_postMessage(channel="C0CASES1", text="case")
    link = await client.chat_getPermalink(channel="C0CASES1", message_ts=posted["ts"])
    assert posted["ts"].replace(".", "") in link["permalink"]
    await client.chat_postEphemeral(channel="C0CASES1", user="U0STAFF01", text="only you")
    assert fake.ephemerals[0]["text"] == "only you"


async def test_response_url_records_posts(fake: FakeSlack) -> None:
    webhook = AsyncWebhookClient(url=fake.response_url("r7"))
    response = await webhook.send(text="already claimed", response_type="ephemeral")
    assert response.status_code == 200
    assert fake.responses["r7"] == [{"text": "already claimed", "response_type": "ephemeral"}]


# --- signed requests into a real Bolt app ------------------------------------------------------


def bolt_app(fake: FakeSlack, seen: list[dict[str, Any]]) -> AsyncApp:
    app = AsyncApp(client=client_for(fake), signing_secret=SECRET)

    @app.command("/policy")
    async def policy(ack: Any, command: dict[str, Any]) -> None:
        await ack(text="got it")
        seen.append(command)

    @app.action("case_claim")
    async def claim(ack: Any, body: dict[str, Any]) -> None:
        await ack()
        seen.append(body)

    @app.view("case_reply_submit")
    async def submit(ack: Any, view: dict[str, Any]) -> None:
        await ack()
        seen.append(view)

    @app.event("app_home_opened")
    async def home(event: dict[str, Any]) -> None:
        seen.append(event)

    return app


@pytest.fixture
def no_oauth_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)


async def dispatch(app: AsyncApp, body: str, secret: str = SECRET, **kw: Any) -> int:
    request = AsyncBoltRequest(body=body, headers=signed_headers(body, secret, **kw))
    return (await app.async_dispatch(request)).status


async def test_signed_slash_command_is_accepted_and_bad_signatures_are_not(
    fake: FakeSlack, no_oauth_env: None
) -> None:
    seen: list[dict[str, Any]] = []
    app = bolt_app(fake, seen)
    body = slash_command_body(
        "/policy", "開示請求は?", "U0STAFF01", "C0CASES1", fake.response_url()
    )
    assert parse_qs(body)["command"] == ["/policy"]
    assert await dispatch(app, body) == 200
    assert seen[0]["text"] == "開示請求は?" and seen[0]["user_id"] == "U0STAFF01"
    assert await dispatch(app, body, secret="wrong") == 401
    assert await dispatch(app, body, timestamp=int(time.time()) - 301) == 401


async def test_block_action_view_submission_and_home_event_reach_their_listeners(
    fake: FakeSlack, no_oauth_env: None
) -> None:
    seen: list[dict[str, Any]] = []
    app = bolt_app(fake, seen)
    click = block_actions_body("case_claim", "42", "U0STAFF02", "C0CASES1", "1700000000.000100")
    assert await dispatch(app, click) == 200
    submit = view_submission_body(
        "case_reply_submit", '{"case": 42}', {"reply_body": {"body": "ありがとうございます"}}
    )
    assert await dispatch(app, submit) == 200
    assert await dispatch(app, app_home_opened_body("U0STAFF02")) == 200
    for _ in range(100):  # event listeners run after the ack
        if len(seen) == 3:
            break
        await asyncio.sleep(0.01)
    action_body, view, event = seen
    assert action_body["actions"][0]["value"] == "42"
    assert action_body["container"]["message_ts"] == "1700000000.000100"
    assert action_body["channel"]["id"] == "C0CASES1"
    assert view["state"]["values"]["reply_body"]["body"]["value"] == "ありがとうございます"
    assert event["user"] == "U0STAFF02"


async def test_post_signed_over_http(fake: FakeSlack, no_oauth_env: None) -> None:
    seen: list[dict[str, Any]] = []
    runner = web.AppRunner(bolt_app(fake, seen).web_app(path="/slack/events"))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        host, port = runner.addresses[0][:2]
        body = slash_command_body(text="cookies", response_url=fake.response_url())
        status, text = await post_signed(f"http://{host}:{port}", body, SECRET)
        assert (status, text) == (200, "got it")
        status, _ = await post_signed(f"http://{host}:{port}", body, "wrong")
        assert status == 401
    finally:
        await runner.cleanup()
