"""The Slack edge, put together: the Web API client, the Bolt app, its transport, the publisher.

Everything runs in the desk's own event loop. Bolt's `AsyncApp.start()` is never used, since it
would take over the loop; instead the app is served either over Socket Mode
(`AsyncSocketModeHandler.connect_async`, when an app-level token is set: no inbound port) or
over HTTP by an aiohttp server of our own on ``[slack] http_host:http_port`` at
``POST /slack/events``, where Bolt verifies every request's signature with the signing secret
(https://docs.slack.dev/authentication/verifying-requests-from-slack/).

Start-up calls auth.test itself (the async Bolt app has no eager token check), so a wrong token
stops the desk with a message naming SLACK_BOT_TOKEN. A Slack that cannot be *reached* at
start-up does not stop the desk: mail keeps arriving, and case posts wait in the outbox.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bot.access import Access
from bot.erasure import SlackErasure
from bot.listeners import register
from bot.listeners.context import ListenerContext, MessageIds
from bot.publisher import Publisher
from casework.connections import BoundedRunner
from casework.errors import ConfigError
from casework.faq import Faq
from casework.groupcommit import GroupCommit
from casework.jobs import OutboxRow
from casework.letters import Letters, replies_dir
from casework.matching import FaqMatcher
from casework.readside import ReadRunner
from casework.settings import Settings
from casework.store import StoreRunner

log = logging.getLogger("bot")

EVENTS_PATH = "/slack/events"
API_TIMEOUT = 10.0  # seconds per Web API call; an outage then returns the row to the outbox
SDK_RETRIES = 2  # the SDK's own retries per call, for each of 429, 5xx and dropped connections
REQUEST_MAX = 1024 * 1024  # Slack's requests are a few kilobytes; refuse anything absurd
# auth.test answers that mean the token itself is wrong, not that Slack is unwell.
TOKEN_ERRORS = frozenset(
    {"invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive"}
)
SOCKET_CONNECT_WAIT = 10.0  # start-up waits this long for Socket Mode, then lets it go on
TIMESTAMP_DIGITS = 12  # X-Slack-Request-Timestamp is Unix seconds: ten digits until 2286
REFUSED = {"error": "invalid request"}  # Bolt's own answer to a request that fails verification


class QuietBoltRecords(logging.Filter):
    """Drops two slack_bolt records that must not reach the desk's log.

    Bolt logs the whole body of a request whose signature fails, at INFO: anyone could write
    their own bytes (a megabyte a request) into the log. The desk checks signatures before Bolt
    sees a request, so this is the second guard. Bolt also warns on every start that the token
    is unused when the app is given a ready client while SLACK_BOT_TOKEN is set (it reads that
    variable itself), which is exactly the desk's set-up."""

    DROP = ("Invalid request signature", warning_client_prioritized_and_token_skipped())

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith(self.DROP))


class OncePerInterval(logging.Filter):
    """Lets a logger's warnings and errors through once per `interval` seconds (of the
    records' own time), the next one saying how many were held back; tracebacks only on the
    first. The Socket Mode client logs every failed reconnection with its traceback, a few
    seconds apart for as long as Slack is unreachable."""

    def __init__(self, interval: float = 60.0) -> None:
        super().__init__()
        self.interval = interval
        self.last: float | None = None
        self.held = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        if self.last is not None and record.created - self.last < self.interval:
            self.held += 1
            return False
        if self.last is not None:
            record.exc_info, record.exc_text = None, None
            if self.held:
                record.msg = f"{record.getMessage()} ({self.held} more like it since the last)"
                record.args = None
        self.last, self.held = record.created, 0
        return True


def socket_logger() -> logging.Logger:
    """The Socket Mode client's logger, its repeated failures let through once a minute."""
    logger = logging.getLogger("bot.socket_mode")
    if not any(isinstance(f, OncePerInterval) for f in logger.filters):
        logger.addFilter(OncePerInterval())
    return logger


def bolt_logger() -> logging.Logger:
    """The logger given to the Bolt app: Bolt copies its filters to every logger it makes."""
    logger = logging.getLogger("slack_bolt.inquiry_desk")
    if not any(isinstance(f, QuietBoltRecords) for f in logger.filters):
        logger.addFilter(QuietBoltRecords())
    return logger


def signed_by_slack(verifier: SignatureVerifier, body: bytes, headers: Mapping[str, str]) -> bool:
    """Slack's request signature, checked before anything else reads the request
    (https://docs.slack.dev/authentication/verifying-requests-from-slack/). A timestamp that is
    not a plain number is a refusal like any other, not an error."""
    timestamp = headers.get("X-Slack-Request-Timestamp", "")
    signature = headers.get("X-Slack-Signature", "")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= TIMESTAMP_DIGITS):
        return False
    return verifier.is_valid(body, timestamp, signature)


def slack_error(exc: SlackApiError) -> str:
    """Slack's error code for a refused call (or the HTTP status when there is none)."""
    return str(exc.response.get("error") or exc.response.status_code)


