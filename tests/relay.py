"""A real SMTP relay for tests: aiosmtpd listening on 127.0.0.1 inside the test's own loop.

It records every transaction exactly as received and can be told to misbehave: refuse
connections (the listening socket is really closed), answer the next commands with an error,
require AUTH, offer STARTTLS or speak implicit TLS with a certificate made at test time, and
advertise DSN so that RCPT NOTIFY= parameters can be checked.
"""

from __future__ import annotations

import asyncio
import email
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import pytest
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

Stage = Literal["MAIL", "RCPT", "DATA"]
TlsMode = Literal["none", "starttls", "implicit"]


@dataclass
class Transaction:
    mail_from: str  # as aiosmtpd stores it: the null reverse-path is "<>"
    rcpt_tos: list[str]
    raw: bytes  # the DATA content exactly as received (dot-unstuffed, CRLF kept)
    message: EmailMessage
    mail_options: list[str] = field(default_factory=list)
    rcpt_options: list[list[str]] = field(default_factory=list)  # one list per RCPT
    authenticated_as: str | None = None
    tls: bool = False
    arrived: float = field(default_factory=time.monotonic)  # for latency benchmarks


def openssl_available() -> bool:
    return shutil.which("openssl") is not None


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, made with the openssl binary
    (the `cryptography` package is not installed). Skips the calling test without openssl."""
    if not openssl_available():
        pytest.skip("no openssl binary to make a test certificate; TLS tests skipped")
    cert, key = directory / "relay-cert.pem", directory / "relay-key.pem"
    command = [
        "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-nodes", "-days", "1", "-subj", "/CN=localhost",
        "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        "-keyout", str(key), "-out", str(cert),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"openssl could not make a test certificate: {result.stderr.decode()!r}")
    return cert, key


class _DsnSMTP(SMTP):
    """aiosmtpd answers 555 to any RCPT parameter; this relay understands RFC 3461 NOTIFY
    and ORCPT (recording them) so that a client's DSN parameters can be checked."""

    relay: RecordingRelay

    async def smtp_RCPT(self, arg: str | None) -> None:
        if arg and self.relay.advertise_dsn:
            words = arg.split()
            dsn = [w for w in words[1:] if w.upper().startswith(("NOTIFY=", "ORCPT="))]
            self.relay._pending_rcpt_options.setdefault(id(self.session), []).append(dsn)
            arg = " ".join(w for w in words if w not in dsn)
        await super().smtp_RCPT(arg)


class _Handler:
    def __init__(self, relay: RecordingRelay) -> None:
        self.relay = relay

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        session.host_name = hostname
        if self.relay.advertise_dsn:
            responses.insert(-1, "250-DSN")
        return responses

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if self.relay._auth is not None and not session.authenticated:
            return "530 5.7.0 Authentication required"
        self.relay._pending_rcpt_options[id(session)] = []
        failure = self.relay._take_failure("MAIL")
        if failure:
            return failure
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        failure = self.relay._take_failure("RCPT")
        if failure:
            pending = self.relay._pending_rcpt_options.get(id(session))
            if pending:
                pending.pop()  # the refused recipient's parameters are not part of the mail
            return failure
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        failure = self.relay._take_failure("DATA")
        if failure:
            return failure
        raw = envelope.original_content or b""
        parsed = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        auth = session.auth_data
        assert server.transport is not None
        self.relay.messages.append(
            Transaction(
                mail_from=str(envelope.mail_from),
                rcpt_tos=list(envelope.rcpt_tos),
                raw=raw,
                message=parsed,
                mail_options=list(envelope.mail_options),
                rcpt_options=self.relay._pending_rcpt_options.pop(id(session), []),
                authenticated_as=auth.login.decode() if isinstance(auth, LoginPassword) else None,
                tls=server.transport.get_extra_info("sslcontext") is not None,
            )
        )
        self.relay.received.set()
        self.relay.sequence += 1
        return f"250 2.0.0 Ok: queued as T{self.relay.sequence:04d}"


def _hold_port(host: str, port: int) -> socket.socket:
    """A socket bound to the port and not listening: connections to it are refused, and no
    other socket can bind it. Without SO_REUSEADDR where it can (any listener asks for that,
    so with it another listener could still share the port); with it when sessions the relay
    closed still hold the port in TIME_WAIT."""
    held = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        held.bind((host, port))
    except OSError:
        held.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        held.bind((host, port))
    return held


