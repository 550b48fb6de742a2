"""Attacks on the desk's core, each over real sockets: SMTP into the listener on loopback, the
desk's real workers and store, and a real aiosmtpd relay recording what leaves."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

import pytest
from relay import RecordingRelay
from running_desk import (
    SATURDAY_NIGHT,
    Clock,
    RunningDesk,
    case_settled,
    make_mail,
)
from running_desk import (
    desk_with_relay as start_desk,
)

from casework import outbox
from casework.errors import TransitionRejected
from casework.models import AckState, Case
from casework.store import CaseStore
from responder.sender import FileSender, RelaySender, SendError

# CVE-2024-6923: an encoded word whose text is CR LF "Reply-To: ..." CR LF, as a local part.
INJECTED = b"\r\nReply-To: pay@evil.example\r\n"
ENCODED_LOCAL = "=?utf-8?b?" + base64.b64encode(INJECTED).decode() + "?="
HOSTILE_SENDER = f"{ENCODED_LOCAL}@attacker.example"


@pytest.fixture
async def relay() -> AsyncIterator[RecordingRelay]:
    async with RecordingRelay() as r:
        yield r


async def hostile_case(desk: RunningDesk) -> Case:
    """Case 1, opened by a mail whose envelope sender carries the encoded word."""
    await desk.send(make_mail(), mail_from=HOSTILE_SENDER)
    return await desk.wait_for(case_settled(1), what="case 1 to be triaged")


def files_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


# --- header injection through the envelope sender (CVE-2024-6923) ---------------------------


async def test_encoded_word_sender_is_stored_but_never_acknowledged(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        case = await hostile_case(desk)
        await desk.settled()
        events = await desk.call(CaseStore.events, case.id)

    assert case.customer_address == HOSTILE_SENDER  # stored as received: nothing is lost
    assert case.ack_state is AckState.SUPPRESSED
    assert "bad-sender-address" in case.ack_reason
    assert "encoded word" in case.ack_reason
    assert any(e.action == "acknowledgement suppressed" for e in events)
    assert relay.messages == []  # no acknowledgement reached the relay at all
    assert relay.connections == 0


def injected_message() -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = Address("Desk", "info", "planetmgmt.biz")
    message["To"] = Address("", ENCODED_LOCAL, "attacker.example")
    message["Subject"] = "Auto: we received your inquiry"
    message["Message-ID"] = "<ack-1@planetmgmt.biz>"
    message.set_content("本文\n", charset="utf-8")
    return message


async def test_serialised_header_injection_is_refused_before_any_connection(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    # The second guard: even with a recipient that passes, a header that flattens into two
    # fields (To: / Reply-To:) is refused by both transports.
    message = injected_message()
    assert b"\r\nReply-To: pay@evil.example\r\n" in message.as_bytes()  # the flaw is real
    for sender in (RelaySender(relay.host, relay.port, skip_starttls=True), FileSender(tmp_path)):
        with pytest.raises(SendError) as caught:
            await sender.send(message, envelope_from="", recipients=["taro@example.jp"])
        assert not caught.value.temporary
        assert "serialise" in str(caught.value)
    assert relay.connections == 0
    assert files_in(tmp_path) == []


async def test_staff_reply_to_an_encoded_word_sender_is_refused(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        case = await hostile_case(desk)
        now = desk.clock()
        with pytest.raises(TransitionRejected):  # Slack's Reply is told at once
            await desk.call(lambda st: st.queue_reply(1, "U1", "Hi", now, id_domain="x.example"))

        # A reply row already queued (say, before the address check existed) fails with the
        # reason and sends nothing.
        def queue_raw_reply(store: CaseStore) -> int:
            payload = {"case": case.id, "body": "Hello", "author": "U1", "message_id": "<r@x>"}
            with store.transaction():
                return outbox.enqueue(store.db, "reply", payload, now=now, case_id=case.id)

        row_id = await desk.call(queue_raw_reply)
        desk.desk._poke_all()
        error = await desk.wait_for(
            lambda st: st.db.execute(
                "SELECT last_error FROM outbox WHERE id = ? AND state = 'failed'", [row_id]
            ).fetchone(),
            what="the reply row to be parked",
        )
    assert "encoded word" in error[0]
    assert relay.messages == []
