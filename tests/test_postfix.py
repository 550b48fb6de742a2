"""The desk behind a real Postfix, as deployed (docs/deploy.md): Postfix's smtpd takes the
customer's mail and hands mail for planetmgmt.biz to the desk over LMTP; the desk sends its
acknowledgements back through Postfix, whose relayhost is a recording relay standing in for
the rest of the Internet.

Skipped where Postfix cannot run (not installed, or neither root nor passwordless sudo), unless
INQUIRY_DESK_REQUIRE_POSTFIX is set (as CI does after installing it): then it fails instead.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import smtplib
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from desk_process import DeskProcess
from postfix_instance import PostfixInstance, unusable_reason
from relay import RecordingRelay, Transaction

from responder.listener import ERR_UNKNOWN_RECIPIENT

DOMAIN = "planetmgmt.biz"
DESK = f"info@{DOMAIN}"
LOOPBACK = re.escape("127.0.0.1[127.0.0.1]")  # how Postfix's log names a next hop
REQUIRED = os.environ.get("INQUIRY_DESK_REQUIRE_POSTFIX", "") not in ("", "0")
UNUSABLE = unusable_reason()

if UNUSABLE is not None and not REQUIRED:
    pytest.skip(f"{UNUSABLE}; the Postfix end-to-end tests are skipped", allow_module_level=True)

pytestmark = pytest.mark.slow


@dataclass
class Deployment:
    desk: DeskProcess
    mta: PostfixInstance
    relay: RecordingRelay

    def submit(self, message: EmailMessage, sender: str, recipient: str = DESK) -> None:
        """Hand a customer's mail to Postfix's smtpd, as the customer's MTA would."""
        with smtplib.SMTP("127.0.0.1", self.mta.port, timeout=30) as client:
            client.sendmail(
                sender, [recipient], message.as_bytes(policy=SMTP), mail_options=["BODY=8BITMIME"]
            )

    async def eventually(
        self, condition: Callable[[], bool], what: str, timeout: float = 60
    ) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not within {timeout:.0f}s\n{self.diagnostics()}")
            await asyncio.sleep(0.1)

    async def desk_reaches(self, sql: str, expected: object) -> None:
        try:
            await asyncio.to_thread(self.desk.wait_until, sql, expected, 60)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{self.diagnostics()}") from None

    async def postfix_logged(self, pattern: str, count: int = 1) -> list[str]:
        """Postfix's log lines matching `pattern`, waited for off the event loop (the
        recording relay lives in this loop and must keep answering meanwhile)."""
        return await asyncio.to_thread(self.mta.wait_for_log, pattern, 60, count)

    def diagnostics(self) -> str:
        desk_log = self.desk.log.read_text(errors="replace")[-2000:]
        return f"{self.mta.log_tail()}\n--- desk log ---\n{desk_log}"


@pytest.fixture
def postfix_settings() -> dict[str, str]:
    """main.cf parameters a test adds to the instance's own; a test parametrizes it."""
    return {}


@pytest.fixture
async def deployment(tmp_path: Path, postfix_settings: dict[str, str]) -> AsyncIterator[Deployment]:
    if UNUSABLE is not None:
        pytest.fail(
            f"INQUIRY_DESK_REQUIRE_POSTFIX is set, so these tests must run, but: {UNUSABLE}",
            pytrace=False,
        )
    async with RecordingRelay() as relay:
        desk = DeskProcess(
            tmp_path,
            {
                "listener": {"protocol": "lmtp"},
                "acknowledgement": {"in_hours": True},  # acknowledge whatever the clock says
                "outbox": {"base_delay": 0.2, "max_delay": 1.0},
            },
        )
        mta = PostfixInstance(
            relay_domain=DOMAIN,
            lmtp_port=desk.port,
            relayhost_port=relay.port,
            settings=postfix_settings,
        )
        # Postfix is the desk's relay, as in production: acknowledgements leave through it.
        desk.sections["mail"] = {"relay_url": f"smtp://127.0.0.1:{mta.port}"}
        desk.start(wait=False)
        try:
            await asyncio.to_thread(desk.wait_listening)
            await asyncio.to_thread(mta.start)
            yield Deployment(desk, mta, relay)
        finally:
            await asyncio.to_thread(mta.cleanup)  # also removes a half-started instance
            await asyncio.to_thread(desk.stop)


