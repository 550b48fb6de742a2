"""The mail edge: an aiosmtpd SMTP or LMTP server in the desk's own event loop.

It accepts mail only for the inquiry addresses, stores the raw bytes and the envelope with
an fsync'd commit, and only then answers 250 ("250 means stored", RFC 5321 §6.1). Everything
else happens later, from the outbox.
"""

from __future__ import annotations

import asyncio
import logging
import math
import socket
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from casework.errors import ConfigError
from casework.priority import SenderShare
from casework.settings import ListenerSettings
from casework.store import CaseStore, Received, StoredOutcome, StoreRunner
from responder.session import (
    ConnectionLimits,
    DeskEnvelope,
    LimitedLMTP,
    LimitedSMTP,
    peer_host,
)

log = logging.getLogger(__name__)

# Reply strings are named constants so that tests compare against them.
ERR_UNKNOWN_RECIPIENT = "550 5.1.1 <{}>: mailbox unknown here; this server does not relay"
ERR_TEMPORARY = "451 4.3.0 Temporary failure, please try again later"
ERR_TOO_MANY_RECIPIENTS = "452 4.5.3 Too many recipients"
ERR_REPEATED_RECIPIENT = "550 5.5.0 <{}>: already a recipient of this mail"
OK_RECIPIENT = "250 2.1.5 Ok"
# RFC 5321 §4.5.3.1.8: a server must take at least 100 recipients, and may refuse more with
# 452; the desk has a handful of addresses, so 100 distinct names is never a real mail.
MAX_RECIPIENTS = 100
OK_STORED = "250 2.0.0 Ok: stored as {}"
OK_DUPLICATE = "250 2.0.0 Ok: already stored as {}"


@dataclass
class ListenerStats:
    received: int = 0
    duplicates: int = 0
    refused_recipients: int = 0
    refused_connections: int = 0
    temporary_failures: int = 0
    too_big: int = 0
    end_of_data_to_reply: list[float] = field(default_factory=list)  # seconds, bounded


