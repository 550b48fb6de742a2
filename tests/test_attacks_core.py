"""Attacks on the desk's core, each over real sockets: SMTP into the listener on loopback, the
desk's real workers and store, and a real aiosmtpd relay recording what leaves."""

from __future__ import annotations

import asyncio
import base64
import json
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from desk_process import free_port
from fakeslack import FakeSlack
from relay import RecordingRelay
from running_desk import (
    SATURDAY_NIGHT,
    Clock,
    RunningDesk,
    case_settled,
    desk_settings,
    make_mail,
)
from running_desk import (
    desk_with_relay as start_desk,
)

from casework import outbox
from casework.bounds import PART_BODY
from casework.errors import TransitionRejected
from casework.mail import MAX_MATCH_TEXT
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


# Valid RFC 5321 paths the acknowledgement is not built for: each used to pass the sender
# check at intake and then park its acknowledgement as a failed outbox row, one for an
# administrator to clear per forged mail; an address literal or a one-label domain would
# also have had the relay deliver to a host or a local mailbox the forger chose.
@pytest.mark.parametrize("sender", ["x@[127.0.0.1]", "root@localhost", '"a b"@example.jp'])
async def test_a_sender_the_acknowledgement_cannot_go_to_is_suppressed_not_failed(
    tmp_path: Path, relay: RecordingRelay, sender: str
) -> None:
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(), mail_from=sender)
        case = await desk.wait_for(case_settled(1), what="case 1 to be triaged")
        await desk.settled()
        failed = await desk.call(lambda store: outbox.failed_rows(store.db))

    assert case.ack_state is AckState.SUPPRESSED
    assert "bad-sender-address" in case.ack_reason and "plain mailbox" in case.ack_reason
    assert failed == []
    assert relay.messages == []


async def test_mail_marked_as_spam_upstream_is_stored_and_not_acknowledged(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    # Backscatter bait: a forged sender behind a spam verdict was acknowledged.
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(headers={"X-Spam-Flag": "YES"}), mail_from="bystander@example.jp")
        case = await desk.wait_for(case_settled(1), what="case 1 to be triaged")
        await desk.settled()

    assert case.ack_state is AckState.SUPPRESSED and "spam" in case.ack_reason
    assert relay.messages == []


@pytest.mark.parametrize(
    ("sender", "headers", "person"),
    [
        # Reply-To naming the desk: a staff reply went to info@ itself, not to the writer.
        ("Taro <taro@example.jp>", {"Reply-To": "INFO@planetmgmt.biz"}, "taro@example.jp"),
        # From forged as the desk: the person falls back to the envelope sender.
        ("info@planetmgmt.biz", {}, "eve@example.jp"),
    ],
)
async def test_the_desk_is_never_a_cases_person(
    tmp_path: Path, relay: RecordingRelay, sender: str, headers: dict[str, str], person: str
) -> None:
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(sender=sender, headers=headers), mail_from="eve@example.jp")
        case = await desk.wait_for(case_settled(1), what="case 1 to be triaged")

    assert case.reply_to == (person,)


