"""A staff member's reply to the customer, built as a plain UTF-8 text mail from info@."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from casework.autoreply import clean_subject
from casework.models import Case


class ReplyIds:
    """Message-IDs for staff replies (RFC 5322 §3.6.4), made when a reply is queued: the
    Slack side asks for one (the wiring hands it this object), and the row keeps it, so a
    retried send is the same message."""

    def __init__(self, domain: str) -> None:
        self.domain = domain

    def new(self) -> str:
        return make_msgid(domain=self.domain)


@dataclass(frozen=True)
class ReplyAddressing:
    from_address: str
    from_name: str
    in_reply_to: str | None
    references: tuple[str, ...]
    message_id: str
    cc: tuple[str, ...] = ()  # a reply to all: the mail's Cc, less the person and the desk


def reply_subject(case: Case) -> str:
    subject = clean_subject(case.subject, max_chars=200) or "お問い合わせ / Your inquiry"
    if not subject.lower().startswith(("re:", "re：")):
        subject = f"Re: {subject}"
    return subject if case.tag in subject else f"{subject} {case.tag}"


def build_reply(case: Case, body: str, addressing: ReplyAddressing, now: datetime) -> EmailMessage:
    """Only plain `str` values go into the headers, never a header object taken from received
    mail (CVE-2024-6923); the case tag in the subject threads any answer back to the case."""
    message = EmailMessage(policy=policy.SMTP)
    user, _, domain = addressing.from_address.partition("@")
    message["From"] = Address(addressing.from_name, user, domain)
    # Addresses that passed the path check, as plain text (never parsed header objects).
    message["To"] = ", ".join(case.reply_addresses)
    if addressing.cc:
        message["Cc"] = ", ".join(addressing.cc)
    message["Subject"] = reply_subject(case)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = addressing.message_id
    if addressing.in_reply_to:
        message["In-Reply-To"] = addressing.in_reply_to
        # RFC 5322 §3.6.4: the parent's references followed by the parent's id; capped so a
        # long case cannot grow the header without bound.
        chain = [r for r in addressing.references if r != addressing.message_id][-20:]
        if addressing.in_reply_to not in chain:
            chain.append(addressing.in_reply_to)
        message["References"] = " ".join(chain)
    message.set_content(body.replace("\r\n", "\n"), charset="utf-8")
    return message
