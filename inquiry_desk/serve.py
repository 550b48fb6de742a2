"""`inquiry-desk serve`: one process, one event loop, the listener, the workers and Slack."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from aiohttp import web

from casework import jobs, outbox, slackposts
from casework.autoreply import AutoReplyPolicy
from casework.calendar import BusinessCalendar, calendar_config_from_mapping
from casework.datadir import private_directory
from casework.errors import CaseworkError, ConfigError
from casework.faq import Faq, load_configured_faq
from casework.groupcommit import GroupCommit
from casework.matching import FaqMatcher
from casework.outbox import OutboxWorker, WorkerPolicy
from casework.readside import ReadRunner
from casework.settings import Settings
from casework.store import CaseStore, StoreRunner, open_database
from inquiry_desk.allocator import return_large_blocks
from inquiry_desk.logs import configure_logging
from inquiry_desk.retention_task import DailyPurge
from responder.acknowledgement import AcknowledgementError
from responder.delivery import AckComposer, MailDelivery
from responder.intake import AckRules, IntakeWorker, TriagePool, Triager
from responder.listener import (
    GroupCommitWriter,
    InquiryHandler,
    ListenerGate,
    ListenerStats,
    start_listener,
)
from responder.reply import ReplyIds
from responder.sender import FileSender, MailSender, sender_from_url

if TYPE_CHECKING:  # imported when Slack is configured: mail-only loads no Slack libraries
    from bot.runtime import SlackRuntime

log = logging.getLogger("inquiry_desk")
STOP_GRACE = 10.0  # seconds the workers get to finish their rows at shutdown


def now_utc() -> datetime:
    return datetime.now(UTC)


def serve(settings: Settings) -> int:
    configure_logging(
        level=logging.getLevelName(settings.logging.level.upper()),
        desk_addresses=settings.desk.addresses,
        fmt=settings.logging.format,
    )
    return_large_blocks()  # large mail's buffers go back to the system (inquiry_desk/allocator)
    try:
        import uvloop

        runner: Callable[..., object] = uvloop.run
    except ImportError:  # pragma: no cover - uvloop is a dependency on every supported platform
        runner = asyncio.run
    desk = Desk(settings, clock=now_utc)
    try:
        runner(desk.run_until_stopped())
    except CaseworkError:
        raise  # said in one line by the command (a busy port, a setting)
    except Exception:
        # The command prints one line; the log keeps the traceback for whoever investigates.
        log.exception("the desk stopped on an unexpected error")
        raise
    return 0


class Desk:
    """The running desk. Tests start it in their own loop with `start()` and `stop()`."""

    def __init__(self, settings: Settings, clock: Callable[[], datetime] = now_utc) -> None:
        self.settings = settings
        self.clock = clock
        self.stats = ListenerStats()
        # The intake and mail workers let the listener go first (responder.listener).
        self.gate = ListenerGate()
        self.workers: list[OutboxWorker] = []
        self.tasks: list[asyncio.Task[None]] = []  # the group-commit writer's, then the workers'
        self.worker_tasks: list[asyncio.Task[None]] = []
        self.server: asyncio.Server | None = None
        self.slack: SlackRuntime | None = None
        self.http: web.AppRunner | None = None
        self.sender: MailSender | None = None
        self.triager: Triager | TriagePool | None = None
        self.retention: DailyPurge | None = None

    async def start(self) -> None:
        """Start everything, the listener last. A start that fails says why and leaves no
        database behind that it created: until the listener is open no mail can have been
        stored in it, so removing it loses nothing."""
        ensure_ports_free(self.settings)  # before anything is created on disk
        fresh = not self.settings.database_path.exists()
        try:
            await self._start()
        except BaseException:
            await self._abandon(remove_database=fresh and self.server is None)
            raise

    async def _abandon(self, *, remove_database: bool) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            if self.slack is not None:
                await self.slack.stop()
        with contextlib.suppress(Exception):
            if self.http is not None:
                await self.http.cleanup()
        if self.triager is not None:  # its processes end with the desk, started or not
            await self.triager.aclose()
        reads = getattr(self, "reads", None)
        if reads is not None:
            reads.close()
        runner = getattr(self, "runner", None)
        if runner is not None:
            runner.close()
        if remove_database:
            path = self.settings.database_path
            for leftover in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                # Never hide why the start failed behind a cleanup error (a data_dir that is a
                # file makes every path under it NotADirectoryError).
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)

    async def _start(self) -> None:
        s = self.settings
        faq = load_configured_faq(s.desk.faq_path)
        matcher = FaqMatcher(faq)
        calendar = BusinessCalendar(calendar_config_from_mapping(s.hours))
        try:  # before anything is created: a template that will not load is the setting's
            composer = AckComposer(s, calendar, faq)
            composer.check_templates()
        except AcknowledgementError as exc:
            raise ConfigError("desk.templates_dir", str(exc)) from None
        try:
            private_directory(s.desk.data_dir)
        except OSError as exc:  # a file in the way, a read-only disk: the setting is at fault
            raise ConfigError(
                "desk.data_dir", f"cannot use {s.desk.data_dir} as the data directory ({exc})"
            ) from None
        db = open_database(s.database_path, busy_timeout=s.desk.busy_timeout)
        store = CaseStore(
            db,
            tag_prefix=s.desk.case_tag_prefix,
            slack=s.slack.enabled,
            desk_addresses=s.desk.addresses,
        )
        self.runner = runner = StoreRunner(store)
        self.reads = reads = ReadRunner(runner, s.database_path, busy_timeout=s.desk.busy_timeout)
        recovered = await runner.call(lambda st: outbox.recover(st.db, self.clock()))
        if recovered:
            log.info("re-running %d outbox rows left in flight by the last run", recovered)
        if s.slack.enabled:
            unposted = await runner.call(slackposts.queue_unposted, self.clock())
            if unposted:
                log.info("Slack: queueing %d open cases that are not in the channel yet", unposted)

        # The outbox workers' own writes (claims, finishes, retries) and the intake's, the
        # acknowledgements' and the Slack posts' records: several to a commit.
        self.writes = writes = GroupCommit(runner)
        run_db = partial(_run_db, writes)
        policy = AutoReplyPolicy(
            our_addresses=s.desk.addresses,
            loop_marker=s.desk.address,
            trusted_authserv_id=s.acknowledgement.trusted_authserv_id or None,
        )
        self.sender = sender = sender_from_url(
            s.mail.relay_url, password=s.mail.relay_password, directory=s.outgoing_dir
        )
        if isinstance(sender, FileSender):
            # As the data directory: a path that cannot hold the files is the setting's fault,
            # said now rather than as every acknowledgement parked failed later.
            key = "mail.outgoing_dir" if s.mail.relay_url == "file" else "mail.relay_url"
            try:
                private_directory(sender.directory)
            except OSError as exc:
                raise ConfigError(
                    key, f"cannot write outgoing mail under {sender.directory} ({exc})"
                ) from None
        delivery = MailDelivery(
            runner,
            sender=sender,
            settings=s,
            clock=self.clock,
            composer=composer,
            notify=self._poke_all,
            writes=writes,
            reads=reads,
        )
        triager = Triager(
            matcher=matcher,
            calendar=calendar,
            policy=policy,
            max_header_bytes=s.listener.max_header_bytes,
            id_domain=s.desk.domain,
        )
        processes = s.outbox.triage_processes
        self.triager = TriagePool(triager, processes) if processes else triager
        await self.triager.start()
        intake = IntakeWorker(
            runner,
            triager=self.triager,
            rules=AckRules(enabled=s.acknowledgement.enabled, in_hours=s.acknowledgement.in_hours),
            composer=composer,
            clock=self.clock,
            on_queued=self._poke_all,
            writes=writes,
            reads=reads,
        )
        self.workers = [
            OutboxWorker(
                "intake",
                handlers={jobs.Intake.KIND: intake},
                run_db=run_db,
                policy=self._policy(s.outbox.workers),
                clock=self.clock,
                gate=self.gate.wait,
            ),
            OutboxWorker(
                "mail",
                handlers=delivery.handlers(),
                run_db=run_db,
                policy=self._policy(s.outbox.workers),
                clock=self.clock,
                on_give_up=delivery.give_up_handlers(),
                gate=self.gate.wait,
            ),
        ]
        await self._start_slack(run_db, matcher, faq)
        self.writer = GroupCommitWriter(
            runner,
            timedelta(hours=s.listener.duplicate_window_hours),
            on_stored=self.worker("intake").poke,
            gate=self.gate,
        )
        self.handler = InquiryHandler(
            s.desk.addresses,
            self.writer,
            self.clock,
            lmtp=s.listener.protocol == "lmtp",
            stats=self.stats,
        )
        self.worker_tasks = [
            asyncio.create_task(supervise(w), name=f"outbox-{w.name}") for w in self.workers
        ]
        self.tasks = [
            asyncio.create_task(self.writer.run(), name="group-commit"),
            *self.worker_tasks,
        ]
        if self.slack is not None:  # the opening digest and the reminders are Slack messages
            from inquiry_desk.timers import run_timers

            timers = run_timers(runner, calendar, s, self.clock, self._poke_all)
            self.tasks.append(asyncio.create_task(timers, name="timers"))
        # privacy.retention_days: the daily erase of long-resolved cases (docs/privacy.md).
        self.retention = DailyPurge(s, runner, self.clock, self._poke_all)
        self.tasks.append(asyncio.create_task(self.retention.run(), name="retention"))
        if s.http.port:
            from inquiry_desk.health import Sources, start_http

            sources = Sources(
                runner,
                self.stats,
                lambda: self.workers,
                self.clock,
                time.monotonic(),
                max_outbox_lag=s.health.max_outbox_lag_seconds,
                calendar=calendar,
                post_rate=self.slack.publisher.post_rate if self.slack is not None else None,
                read_calls=lambda: self.reads.calls,
                read_hops=lambda: self.reads.hops,
                gate=lambda: (self.gate.held, self.gate.pause),
            )
            self.http = await _listening(
                "http.port", s.http.host, s.http.port, start_http(sources, s.http.host, s.http.port)
            )
        # The listener opens last: once it answers, mail is being stored.
        self.server = await _listening(
            "listener.port",
            s.listener.host,
            s.listener.port,
            start_listener(s.listener, self.handler, spool_dir=s.desk.data_dir),
        )
        self._say_hello()

    async def _start_slack(
        self, run_db: Callable[..., Awaitable[object]], matcher: FaqMatcher, faq: Faq
    ) -> None:
        s = self.settings
        if not s.slack.enabled:
            log.warning(
                "Slack: not configured (SLACK_BOT_TOKEN is not set): running mail-only; "
                "cases are stored and can be listed with `inquiry-desk cases`"
            )
            return
        from bot.publisher import posting_policy
        from bot.runtime import SlackRuntime

        self.slack = slack = SlackRuntime(
            s,
            runner=self.runner,
            matcher=matcher,
            faq=faq,
            clock=self.clock,
            notify=self._poke_all,
            message_ids=ReplyIds(s.desk.domain),
            writes=self.writes,
            reads=self.reads,
        )
        await slack.start()
        handlers = slack.handlers()
        # chat.update is not paced as posting is (Tier 3, not one a second), and an update of
        # a case whose post still waits does nothing: a worker of their own keeps updates from
        # holding up posts, and posts from holding up updates.
        updates = {k: h for k, h in handlers.items() if k == jobs.SlackUpdate.KIND}
        posts = {k: h for k, h in handlers.items() if k not in updates}
        self.workers.append(
            OutboxWorker(
                "slack",
                handlers=posts,
                run_db=run_db,
                policy=posting_policy(self._policy(1), s.slack.post_interval),
                clock=self.clock,
            )
        )
        self.workers.append(
            OutboxWorker(
                "slack-updates",
                handlers=updates,
                run_db=run_db,
                policy=self._policy(4),
                clock=self.clock,
            )
        )

    def _say_hello(self) -> None:
        s = self.settings
        assert self.server is not None
        bound = ", ".join(f"{a[0]}:{a[1]}" for a in (x.getsockname() for x in self.server.sockets))
        log.info(
            "listening on %s (%s) for %s",
            bound,
            s.listener.protocol.upper(),
            ", ".join(s.desk.addresses),
        )
        log.info("storing data in %s", s.database_path.resolve())
        if self.http is not None:
            site = self.http.addresses[0]
            log.info("health and metrics on http://%s:%s/healthz and /metrics", *site[:2])
        if s.mail.relay_url == "file" or s.mail.relay_url.startswith("file:"):
            log.info("outgoing mail is written as .eml files under %s", s.outgoing_dir.resolve())
        else:
            log.info("outgoing mail goes through the relay %s", _redact(s.mail.relay_url))
        if not s.acknowledgement.trusted_authserv_id:
            log.warning(
                "acknowledgements: no trusted Authentication-Results identity is configured "
                "(acknowledgement.trusted_authserv_id), so sender addresses are not verified "
                "before replying: forged senders may receive acknowledgements (backscatter); "
                "see the README"
            )

    def _policy(self, concurrency: int) -> WorkerPolicy:
        box = self.settings.outbox
        return WorkerPolicy(
            max_attempts=box.max_attempts,
            outage_patience=box.outage_patience_hours * 3600,
            base_delay=box.base_delay,
            max_delay=box.max_delay,
            concurrency=concurrency,
        )

    def worker(self, name: str) -> OutboxWorker:
        """The outbox worker of that name: "intake", "mail", "slack" or "slack-updates"."""
        found = [w for w in self.workers if w.name == name]
        if not found:
            raise LookupError(f"no outbox worker named {name!r}")
        return found[0]

    def _poke_all(self) -> None:
        for worker in self.workers:
            worker.poke()

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.server.wait_closed(), 5)
        # Let the workers finish the rows in hand (a Slack post or a mail half done would run
        # again at the next start), within a grace period; the writer has nothing in flight
        # once the listener is closed.
        for worker in self.workers:
            worker.finish()
        if self.retention is not None:
            self.retention.finish()
        if self.worker_tasks:
            await asyncio.wait(self.worker_tasks, timeout=STOP_GRACE)
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        if self.slack is not None:
            await self.slack.stop()
        if self.http is not None:
            await self.http.cleanup()
        if self.sender is not None:
            with contextlib.suppress(Exception):  # QUIT to the relay is a courtesy
                await self.sender.close()
        if self.triager is not None:
            await self.triager.aclose()
        self.reads.close()
        self.runner.close()

    async def run_until_stopped(self) -> None:
        await self.start()
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stopping.set)
        await stopping.wait()
        log.info("stopping")
        await self.stop()


RESTART_DELAYS = (0.1, 1.0, 5.0, 30.0)  # seconds before a worker that ended runs again


async def supervise(worker: OutboxWorker) -> None:
    """Run `worker` until it is told to finish; if its `run` ends any other way (a fault it
    could not survive), log it and run it again after a pause, so that mail already stored
    still becomes cases. While it is down, /healthz says so (`worker.running` is False)."""
    ends = 0
    while not worker.finishing:
        try:
            await worker.run()
        except Exception as exc:
            worker.fault = f"{type(exc).__name__}: {exc}"
            log.exception("outbox worker %s stopped; restarting it", worker.name)
        else:
            if worker.finishing:
                return
            worker.fault = worker.fault or "returned without being told to finish"
            log.error("outbox worker %s ended (%s); restarting it", worker.name, worker.fault)
        delay = RESTART_DELAYS[min(ends, len(RESTART_DELAYS) - 1)]
        ends += 1
        await asyncio.sleep(delay)


T = TypeVar("T")


def ensure_ports_free(settings: Settings) -> None:
    """Each configured port can be bound, or a ConfigError naming its setting and address
    (the command exits 2 with one line). Checked before the database is created, so a desk
    that cannot start leaves nothing behind."""
    ports = [("listener.port", settings.listener.host, settings.listener.port)]
    if settings.slack.enabled and not settings.slack.app_token:
        ports.append(("slack.http_port", settings.slack.http_host, settings.slack.http_port))
    if settings.http.port:
        ports.append(("http.port", settings.http.host, settings.http.port))
    for key, host, port in ports:
        if port:
            _try_bind(key, host, port)


def _try_bind(key: str, host: str, port: int) -> None:
    try:
        found = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
    except OSError as exc:
        raise ConfigError(key.replace("port", "host"), f"cannot resolve {host!r} ({exc})") from None
    for family, kind, proto, _, address in found:
        with socket.socket(family, kind, proto) as probe:
            # As asyncio's create_server does, so that a port in TIME_WAIT is not "busy".
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:  # and IPv6 alone, as asyncio binds an IPv6 address
                probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            try:
                probe.bind(address)
            except OSError as exc:
                raise _port_error(key, host, port, exc) from None


def _port_error(key: str, host: str, port: int, exc: OSError) -> ConfigError:
    why = exc.strerror or str(exc)
    return ConfigError(key, f"cannot listen on {host}:{port} ({why}); is another desk running?")


async def _listening(key: str, host: str, port: int, opening: Awaitable[T]) -> T:
    """`opening` (a server starting), with a failure to bind said as the setting's error."""
    try:
        return await opening
    except OSError as exc:
        raise _port_error(key, host, port, exc) from None


async def _run_db(writes: GroupCommit, fn: Callable[..., object]) -> object:
    return await writes.call(lambda store: fn(store.db))


def _redact(url: str) -> str:
    head, sep, tail = url.partition("@")
    return f"{head.split('://')[0]}://…@{tail}" if sep else url
