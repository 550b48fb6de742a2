"""Sending the desk's outgoing mail: through an SMTP relay, or as .eml files on disk.

Both transports take the envelope explicitly. Recipients are never read from the message's
headers: an injected `Bcc:` must not become a real recipient (RFC 5322 §3.6.3: Bcc is the
sender's to act on), and an acknowledgement goes to the envelope sender alone (RFC 3834 §4).
"""

from __future__ import annotations

import asyncio
import copy
import functools
import io
import ipaddress
import logging
import os
import re
import secrets
import ssl
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage, Message
from email.policy import Policy
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib

from casework.address import path_problem
from casework.datadir import private_directory
from casework.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0  # seconds, for the connection and for each SMTP command
_URL_KEY = "mail.relay_url"


class SendError(Exception):
    """The message was not sent. `temporary` says whether trying again later may succeed
    (RFC 5321 §4.2.1: 4yz replies are transient, 5yz replies permanent)."""

    def __init__(self, message: str, *, temporary: bool) -> None:
        super().__init__(message)
        self.temporary = temporary


class MailSender(Protocol):
    async def send(
        self,
        message: EmailMessage,
        *,
        envelope_from: str,
        recipients: Sequence[str],
        data: bytes | None = None,
    ) -> str:
        """Send `message` with this envelope; `envelope_from` "" is the null reverse-path <>.
        `data` is the message as `flatten` made it, when the caller keeps those bytes (the
        store records what was sent): it is sent as it is, not flattened again.
        Returns a short description of the outcome; raises SendError."""
        ...

    async def close(self) -> None:
        """Release what the sender keeps open (relay sessions), at stop."""
        ...


def flatten(message: EmailMessage, *, utf8: bool = False) -> bytes:
    """The message as it goes on the wire, byte for byte what aiosmtplib makes of it for a
    relay that offers 8BITMIME (and SMTPUTF8 when `utf8`): CRLF line ends, Bcc removed, 8-bit
    bodies left as they are (RFC 6152), `policy.SMTP`'s folding. Headers met before are not
    folded again."""
    copied = copy.copy(message)
    del copied["Bcc"]
    del copied["Resent-Bcc"]
    with io.BytesIO() as out:
        how = policy.SMTPUTF8 if utf8 else policy.SMTP
        _FoldOnceGenerator(out, policy=how).flatten(copied)
        return out.getvalue()


class _FoldOnceGenerator(BytesGenerator):
    """The email package folds an address header with a display name in two scripts in
    several milliseconds, and the desk's From is the same on every message. The folded form
    of a header depends only on its name, its value and the policy, so it is kept."""

    def _write_headers(self, msg: Message) -> None:
        # As BytesGenerator._write_headers does (Lib/email/generator.py), with the cache.
        out = self._fp  # type: ignore[attr-defined]
        for name, value in msg.raw_items():
            out.write(_folded(self.policy, name, value))
        self.write(self._NL)  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=256)
def _folded(how: Policy, name: str, value: str) -> bytes:
    return bytes(how.fold_binary(name, value))


# --- addresses (RFC 5321 §4.1.2) -------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_address(address: str, *, role: str) -> None:
    """Raise SendError(temporary=False) unless `address` is exactly one bare addr-spec that is
    safe on an SMTP command line and in a header (RFC 5321 §4.1.2, GHSA-v3q9-hj7j-63hq,
    CVE-2024-6923): see `casework.address.path_problem`."""
    problem = path_problem(address)
    if problem:
        raise SendError(f"{role} address {address!r} {problem}", temporary=False)


def check_envelope(envelope_from: str, recipients: Sequence[str]) -> None:
    """Validate the whole envelope before any connection is made."""
    if isinstance(recipients, str):  # a bare string is a sequence of characters: refuse it
        raise SendError("recipients must be a sequence of addresses, not a str", temporary=False)
    if not recipients:
        raise SendError("no recipients given", temporary=False)
    if envelope_from != "":  # "" is the null reverse-path <> (RFC 5321 §4.5.5)
        check_address(envelope_from, role="envelope sender")
    for recipient in recipients:
        check_address(recipient, role="recipient")