def customer_mail(sender: str, subject: str, body: str, message_id: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = DESK
    message["Subject"] = subject  # non-ASCII is RFC 2047 encoded by the SMTP policy
    message["Message-ID"] = message_id
    message["Date"] = "Sat, 28 Nov 2026 23:00:00 +0900"
    message.set_content(body, charset="utf-8", cte="8bit")  # raw UTF-8 through 8BITMIME
    return message


JA_SUBJECT = "個人情報の開示について"
JA_BODY = (
    "お世話になっております。\n私の個人情報の開示をお願いしたいのですが、手続きを教えてください。\n"
)
EN_SUBJECT = "Question about how you use my personal information"
EN_BODY = "Hello,\nHow do you use my personal information, and can I ask you to stop?\n"


def submit_both(d: Deployment) -> None:
    d.submit(
        customer_mail("yamada@example.jp", JA_SUBJECT, JA_BODY, "<ja1@example.jp>"),
        "yamada@example.jp",
    )
    d.submit(
        customer_mail("smith@example.com", EN_SUBJECT, EN_BODY, "<en1@example.com>"),
        "smith@example.com",
    )


async def test_mail_through_postfix_arrives_over_lmtp_as_cases(deployment: Deployment) -> None:
    d = deployment
    await asyncio.to_thread(submit_both, d)
    await d.desk_reaches("SELECT COUNT(*) FROM cases", 2)
    await d.desk_reaches(
        "SELECT COUNT(*) FROM messages WHERE direction = 'in' AND state = 'processed'", 2
    )
    cases = d.desk.query(
        "SELECT customer_address, subject, language FROM cases ORDER BY customer_address"
    )
    assert cases == [
        ("smith@example.com", EN_SUBJECT, "en"),
        ("yamada@example.jp", JA_SUBJECT, "ja"),
    ]
    rows = d.desk.query(
        "SELECT mail_from, rcpt_tos, subject, body, raw FROM messages WHERE direction = 'in'"
        " ORDER BY mail_from"
    )
    for (mail_from, rcpt_tos, subject, body, raw), (sender, want_subject, want_body) in zip(
        rows,
        [("smith@example.com", EN_SUBJECT, EN_BODY), ("yamada@example.jp", JA_SUBJECT, JA_BODY)],
        strict=True,
    ):
        assert (mail_from, json.loads(rcpt_tos), subject) == (sender, [DESK], want_subject)
        assert want_body.strip() in body
        # Postfix's own trace header: the mail really went through it.
        assert re.search(rb"Received: from [^\r\n]*\r?\n?[^\r\n]*by mx\.test\.invalid", raw)
    # Postfix's LMTP client delivered both and logged the desk's own 250 reply.
    sent = await d.postfix_logged(
        rf"postfix/lmtp\[.*to=<{re.escape(DESK)}>, relay={LOOPBACK}:{d.desk.port},"
        r".*status=sent \(250 2\.0\.0 Ok: stored as \d+\)",
        count=2,
    )
    assert len(sent) == 2


def acknowledgements(relay: RecordingRelay) -> list[Transaction]:
    return [t for t in relay.messages if t.message.get("Auto-Submitted") == "auto-replied"]


async def test_acknowledgements_leave_through_postfix_once_each(deployment: Deployment) -> None:
    d = deployment
    await asyncio.to_thread(submit_both, d)
    await d.eventually(lambda: len(acknowledgements(d.relay)) >= 2, "two acknowledgements")
    # Nothing is left in flight anywhere: the desk's outbox and Postfix's queue are empty, so
    # no further copy can still arrive.
    await d.desk_reaches("SELECT COUNT(*) FROM cases WHERE ack_state = 'sent'", 2)
    await d.desk_reaches(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'acknowledge' AND state != 'done'", 0
    )
    await d.eventually(d.mta.queue_is_empty, "Postfix's queue empties")
    assert len(d.relay.messages) == 2  # one acknowledgement per mail, and nothing else
    by_recipient = {tuple(t.rcpt_tos): t for t in d.relay.messages}
    for customer, original in [
        ("yamada@example.jp", "<ja1@example.jp>"),
        ("smith@example.com", "<en1@example.com>"),
    ]:
        ack = by_recipient[(customer,)]
        assert ack.mail_from == "<>"  # RFC 3834 §3.3: the null reverse-path, kept by Postfix
        assert ack.message["Auto-Submitted"] == "auto-replied"
        assert str(ack.message["In-Reply-To"]).strip() == original
        assert str(ack.message["To"]).strip().endswith(customer)
        assert b"by mx.test.invalid" in ack.raw  # relayed by Postfix, not sent around it
    relayed = await d.postfix_logged(
        rf"postfix/smtp\[.*relay={LOOPBACK}:{d.relay.port},.*status=sent",
        count=2,
    )
    assert len(relayed) == 2


async def test_unknown_recipient_is_refused_at_rcpt_and_bounced_by_postfix(
    deployment: Deployment,
) -> None:
    d = deployment
    customer, nobody = "tanaka@example.jp", f"nobody@{DOMAIN}"
    lost = customer_mail(customer, "宛先違い", "届かないはずのメールです。\n", "<lost1@example.jp>")
    await asyncio.to_thread(d.submit, lost, customer, nobody)
    refusal = ERR_UNKNOWN_RECIPIENT.format(nobody)
    bounced = await d.postfix_logged(
        rf"postfix/lmtp\[.*to=<{re.escape(nobody)}>.*status=bounced \(host {LOOPBACK} said: "
        rf"{re.escape(refusal)} \(in reply to RCPT TO command\)\)"
    )
    assert len(bounced) == 1

    def bounce() -> Transaction | None:
        return next((t for t in d.relay.messages if t.rcpt_tos == [customer]), None)

    await d.eventually(lambda: bounce() is not None, "Postfix's bounce reaches the sender")
    report = bounce()
    assert report is not None
    assert report.mail_from == "<>"  # RFC 3464 / RFC 5321 §4.5.5: bounces have a null sender
    assert report.message.get_content_type() == "multipart/report"
    assert re.search(rb"Final-Recipient: rfc822; ?" + re.escape(nobody.encode()), report.raw)
    assert re.search(rb"Status: 5\.1\.1", report.raw)
    unfolded = re.sub(rb"\r?\n[ \t]+", b" ", report.raw)  # RFC 5322 §2.2.3 unfolding
    assert b"Diagnostic-Code: smtp; " + refusal.encode() in unfolded  # the desk's own words
    # The desk stored nothing for it. A mail to the right address afterwards is case 1, so
    # the desk was working all along and the refused mail never became a case.
    right = customer_mail(
        customer, "宛先を直しました", "こちらが正しい宛先です。\n", "<right1@example.jp>"
    )
    await asyncio.to_thread(d.submit, right, customer)
    await d.desk_reaches(
        "SELECT COUNT(*) FROM messages WHERE direction = 'in' AND state = 'processed'", 1
    )
    assert d.desk.query("SELECT number, subject FROM cases") == [(1, "宛先を直しました")]
    # In Python: this SQLite build's LIKE never matches a BLOB (SQLITE_LIKE_DOESNT_MATCH_BLOBS).
    stored = [
        bytes(raw) for (raw,) in d.desk.query("SELECT raw FROM messages WHERE direction = 'in'")
    ]
    assert [b"<right1@example.jp>" in raw for raw in stored] == [True]
    assert not any(b"lost1@" in raw for raw in stored)


@pytest.mark.parametrize("postfix_settings", [{"relay_recipient_maps": f"inline:{{ {DESK}=ok }}"}])
async def test_with_relay_recipient_maps_postfix_refuses_unknown_recipients_itself(
    deployment: Deployment,
) -> None:
    """The production setting (docs/deploy.md): Postfix knows the desk's address and refuses
    any other at its own RCPT, so nothing is accepted and then bounced (no backscatter)."""
    d = deployment
    customer, nobody = "suzuki@example.jp", f"nobody@{DOMAIN}"
    lost = customer_mail(customer, "宛先違い", "届かないはずのメールです。\n", "<lost2@example.jp>")
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        await asyncio.to_thread(d.submit, lost, customer, nobody)
    code, text = refused.value.recipients[nobody]
    assert (code, text.split()[0]) == (550, b"5.1.1")
    assert b"relay recipient table" in text  # Postfix's own refusal: the desk was not asked
    right = customer_mail(
        customer, "宛先を直しました", "こちらが正しい宛先です。\n", "<right2@example.jp>"
    )
    await asyncio.to_thread(d.submit, right, customer)
    await d.desk_reaches("SELECT COUNT(*) FROM cases WHERE ack_state = 'sent'", 1)
    await d.desk_reaches(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'acknowledge' AND state != 'done'", 0
    )
    await d.eventually(d.mta.queue_is_empty, "Postfix's queue empties")
    # The sender got the acknowledgement of the right mail and no bounce for the wrong one.
    assert [(t.rcpt_tos, t.message["Auto-Submitted"]) for t in d.relay.messages] == [
        ([customer], "auto-replied")
    ]
    assert d.desk.query("SELECT number, subject FROM cases") == [(1, "宛先を直しました")]
    assert not re.search(rf"postfix/lmtp\[.*to=<{re.escape(nobody)}>", d.mta.log_text())
