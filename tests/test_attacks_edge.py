"""Attacks at the desk's edges, each reproduced over real sockets: the Slack HTTP endpoint fed
hostile requests, the SMTP/LMTP listener fed hostile envelopes, and the data directory read by
other users.

Each test here failed on the code before its fix (see the commit that added it).
"""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from desk_process import DeskProcess, free_port
from fakeslack import FakeSlack
from running_desk import SATURDAY_NIGHT, Clock, RunningDesk, desk_settings, make_mail
from slack_signing import SECRET, eventually, post_signed, slack_desk, slash_command_body
from test_faults_slack import slack_env, start
from test_listener import MAIL, Listener

from casework.connections import HTTP_CONNECTIONS_MAX, BoundedRunner
from casework.settings import ListenerSettings
from responder.listener import ERR_TEMPORARY, start_listener
from responder.session import ERR_NO_AUTH

CHANNEL = "C0CASES"
ONE_MIB = 1024 * 1024
# A line as the desk writes it: an RFC 3339 time with its zone, then key=value pairs.
LOG_LINE = re.compile(
    r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d level=[A-Z]+ logger=\S+ msg="'
)


async def smtp_banner(port: int) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        return await reader.readline()
    finally:
        writer.close()


def hostile_body() -> bytes:
    """A megabyte with no "@" (the worst case for the old address masking) and lines that
    imitate the desk's own log lines."""
    forged = b'\n2026-11-28T23:05:00.000+09:00 level=ERROR logger=FORGED-7Q msg="OWNED-7Q"\r\n'
    filler = b"a" * (ONE_MIB - 2 * len(forged) - 16)
    return b"token=x&text=" + forged + filler + forged


async def slack_http_desk(
    tmp_path: Path, fake: FakeSlack, http_port: int = 0
) -> tuple[DeskProcess, int]:
    """A desk process in Slack HTTP mode (acknowledgements off), and its Slack port."""
    slack_port = free_port()
    sections: dict[str, dict[str, Any]] = {
        "acknowledgement": {"enabled": False},
        "http": {"port": http_port},
        "slack": {"channel": CHANNEL, "http_port": slack_port, "post_interval": 0.0},
    }
    return await start(DeskProcess(tmp_path, sections, slack_env(fake))), slack_port