_FIELD_LINE = re.compile(rb"([!-9;-~]+):")  # RFC 5322 §2.2: a field name, then a colon
_NOT_SENT = frozenset({"bcc", "resent-bcc"})  # removed when the message is flattened


def check_headers(message: EmailMessage) -> None:
    """The second guard against header injection, at serialisation: every header value is one
    line, and the message flattens to exactly the header fields it holds, in order.

    Python 3.11.7 can fold a header into several fields (CVE-2024-6923: an encoded word in an
    address is decoded while folding), so the flattened bytes are checked, not only the values.
    Raises SendError(temporary=False): the same message would fail again."""
    for name, value in message.items():
        if _CONTROL.search(name) or any(c in str(value) for c in "\r\n\x00"):
            raise SendError(f"header {name!r} holds CR, LF or NUL", temporary=False)
    expected = [name.lower() for name, _ in message.items() if name.lower() not in _NOT_SENT]
    for utf8 in (False, True):  # as a relay with and without SMTPUTF8 would receive it
        head = _flattened_head(message, utf8=utf8).split(b"\r\n\r\n", 1)[0]
        names: list[str] = []
        for line in head.split(b"\r\n"):
            if names and line[:1] in (b" ", b"\t") and b"\r" not in line and b"\n" not in line:
                continue  # a folded continuation (RFC 5322 §2.2.3)
            field = _FIELD_LINE.match(line)
            if field is None or b"\r" in line or b"\n" in line:
                shown = line[:80].decode("ascii", "backslashreplace")
                raise SendError(f"a header serialises to a stray line {shown!r}", temporary=False)
            names.append(field.group(1).decode("ascii").lower())
        if names != expected:
            raise SendError(
                f"the headers serialise as {names}, not as the {expected} built", temporary=False
            )


def _flattened_head(message: EmailMessage, *, utf8: bool) -> bytes:
    """The start of `flatten(message, utf8=utf8)` up to and including the blank line after
    the header section. The generator writes a message's own header fields as they are
    unless it must change them: a multipart's boundary, a body it re-encodes (text that is
    not ASCII, Lib/email/generator.py). A single part with an ASCII body (base64, the
    acknowledgement's) is written from its fields alone, without copying and writing the
    body twice more; anything else is flattened whole."""
    payload = message._payload  # type: ignore[attr-defined]  # what the generator reads
    fields = [(n, v) for n, v in message.raw_items() if n.lower() not in _NOT_SENT]
    if message.is_multipart() or not isinstance(payload, str) or not payload.isascii():
        return flatten(message, utf8=utf8)
    if not fields:
        return flatten(message, utf8=utf8)
    how = policy.SMTPUTF8 if utf8 else policy.SMTP
    return b"".join(_folded(how, name, value) for name, value in fields) + b"\r\n"


def _is_automatic(message: EmailMessage) -> bool:
    value = str(message.get("Auto-Submitted", "no")).split(";")[0].strip().lower()
    return value != "no"


# --- the relay -----------------------------------------------------------------------------