async def test_a_large_mail_written_on_one_line_shows_its_text(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    # Over 2 MiB the desk reads each part's first MiB, cut at a line end; a text with no line
    # break was cut to nothing, and the case showed "(no text)".
    sentence = "Please tell me how to request disclosure of my personal information. "
    body = sentence * (2_300_000 // len(sentence))
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(make_mail(body=body), mail_from="taro@example.jp")
        case = await desk.wait_for(case_settled(1), what="case 1 to be triaged")
        messages = await desk.call(CaseStore.messages, case.id)

    [received] = [m for m in messages if m.direction == "in"]
    assert received.body.startswith(sentence.strip())


def injected_message(cte: str | None = None) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = Address("Desk", "info", "planetmgmt.biz")
    message["To"] = Address("", ENCODED_LOCAL, "attacker.example")
    message["Subject"] = "Auto: we received your inquiry"
    message["Message-ID"] = "<ack-1@planetmgmt.biz>"
    message.set_content("本文\n", charset="utf-8", cte=cte)
    return message


# An 8-bit body (the message is flattened whole for the check) and a base64 one, as the
# acknowledgement's (only its header fields are written for the check).
@pytest.mark.parametrize("cte", [None, "base64"])
async def test_serialised_header_injection_is_refused_before_any_connection(
    tmp_path: Path, relay: RecordingRelay, cte: str | None
) -> None:
    # The second guard: even with a recipient that passes, a header that flattens into two
    # fields (To: / Reply-To:) is refused by both transports.
    message = injected_message(cte)
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
        # The encoded word in From too: with a clean From the reply would go there instead
        # (Reply-To, else From: RFC 5322 §3.6.2), never to the envelope sender.
        await desk.send(make_mail(sender=HOSTILE_SENDER), mail_from=HOSTILE_SENDER)
        case = await desk.wait_for(case_settled(1), what="case 1 to be triaged")
        now = desk.clock()
        with pytest.raises(TransitionRejected):  # Slack's Reply is told at once
            await desk.call(lambda st: st.queue_reply(1, "U1", "Hi", now, message_id="<r@x>"))

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


# --- a database lock longer than busy_timeout -------------------------------------------------


async def until(check: Callable[[], object], what: str, timeout: float = 60.0) -> None:
    """Wait for a condition of the running desk; the deadline is generous (a busy machine)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def healthz(port: int) -> tuple[int, dict[str, Any]]:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{port}/healthz") as reply,
    ):
        return reply.status, await reply.json()


async def test_workers_outlive_a_lock_held_past_busy_timeout(tmp_path: Path) -> None:
    """Another process (a backup, a sqlite3 shell) holds the database past busy_timeout: the
    workers' claims fail, /healthz says so, and once the lock is gone mail becomes cases."""
    port = free_port()
    settings = desk_settings(tmp_path / "var", desk={"busy_timeout": 0.2}, http={"port": port})
    async with RunningDesk(settings, Clock(SATURDAY_NIGHT)) as desk:
        other = sqlite3.connect(settings.database_path, isolation_level=None)
        try:
            other.execute("BEGIN EXCLUSIVE")
            deadline = time.monotonic() + 60
            while (reply := await healthz(port))[0] != 503:  # until a worker meets the lock
                assert time.monotonic() < deadline, f"/healthz kept answering {reply}"
                await asyncio.sleep(0.05)
            assert any("locked" in r for r in reply[1].get("reasons", [])), reply
        finally:
            other.execute("ROLLBACK")
            other.close()
        await desk.send(make_mail(), mail_from="taro@example.jp")
        await desk.wait_for(lambda st: st.count_cases() == 1, 60, "the mail to become a case")
        workers = desk.desk.workers
        await until(lambda: not any(w.fault for w in workers), "the workers to recover")
        status, body = await healthz(port)
    assert (status, body) == (200, {"status": "ok"})


# --- threading into another customer's case ---------------------------------------------------

CUSTOMER, INTRUDER = "taro@example.jp", "mallory@attacker.example"


def slack_sections(fake: FakeSlack) -> dict[str, Any]:
    return {
        "slack": {
            "channel": "C0CASES",
            "bot_token": fake.bot_token,
            "signing_secret": "attack-signing-secret",
            "api_url": fake.url,
            "http_port": free_port(),
            "post_interval": 0.0,
        }
    }


def events_of(number: int) -> Callable[[CaseStore], list[tuple[str, str, str]]]:
    def read(store: CaseStore) -> list[tuple[str, str, str]]:
        return [(e.actor, e.action, e.detail) for e in store.events(store.case(number).id)]

    return read


async def test_a_case_tag_alone_does_not_thread_a_strangers_mail(
    tmp_path: Path, relay: RecordingRelay, fake: FakeSlack
) -> None:
    clock = Clock(SATURDAY_NIGHT)
    async with start_desk(tmp_path, relay, clock, **slack_sections(fake)) as desk:
        await desk.send(make_mail(message_id="<c1@example.jp>"), mail_from=CUSTOMER)
        first = await desk.wait_for(lambda st: st.count_cases() == 1 and st.case(1).slack_ts)
        assert first
        await desk.call(lambda st: st.transition("resolve", 1, "U0STAFF", clock()))

        # 1. Only the tag links it, and it is not from the customer: a case of its own.
        tagged = make_mail(
            sender=INTRUDER, subject="Re: [PMC-000001] pay here", message_id="<x1@attacker.example>"
        )
        await desk.send(tagged, mail_from=INTRUDER)
        await desk.wait_for(lambda st: st.count_cases() == 2, what="a second case")
        second, first_case = await desk.call(lambda st: (st.case(2), st.case(1)))
        assert second.customer_address == INTRUDER
        assert first_case.status.value == "resolved" and first_case.followups == 0
        assert any("[PMC-000001]" in d for _, a, d in await desk.call(events_of(2)))
        assert any("[PMC-000002]" in d for _, a, d in await desk.call(events_of(1)))

        # 2. It names the customer's Message-ID: it joins, but under its own sender.
        joined = make_mail(
            sender=INTRUDER, subject="Re: your inquiry", message_id="<x2@attacker.example>",
            headers={"In-Reply-To": "<c1@example.jp>", "References": "<c1@example.jp>"},
        )  # fmt: skip
        await desk.send(joined, mail_from=INTRUDER)
        await desk.wait_for(lambda st: st.case(1).followups == 1, what="the follow-up")
        assert (INTRUDER, "follow-up from another address") in [
            (actor, action) for actor, action, _ in await desk.call(events_of(1))
        ]
        ts = str(first_case.slack_ts)
        await until(lambda: len(fake.thread("C0CASES", ts)) >= 1, "the thread note")
        notes = [m.text for m in fake.thread("C0CASES", ts)]
        assert any(INTRUDER in t and "not the customer" in t for t in notes), notes
        assert (await desk.call(lambda st: st.case(1))).status.value == "resolved"

        # 3. The customer's own follow-up by tag joins and reopens; a reply threads on it.
        own = make_mail(subject="Re: [PMC-000001] one more thing", message_id="<c2@example.jp>")
        await desk.send(own, mail_from=CUSTOMER)
        await desk.wait_for(lambda st: st.case(1).followups == 2, what="the customer's mail")
        assert (await desk.call(lambda st: st.case(1))).status.value == "open"
        await desk.call(lambda st: st.transition("claim", 1, "U0STAFF", clock()))
        queued = "<r@x.jp>"
        await desk.call(lambda st: st.queue_reply(1, "U0STAFF", "Hi", clock(), message_id=queued))
        desk.desk._poke_all()
        await until(lambda: len(staff_mail(relay)) == 1, "the reply")
    reply = staff_mail(relay)[0]
    assert reply["In-Reply-To"] == "<c2@example.jp>"  # the customer's own latest mail
    assert "<x2@attacker.example>" not in str(reply["References"])
    assert "<c1@example.jp>" in str(reply["References"])


def staff_mail(relay: RecordingRelay) -> list[EmailMessage]:
    """What the relay took that is not an acknowledgement."""
    auto = [(m, str(m.message["Auto-Submitted"] or "no")) for m in relay.messages]
    return [m.message for m, value in auto if value == "no"]


# --- large mail within the size limit -----------------------------------------------------------


def large_mail(text_bytes: int, attachment_bytes: int) -> bytes:
    line = "個人情報の開示をお願いします。Please tell me how to ask for disclosure.\r\n".encode()
    text = line * (text_bytes // len(line))
    attachment = base64.encodebytes(b"\x89PDF" * (attachment_bytes // 4)).replace(b"\n", b"\r\n")
    return (
        b"From: Taro <taro@example.jp>\r\nTo: info@planetmgmt.biz\r\nSubject: large\r\n"
        b"Message-ID: <large@example.jp>\r\nDate: Sat, 28 Nov 2026 23:04:00 +0900\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="=_b"\r\n\r\n'
        b"--=_b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text + b"--=_b\r\n"
        b'Content-Type: application/pdf; name="scan.pdf"\r\nContent-Transfer-Encoding: base64\r\n'
        b"\r\n" + attachment + b"--=_b\r\n"
        b'Content-Type: image/png; name="after.png"\r\n\r\nPNG\r\n--=_b--\r\n'
    )


async def test_a_large_mail_is_stored_whole_and_read_within_bounds(
    tmp_path: Path, relay: RecordingRelay
) -> None:
    raw = large_mail(text_bytes=5_000_000, attachment_bytes=3_000_000)
    async with start_desk(tmp_path, relay, Clock(SATURDAY_NIGHT)) as desk:
        await desk.send(raw, mail_from=CUSTOMER)
        case = await desk.wait_for(case_settled(1), 120, "the large mail to become a case")
        stored = await desk.call(lambda st: st.received(1).raw)
        parsed = await desk.call(
            lambda st: st.db.execute(
                "SELECT length(body), length(body_for_matching), attachments FROM messages"
                " WHERE id = 1"
            ).fetchone()
        )
    assert stored == raw  # the stored mail is whole: Show mail and exports read it
    body_chars, matching_chars, attachments = parsed
    assert matching_chars <= MAX_MATCH_TEXT  # what the matcher and the language guess read
    assert 0 < body_chars <= PART_BODY  # what is shown of the text
    files = {a["filename"]: a["size"] for a in json.loads(attachments)}
    assert set(files) == {"scan.pdf", "after.png"}  # the parts after the cut are still seen
    assert abs(files["scan.pdf"] - 3_000_000) < 3_000_000 * 0.01  # its real size, about
    assert not case.malformed
    assert case.pi_request is not None  # the start of the text was still matched
