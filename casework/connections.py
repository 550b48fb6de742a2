"""A bound on what an HTTP endpoint of the desk holds: connections at once, and how long each.

aiohttp keeps a connection open for as long as the client sends nothing, or sends a request's
head a byte at a time: it has no time limit on reading a request. Each such connection is a
file descriptor of the desk's one process, so enough idle connections to the health and metrics
port (or to the Slack events endpoint) used up the process's descriptors, and the SMTP listener
could accept no mail and the database could open no file. Both HTTP endpoints therefore serve
through `BoundedRunner`: past `limit` connections a new one is answered 503 and closed, and a
connection is closed `lifetime` seconds after it opened, whatever it is doing. Their clients
ask short questions (Slack wants an answer to an event within 3 seconds; a Prometheus
scrape takes a few milliseconds) and open a new connection when one is closed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, cast

from aiohttp import web

HTTP_CONNECTIONS_MAX = 64  # per endpoint; the SMTP listener has its own cap
HTTP_CONNECTION_LIFETIME = 60.0  # seconds

_LINGER = 1.0  # seconds a refused connection may take to close its side
_BUSY = b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"


class BoundedRunner(web.AppRunner):
    """An AppRunner whose sites hold at most `limit` connections, each for `lifetime` s."""

    def __init__(
        self,
        app: web.Application,
        *,
        limit: int = HTTP_CONNECTIONS_MAX,
        lifetime: float = HTTP_CONNECTION_LIFETIME,
        **kwargs: Any,
    ) -> None:
        super().__init__(app, **kwargs)
        self.limit, self.lifetime = limit, lifetime
        self.open = 0  # connections held now (refused ones are not counted)
        self._bounded: Callable[[], asyncio.Protocol] | None = None

    @property
    def server(self) -> Any:  # a protocol factory, as the sites use it
        inner = super().server
        if inner is None:
            return None
        if self._bounded is None:
            self._bounded = lambda: _Guard(self, inner())
        return self._bounded


class _Guard(asyncio.Protocol):
    """The aiohttp protocol of one connection, behind the runner's count and deadline."""

    def __init__(self, runner: BoundedRunner, inner: asyncio.Protocol) -> None:
        self.runner, self.inner = runner, inner
        self.held = False
        self.deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # An asyncio.Transport in practice, but not by class under uvloop (serve's loop).
        transport = cast(asyncio.Transport, transport)
        if self.runner.open >= self.runner.limit:
            # Answer, half-close and drop what the client sends until it closes too (or a
            # second has passed, when the descriptor is let go): closing with its request
            # unread would reset the connection, and the reset can overtake the answer. So
            # the transport keeps reading (data_received drops it) and is closed, not aborted.
            transport.write(_BUSY)
            transport.write_eof()
            asyncio.get_running_loop().call_later(_LINGER, transport.close)
            return
        self.held = True
        self.runner.open += 1
        loop = asyncio.get_running_loop()
        self.deadline = loop.call_later(self.runner.lifetime, transport.abort)
        self.inner.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.held:
            return
        self.held = False
        self.runner.open -= 1
        if self.deadline is not None:
            self.deadline.cancel()
        self.inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.held:
            self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        # Refused: False closes the transport, the client having closed its side.
        return self.inner.eof_received() if self.held else False

    def pause_writing(self) -> None:
        if self.held:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.held:
            self.inner.resume_writing()