class RecordingRelay:
    """`async with RecordingRelay() as relay:` then send to `relay.host`, `relay.port`."""

    host = "127.0.0.1"

    def __init__(self, *, tls: TlsMode = "none", advertise_dsn: bool = False) -> None:
        self.tls = tls
        self.advertise_dsn = advertise_dsn
        self.messages: list[Transaction] = []
        self.received = asyncio.Event()
        self.sequence = 0
        self.connections = 0
        self.port = 0
        self.certificate: Path | None = None  # the PEM a client must trust, when TLS is on
        self._server: asyncio.Server | None = None
        self._held: socket.socket | None = None  # the port, kept while the relay is down
        self._tls_context: ssl.SSLContext | None = None
        self._auth: tuple[str, str] | None = None
        self._failures: list[tuple[Stage, str]] = []
        self._pending_rcpt_options: dict[int, list[list[str]]] = {}
        self._protocols: list[SMTP] = []
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    async def __aenter__(self) -> RecordingRelay:
        if self.tls != "none":
            self._tmp = tempfile.TemporaryDirectory(prefix="relay-tls-")
            cert, key = make_certificate(Path(self._tmp.name))
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(cert, key)
            self.certificate, self._tls_context = cert, context
        await self.accept_connections()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.refuse_connections()
        if self._held is not None:
            self._held.close()
            self._held = None
        for protocol in self._protocols:  # sessions a client left open
            if protocol.transport is not None:
                protocol.transport.close()
        await asyncio.sleep(0)  # let the transports finish closing inside this loop
        if self._tmp is not None:
            self._tmp.cleanup()

    def client_tls_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts this relay's certificate and nothing else."""
        assert self.certificate is not None, "the relay was started without TLS"
        return ssl.create_default_context(cafile=str(self.certificate))

    # --- switches ---

    async def refuse_connections(self) -> None:
        """Go down: close the listening socket (new connections are refused by the kernel)
        and the sessions clients hold open. The port stays bound, not listening, so that no
        other listener on this machine (another test's server asking for any free port) can
        take it while the relay is down: a client would then talk to a stranger."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
            self._held = _hold_port(self.host, self.port)
        await self.drop_connections()

    async def drop_connections(self) -> None:
        """Close every open session from the relay's side, as a relay does with idle clients
        (Postfix after smtpd_timeout); the listening socket stays open."""
        for protocol in self._protocols:
            if protocol.transport is not None and not protocol.transport.is_closing():
                protocol.transport.close()
        await asyncio.sleep(0)  # let the closes reach the clients

    async def accept_connections(self) -> None:
        """Listen (again), on the same port as before once one was chosen."""
        if self._server is not None:
            return
        if self._held is not None:
            self._held.close()
            self._held = None
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            self._protocol,
            self.host,
            self.port,
            ssl=self._tls_context if self.tls == "implicit" else None,
            reuse_address=True,
        )
        self.port = self._server.sockets[0].getsockname()[1]

    def fail_next(self, code: int = 451, count: int = 1, *, at: Stage = "DATA") -> None:
        """Answer the next `count` commands of kind `at` with `code`."""
        text = "4.3.0 Try again later" if code < 500 else "5.7.1 Rejected"
        self._failures += [(at, f"{code} {text}")] * count

    def require_auth(self, user: str, password: str) -> None:
        """MAIL is refused with 530 until the client authenticated as `user`."""
        self._auth = (user, password)

    # --- internals ---

    def _protocol(self) -> SMTP:
        self.connections += 1
        protocol = _DsnSMTP(
            _Handler(self),
            hostname="relay.test",
            loop=asyncio.get_running_loop(),
            tls_context=self._tls_context if self.tls == "starttls" else None,
            # Loopback only; AUTH over plain TCP lets the AUTH test run without TLS.
            auth_require_tls=False,
            authenticator=self._authenticate,
        )
        protocol.relay = self
        self._protocols.append(protocol)
        return protocol

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        ok = (
            self._auth is not None
            and isinstance(data, LoginPassword)
            and (data.login.decode(), data.password.decode()) == self._auth
        )
        # handled=False: aiosmtpd then answers 535 itself.
        return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

    def _take_failure(self, stage: Stage) -> str | None:
        for index, (at, reply) in enumerate(self._failures):
            if at == stage:
                del self._failures[index]
                return reply
        return None