async def test_an_unsigned_megabyte_to_slack_events_is_refused_without_freezing_or_logging(
    tmp_path: Path, fake: FakeSlack
) -> None:
    desk, slack_port = await slack_http_desk(tmp_path, fake)
    try:
        body = hostile_body()
        reader, writer = await asyncio.open_connection("127.0.0.1", slack_port)
        head = (
            "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"X-Slack-Request-Timestamp: 1700000000\r\nX-Slack-Signature: v0=00\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        writer.write(head.encode() + body[:-1])
        await writer.drain()
        # The SMTP greeting comes while the request is still arriving...
        assert (await asyncio.wait_for(smtp_banner(desk.port), 60)).startswith(b"220 ")
        writer.write(body[-1:])
        await writer.drain()
        # ...and while the desk handles it: the answer has not been read yet.
        assert (await asyncio.wait_for(smtp_banner(desk.port), 60)).startswith(b"220 ")
        status = await asyncio.wait_for(reader.readline(), 60)
        writer.close()
        assert status.split()[1] == b"401"
        assert (await asyncio.wait_for(smtp_banner(desk.port), 60)).startswith(b"220 ")
    finally:
        desk.stop()
    log = desk.log.read_text(encoding="utf-8")
    assert "FORGED-7Q" not in log and "OWNED-7Q" not in log
    assert "a" * 64 not in log, "the request body reached the log"
    lines = log.splitlines()
    assert lines and all(LOG_LINE.match(line) for line in lines), log[-2000:]


@pytest.mark.parametrize("timestamp", ["17e8", "1700000000.5", "", "x" * 40, "+1700000000"])
async def test_a_timestamp_that_is_not_a_number_gets_401_not_500(
    fresh_store: Any, fake: FakeSlack, timestamp: str
) -> None:
    async with slack_desk(fresh_store, fake) as desk:
        body = slash_command_body(text="", response_url=fake.response_url())
        status, text = await post_signed(
            desk.url, body, SECRET, extra_headers={"X-Slack-Request-Timestamp": timestamp}
        )
    assert status == 401, text
    assert "Traceback" not in text


JSON, FORM = "application/json", "application/x-www-form-urlencoded"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("{not json", JSON),
        ("[1, 2, 3]", JSON),
        ("[" * 100_000 + "]" * 100_000, JSON),
        ("payload=%7Bnot", FORM),
        ("payload=%5B%5D", FORM),
    ],
)
async def test_a_signed_body_that_is_not_slacks_gets_400_not_500(
    fresh_store: Any, fake: FakeSlack, body: str, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with slack_desk(fresh_store, fake) as desk:
        headers = {"content-type": kind}
        status, text = await post_signed(desk.url, body, SECRET, extra_headers=headers)
        assert status == 400, text
        # ...and the edge still serves Slack's own requests.
        ok = slash_command_body(text="", response_url=fake.response_url())
        assert (await post_signed(desk.url, ok, SECRET))[0] == 200
    assert "Traceback" not in text
    assert not [r for r in caplog.records if r.exc_info], "a traceback reached the log"


# --- the SMTP/LMTP edge --------------------------------------------------------------------------


class Dialog:
    """A raw SMTP/LMTP conversation: exact bytes out, whole replies (all lines) back."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int, hello: bytes = b"EHLO client.example.com") -> Dialog:
        dialog = cls(*await asyncio.open_connection("127.0.0.1", port))
        assert (await dialog.reader.readline()).startswith(b"220")
        assert (await dialog.say(hello))[-1].startswith(b"250")
        return dialog

    async def reply(self) -> list[bytes]:
        lines = []
        while True:
            line = await asyncio.wait_for(self.reader.readline(), 30)
            lines.append(line)
            if line[3:4] != b"-":
                return lines

    async def say(self, line: bytes) -> list[bytes]:
        self.writer.write(line + b"\r\n")
        return await self.reply()

    def close(self) -> None:
        self.writer.close()


@pytest.mark.parametrize(
    "path",
    [
        b"<ta\x00ro@example.jp>",
        b"<ta\rro@example.jp>",
        b"<taro\x1b[2J@example.jp>",
        b"<ta\x07ro@example.jp>",
        b"<ta\x7fro@example.jp>",
        b'<"ta\x1bro"@example.jp>',
        b"<taro@exam\x00ple.jp>",
        b"<taro@example.jp> SIZE=10\x1b",
    ],
)
async def test_a_sender_path_with_control_characters_is_refused_with_501_5_1_7(
    tmp_path: Path, path: bytes
) -> None:
    async with Listener(tmp_path / "desk.sqlite3", ListenerSettings(port=0)) as smtp:
        dialog = await Dialog.open(smtp.port)
        refused = await dialog.say(b"MAIL FROM:" + path)
        # The session goes on: a clean sender is taken next, and the mail is stored.
        accepted = await dialog.say(b"MAIL FROM:<taro@example.jp>")
        await dialog.say(b"RCPT TO:<info@planetmgmt.biz>")
        await dialog.say(b"DATA")
        dialog.writer.write(MAIL + b".\r\n")
        stored = await dialog.reply()
        dialog.close()
    assert refused[-1].startswith(b"501 5.1.7 "), refused
    assert accepted[-1].startswith(b"250"), accepted
    assert stored[-1].startswith(b"250 2.0.0"), stored
    assert [row[1] for row in smtp.stored()] == ["taro@example.jp"]


async def test_recipients_are_capped_at_100_and_a_repeat_counts_once(tmp_path: Path) -> None:
    async with Listener(tmp_path / "desk.sqlite3", ListenerSettings(port=0)) as smtp:
        dialog = await Dialog.open(smtp.port)
        await dialog.say(b"MAIL FROM:<taro@example.jp>")
        answers = [(await dialog.say(b"RCPT TO:<info@planetmgmt.biz>"))[-1] for _ in range(500)]
        for n in range(99):  # 99 more names: 100 in all
            await dialog.say(f"RCPT TO:<probe{n}@planetmgmt.biz>".encode())
        over = await dialog.say(b"RCPT TO:<contact@planetmgmt.biz>")
        repeat = await dialog.say(b"RCPT TO:<Info@PlanetMgmt.biz>")
        await dialog.say(b"DATA")
        dialog.writer.write(MAIL + b".\r\n")
        stored = await dialog.reply()
        # A new transaction starts a new count.
        await dialog.say(b"MAIL FROM:<hanako@example.jp>")
        fresh = await dialog.say(b"RCPT TO:<contact@planetmgmt.biz>")
        dialog.close()
    assert all(a.startswith(b"250 2.1.5") for a in answers)
    assert over == [b"452 4.5.3 Too many recipients\r\n"]
    assert repeat[-1].startswith(b"250 2.1.5")
    assert stored[-1].startswith(b"250 2.0.0")
    assert fresh[-1].startswith(b"250 2.1.5")
    assert [row[2] for row in smtp.stored()] == ['["info@planetmgmt.biz"]']  # stored once


async def test_lmtp_answers_only_accepted_recipients_under_the_cap(tmp_path: Path) -> None:
    settings = ListenerSettings(port=0, protocol="lmtp")
    async with Listener(tmp_path / "desk.sqlite3", settings) as lmtp:
        dialog = await Dialog.open(lmtp.port, b"LHLO postfix")
        await dialog.say(b"MAIL FROM:<taro@example.jp>")
        first = [(await dialog.say(b"RCPT TO:<info@planetmgmt.biz>"))[-1] for _ in range(200)]
        for n in range(120):
            await dialog.say(f"RCPT TO:<probe{n}@planetmgmt.biz>".encode())
        over = await dialog.say(b"RCPT TO:<contact@planetmgmt.biz>")
        await dialog.say(b"DATA")
        dialog.writer.write(MAIL + b".\r\n")
        replies = await dialog.reply()
        after = await dialog.say(b"QUIT")  # the next line is QUIT's: no other reply is owed
        dialog.close()
    assert first[0].startswith(b"250") and all(a.startswith(b"550") for a in first[1:])
    assert over[-1].startswith(b"452 4.5.3")
    assert len(replies) == 1 and replies[0].startswith(b"250 2.0.0")
    assert after[-1].startswith(b"221")


async def test_lmtp_owes_each_accepted_recipient_its_reply_to_a_mail_too_big(
    tmp_path: Path,
) -> None:
    # RFC 2033 §4.2: after DATA, one reply per accepted RCPT, whatever it says. One 552 for two
    # recipients left Postfix waiting for the second, reading the next command's reply as it.
    settings = ListenerSettings(port=0, protocol="lmtp", max_message_size=4096)
    async with Listener(tmp_path / "desk.sqlite3", settings) as lmtp:
        dialog = await Dialog.open(lmtp.port, b"LHLO postfix")
        await dialog.say(b"MAIL FROM:<taro@example.jp>")
        await dialog.say(b"RCPT TO:<info@planetmgmt.biz>")
        await dialog.say(b"RCPT TO:<nobody@planetmgmt.biz>")  # refused: owed no reply
        await dialog.say(b"RCPT TO:<contact@planetmgmt.biz>")
        await dialog.say(b"DATA")
        dialog.writer.write(MAIL + (b"x" * 998 + b"\r\n") * 8 + b".\r\n")
        replies = [await dialog.reply(), await dialog.reply()]
        after = await dialog.say(b"NOOP")
        dialog.close()
        assert lmtp.stored() == []
    assert [r[-1][:9] for r in replies] == [b"552 5.3.4", b"552 5.3.4"]
    assert after[-1].startswith(b"250")


async def test_the_same_mail_twice_in_one_group_commit_names_the_stored_message(
    tmp_path: Path,
) -> None:
    import aiosmtplib

    lst = Listener(tmp_path / "desk.sqlite3", ListenerSettings(port=0))
    server = await start_listener(lst.settings, lst.handler)
    port = server.sockets[0].getsockname()[1]

    async def send() -> str:
        async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port) as client:
            await client.mail("taro@example.jp")
            await client.rcpt("info@planetmgmt.biz")
            return (await client.data(MAIL)).message

    try:
        sends = [asyncio.create_task(send()) for _ in range(2)]
        # Both copies wait for the writer, which starts once both are there: one batch.
        await eventually(lambda: len(lst.writer._pending) == 2, timeout=30)
        writer = asyncio.create_task(lst.writer.run())
        replies = sorted(await asyncio.gather(*sends))
        writer.cancel()
    finally:
        server.close()
        lst.runner.close()
    ids = [row[0] for row in sqlite3.connect(lst.db_path).execute("SELECT id FROM messages")]
    assert len(ids) == 1 and ids[0] > 0
    assert replies == [f"2.0.0 Ok: already stored as {ids[0]}", f"2.0.0 Ok: stored as {ids[0]}"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_the_data_directory_is_private_whatever_the_umask(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    old = os.umask(0o022)
    try:
        # A database left by an earlier version under umask 022: world-readable.
        data_dir.mkdir()
        sqlite3.connect(data_dir / "desk.sqlite3").close()
        assert mode(data_dir) == 0o755 and mode(data_dir / "desk.sqlite3") == 0o644
        async with RunningDesk(desk_settings(data_dir), Clock(SATURDAY_NIGHT)) as desk:
            await desk.send(make_mail(), mail_from="taro@example.jp")
            await desk.wait_for(lambda st: st.count_cases() == 1)
            await desk.settled()
            # The WAL and shared-memory files this run created, while it runs.
            database = desk.settings.database_path
            companions = [database.with_name(database.name + s) for s in ("-wal", "-shm")]
            modes = {p.name: mode(p) for p in [database, *companions]}
            outgoing = sorted(desk.settings.outgoing_dir.glob("*.eml"))
            eml_modes = {p.name: mode(p) for p in outgoing}
            dir_modes = {p.name: mode(p) for p in (data_dir, desk.settings.outgoing_dir)}
    finally:
        os.umask(old)
    assert dir_modes == {"var": 0o700, "outgoing": 0o700}
    assert modes == {"desk.sqlite3": 0o600, "desk.sqlite3-wal": 0o600, "desk.sqlite3-shm": 0o600}
    assert outgoing and set(eml_modes.values()) == {0o600}


@pytest.mark.parametrize("verb", [b"EHLO", b"HELO"])
async def test_a_greeting_with_control_characters_is_refused_and_the_session_goes_on(
    tmp_path: Path, verb: bytes
) -> None:
    async with Listener(tmp_path / "desk.sqlite3", ListenerSettings(port=0)) as smtp:
        dialog = await Dialog.open(smtp.port)
        refused = await dialog.say(verb + b" client\x1b[31m.example.jp")
        bell = await dialog.say(verb + b" client\x07.example.jp")
        accepted = await dialog.say(verb + b" client.example.jp")
        dialog.close()
    assert refused[-1].startswith(b"501 5.5.4 "), refused
    assert bell[-1].startswith(b"501 5.5.4 "), bell
    assert accepted[-1].startswith(b"250"), accepted


def broken_clock() -> datetime:
    raise RuntimeError("the clock is gone")


async def test_lmtp_owes_each_accepted_recipient_a_451_for_an_unexpected_fault(
    tmp_path: Path,
) -> None:
    # RFC 2033 §4.2: a fault of ours after DATA (here the clock the handler is given fails
    # before the mail reaches the store) is still one reply per accepted recipient, and the
    # transaction is over: one 451 for two recipients left Postfix waiting for the second.
    settings = ListenerSettings(port=0, protocol="lmtp")
    async with Listener(tmp_path / "desk.sqlite3", settings) as lmtp:
        lmtp.handler.clock = broken_clock
        dialog = await Dialog.open(lmtp.port, b"LHLO postfix")
        await dialog.say(b"MAIL FROM:<taro@example.jp>")
        await dialog.say(b"RCPT TO:<info@planetmgmt.biz>")
        await dialog.say(b"RCPT TO:<contact@planetmgmt.biz>")
        await dialog.say(b"DATA")
        dialog.writer.write(MAIL + b".\r\n")
        replies = [await dialog.reply(), await dialog.reply()]
        again = await dialog.say(b"MAIL FROM:<taro@example.jp>")
        dialog.close()
        assert lmtp.stored() == []
    assert replies == [[ERR_TEMPORARY.encode() + b"\r\n"]] * 2
    assert again[-1].startswith(b"250"), again


@pytest.mark.parametrize("protocol", ["smtp", "lmtp"])
async def test_help_lists_the_commands_the_mode_accepts(tmp_path: Path, protocol: str) -> None:
    # LMTP greets with LHLO and refuses HELO and EHLO (RFC 2033 §4.1); SMTP has no LHLO.
    settings = ListenerSettings(port=0, protocol=protocol)
    async with Listener(tmp_path / "desk.sqlite3", settings) as listener:
        hello = b"LHLO client.example.jp" if protocol == "lmtp" else b"EHLO client.example.jp"
        dialog = await Dialog.open(listener.port, hello)
        [listed] = await dialog.say(b"HELP")
        refused = [(await dialog.say(verb + b" client.example.jp"))[-1] for verb in GREETINGS]
        dialog.close()
    assert listed.startswith(b"250 Supported commands: ")
    commands = set(listed.split(b": ", 1)[1].split())
    answered = {verb for verb, reply in zip(GREETINGS, refused, strict=True) if reply[:1] == b"2"}
    assert {b"MAIL", b"RCPT", b"DATA"} <= commands
    assert commands & set(GREETINGS) == answered


GREETINGS = (b"HELO", b"EHLO", b"LHLO")


@pytest.mark.parametrize("protocol", ["smtp", "lmtp"])
async def test_auth_is_neither_offered_nor_listed_nor_accepted(
    tmp_path: Path, protocol: str
) -> None:
    # The desk signs no one in; an AUTH answered 538 ("encryption required") suggested that it
    # would over TLS.
    settings = ListenerSettings(port=0, protocol=protocol)
    async with Listener(tmp_path / "desk.sqlite3", settings) as listener:
        dialog = await Dialog.open(listener.port, b"LHLO x" if protocol == "lmtp" else b"EHLO x")
        [listed] = await dialog.say(b"HELP")
        refused = await dialog.say(b"AUTH PLAIN AHRhcm8Ac2VjcmV0")
        after = await dialog.say(b"MAIL FROM:<taro@example.jp>")
        dialog.close()
    assert b"AUTH" not in listed.split()
    assert refused == [ERR_NO_AUTH.encode() + b"\r\n"]
    assert after[-1].startswith(b"250")


async def test_an_lmtp_greeting_with_control_characters_is_refused(tmp_path: Path) -> None:
    settings = ListenerSettings(port=0, protocol="lmtp")
    async with Listener(tmp_path / "desk.sqlite3", settings) as lmtp:
        dialog = await Dialog.open(lmtp.port, b"LHLO postfix")
        refused = await dialog.say(b"LHLO client\x1b[31m.example.jp")
        accepted = await dialog.say(b"LHLO client.example.jp")
        dialog.close()
    assert refused[-1].startswith(b"501 5.5.4 "), refused
    assert accepted[-1].startswith(b"250"), accepted


async def test_a_fault_while_data_arrives_ends_the_session_and_obeys_none_of_the_rest(
    tmp_path: Path,
) -> None:
    # A spool directory that cannot be a path (a NUL in its name) fails the first write of a
    # mail declared large with ValueError, not OSError: a fault of ours in the middle of DATA.
    # The data after it is unread; read as commands, a mail's SMTP lines were obeyed (its RCPT
    # accepted, its DATA begun: a fault that passed would have stored a mail they made up).
    # Now: 421, and the session ends (RFC 5321 §3.8).
    settings = ListenerSettings(port=0)
    async with Listener(tmp_path / "desk.sqlite3", settings, Path("spool\0dir")) as smtp:
        dialog = await Dialog.open(smtp.port)
        await dialog.say(b"MAIL FROM:<taro@example.jp> SIZE=1000000")
        await dialog.say(b"RCPT TO:<info@planetmgmt.biz>")
        await dialog.say(b"DATA")
        dialog.writer.write(
            b"Subject: hello\r\n\r\nA first line.\r\n"
            b"RCPT TO:<contact@planetmgmt.biz>\r\nDATA\r\nSubject: smuggled\r\n\r\nx\r\n.\r\n"
        )
        [reply] = await dialog.reply()
        rest = await asyncio.wait_for(dialog.reader.read(), 30)
        dialog.close()
        assert smtp.stored() == []
    assert reply.startswith(b"421 4.3.0 ")
    assert rest == b""


async def _idle(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A connection that sends half a request head and then nothing (slowloris)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    await writer.drain()
    return reader, writer


@pytest.mark.parametrize("endpoint", ["http.port", "slack.http_port"])
async def test_idle_http_connections_cannot_use_up_the_desk(
    tmp_path: Path, fake: FakeSlack, endpoint: str
) -> None:
    # Idle connections were held for ever: 19,990 of them to the metrics port used up the
    # process's descriptors, and the SMTP listener then refused every client.
    health_port = free_port()
    desk, slack_port = await slack_http_desk(tmp_path, fake, health_port)
    port = health_port if endpoint == "http.port" else slack_port
    held = []
    try:
        for _ in range(HTTP_CONNECTIONS_MAX):
            held.append(await _idle(port))
        # Past the bound a connection is answered at once and closed, not held.
        reader, writer = await _idle(port)
        refused = await asyncio.wait_for(reader.read(), 60)
        writer.close()
        assert refused.startswith(b"HTTP/1.1 503 ")
        assert (await asyncio.wait_for(smtp_banner(desk.port), 60)).startswith(b"220 ")
    finally:
        for _, writer in held:
            writer.close()
        desk.stop()


async def test_an_http_connection_is_closed_after_its_lifetime() -> None:
    app = web.Application()
    runner = BoundedRunner(app, lifetime=0.2)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        reader, writer = await _idle(port)
        # The server closes it (read returns at EOF): no client can keep a slot for ever.
        assert await asyncio.wait_for(reader.read(), 60) == b""
        writer.close()
    finally:
        await runner.cleanup()


async def test_a_request_abandoned_before_its_body_is_one_line_not_a_traceback(
    tmp_path: Path, fake: FakeSlack
) -> None:
    # Anyone could make aiohttp log an ERROR with a traceback: announce a body, send part
    # of it, hang up.
    desk, slack_port = await slack_http_desk(tmp_path, fake)
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", slack_port)
        writer.write(
            b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\nx"
        )
        await writer.drain()
        writer.close()
        await eventually(
            lambda: "ended before its body arrived" in desk.log.read_text(encoding="utf-8"), 60
        )
    finally:
        desk.stop()
    log = desk.log.read_text(encoding="utf-8")
    assert "level=ERROR" not in log and "Traceback" not in log