def api_base_url(url: str) -> str:
    """The Web API base URL, ending in "/": the SDK joins method names onto it with urljoin,
    which drops the last path segment of a URL without the slash."""
    return url if url.endswith("/") else url + "/"


def sdk_logger() -> logging.Logger:
    """The Web API client's logger. The SDK says "A retry handler found" at INFO on every retry
    of every call, hundreds of lines in an outage; the outbox tells an outage in a few lines of
    its own, so only the SDK's warnings and errors are kept."""
    logger = logging.getLogger("bot.slack_sdk")
    logger.setLevel(logging.WARNING)
    return logger


class RateLimitRetry(AsyncRateLimitErrorRetryHandler):
    """The SDK's retry after a 429, for every method but chat.postMessage. Posts overlap
    (`Publisher._post_message`): a post that slept its Retry-After inside the SDK would go
    out beside the posts started meanwhile. Its 429 goes to the publisher instead, which
    holds every later post for the Retry-After, and its row back to the outbox."""

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if request.url.rstrip("/").endswith("/chat.postMessage"):
            return False
        return await super()._can_retry_async(
            state=state, request=request, response=response, error=error
        )


def make_client(token: str, api_url: str, *, timeout: float = API_TIMEOUT) -> AsyncWebClient:
    """The Web API client, with bounded retries for rate limits, server errors and dropped
    connections (the async handler classes: the sync ones fail on an async client)."""
    return AsyncWebClient(
        token=token,
        base_url=api_base_url(api_url),
        logger=sdk_logger(),
        timeout=max(1, round(timeout)),  # whole seconds, as the SDK types it
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=SDK_RETRIES),
            RateLimitRetry(max_retry_count=SDK_RETRIES),
            AsyncServerErrorRetryHandler(max_retry_count=SDK_RETRIES),
        ],
    )


