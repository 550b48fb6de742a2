"""Shared fixtures. No test may reach beyond loopback: a guard refuses other addresses."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fakeslack import FakeSlack

from casework.store import CaseStore, open_database

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: Any) -> bool:
    if isinstance(address, str | bytes):  # a Unix socket path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address):
        raise OSError(f"tests may not connect beyond loopback: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address):
        raise OSError(f"tests may not connect beyond loopback: {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)


@pytest.fixture
def fresh_store() -> Iterator[CaseStore]:
    store = CaseStore(open_database(None))
    yield store
    store.db.conn.close()


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[CaseStore]:
    store = CaseStore(open_database(tmp_path / "desk.sqlite3"))
    yield store
    store.db.conn.close()


@pytest.fixture
def fixed_now() -> datetime:
    # A Saturday night in Tokyo: 2026-11-28 23:00 JST.
    return datetime(2026, 11, 28, 14, 0, tzinfo=UTC)


DATA = Path(__file__).parent / "data"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    """A fake of Slack's Web API on loopback; test modules needing directory data override it."""
    async with FakeSlack() as server:
        yield server