class RelaySender:
    """Sends through an SMTP relay with aiosmtplib, over a few connections kept open.

    Connecting, EHLO, STARTTLS, AUTH and QUIT cost more than a message itself, so up to
    `connections` sessions stay open and carry one message after another (RFC 5321 §3.3: a
    session may hold many mail transactions). A session taken from the pool is checked with
    RSET first (RFC 5321 §4.1.1.5), so a connection the relay dropped while idle is replaced
    before anything of the message is sent; a refusal of one message (4yz/5yz) ends only that
    transaction (aiosmtplib sends RSET), and the session goes on to the next message. A session
    idle for `idle_limit` seconds is closed instead of reused (relays drop idle clients: Postfix
    after smtpd_timeout, 300 s). `close()` ends them all.

    `implicit_tls` is smtps (TLS from the first byte). Otherwise STARTTLS is used whenever the
    relay offers it, is required when `require_starttls`, and is not used when `skip_starttls`
    (a relay on loopback whose certificate cannot be verified). A `username` means AUTH, which
    is refused over an unencrypted connection unless the relay is on a loopback address.
    `tls_context` replaces the default verifying context (tests pass one trusting their own
    certificate); `verify_tls=False` switches verification off and is for tests only.
    `dsn_never`: automatic messages (Auto-Submitted other than "no") ask for RCPT
    NOTIFY=NEVER when the relay advertises DSN (RFC 3834 §3.3, RFC 3461 §4.1).
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        implicit_tls: bool = False,
        require_starttls: bool = False,
        skip_starttls: bool = False,
        username: str | None = None,
        password: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        tls_context: ssl.SSLContext | None = None,
        verify_tls: bool = True,
        dsn_never: bool = True,
        local_hostname: str | None = None,
        connections: int = 4,
        idle_limit: float = 60.0,
    ) -> None:
        if implicit_tls and require_starttls:
            raise ValueError("implicit TLS and STARTTLS exclude each other")
        if username is not None and password is None:
            raise ValueError("a relay username needs a password")
        self.host = host
        self.port = port
        self.implicit_tls = implicit_tls
        self.require_starttls = require_starttls
        self.skip_starttls = skip_starttls
        self.username = username
        self._password = password
        self.timeout = timeout
        self.tls_context = tls_context
        self.verify_tls = verify_tls
        self.dsn_never = dsn_never
        self.local_hostname = local_hostname
        self.idle_limit = idle_limit
        self._slots = asyncio.Semaphore(max(1, connections))
        self._idle: list[tuple[aiosmtplib.SMTP, float]] = []  # sessions and when they idled
        self.opened = 0  # sessions opened so far (tests and /metrics read it)

    def __repr__(self) -> str:  # never the password
        scheme = "smtps" if self.implicit_tls else "smtp"
        user = f"{self.username}@" if self.username else ""
        return f"RelaySender({scheme}://{user}{self.host}:{self.port})"

    async def send(
        self,
        message: EmailMessage,
        *,
        envelope_from: str,
        recipients: Sequence[str],
        data: bytes | None = None,
    ) -> str:
        check_envelope(envelope_from, recipients)
        check_headers(message)
        try:
            return await self._transaction(message, envelope_from, list(recipients), data)
        except (aiosmtplib.SMTPException, OSError, TimeoutError, ValueError, UnicodeError) as exc:
            raise _classify(exc, self) from exc

    async def _transaction(
        self, message: EmailMessage, envelope_from: str, recipients: list[str], data: bytes | None
    ) -> str:
        async with self._slots:
            smtp = await self._session()
            try:
                refused, reply = await self._deliver(smtp, message, envelope_from, recipients, data)
            except (aiosmtplib.SMTPResponseException, aiosmtplib.SMTPRecipientsRefused):
                self._keep(smtp)  # the relay refused this message; the session is sound
                raise
            except BaseException:
                smtp.close()  # broken or cut off mid-transaction: never reused
                raise
            self._keep(smtp)
        # aiosmtplib returns the DATA reply's text and raises on anything but 250.
        outcome = f"250 {reply}".strip()
        if refused:
            # Some recipients took the message: a retry would send it to them twice.
            shown = ", ".join(f"{r} ({v.code} {v.message})" for r, v in refused.items())
            log.warning("relay %s refused some recipients: %s", self.host, shown)
            outcome += f"; refused: {shown}"
        return outcome

    async def _session(self) -> aiosmtplib.SMTP:
        """An idle session that answers RSET, else a new one."""
        loop = asyncio.get_running_loop()
        while self._idle:
            smtp, since = self._idle.pop()
            if loop.time() - since > self.idle_limit or not smtp.is_connected:
                await _quit(smtp)
                continue
            try:
                await smtp.rset()
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                smtp.close()  # dropped while idle: nothing of the message went out
                continue
            return smtp
        smtp = aiosmtplib.SMTP(
            hostname=self.host,
            port=self.port,
            timeout=self.timeout,
            use_tls=self.implicit_tls,
            start_tls=self._start_tls_mode(),
            validate_certs=self.verify_tls,
            tls_context=self.tls_context,
            local_hostname=self.local_hostname,
        )
        await smtp.connect()
        self.opened += 1
        try:
            await self._login(smtp)
        except BaseException:
            await _quit(smtp)
            raise
        return smtp

    def _keep(self, smtp: aiosmtplib.SMTP) -> None:
        if smtp.is_connected:
            self._idle.append((smtp, asyncio.get_running_loop().time()))

    async def close(self) -> None:
        """QUIT every idle session (at stop)."""
        idle, self._idle = self._idle, []
        for smtp, _ in idle:
            await _quit(smtp)

    async def _deliver(
        self,
        smtp: aiosmtplib.SMTP,
        message: EmailMessage,
        envelope_from: str,
        recipients: list[str],
        data: bytes | None,
    ) -> tuple[dict[str, aiosmtplib.SMTPResponse], str]:
        rcpt_options = self._rcpt_options(smtp, message)
        eight_bit = smtp.supports_extension("8BITMIME")
        utf8 = not (envelope_from + "".join(recipients)).isascii()
        if data is None or utf8 or not (eight_bit or data.isascii()):
            # No bytes given, or ones this relay cannot take as they are (8-bit data without
            # 8BITMIME, RFC 6152; a UTF-8 address, RFC 6531): aiosmtplib flattens to suit it.
            return await smtp.send_message(
                message, sender=envelope_from, recipients=recipients, rcpt_options=rcpt_options
            )
        return await smtp.sendmail(
            envelope_from,
            recipients,
            data,
            mail_options=["BODY=8BITMIME"] if eight_bit else [],
            rcpt_options=rcpt_options,
        )

    def _start_tls_mode(self) -> bool | None:
        # aiosmtplib: None upgrades when the relay offers STARTTLS, True insists (RFC 3207).
        if self.implicit_tls or self.skip_starttls:
            return False
        return True if self.require_starttls else None

    async def _login(self, smtp: aiosmtplib.SMTP) -> None:
        if self.username is None or self._password is None:
            return
        encrypted = smtp.get_transport_info("sslcontext") is not None
        if not encrypted and not _is_loopback(self.host):
            raise SendError(
                f"refusing to send the password for {self.username!r} to {self.host} over an "
                "unencrypted connection (the relay offered no STARTTLS)",
                temporary=False,
            )
        await smtp.login(self.username, self._password)

    def _rcpt_options(self, smtp: aiosmtplib.SMTP, message: EmailMessage) -> list[str]:
        # RFC 3461 §4.1: NOTIFY is only valid when the relay advertised DSN.
        if self.dsn_never and _is_automatic(message) and smtp.supports_extension("dsn"):
            return ["NOTIFY=NEVER"]
        return []


async def _quit(smtp: aiosmtplib.SMTP) -> None:
    if not smtp.is_connected:
        return
    try:
        await smtp.quit()
    except (aiosmtplib.SMTPException, OSError):
        smtp.close()  # the message is already accepted; a failed QUIT changes nothing


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _classify(exc: Exception, relay: RelaySender) -> SendError:
    where = f"{relay.host}:{relay.port}"
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        shown = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
        # Nobody received it, so a retry is safe whenever any refusal was transient.
        transient = any(400 <= r.code < 500 for r in exc.recipients)
        return SendError(f"relay {where} refused every recipient: {shown}", temporary=transient)
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        # RFC 5321 §4.2.1: 4yz is transient, 5yz permanent.
        transient = 400 <= exc.code < 500
        return SendError(f"relay {where} replied {exc.code} {exc.message}", temporary=transient)
    if _caused_by(exc, ssl.SSLCertVerificationError):
        return SendError(f"relay {where}: TLS certificate not trusted: {exc}", temporary=False)
    if isinstance(exc, TimeoutError | aiosmtplib.SMTPTimeoutError):
        return SendError(f"relay {where} timed out: {exc}", temporary=True)
    if isinstance(exc, OSError | aiosmtplib.SMTPServerDisconnected):
        return SendError(f"cannot reach relay {where}: {exc}", temporary=True)
    if isinstance(exc, aiosmtplib.SMTPException):
        # No STARTTLS where it is required, no AUTH offered: retrying will not change that.
        return SendError(f"relay {where}: {exc}", temporary=False)
    return SendError(f"message cannot be sent: {exc}", temporary=False)


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    for _ in range(8):  # aiosmtplib wraps socket errors once or twice
        if seen is None:
            return False
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


# --- files ---------------------------------------------------------------------------------


def _now_utc() -> datetime:
    return datetime.now(UTC)


class FileSender:
    """Writes each message as `<timestamp>-<random>.eml` under `directory`.

    The envelope travels inside the file, not in a sidecar: a `Return-Path: <sender>` line,
    as a delivering MTA records it (RFC 5321 §4.4; `<>` for the null sender), then one
    `X-Envelope-To: <recipient>` line per recipient, then the message exactly as a relay
    would receive it (CRLF, Bcc removed). So one file is one self-contained transaction that
    any mail reader opens. Writes are atomic: a hidden temporary name, fsync, rename, fsync of
    the directory; a crash leaves either no .eml or a complete one.
    """

    def __init__(self, directory: Path, *, clock: Callable[[], datetime] = _now_utc) -> None:
        self.directory = directory
        self.clock = clock

    def __repr__(self) -> str:
        return f"FileSender({str(self.directory)!r})"

    async def close(self) -> None:
        """Nothing is kept open."""

    async def send(
        self,
        message: EmailMessage,
        *,
        envelope_from: str,
        recipients: Sequence[str],
        data: bytes | None = None,
    ) -> str:
        check_envelope(envelope_from, recipients)
        check_headers(message)
        try:
            data = self.render(
                message, envelope_from=envelope_from, recipients=recipients, data=data
            )
        except (ValueError, UnicodeError, LookupError) as exc:
            raise SendError(f"message cannot be written: {exc}", temporary=False) from exc
        name = f"{self.clock().astimezone(UTC):%Y%m%dT%H%M%S.%fZ}-{secrets.token_hex(4)}.eml"
        try:
            path = await asyncio.to_thread(self._write, name, data)
        except OSError as exc:
            raise SendError(f"cannot write to {self.directory}: {exc}", temporary=True) from exc
        return str(path)

    @staticmethod
    def render(
        message: EmailMessage,
        *,
        envelope_from: str,
        recipients: Sequence[str],
        data: bytes | None = None,
    ) -> bytes:
        """The file's bytes: envelope lines, then the message as sent over SMTP."""
        lines = [f"Return-Path: <{envelope_from}>"]
        lines += [f"X-Envelope-To: <{r}>" for r in recipients]
        head = "".join(f"{line}\r\n" for line in lines).encode("utf-8")
        return head + (data if data is not None else flatten(message))

    def _write(self, name: str, data: bytes) -> Path:
        private_directory(self.directory)
        final = self.directory / name
        temporary = self.directory / f".{name}.tmp"
        # 0o600: outgoing mail carries customers' addresses (personal information).
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, final)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        _fsync_directory(self.directory)
        return final