class ListenerGate:
    """Lets the listener go first: the intake and mail workers wait here before each claim.

    A quiet listener (no mail waiting for its commit, none answered within `quiet` seconds)
    holds nobody. A busy one holds each worker up to `pause` seconds a round, and `pause`
    follows the listener's own latency, end of DATA to reply: it doubles (from `shortest`, up
    to `longest`) after each reply slower than twice the listener's floor plus `tolerance`
    while the listener is crowded (`crowd` mails waited for their commit at once within
    `quiet` seconds), and after any other reply shrinks by a tenth, at most once every
    `shortest` seconds. The floor is the fastest
    recent reply (it creeps up after the fastest, so a slower disk becomes the new normal).
    A slow reply with nobody else waiting is the disk or the machine, not a listener short
    of time: holding intake then would only make the backlog (and the acknowledgements)
    late. So outbox work gets the time a saturated listener leaves, at whatever rate it
    saturates (a fixed rate threshold never closed on a busy machine), runs freely below
    that, and still gets a round every `longest` seconds, so the drain goes on.
    docs/benchmarks.md, "Intake with a new connection per message"."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        quiet: float = 0.05,
        crowd: int = 2,
        tolerance: float = 0.001,
        shortest: float = 0.01,
        longest: float = 1.0,
    ) -> None:
        self.clock = clock
        self.sleep = sleep
        self.quiet = quiet
        self.crowd = crowd
        self.tolerance = tolerance
        self.shortest = shortest
        self.longest = longest
        self.pause = 0.0  # how long a busy listener holds a worker, this round
        self.floor = math.inf  # the listener's fastest recent reply, seconds
        self.waiting = 0  # mails between end of DATA and their reply
        self.last_answer = -math.inf
        self.last_crowd = -math.inf  # when `crowd` mails last waited at once
        self.last_shrink = -math.inf  # when the pause last shrank
        self.held = 0.0  # seconds workers were held in all

    def mail_waiting(self) -> None:
        self.waiting += 1
        if self.waiting >= self.crowd:
            self.last_crowd = self.clock()

    def mail_answered(self, latency: float) -> None:
        """A mail got its reply `latency` seconds after the end of its DATA."""
        self.waiting -= 1
        self.last_answer = now = self.clock()
        crowded = now - self.last_crowd < self.quiet
        if crowded and latency > 2 * self.floor + self.tolerance:
            self.pause = min(self.longest, max(2 * self.pause, self.shortest))
        elif now - self.last_shrink >= self.shortest:
            # By the clock, not per reply: a saturated listener answers a thousand a second,
            # and one quick reply among them says little.
            self.last_shrink = now
            self.pause = self.pause * 0.9 if self.pause > self.shortest / 10 else 0.0
        self.floor = min(self.floor, latency)
        self.floor += (latency - self.floor) / 5000

    def busy(self) -> bool:
        return self.waiting > 0 or self.clock() - self.last_answer < self.quiet

    async def wait(self) -> float:
        """Wait while the listener is busy, at most `pause` seconds; returns the wait."""
        began = self.clock()
        while self.busy():
            left = began + min(self.pause, self.longest) - self.clock()
            if left <= 0:
                break
            await self.sleep(min(left, self.shortest))
        waited = self.clock() - began
        self.held += waited
        return waited


class GroupCommitWriter:
    """Stores received mail in batches: while one commit is being fsync'd, the mail that
    arrives meanwhile waits for the next one, so twenty sessions share one fsync."""

    def __init__(
        self,
        runner: StoreRunner,
        duplicate_window: timedelta,
        on_stored: Callable[[], None] = lambda: None,
        max_batch: int = 256,
        gate: ListenerGate | None = None,
    ) -> None:
        self.gate = gate or ListenerGate()
        self._runner = runner
        self._window = duplicate_window
        self._on_stored = on_stored
        self._max_batch = max_batch
        self._pending: list[tuple[Received, asyncio.Future[StoredOutcome]]] = []
        self._wake = asyncio.Event()

    async def store(self, item: Received) -> StoredOutcome:
        future: asyncio.Future[StoredOutcome] = asyncio.get_running_loop().create_future()
        self._pending.append((item, future))
        self._wake.set()
        self.gate.mail_waiting()
        started = time.perf_counter()
        try:
            return await future
        finally:
            self.gate.mail_answered(time.perf_counter() - started)

    async def run(self) -> None:
        while True:
            await self._wake.wait()
            batch = self._pending[: self._max_batch]
            del self._pending[: self._max_batch]
            if not self._pending:
                self._wake.clear()
            if not batch:
                continue
            try:
                outcomes = await self._runner.call(
                    store_and_release, [item for item, _ in batch], self._window
                )
            except Exception as exc:  # the caller answers 451 and logs the traceback
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), outcome in zip(batch, outcomes, strict=True):
                if not future.done():
                    future.set_result(outcome)
            self._on_stored()


def store_and_release(
    store: CaseStore, batch: list[Received], duplicate_window: timedelta
) -> list[StoredOutcome]:
    """Store a batch, then close the spools of its large mails, stored or not. Here, on the
    store's thread: closing a file of 24 MB frees its pages, milliseconds that the event loop
    should not wait; and not in the session, whose client may go while the store reads it."""
    try:
        return store.store_received(batch, duplicate_window=duplicate_window)
    finally:
        for item in batch:
            if item.spool is not None:
                item.spool.close()


class InquiryHandler:
    """aiosmtpd handler: recipient checks at RCPT time, durable storage at DATA."""

    def __init__(
        self,
        addresses: tuple[str, ...],
        writer: GroupCommitWriter,
        clock: Callable[[], datetime],
        *,
        lmtp: bool,
        stats: ListenerStats | None = None,
    ) -> None:
        self.addresses = {a.lower() for a in addresses}
        self.writer = writer
        self.clock = clock
        self.lmtp = lmtp
        self.stats = stats or ListenerStats()
        self.senders = SenderShare()  # a domain flooding the listener: its intake goes last

    def accepts(self, address: str) -> bool:
        # Domains compare case-insensitively (RFC 5321 §2.4); the desk's own local parts
        # are treated the same way, since no mailbox of ours differs only by case.
        return address.strip().lower() in self.addresses

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        key = address.strip().lower()
        named = envelope.recipients_named if isinstance(envelope, DeskEnvelope) else {key}
        if key not in named and len(named) >= MAX_RECIPIENTS:
            self.stats.refused_recipients += 1
            return ERR_TOO_MANY_RECIPIENTS
        named.add(key)  # a repeated name counts once
        if not self.accepts(address):
            self.stats.refused_recipients += 1
            return ERR_UNKNOWN_RECIPIENT.format(address.replace("\r", "").replace("\n", ""))
        if any(r.strip().lower() == key for r in envelope.rcpt_tos):
            # Stored once either way. LMTP owes one reply after DATA per recipient accepted
            # (RFC 2033 §4.2), so there a repeat is refused rather than accepted twice.
            return ERR_REPEATED_RECIPIENT.format(key) if self.lmtp else OK_RECIPIENT
        envelope.rcpt_tos.append(address)
        return OK_RECIPIENT

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        started = time.perf_counter()
        spool = envelope.spool if isinstance(envelope, DeskEnvelope) else None
        raw = envelope.original_content or b""
        item = Received(
            raw=raw,
            spool=spool,
            mail_from=envelope.mail_from or "<>",
            rcpt_tos=tuple(envelope.rcpt_tos),
            peer=peer_host(session.peer),
            tls=session.ssl is not None,
            received_at=self.clock(),
            priority=self.senders.note(envelope.mail_from or ""),
        )
        try:
            outcome = await self.writer.store(item)
        except Exception:
            # RFC 5321 §4.2.5: our fault is transient; the sender's MTA keeps the mail and
            # retries. Never a 5xx, never the exception's text on the wire.
            log.exception("could not store mail from %s; answered 451", peer_host(session.peer))
            self.stats.temporary_failures += 1
            return self._per_recipient(envelope, ERR_TEMPORARY)
        self._record(started, outcome)
        template = OK_DUPLICATE if outcome.duplicate else OK_STORED
        return self._per_recipient(envelope, template.format(outcome.message_id))

    async def handle_exception(self, error: Exception) -> str:
        log.error("SMTP session error", exc_info=error)
        self.stats.temporary_failures += 1
        return ERR_TEMPORARY

    def _per_recipient(self, envelope: Envelope, status: str) -> str:
        # RFC 2033 §4.2: in LMTP, one reply per accepted recipient, in RCPT order.
        if self.lmtp:
            return "\r\n".join(status for _ in envelope.rcpt_tos)
        return status

    def _record(self, started: float, outcome: StoredOutcome) -> None:
        self.stats.received += 1
        self.stats.duplicates += int(outcome.duplicate)
        samples = self.stats.end_of_data_to_reply
        if len(samples) >= 10_000:
            del samples[:5_000]
        samples.append(time.perf_counter() - started)


def tls_context(settings: ListenerSettings) -> ssl.SSLContext | None:
    if settings.tls_cert is None or settings.tls_key is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(str(settings.tls_cert), str(settings.tls_key))
    except (ssl.SSLError, OSError) as exc:  # not PEM, a key that does not match, unreadable
        raise ConfigError(
            "listener.tls_cert", f"cannot load the certificate and key ({exc})"
        ) from None
    return context


def session_factory(
    settings: ListenerSettings,
    handler: InquiryHandler,
    limits: ConnectionLimits,
    spool_dir: Path | None = None,
) -> Callable[[], SMTP]:
    cls = LimitedLMTP if settings.protocol == "lmtp" else LimitedSMTP
    kwargs: dict[str, Any] = {
        "data_size_limit": settings.max_message_size,
        "enable_SMTPUTF8": settings.smtputf8,
        "decode_data": False,  # keep bytes exactly as received; also advertises 8BITMIME
        "timeout": settings.idle_timeout,
        "tls_context": tls_context(settings),
        # Per-session caps against a client looping on one command. Postfix
        # reuses LMTP sessions for many messages, so the mail commands get generous limits.
        "command_call_limit": {
            "MAIL": 100_000,
            "RCPT": 1_000_000,
            "DATA": 100_000,
            "RSET": 100_000,
            "*": 100,
        },
        "ident": "inquiry-desk",
        # Named once: aiosmtpd otherwise calls socket.getfqdn() for every connection, a
        # blocking resolver lookup on the event loop (a slow DNS server stalls every session).
        "hostname": settings.hostname or socket.getfqdn(),
    }

    def make() -> SMTP:
        session = cls(handler, **kwargs)
        session.limits = limits
        session.data_timeout = settings.data_timeout
        session.spool_dir = spool_dir
        return session

    return make


async def start_listener(
    settings: ListenerSettings, handler: InquiryHandler, spool_dir: Path | None = None
) -> asyncio.Server:
    """Listen; a large mail is spooled in `spool_dir` as it arrives (casework.spool), which
    should be the data directory (private, and on the database's disk)."""
    limits = ConnectionLimits(settings.max_connections, settings.max_connections_per_client)
    loop = asyncio.get_running_loop()
    return await loop.create_server(
        partial(session_factory(settings, handler, limits, spool_dir)),
        settings.host,
        settings.port,
    )
