"""Requests to the app, built and signed exactly as Slack builds and signs them.

Slash commands arrive form-encoded; interactivity (buttons, modal submissions) arrives as
``payload=<urlencoded JSON>``; events arrive as JSON. Each is signed with
``v0=HMAC-SHA256(secret, "v0:{timestamp}:{raw body}")`` in ``X-Slack-Signature``, using
slack_sdk's own `SignatureVerifier.generate_signature` so the test and the app agree on the
algorithm by construction (https://docs.slack.dev/authentication/verifying-requests-from-slack/).

Use the bodies with Bolt directly (``AsyncBoltRequest(body=body, headers=signed_headers(...))``)
or over HTTP with `post_signed`.
"""

from __future__ import annotations

import itertools
import json
import time
from typing import Any
from urllib.parse import quote, urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

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
