"""Relay sessions kept open and reused, against a real aiosmtpd relay on 127.0.0.1: one
session carries many messages, a session the relay dropped is replaced before anything is
sent, and a refusal of one message leaves the session fit for the next."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from relay import RecordingRelay
from test_sender import CUSTOMER, make_message, relay_sender

from responder.sender import SendError, flatten


@pytest.fixture
async def relay() -> AsyncIterator[RecordingRelay]:
    async with RecordingRelay() as running:
        yield running


def subjects(relay: RecordingRelay) -> list[str]:
    return [str(m.message["Subject"]) for m in relay.messages]


async def send(sender: object, n: int) -> str:
    message = make_message(subject=f"受付のお知らせ {n}")
    return await sender.send(  # type: ignore[attr-defined,no-any-return]
        message, envelope_from="", recipients=[CUSTOMER], data=flatten(message)
    )


async def test_one_session_carries_message_after_message(relay: RecordingRelay) -> None:
    sender = relay_sender(relay)
    for n in range(5):
        await send(sender, n)
    await sender.close()
    assert relay.connections == 1 and sender.opened == 1
    assert subjects(relay) == [f"受付のお知らせ {n}" for n in range(5)]
    assert all(m.rcpt_tos == [CUSTOMER] for m in relay.messages)


async def test_the_bytes_given_are_the_bytes_the_relay_gets(relay: RecordingRelay) -> None:
    sender = relay_sender(relay)
    message = make_message()
    data = flatten(message)
    await sender.send(message, envelope_from="", recipients=[CUSTOMER], data=data)
    await sender.close()
    assert relay.messages[0].raw == data


async def test_a_session_the_relay_dropped_is_replaced_before_sending(
    relay: RecordingRelay,
) -> None:
    sender = relay_sender(relay)
    await send(sender, 1)
    await relay.drop_connections()
    await send(sender, 2)  # RSET fails on the dropped session; a new one carries the mail
    await sender.close()
    assert relay.connections == 2
    assert [m.message["Subject"] for m in relay.messages] == [
        "受付のお知らせ 1",
        "受付のお知らせ 2",
    ]


@pytest.mark.parametrize(("code", "stage"), [(451, "DATA"), (554, "DATA"), (550, "RCPT")])
async def test_a_refused_message_does_not_poison_the_next(
    relay: RecordingRelay, code: int, stage: str
) -> None:
    sender = relay_sender(relay)
    await send(sender, 1)
    relay.fail_next(code, at=stage)  # type: ignore[arg-type]
    with pytest.raises(SendError) as refused:
        await send(sender, 2)
    assert refused.value.temporary is (code < 500)
    await send(sender, 3)
    await sender.close()
    assert relay.connections == 1  # the same session went on
    assert [m.message["Subject"] for m in relay.messages] == [
        "受付のお知らせ 1",
        "受付のお知らせ 3",
    ]


async def test_sessions_are_bounded_and_shared_by_concurrent_sends(
    relay: RecordingRelay,
) -> None:
    sender = relay_sender(relay, connections=2)
    await asyncio.gather(*(send(sender, n) for n in range(8)))
    await sender.close()
    assert len(relay.messages) == 8
    assert relay.connections <= 2


async def test_a_relay_that_went_down_is_an_outage_and_its_return_is_noticed(
    relay: RecordingRelay,
) -> None:
    sender = relay_sender(relay)
    await send(sender, 1)
    await relay.refuse_connections()
    with pytest.raises(SendError) as down:
        await send(sender, 2)
    assert down.value.temporary
    await relay.accept_connections()
    await send(sender, 3)
    await sender.close()
    assert [m.message["Subject"] for m in relay.messages] == [
        "受付のお知らせ 1",
        "受付のお知らせ 3",
    ]


async def test_while_the_relay_is_down_its_port_refuses_and_no_other_listener_takes_it(
    relay: RecordingRelay,
) -> None:
    """A test relay that went down keeps its port: connections are refused, and a listener
    elsewhere on the machine asking for any free port cannot be given it (a desk retrying
    its acknowledgements would then talk SMTP to a stranger and wait out its timeout)."""
    import socket

    await relay.refuse_connections()
    with socket.socket() as client, pytest.raises(ConnectionRefusedError):
        client.connect((relay.host, relay.port))
    with socket.socket() as other, pytest.raises(OSError):
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        other.bind((relay.host, relay.port))
    await relay.accept_connections()
    sender = relay_sender(relay)
    await send(sender, 1)
    await sender.close()
    assert subjects(relay) == ["受付のお知らせ 1"]
