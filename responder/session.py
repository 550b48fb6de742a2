"""SMTP and LMTP sessions for the desk: aiosmtpd's, with connection caps, a DATA timeout of
its own, and a faster path for the two things that dominate its CPU time (address parsing and
reading DATA line by line)."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import MISSING, SMTP, Envelope, syntax

from casework.address import has_control_character
from casework.spool import IN_MEMORY, MailSpool

log = logging.getLogger(__name__)

ERR_TOO_MANY_CONNECTIONS = "421 4.7.0 Too many connections, try again later"
ERR_TOO_MUCH_DATA = "552 5.3.4 Message too big for this server"
ERR_NO_ROOM = "451 4.3.1 Insufficient system storage, please try again later"
# RFC 3463 X.1.7: bad sender's mailbox address syntax.
ERR_HELO_CONTROL = "501 5.5.4 Syntax: control characters are not allowed in a domain"
ERR_SENDER_CONTROL = "501 5.1.7 Bad sender address: control characters are not allowed"
ERR_NO_AUTH = "502 5.5.1 AUTH not available"
ERR_CLOSING = "421 4.3.0 Temporary failure, closing the session"


def peer_host(peer: Any) -> str:
    if isinstance(peer, tuple) and peer:
        return str(peer[0])
    return str(peer or "")


class ConnectionLimits:
    """Caps on sessions in total and per client address, which aiosmtpd does not have: one
    client could otherwise hold every socket and file descriptor the desk has."""

    def __init__(self, total: int, per_client: int) -> None:
        self.total = total
        self.per_client = per_client
        self.open: dict[str, int] = {}

    def admit(self, client: str) -> bool:
        if sum(self.open.values()) >= self.total or self.open.get(client, 0) >= self.per_client:
            return False
        self.open[client] = self.open.get(client, 0) + 1
        return True

    def release(self, client: str) -> None:
        left = self.open.get(client, 0) - 1
        if left > 0:
            self.open[client] = left
        else:
            self.open.pop(client, None)


# The common shape of a MAIL/RCPT path: <dot-atom@domain> (RFC 5321 §4.1.2). aiosmtpd parses
# every path with the email package's full header parser, which costs about a quarter of the
# listener's CPU; paths of this plain shape give the same result from a regular expression.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_PATH = re.compile(
    rf"\s*<({_ATEXT}(?:\.{_ATEXT})*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    rf"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)>(.*)\Z",
    re.DOTALL,
)


class DeskEnvelope(Envelope):
    """aiosmtpd's envelope, plus every recipient named in the transaction (accepted or not,
    lower case, once each), which the recipient cap counts, and a large mail's spool."""

    def __init__(self) -> None:
        super().__init__()
        self.recipients_named: set[str] = set()
        self.spool: MailSpool | None = None  # a large mail's content (casework.spool)


