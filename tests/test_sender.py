"""Outgoing mail against a real aiosmtpd relay on 127.0.0.1, and the file transport."""

from __future__ import annotations

import asyncio
import email
import os
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from relay import RecordingRelay

from casework.errors import ConfigError
from responder.sender import (
    FileSender,
    RelaySender,
    SendError,
    check_address,
    flatten,
    sender_from_url,
)

# aiosmtpd itself sets its deprecated Session.login_data after a successful AUTH.
pytestmark = pytest.mark.filterwarnings("ignore:Session.login_data:DeprecationWarning")

CUSTOMER = "yamada.taro@example.jp"
JA_BODY = "お問い合わせありがとうございます。\n担当者より営業日にご連絡いたします。①～③\n"


def make_message(
    *, to: str = CUSTOMER, body: str = JA_BODY, auto: bool = True, subject: str = "受付のお知らせ"
) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = "Planet Management <info@planetmgmt.biz>"
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = "<ack-1@planetmgmt.biz>"
    if auto:
        message["Auto-Submitted"] = "auto-replied"
    message.set_content(body, charset="utf-8")
    return message


def listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def read(path: Path | str) -> bytes:
    return Path(path).read_bytes()


def text_of(message: EmailMessage) -> str:
    # On the wire and in the .eml every line ends in CRLF (RFC 5322 §2.1).
    return str(message.get_content()).replace("\r\n", "\n")