class SlackRuntime:
    """The running Slack edge. `start()`, then give `handlers()` to the "slack" outbox worker."""

    def __init__(
        self,
        settings: Settings,
        *,
        runner: StoreRunner,
        matcher: FaqMatcher,
        faq: Faq,
        clock: Callable[[], datetime],
        notify: Callable[[], None],
        message_ids: MessageIds,
        api_timeout: float = API_TIMEOUT,
        writes: GroupCommit | None = None,
        reads: ReadRunner | None = None,
    ) -> None:
        s = settings.slack
        self.settings = settings
        self.client = make_client(s.bot_token, s.api_url, timeout=api_timeout)
        # Socket Mode requests are not signed; an unguessable secret keeps the verifier shut.
        secret = s.signing_secret or secrets.token_hex(32)
        self.verifier = SignatureVerifier(secret)
        self.app = AsyncApp(
            client=self.client, signing_secret=secret, name="inquiry-desk", logger=bolt_logger()
        )
        self.publisher = Publisher(
            self.client,
            runner,
            faq,
            s.channel,
            interval=s.post_interval,
            show_mail=s.show_mail,
            clock=clock,
            writes=writes,
            reads=reads,
        )
        self.access = Access(self.client, s.allowed_users, s.allowed_usergroup)
        self.context = ListenerContext(
            settings=settings,
            runner=runner,
            client=self.client,
            publisher=self.publisher,
            access=self.access,
            matcher=matcher,
            faq=faq,
            clock=clock,
            notify=notify,
            message_ids=message_ids,
            letters=Letters(replies_dir(settings.desk.templates_dir)),
        )
        register(self.app, self.context)
        self._web: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._port: int | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._http: aiohttp.ClientSession | None = None

    @property
    def http_port(self) -> int | None:
        """The port bound in HTTP mode (the settings may say 0 for any); None otherwise."""
        return self._port

    def handlers(self) -> dict[str, Callable[[OutboxRow], Awaitable[None]]]:
        """The outbox handlers: slack_post, slack_update, slack_thread, slack_note, slack_erase,
        and the opening digest and response-target reminders."""
        from bot.opening import OpeningPoster
        from bot.reminders import ReminderPoster

        opening = OpeningPoster(self.client, self.context.runner, self.publisher)
        usergroup = self.settings.slack.allowed_usergroup
        reminders = ReminderPoster(self.context.runner, self.publisher, usergroup)
        return {
            **self.publisher.handlers(),
            **SlackErasure(self.publisher).handlers(),
            **opening.handlers(),
            **reminders.handlers(),
        }

    async def start(self) -> None:
        s = self.settings.slack
        if not s.channel:
            raise ConfigError("slack.channel", "set it to the cases channel's ID (C0123456789)")
        if not s.bot_token:
            raise ConfigError("SLACK_BOT_TOKEN", "is not set")
        if not s.app_token and not s.signing_secret:
            raise ConfigError(
                "SLACK_SIGNING_SECRET",
                "HTTP mode (no SLACK_APP_TOKEN) needs the app's signing secret to verify requests",
            )
        if self.app.oauth_flow is not None:
            raise ConfigError(
                "SLACK_CLIENT_ID",
                "the desk is a single-workspace app; unset SLACK_CLIENT_ID and SLACK_CLIENT_SECRET",
            )
        if self.client.session is None:
            # One HTTP session for every Web API call: without one the SDK opens a session and
            # a new connection (a TLS handshake at Slack) for each call and closes it after.
            # Created here, inside the running loop; the SDK's retry handlers retry a pooled
            # connection the server has closed.
            self._http = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.client.timeout)
            )
            self.client.session = self._http
        await self._check_token()
        if s.app_token:
            await self._start_socket_mode()
        else:
            await self._start_http()

    async def _check_token(self) -> None:
        try:
            who = await self.client.auth_test()
        except SlackApiError as exc:
            if (error := slack_error(exc)) in TOKEN_ERRORS:
                raise ConfigError("SLACK_BOT_TOKEN", f"Slack rejected the token: {error}") from None
            log.warning("Slack: auth.test failed (%s); carrying on, posts wait in outbox", error)
            return
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            log.warning(
                "Slack: not reachable at start-up (%s: %s); carrying on, posts wait in the outbox",
                type(exc).__name__,
                exc,
            )
            return
        log.info(
            "Slack: signed in as %s (%s) in %s; cases go to channel %s",
            who.get("user"),
            who.get("user_id"),
            who.get("team"),
            self.settings.slack.channel,
        )

    async def _start_http(self) -> None:
        s = self.settings.slack
        app = web.Application(client_max_size=REQUEST_MAX)
        app.router.add_post(EVENTS_PATH, self._dispatch)
        runner = BoundedRunner(app, access_log=None)  # facing the internet: bounded
        await runner.setup()
        try:
            await web.TCPSite(runner, s.http_host, s.http_port).start()
        except OSError as exc:
            await runner.cleanup()
            where = f"{s.http_host}:{s.http_port}"
            raise ConfigError("slack.http_port", f"cannot listen on {where} ({exc})") from exc
        self._web = runner
        self._port = int(runner.addresses[0][1])
        log.info(
            "Slack: HTTP mode, listening on http://%s:%d%s (requests verified with the signing "
            "secret)",
            s.http_host,
            self._port,
            EVENTS_PATH,
        )

    async def _dispatch(self, request: web.Request) -> web.Response:
        try:
            body = await request.read()
        except ConnectionError:
            # The client left before its body arrived (anyone can, any number of times):
            # one line, not aiohttp's ERROR with a traceback for each.
            log.info("Slack: a request to %s ended before its body arrived", EVENTS_PATH)
            return web.json_response(REFUSED, status=400)
        if not signed_by_slack(self.verifier, body, request.headers):
            return web.json_response(REFUSED, status=401)
        try:
            bolt_request = await to_bolt_request(request)
        except (ValueError, RecursionError, AttributeError):
            # Signed, yet not a body Slack sends (not JSON, a JSON array, nested past what the
            # parser takes): 400, one log line, never a 500 with a traceback that Slack retries.
            log.warning("Slack: a signed request whose body is not Slack's was refused (400)")
            return web.json_response(REFUSED, status=400)
        response = await self.app.async_dispatch(bolt_request)
        return await to_aiohttp_response(response)

    async def _start_socket_mode(self) -> None:
        token = self.settings.slack.app_token
        # Created here, inside the running loop: the client opens its aiohttp session at once.
        self._socket = handler = AsyncSocketModeHandler(
            self.app, app_token=token, loop=asyncio.get_running_loop(), logger=socket_logger()
        )
        # The SDK retries a failed connection forever, a wrong token included; so ask for the
        # WebSocket URL ourselves first, and stop at once if Slack rejects the app token.
        try:
            opened = await self.client.apps_connections_open(app_token=token)
            handler.client.wss_uri = str(opened["url"])
        except SlackApiError as exc:
            if (error := slack_error(exc)) in TOKEN_ERRORS:
                self._socket = None
                await handler.close_async()  # type: ignore[no-untyped-call]
                raise ConfigError("SLACK_APP_TOKEN", f"Slack rejected the token: {error}") from None
            log.warning("Slack: apps.connections.open failed (%s); will keep trying", error)
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            log.warning("Slack: Socket Mode not reachable (%s); will keep trying", exc)
        task = asyncio.create_task(self._connect(handler), name="slack-socket-connect")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        done, _ = await asyncio.wait({task}, timeout=SOCKET_CONNECT_WAIT)
        if not done:
            log.warning(
                "Slack: Socket Mode is still connecting after %.0f s; carrying on, it keeps "
                "trying in the background",
                SOCKET_CONNECT_WAIT,
            )

    async def _connect(self, handler: AsyncSocketModeHandler) -> None:
        await handler.connect_async()  # type: ignore[no-untyped-call]
        if not handler.client.closed:
            log.info("Slack: Socket Mode connected (outbound WebSocket; no inbound port is open)")

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        socket, self._socket = self._socket, None
        if socket is not None:
            with contextlib.suppress(Exception):
                await socket.close_async()  # type: ignore[no-untyped-call]
        if self._web is not None:
            await self._web.cleanup()
            self._web = None
            self._port = None
        http, self._http = self._http, None
        if http is not None:
            self.client.session = None
            await http.close()