class _LimitedSession:
    """Mixin for SMTP and LMTP: connection caps, a separate DATA timeout, fast path parsing,
    no control characters in the sender's path."""

    limits: ConnectionLimits
    data_timeout: float
    spool_dir: Path | None = None  # where a large mail is spooled (casework.spool)
    _admitted: str | None = None
    _held: bytes = b""  # the lines of a multiline reply before its last
    _names: ClassVar[dict[type, list[str]]] = {}

    def __dir__(self) -> list[str]:
        # aiosmtpd builds each session's command and AUTH tables from dir() and
        # inspect.getmembers(), which reads every attribute of the session: with a new
        # connection per message that was a sixth of the listener's CPU (docs/benchmarks.md).
        # The tables only look for these prefixes, and the methods are the class's.
        cls = type(self)
        if cls not in self._names:
            self._names[cls] = [
                n for n in super().__dir__() if n.startswith(("smtp_", "auth_", "handle_"))
            ]
        return self._names[cls]

    async def push(self, status: str | bytes) -> None:
        # RFC 5321 §4.2.1: a multiline reply means nothing to the client before its last line
        # ("250 " after "250-"), so its lines go out in one write rather than one each: the
        # EHLO reply is four lines, and a session with a connection per message has ten.
        server: Any = self
        charset = "utf-8" if server.enable_SMTPUTF8 else "ascii"
        line = status.encode(charset) if isinstance(status, str) else status
        if line[3:4] == b"-":
            self._held += line + b"\r\n"
            return
        held, self._held = self._held, b""
        await super().push(held + line)  # type: ignore[misc]

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if getattr(self, "_original_transport", None) is None and self._admitted is None:
            client = peer_host(transport.get_extra_info("peername"))
            if not self.limits.admit(client):
                log.warning("refused a connection from %s: connection limit", client)
                stats = getattr(getattr(self, "event_handler", None), "stats", None)
                if stats is not None:
                    stats.refused_connections += 1
                transport.write(ERR_TOO_MANY_CONNECTIONS.encode() + b"\r\n")  # type: ignore[attr-defined]
                transport.close()
                self._refused = True
                return
            self._admitted = client
        super().connection_made(transport)  # type: ignore[misc]

    def connection_lost(self, error: Exception | None) -> None:
        if getattr(self, "_refused", False):
            return
        if self._admitted is not None:
            self.limits.release(self._admitted)
            self._admitted = None
        super().connection_lost(error)  # type: ignore[misc]

    def _create_envelope(self) -> Envelope:
        return DeskEnvelope()

    @syntax("HELO hostname")
    async def smtp_HELO(self, hostname: str) -> None:
        if await self._refuse_control_in_domain(hostname):
            return
        await super().smtp_HELO(hostname)  # type: ignore[misc]

    @syntax("EHLO hostname")
    async def smtp_EHLO(self, hostname: str) -> None:
        if await self._refuse_control_in_domain(hostname):
            return
        await super().smtp_EHLO(hostname)  # type: ignore[misc]

    async def _refuse_control_in_domain(self, hostname: str) -> bool:
        # RFC 5321 §4.1.1.1: the argument is a domain or an address literal, never a control
        # character; the HELO name is kept with the mail and shown to staff.
        if hostname and has_control_character(hostname):
            server: Any = self
            await server.push(ERR_HELO_CONTROL)
            return True
        return False

    async def smtp_AUTH(self, arg: str) -> None:
        # The desk signs no one in: it takes mail for its own mailboxes from anyone, and its
        # EHLO offers no AUTH (RFC 4954 §3). aiosmtpd would still answer AUTH, and HELP list
        # it, with a 538 that suggests AUTH over TLS would work; it never would. No syntax:
        # HELP leaves it out.
        server: Any = self
        await server.push(ERR_NO_AUTH)

    @syntax("MAIL FROM: <address>", extended=" [SP <mail-parameters>]")
    async def smtp_MAIL(self, arg: str | None) -> None:
        # RFC 5321 §4.1.2 allows no control character in a path; one that is let in (NUL, CR,
        # ESC...) ends up in the database, the log and an administrator's terminal.
        server: Any = self
        if arg and has_control_character(arg):
            if not (await server.check_helo_needed() or await server.check_auth_needed("MAIL")):
                await server.push(ERR_SENDER_CONTROL)
            return
        await super().smtp_MAIL(arg)  # type: ignore[misc]

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        plain = _PLAIN_PATH.match(arg)
        # A comment after the path is folding white space to aiosmtpd's parser: leave it that.
        if plain is not None and "(" not in plain.group(2):
            address, rest = plain.group(1), plain.group(2).lstrip()
            limit = getattr(self, "local_part_limit", 0)
            if not limit or len(address.rpartition("@")[0]) <= limit:
                return address, rest
        # Quoted local parts, source routes, address literals, the null path: aiosmtpd's parser.
        return super()._getaddr(arg)  # type: ignore[misc,no-any-return]

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        server: Any = self
        if await server.check_helo_needed() or await server.check_auth_needed("DATA"):
            return
        if not server.envelope.rcpt_tos:
            await server.push("503 Error: need RCPT command")
            return
        if arg:
            await server.push("501 Syntax: DATA")
            return
        # aiosmtpd's one timer is not reset per DATA line: give the transfer its own budget
        # (RFC 5321 §4.5.3.2.6 lets the client wait 10 minutes for the reply).
        server._reset_timeout(self.data_timeout)
        await server.push("354 End data with <CR><LF>.<CR><LF>")
        spool = MailSpool(self.spool_dir, expected=declared_size(server.envelope.mail_options))
        sink = SpoolSink(spool)
        try:
            within_limit = await read_data(server._reader, server.data_size_limit, sink.write)
        except (asyncio.IncompleteReadError, ConnectionError):  # the client went
            spool.close()
            raise
        except Exception:
            spool.close()
            # The rest of the data is unread, and read as commands it would be obeyed (a mail
            # holding SMTP lines would send more mail). The session ends instead (RFC 5321
            # §3.8); the client, with no reply to its data, keeps the mail and retries.
            log.exception("fault while reading DATA from %s; session closed", self._admitted)
            stats = getattr(server.event_handler, "stats", None)
            if stats is not None:
                stats.temporary_failures += 1
            await server.push(ERR_CLOSING)
            server.transport.close()
            return
        except BaseException:
            spool.close()
            raise
        stats = getattr(server.event_handler, "stats", None)
        # RFC 2033 §4.2: in LMTP every accepted recipient is owed its own reply.
        owed = len(server.envelope.rcpt_tos) if isinstance(self, LMTP) else 1
        if not within_limit or sink.failure is not None:
            spool.close()
            if not within_limit:
                reply = ERR_TOO_MUCH_DATA
            else:
                # RFC 5321 §4.2.5: our fault is transient; the client keeps the mail and
                # retries (RFC 3463 X.3.1: mail system full).
                log.error("could not spool a mail from %s: %s", self._admitted, sink.failure)
                reply = ERR_NO_ROOM
            if stats is not None and not within_limit:
                stats.too_big += 1
            elif stats is not None:
                stats.temporary_failures += 1
            await server.push("\r\n".join([reply] * owed))
            server._set_post_data_state()
            return
        try:
            status = await self._hand_over(spool)
        except Exception as error:
            # aiosmtpd would answer an unexpected fault with one reply, which leaves an LMTP
            # client waiting for the rest (RFC 2033 §4.2), and would keep the transaction
            # open, so that the client's next MAIL is refused as nested. Closing the spool
            # twice is harmless if the store had it already.
            spool.close()
            status = await server.handle_exception(error)
            server._set_post_data_state()
            await server.push("\r\n".join([status] * owed))
            return
        server._set_post_data_state()
        await server.push("250 OK" if status is MISSING else status)

    async def _hand_over(self, spool: MailSpool) -> Any:
        """Give the mail read into `spool` to the handler's DATA hook; its status, or MISSING."""
        server: Any = self
        if spool.size <= IN_MEMORY:
            content: bytes | None = spool.getvalue()
            spool.close()
        else:  # handed on in its spool, which the store closes once the mail is stored
            content, server.envelope.spool = None, spool
        server.envelope.content = server.envelope.original_content = content
        return await server._call_handler_hook("DATA")