def _fsync_directory(directory: Path) -> None:
    # The rename is durable only once the directory entry is on disk.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- configuration -------------------------------------------------------------------------


def sender_from_url(
    url: str,
    *,
    password: str | None,
    directory: Path,
    timeout: float = DEFAULT_TIMEOUT,
    tls_context: ssl.SSLContext | None = None,
    dsn_never: bool = True,
    local_hostname: str | None = None,
) -> MailSender:
    """The sender for `mail.relay_url`.

    - `file`: .eml files under `directory`; `file:///abs/path`: under that path instead.
    - `smtp://[user@]host[:port][?starttls=auto|require|off]`: port 25 by default, STARTTLS
      when offered (`auto`, the default), required, or not used (`off`, loopback relays only).
    - `smtps://[user@]host[:port]`: implicit TLS, port 465 by default.
    A user in the URL means AUTH with `password` (kept out of the URL, so it never reaches a
    log line or a configuration file). Raises ConfigError("mail.relay_url", ...).
    """
    if url == "file":
        return FileSender(directory)
    parts = urlsplit(url)
    if parts.scheme == "file":
        return FileSender(_file_directory(url))
    if parts.scheme not in ("smtp", "smtps"):
        raise ConfigError(_URL_KEY, "must be 'file', 'file:///path', 'smtp://…' or 'smtps://…'")
    host, port, user = _relay_address(parts.scheme, url)
    mode = _starttls_mode(parts.scheme, parts.query)
    # Cleartext only where nobody can listen in: Debian's Postfix offers STARTTLS on port 25
    # with a self-signed ("snakeoil") certificate that no client can verify.
    if mode == "off" and not _is_loopback(host):
        raise ConfigError(_URL_KEY, "starttls=off is for a relay on a loopback address only")
    if user is not None and not password:
        raise ConfigError(
            "mail.relay_password", f"the relay URL names the user {user!r} but no password is set"
        )
    return RelaySender(
        host,
        port,
        implicit_tls=parts.scheme == "smtps",
        require_starttls=mode == "require",
        skip_starttls=mode == "off",
        username=user,
        password=password if user is not None else None,
        timeout=timeout,
        tls_context=tls_context,
        dsn_never=dsn_never,
        local_hostname=local_hostname,
    )


