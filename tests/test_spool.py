"""A large mail travels from DATA to the database in a spool, never whole in memory
(casework/spool.py): it must arrive byte for byte, whatever SIZE the client declared."""

from __future__ import annotations

import asyncio
import os
import random
import smtplib
import threading
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from desk_process import DeskProcess
from test_listener import MAIL, Listener, in_thread, smtp_session

from casework.settings import ListenerSettings
from casework.spool import IN_MEMORY, MailSpool
from casework.store import CaseStore, Received, open_database
from responder.session import ERR_NO_ROOM

LIMIT = 4 * IN_MEMORY


def large_mail(size: int, seed: int = 0) -> bytes:
    """A mail of about `size` bytes whose lines often start with dots (stuffed on the wire,
    RFC 5321 §4.5.2), of all lengths, so that stuffed dots fall on every read boundary."""
    rng = random.Random(seed)
    lines = [MAIL.rstrip(b"\r\n")]
    total = len(MAIL)
    while total < size:
        line = rng.choice([b".", b"..", b"", b".x", b"\xe6\x97\xa5"]) + bytes(
            rng.choice(b"ab. \xe6") for _ in range(rng.randrange(0, 300))
        )
        lines.append(line)
        total += len(line) + 2
    return b"\r\n".join(lines) + b"\r\n"


@pytest.fixture
async def listener(tmp_path: Path) -> AsyncIterator[Listener]:
    settings = ListenerSettings(port=0, max_message_size=LIMIT)
    spool_dir = tmp_path / "spool"
    spool_dir.mkdir()
    async with Listener(tmp_path / "desk.sqlite3", settings, spool_dir) as running:
        yield running


def send(port: int, raw: bytes, options: list[str]) -> tuple[int, bytes]:
    with smtp_session(port) as c:
        c.mail("c@example.com", options)
        c.rcpt("info@planetmgmt.biz")
        return c.data(raw)  # smtplib stuffs the dots


@pytest.mark.parametrize(
    "declared",
    [None, "exact", "larger", "smaller"],
    ids=["no-size", "size-exact", "size-larger", "size-smaller"],
)
async def test_a_large_mail_is_stored_byte_for_byte_whatever_size_was_declared(
    listener: Listener, declared: str | None
) -> None:
    raw = large_mail(3 * IN_MEMORY)
    sizes = {"exact": len(raw), "larger": LIMIT, "smaller": 100}
    options = [] if declared is None else [f"SIZE={sizes[declared]}"]
    code, reply = await in_thread(send, listener.port, raw, options)
    assert code == 250, reply
    [(stored, _, _)] = listener.stored()
    assert stored == raw
    # Read back as intake reads it (a large mail through incremental blob I/O).
    message_id = int(reply.rsplit(b" ", 1)[1])
    assert (await listener.runner.call(CaseStore.received, message_id)).raw == raw


async def test_large_mails_arriving_together_are_each_stored_whole(listener: Listener) -> None:
    mails = [large_mail(IN_MEMORY + 1000 * n, seed=n) for n in range(4)] + [MAIL]
    replies = await asyncio.gather(*(in_thread(send, listener.port, m, []) for m in mails))
    assert [code for code, _ in replies] == [250] * len(mails)
    assert sorted(raw for raw, _, _ in listener.stored()) == sorted(mails)


async def test_a_large_mail_over_the_limit_is_552_and_the_session_goes_on(
    listener: Listener,
) -> None:
    over = large_mail(LIMIT + 1000)

    def over_then_within() -> tuple[int, int]:
        with smtp_session(listener.port) as c:
            c.mail("c@example.com")  # no SIZE: the limit is found while reading
            c.rcpt("info@planetmgmt.biz")
            first = c.data(over)[0]
            c.mail("c@example.com")
            c.rcpt("info@planetmgmt.biz")
            return first, c.data(large_mail(2 * IN_MEMORY))[0]

    assert await in_thread(over_then_within) == (552, 250)
    assert [raw for raw, _, _ in listener.stored()] == [large_mail(2 * IN_MEMORY)]