def declared_size(mail_options: list[str]) -> int:
    """The SIZE a client declared at MAIL FROM (RFC 1870), or 0; aiosmtpd checked its form."""
    for option in mail_options:
        name, _, value = option.partition("=")
        if name.upper() == "SIZE" and value.isdigit():
            return int(value)
    return 0


class SpoolSink:
    """Writes DATA to a spool until a write fails, then only remembers the failure, so that
    the rest of DATA is still read and the reply comes after it (RFC 5321 §4.2.5)."""

    def __init__(self, spool: MailSpool) -> None:
        self.spool = spool
        self.failure: OSError | None = None

    def write(self, data: bytes) -> None:
        if self.failure is None:
            try:
                self.spool.write(data)
            except OSError as exc:
                self.failure = exc


TERMINATOR = b"\r\n.\r\n"


async def read_data(
    reader: asyncio.StreamReader, limit: int | None, sink: Callable[[bytes], None]
) -> bool:
    """Read DATA up to the end-of-data line, undo dot-stuffing (RFC 5321 §4.5.2) and hand the
    content to `sink` piece by piece as it arrives, so that no copy of the whole mail is made.

    Only CRLF "." CRLF ends the data: a bare LF before or after the dot does not, which is
    what defeats SMTP smuggling (CVE-2023-51764, CVE-2024-27305). Returns False, after reading
    to the end, when the data is over `limit` (RFC 5321 §4.2.5: the 552 comes after the end);
    nothing more goes to `sink` once it is. aiosmtpd reads DATA line by line in Python; this
    reads up to each ".\r\n" (or what the reader buffers), which for ordinary mail is one or a
    few reads.
    """
    before = b"\r\n"  # the two bytes before the next piece: the data starts a line
    seen = 0
    within = True
    while True:
        try:
            piece = await reader.readuntil(b".\r\n")
        except asyncio.LimitOverrunError as over:
            # No ".\r\n" in the buffered bytes: take what cannot hold the start of one.
            piece = await reader.readexactly(max(over.consumed, 1))
        seen += len(piece)
        # readuntil ends a piece at the first ".\r\n", so the terminator ends a piece; with
        # `before` a CRLF at the start, ".\r\n" alone (an empty mail) is one too.
        ended = (before + piece[-5:]).endswith(TERMINATOR)
        within = within and not (limit and seen - len(b".\r\n") > limit)
        if within:
            content = unstuff(piece, before)
            # The terminator's dot went with the unstuffing; its CRLF is not content (the
            # CRLF before the dot ends the last line).
            sink(content[:-2] if ended else content)
        before = (before + piece[-2:])[-2:]
        if ended:
            return within


def unstuff(piece: bytes, before: bytes) -> bytes:
    """`piece` with the dot that starts each line removed (RFC 5321 §4.5.2), given the two
    bytes that came before it (a line may start in the piece before)."""
    content = piece.replace(b"\r\n.", b"\r\n") if b"\r\n." in piece else piece
    if before == b"\r\n" and piece[:1] == b".":
        return content[1:]
    if before[-1:] == b"\r" and piece[:2] == b"\n.":
        return content[:1] + content[2:]
    return content


class LimitedSMTP(_LimitedSession, SMTP):
    # RFC 5321 §4.5.3.1.6 sets 1000 octets, but real mailers exceed it;
    # refusing them would bounce a customer's mail with a 5xx, so allow longer lines.
    line_length_limit = 64 * 1024


class LimitedLMTP(_LimitedSession, LMTP):
    line_length_limit = 64 * 1024
    # LMTP greets with LHLO and refuses HELO and EHLO (RFC 2033 §4.1): aiosmtpd's refusals,
    # which carry no syntax, so that HELP does not list them as the mixin's would be.
    smtp_HELO = LMTP.smtp_HELO
    smtp_EHLO = LMTP.smtp_EHLO

    @syntax("LHLO hostname")
    async def smtp_LHLO(self, arg: str) -> None:
        if await self._refuse_control_in_domain(arg):
            return
        await super().smtp_LHLO(arg)