def _file_directory(url: str) -> Path:
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost") or not url.startswith("file://"):
        raise ConfigError(_URL_KEY, "a file URL must be 'file' or 'file:///absolute/path'")
    if parts.query or parts.fragment or not parts.path.startswith("/"):
        raise ConfigError(_URL_KEY, "a file URL must be 'file:///absolute/path'")
    return Path(unquote(parts.path))


def _relay_address(scheme: str, url: str) -> tuple[str, int, str | None]:
    parts = urlsplit(url)
    if parts.path not in ("", "/") or parts.fragment:
        raise ConfigError(_URL_KEY, "a relay URL has no path: smtp://[user@]host[:port]")
    if parts.password is not None:
        raise ConfigError(
            _URL_KEY,
            "put no password in the URL; set it in the environment (INQUIRY_DESK_RELAY_PASSWORD)",
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise ConfigError(_URL_KEY, f"bad port: {exc}") from exc
    host = parts.hostname
    if not host:
        raise ConfigError(_URL_KEY, "the relay URL names no host")
    user = unquote(parts.username) if parts.username else None
    if user is not None and _CONTROL.search(user):
        raise ConfigError(_URL_KEY, "the user name contains a control character")
    return host, port or (465 if scheme == "smtps" else 25), user


def _starttls_mode(scheme: str, query: str) -> str:
    try:
        params = parse_qs(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError as exc:
        raise ConfigError(_URL_KEY, f"bad query string: {exc}") from exc
    unknown = set(params) - {"starttls"}
    if unknown:
        raise ConfigError(_URL_KEY, f"unknown relay URL option(s): {', '.join(sorted(unknown))}")
    values = params.get("starttls", ["auto"])
    if len(values) != 1 or values[0] not in ("auto", "require", "off"):
        raise ConfigError(_URL_KEY, "starttls must be 'auto', 'require' or 'off'")
    if scheme == "smtps" and "starttls" in params:
        raise ConfigError(_URL_KEY, "smtps:// is TLS already; starttls applies to smtp:// only")
    return values[0]