async def test_a_retransmitted_large_mail_is_stored_once(listener: Listener) -> None:
    raw = large_mail(2 * IN_MEMORY)
    first = await in_thread(send, listener.port, raw, [])
    again = await in_thread(send, listener.port, raw, [])
    assert first[1].startswith(b"2.0.0 Ok: stored as ")
    assert again[1] == first[1].replace(b"stored as", b"already stored as")
    assert len(listener.stored()) == 1


async def test_no_room_to_spool_is_451_and_a_small_mail_still_goes_through(
    tmp_path: Path,
) -> None:
    # The spool directory is missing, as when the data directory's disk fails: the large
    # mail is refused for now (the client keeps it and retries), never a 5xx, and the session
    # and the listener go on.
    settings = ListenerSettings(port=0, max_message_size=LIMIT)
    async with Listener(tmp_path / "desk.sqlite3", settings, tmp_path / "missing") as listener:

        def large_then_small() -> tuple[tuple[int, bytes], int]:
            with smtp_session(listener.port) as c:
                c.mail("c@example.com")
                c.rcpt("info@planetmgmt.biz")
                refused = c.data(large_mail(2 * IN_MEMORY))
                c.mail("c@example.com")
                c.rcpt("info@planetmgmt.biz")
                return refused, c.data(MAIL)[0]

        (code, reply), small = await in_thread(large_then_small)
        assert f"{code} {reply.decode()}" == ERR_NO_ROOM
        assert small == 250
        assert [raw for raw, _, _ in listener.stored()] == [MAIL]
        assert listener.stats.temporary_failures == 1


def spooled(raw: bytes, directory: Path) -> MailSpool:
    spool = MailSpool(directory)
    for start in range(0, len(raw), 7000):
        spool.write(raw[start : start + 7000])
    return spool


def received(raw: bytes, spool: MailSpool | None = None) -> Received:
    return Received(
        raw=b"" if spool else raw,
        spool=spool,
        mail_from="c@example.com",
        rcpt_tos=("info@planetmgmt.biz",),
        peer="127.0.0.1",
        tls=False,
        received_at=datetime(2026, 12, 3, 12, 0, tzinfo=UTC),
    )


def test_a_spooled_mail_has_the_same_duplicate_key_as_the_same_bytes_in_memory(
    tmp_path: Path,
) -> None:
    raw = large_mail(2 * IN_MEMORY)
    spool = spooled(raw, tmp_path)
    assert spool.size == len(raw) and b"".join(spool.chunks(1000)) == raw
    assert received(raw, spool).dedup_key == received(raw).dedup_key
    assert received(raw[:-1] + b"!", spooled(raw[:-1] + b"!", tmp_path)).dedup_key != (
        received(raw).dedup_key
    )


def test_a_batch_mixing_spooled_and_small_mail_keeps_each_at_its_id(tmp_path: Path) -> None:
    store = CaseStore(open_database(tmp_path / "desk.sqlite3"))
    mails = [
        MAIL,
        large_mail(2 * IN_MEMORY, 1),
        MAIL.replace(b"hello", b"hi"),
        large_mail(IN_MEMORY + 9, 2),
    ]
    batch = [received(m, spooled(m, tmp_path) if len(m) > IN_MEMORY else None) for m in mails]
    outcomes = store.store_received(batch, duplicate_window=timedelta(days=1))
    assert [store.received(o.message_id).raw for o in outcomes] == mails
    assert [store.raw_size(o.message_id) for o in outcomes] == [len(m) for m in mails]


def test_a_spool_declared_large_writes_to_its_directory_from_the_first_byte(
    tmp_path: Path,
) -> None:
    # Its file is unlinked at once, so the directory stays empty; a missing directory shows
    # that the file is made at the first write, not after IN_MEMORY bytes.
    eager = MailSpool(tmp_path / "missing", expected=IN_MEMORY + 1)
    with pytest.raises(OSError):
        eager.write(b"x")
    lazy = MailSpool(tmp_path / "missing", expected=100)
    lazy.write(b"x" * IN_MEMORY)
    assert lazy.getvalue() == b"x" * IN_MEMORY
    with pytest.raises(OSError):
        lazy.write(b"y")  # over IN_MEMORY: to the file
    assert list(tmp_path.iterdir()) == []