def relay_sender(relay: RecordingRelay, **options: object) -> RelaySender:
    return RelaySender(
        relay.host,
        relay.port,
        timeout=10,
        local_hostname="desk.test",
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture
async def relay() -> AsyncIterator[RecordingRelay]:
    async with RecordingRelay() as running:
        yield running


# --- what the relay receives ---


async def test_null_envelope_sender_is_sent_as_mail_from_empty(relay: RecordingRelay) -> None:
    outcome = await relay_sender(relay).send(
        make_message(), envelope_from="", recipients=[CUSTOMER]
    )

    assert outcome.startswith("250 2.0.0 Ok: queued as T0001")
    [sent] = relay.messages
    assert sent.mail_from == "<>"  # aiosmtpd's spelling of MAIL FROM:<>
    assert sent.rcpt_tos == [CUSTOMER]


async def test_configured_envelope_sender_is_used(relay: RecordingRelay) -> None:
    await relay_sender(relay).send(
        make_message(), envelope_from="noreply-ack@planetmgmt.biz", recipients=[CUSTOMER]
    )
    assert relay.messages[0].mail_from == "noreply-ack@planetmgmt.biz"


async def test_recipients_are_exactly_those_given_never_the_headers(relay: RecordingRelay) -> None:
    message = make_message(to="someone-else@example.com")
    message["Cc"] = "cc@example.com"
    message["Bcc"] = "hidden@example.com"

    await relay_sender(relay).send(message, envelope_from="", recipients=[CUSTOMER])

    [sent] = relay.messages
    assert sent.rcpt_tos == [CUSTOMER]
    assert b"hidden@example.com" not in sent.raw  # Bcc is never transmitted
    assert sent.message["To"] == "someone-else@example.com"


async def test_several_recipients_in_the_order_given(relay: RecordingRelay) -> None:
    recipients = ["b@example.org", "a@example.org"]
    await relay_sender(relay).send(make_message(), envelope_from="", recipients=recipients)
    assert relay.messages[0].rcpt_tos == recipients


async def test_japanese_body_and_subject_arrive_intact(relay: RecordingRelay) -> None:
    message = make_message(subject="【PMC-000123】お問い合わせを受け付けました")
    await relay_sender(relay).send(message, envelope_from="", recipients=[CUSTOMER])

    [sent] = relay.messages
    assert text_of(sent.message) == JA_BODY
    assert sent.message["Subject"] == "【PMC-000123】お問い合わせを受け付けました"
    assert sent.message.get_content_charset() == "utf-8"
    assert all(line.isascii() for line in sent.raw.split(b"\r\n\r\n", 1)[0].splitlines())


# --- failures and their classification ---


async def test_relay_down_is_temporary_and_the_same_port_works_again(
    relay: RecordingRelay,
) -> None:
    sender = relay_sender(relay)
    await relay.refuse_connections()

    with pytest.raises(SendError) as caught:
        await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert caught.value.temporary

    await relay.accept_connections()
    await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert len(relay.messages) == 1


@pytest.mark.parametrize("stage", ["RCPT", "DATA", "MAIL"])
async def test_4xx_is_temporary(relay: RecordingRelay, stage: str) -> None:
    relay.fail_next(451, at=stage)  # type: ignore[arg-type]
    with pytest.raises(SendError, match="451") as caught:
        await relay_sender(relay).send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert caught.value.temporary
    assert relay.messages == []


@pytest.mark.parametrize("stage", ["RCPT", "DATA", "MAIL"])
async def test_5xx_is_permanent(relay: RecordingRelay, stage: str) -> None:
    relay.fail_next(550, at=stage)  # type: ignore[arg-type]
    with pytest.raises(SendError, match="550") as caught:
        await relay_sender(relay).send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert not caught.value.temporary
    assert relay.messages == []


async def test_a_failure_then_success_sends_once(relay: RecordingRelay) -> None:
    relay.fail_next(451, count=2)
    sender = relay_sender(relay)
    for _ in range(2):
        with pytest.raises(SendError):
            await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert len(relay.messages) == 1


async def test_one_refused_recipient_among_several_is_reported(relay: RecordingRelay) -> None:
    relay.fail_next(550, at="RCPT")
    outcome = await relay_sender(relay).send(
        make_message(), envelope_from="", recipients=["gone@example.org", CUSTOMER]
    )
    assert relay.messages[0].rcpt_tos == [CUSTOMER]
    assert "refused: gone@example.org (550" in outcome


async def test_silent_server_times_out_as_temporary() -> None:
    finished = asyncio.Event()

    async def never_greet(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # until the client gives up and closes
        writer.close()
        await writer.wait_closed()
        finished.set()

    server = await asyncio.start_server(never_greet, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    sender = RelaySender("127.0.0.1", port, timeout=0.2, local_hostname="desk.test")
    async with server:
        with pytest.raises(SendError) as caught:
            await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
        await asyncio.wait_for(finished.wait(), timeout=10)
    assert caught.value.temporary
    assert "timed out" in str(caught.value)


# --- AUTH ---


async def test_auth_with_the_user_from_the_url_and_the_password_given(
    relay: RecordingRelay,
) -> None:
    relay.require_auth("desk", "s3cret")
    sender = sender_from_url(
        f"smtp://desk@127.0.0.1:{relay.port}",
        password="s3cret",
        directory=Path("unused"),
        local_hostname="desk.test",
    )
    await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert relay.messages[0].authenticated_as == "desk"
    assert "s3cret" not in repr(sender)


async def test_wrong_password_is_permanent(relay: RecordingRelay) -> None:
    relay.require_auth("desk", "s3cret")
    sender = relay_sender(relay, username="desk", password="wrong")
    with pytest.raises(SendError, match="535") as caught:
        await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert not caught.value.temporary


async def test_relay_requiring_auth_refuses_an_anonymous_sender(relay: RecordingRelay) -> None:
    relay.require_auth("desk", "s3cret")
    with pytest.raises(SendError, match="530") as caught:
        await relay_sender(relay).send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert not caught.value.temporary
    assert relay.messages == []


# --- TLS ---


async def test_starttls_is_used_when_offered() -> None:
    async with RecordingRelay(tls="starttls") as relay:
        relay.require_auth("desk", "s3cret")
        sender = relay_sender(
            relay, tls_context=relay.client_tls_context(), username="desk", password="s3cret"
        )
        await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    [sent] = relay.messages
    assert sent.tls
    assert sent.authenticated_as == "desk"
    assert text_of(sent.message) == JA_BODY


async def test_starttls_with_an_untrusted_certificate_is_refused() -> None:
    async with RecordingRelay(tls="starttls") as relay:
        with pytest.raises(SendError, match="certificate") as caught:
            await relay_sender(relay).send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert not caught.value.temporary
    assert relay.messages == []


async def test_starttls_off_sends_in_the_clear_to_a_loopback_relay_with_an_untrusted_cert(
    tmp_path: Path,
) -> None:
    """Debian's Postfix offers STARTTLS with a certificate nobody can verify; on loopback the
    administrator may say starttls=off, and the mail goes through without TLS."""
    async with RecordingRelay(tls="starttls") as relay:
        sender = sender_from_url(
            f"smtp://127.0.0.1:{relay.port}?starttls=off", password=None, directory=tmp_path
        )
        await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    [sent] = relay.messages
    assert not sent.tls
    assert text_of(sent.message) == JA_BODY


async def test_required_starttls_fails_against_a_plain_relay(relay: RecordingRelay) -> None:
    sender = relay_sender(relay, require_starttls=True)
    with pytest.raises(SendError, match="STARTTLS") as caught:
        await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert not caught.value.temporary
    assert relay.messages == []


async def test_implicit_tls_smtps() -> None:
    async with RecordingRelay(tls="implicit") as relay:
        sender = sender_from_url(
            f"smtps://127.0.0.1:{relay.port}",
            password=None,
            directory=Path("unused"),
            tls_context=relay.client_tls_context(),
            local_hostname="desk.test",
        )
        await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert relay.messages[0].tls


# --- DSN (RFC 3461: NOTIFY=NEVER for automatic mail) ---


async def test_notify_never_for_automatic_mail_when_dsn_is_advertised() -> None:
    async with RecordingRelay(advertise_dsn=True) as relay:
        sender = relay_sender(relay)
        await sender.send(make_message(auto=True), envelope_from="", recipients=[CUSTOMER])
        await sender.send(make_message(auto=False), envelope_from="", recipients=[CUSTOMER])
        await relay_sender(relay, dsn_never=False).send(
            make_message(auto=True), envelope_from="", recipients=[CUSTOMER]
        )
    assert [t.rcpt_options for t in relay.messages] == [[["NOTIFY=NEVER"]], [[]], [[]]]


async def test_no_notify_parameter_when_dsn_is_not_advertised(relay: RecordingRelay) -> None:
    # aiosmtpd answers 555 to unknown RCPT parameters, so success proves none was sent.
    await relay_sender(relay).send(make_message(auto=True), envelope_from="", recipients=[CUSTOMER])
    assert relay.messages[0].rcpt_tos == [CUSTOMER]


# --- addresses are checked before any connection (RFC 5321 §4.1.2) ---

BAD_ADDRESSES = [
    "victim@example.org\r\nRCPT TO:<extra@example.org>",
    "victim@example.org\n",
    "victim@example.org\x00",
    "<victim@example.org>",
    "Victim <victim@example.org>",
    "victim@example.org> NOTIFY=SUCCESS",
    "victim@example.org NOTIFY=SUCCESS",
    "vic tim@example.org",
    "victim@exam ple.org",
    "victim@example.org, other@example.org",
    "alice@example.org)<bob@example.org>",
    "victim@",
    "@example.org",
    "victim",
    "victim\u3000@example.org",
    "a..b@example.org",
    "x" * 65 + "@example.org",
    "victim@[999.1.1.1]",
]


@pytest.mark.parametrize("bad", BAD_ADDRESSES)
async def test_bad_recipient_is_rejected_before_connecting(
    relay: RecordingRelay, bad: str, tmp_path: Path
) -> None:
    for sender in (relay_sender(relay), FileSender(tmp_path)):
        with pytest.raises(SendError) as caught:
            await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER, bad])
        assert not caught.value.temporary
    assert relay.connections == 0
    assert listing(tmp_path) == []


@pytest.mark.parametrize("bad", ["<>", "info@planetmgmt.biz\r\nX: y", "Desk <info@planetmgmt.biz>"])
async def test_bad_envelope_sender_is_rejected_before_connecting(
    relay: RecordingRelay, bad: str
) -> None:
    with pytest.raises(SendError) as caught:
        await relay_sender(relay).send(make_message(), envelope_from=bad, recipients=[CUSTOMER])
    assert not caught.value.temporary
    assert relay.connections == 0


@pytest.mark.parametrize("recipients", [[], "someone@example.org"])
async def test_recipients_must_be_a_non_empty_list(
    relay: RecordingRelay, recipients: list[str]
) -> None:
    with pytest.raises(SendError):
        await relay_sender(relay).send(make_message(), envelope_from="", recipients=recipients)
    assert relay.connections == 0


@pytest.mark.parametrize(
    "good",
    [
        "yamada.taro@example.jp",
        "user+tag@sub.example.co.jp",
        '"john doe"@example.com',
        '"quoted<angle>"@example.com',
        "o'brien@example.ie",
        "user@[192.0.2.1]",
        "user@[IPv6:2001:db8::1]",
        "山田@例え.jp",
    ],
)
def test_good_addresses_pass(good: str) -> None:
    check_address(good, role="recipient")


# --- the file transport ---


async def test_file_sender_writes_a_readable_eml(tmp_path: Path) -> None:
    outgoing = tmp_path / "var" / "outgoing"
    at = datetime(2026, 11, 28, 14, 0, 5, 123456, tzinfo=UTC)
    sender = FileSender(outgoing, clock=lambda: at)
    message = make_message()
    message["Bcc"] = "hidden@example.com"

    path = Path(
        await sender.send(message, envelope_from="", recipients=[CUSTOMER, "b@example.org"])
    )

    assert path.parent == outgoing
    assert re.fullmatch(r"20261128T140005\.123456Z-[0-9a-f]{8}\.eml", path.name)
    assert listing(outgoing) == [path.name]  # no temporary file left
    data = read(path)
    assert data.startswith(
        b"Return-Path: <>\r\nX-Envelope-To: <yamada.taro@example.jp>\r\n"
        b"X-Envelope-To: <b@example.org>\r\nFrom: "
    )
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    assert text_of(parsed) == JA_BODY
    assert parsed["Subject"] == "受付のお知らせ"
    assert parsed["Bcc"] is None
    assert os.stat(path).st_mode & 0o077 == 0


async def test_file_sender_names_files_uniquely(tmp_path: Path) -> None:
    sender = FileSender(tmp_path, clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    paths = {
        await sender.send(make_message(), envelope_from="ack@planetmgmt.biz", recipients=[CUSTOMER])
        for _ in range(5)
    }
    assert len(paths) == 5
    assert all(read(p).startswith(b"Return-Path: <ack@planetmgmt.biz>\r\n") for p in paths)


async def test_file_sender_leaves_nothing_when_the_rename_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(SendError) as caught:
        await FileSender(tmp_path).send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert caught.value.temporary
    assert listing(tmp_path) == []


# --- configuration ---


def test_sender_from_url_file_forms(tmp_path: Path) -> None:
    default = sender_from_url("file", password=None, directory=tmp_path)
    assert isinstance(default, FileSender) and default.directory == tmp_path
    explicit = sender_from_url("file:///srv/desk/outgoing", password=None, directory=tmp_path)
    assert isinstance(explicit, FileSender)
    assert explicit.directory == Path("/srv/desk/outgoing")


def test_sender_from_url_relay_forms(tmp_path: Path) -> None:
    plain = sender_from_url("smtp://relay.example.jp", password=None, directory=tmp_path)
    assert isinstance(plain, RelaySender)
    assert (plain.host, plain.port, plain.implicit_tls, plain.require_starttls) == (
        "relay.example.jp",
        25,
        False,
        False,
    )
    assert plain.username is None

    submission = sender_from_url(
        "smtp://desk%40planetmgmt.biz@relay.example.jp:587?starttls=require",
        password="pw",
        directory=tmp_path,
    )
    assert isinstance(submission, RelaySender)
    assert (submission.port, submission.require_starttls) == (587, True)
    assert submission.username == "desk@planetmgmt.biz"

    smtps = sender_from_url("smtps://relay.example.jp", password=None, directory=tmp_path)
    assert isinstance(smtps, RelaySender)
    assert (smtps.port, smtps.implicit_tls) == (465, True)


@pytest.mark.parametrize(
    "url",
    [
        "http://relay.example.jp",
        "relay.example.jp:25",
        "smtp://",
        "smtp://:25",
        "smtp://relay.example.jp:99999",
        "smtp://relay.example.jp:port",
        "smtp://user:pw@relay.example.jp",
        "smtp://relay.example.jp/path",
        "smtp://relay.example.jp?starttls=maybe",
        "smtp://relay.example.jp?starttls=off",
        "smtp://relay.example.jp?verify=no",
        "smtps://relay.example.jp?starttls=require",
        "file:relative/dir",
        "file://otherhost/srv/out",
        "",
    ],
)
def test_bad_relay_urls_are_config_errors(url: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        sender_from_url(url, password="pw", directory=tmp_path)
    assert caught.value.key == "mail.relay_url"


def test_a_user_without_a_password_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        sender_from_url("smtp://desk@relay.example.jp", password=None, directory=tmp_path)
    assert caught.value.key == "mail.relay_password"


async def test_verification_can_be_switched_off_explicitly_for_tests() -> None:
    async with RecordingRelay(tls="starttls") as relay:
        sender = relay_sender(relay, verify_tls=False)
        await sender.send(make_message(), envelope_from="", recipients=[CUSTOMER])
    assert relay.messages[0].tls


@pytest.mark.parametrize("cte", ["base64", "quoted-printable", "8bit", None])
@pytest.mark.parametrize("body", [JA_BODY, "Plain ASCII text.\n", "x" * 2000 + "\n"])
@pytest.mark.parametrize("utf8", [False, True])
def test_the_header_check_reads_the_header_section_exactly_as_flattened(
    cte: str | None, body: str, utf8: bool
) -> None:
    from responder.sender import _flattened_head

    message = make_message(to=f"Taro Yamada <{CUSTOMER}>", subject="受付のお知らせ " * 12)
    message.clear_content()
    if cte == "8bit" and body.isascii():
        cte = "7bit"
    message.set_content(body, charset="utf-8", cte=cte)
    message["Bcc"] = "hidden@example.jp"  # never sent, never checked
    whole = flatten(message, utf8=utf8)
    head = _flattened_head(message, utf8=utf8)
    assert whole.startswith(head)
    assert whole.split(b"\r\n\r\n", 1)[0] == head.split(b"\r\n\r\n", 1)[0]
    if whole.isascii():  # written from the header fields alone: up to the blank line
        assert head == whole[: whole.index(b"\r\n\r\n") + 4]
    assert b"Bcc" not in head
    multipart = make_message()
    multipart.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="a.pdf")
    multipart.set_boundary("==part==")
    assert flatten(multipart, utf8=utf8).startswith(_flattened_head(multipart, utf8=utf8))