def spool_files(pid: int, directory: Path) -> list[str]:
    """The unlinked files in `directory` that process `pid` holds open."""
    found = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed meanwhile
            continue
        if target.startswith(f"{directory}/") and target.endswith(" (deleted)"):
            found.append(target)
    return found


def test_a_large_mail_waits_in_the_data_directory_while_it_arrives(tmp_path: Path) -> None:
    # The running desk, over SMTP: the first part of a large mail is sent, and before the
    # end of data the desk holds it in an unlinked file in its data directory (not memory,
    # not /tmp); after the 250 the file is gone and the mail is stored whole.
    desk = DeskProcess(tmp_path).start()
    assert desk.process is not None
    data_dir = Path(os.path.realpath(desk.sections["desk"]["data_dir"]))
    raw = large_mail(3 * IN_MEMORY, seed=7)
    stuffed = raw.replace(b"\r\n.", b"\r\n..")  # smtplib.data() would do this
    try:
        with smtplib.SMTP("127.0.0.1", desk.port, timeout=60) as c:
            c.ehlo("client.example.com")
            c.mail("c@example.com")
            c.rcpt("info@planetmgmt.biz")
            c.putcmd("data")
            assert c.getreply()[0] == 354
            c.send(stuffed)  # all but the end of data
            deadline = time.monotonic() + 60
            while not spool_files(desk.process.pid, data_dir):
                assert time.monotonic() < deadline, "the mail never reached a spool file"
                time.sleep(0.05)
            c.send(b".\r\n")
            code, _ = c.getreply()
        assert code == 250
        assert spool_files(desk.process.pid, data_dir) == []  # closed with its batch
        assert desk.query("SELECT raw FROM messages") == [(raw,)]
    finally:
        desk.stop()


async def test_a_client_gone_in_the_middle_of_a_large_mail_leaves_no_spool(
    listener: Listener,
) -> None:
    assert listener.spool_dir is not None
    spool_dir = listener.spool_dir.resolve()
    sent_half, go = threading.Event(), threading.Event()

    def half_then_gone() -> None:
        c = smtp_session(listener.port)
        c.mail("c@example.com")
        c.rcpt("info@planetmgmt.biz")
        c.putcmd("data")
        assert c.getreply()[0] == 354
        c.send(large_mail(3 * IN_MEMORY).replace(b"\r\n.", b"\r\n.."))  # no end of data
        sent_half.set()
        go.wait(60)
        c.close()

    async def until(condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + 60
        while not condition():
            assert time.monotonic() < deadline, what
            await asyncio.sleep(0.05)

    client = asyncio.ensure_future(in_thread(half_then_gone))
    await until(lambda: bool(spool_files(os.getpid(), spool_dir)), "no spool file was made")
    go.set()
    await client
    await until(lambda: not spool_files(os.getpid(), spool_dir), "a spool outlived its session")
    assert await in_thread(send, listener.port, MAIL, []) == (250, b"2.0.0 Ok: stored as 1")
    assert listener.stored() == [(MAIL, "c@example.com", '["info@planetmgmt.biz"]')]


async def test_a_large_mail_met_by_a_fault_of_ours_leaves_no_spool(listener: Listener) -> None:
    # The clock the handler is given fails after DATA, before the mail reaches the store: the
    # client is told 451 and the mail's spool is closed then, not when the session ends.
    assert listener.spool_dir is not None
    spool_dir = listener.spool_dir.resolve()
    working_clock = listener.handler.clock

    def broken_clock() -> datetime:
        raise RuntimeError("the clock is gone")

    def fail_then_send() -> tuple[int, list[str]]:
        with smtp_session(listener.port) as c:  # one session throughout: it holds no spool
            c.mail("c@example.com")
            c.rcpt("info@planetmgmt.biz")
            listener.handler.clock = broken_clock
            code, _ = c.data(large_mail(3 * IN_MEMORY))
            left = spool_files(os.getpid(), spool_dir)
            listener.handler.clock = working_clock
            c.sendmail("c@example.com", ["info@planetmgmt.biz"], MAIL)
        return code, left

    assert await in_thread(fail_then_send) == (451, [])
    assert listener.stored() == [(MAIL, "c@example.com", '["info@planetmgmt.biz"]')]
