"""Rendering the out-of-hours acknowledgement (RFC 3834 §3).

The message is built from plain `str` values only, never from a header object taken from
the received mail (CVE-2024-6923), with `policy.SMTP`. The body comes from jinja2 templates
(`acknowledgement.<lang>.txt.j2`) with StrictUndefined, so a misspelt variable fails loudly.
"""

from __future__ import annotations

import binascii
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.errors import HeaderParseError
from email.headerregistry import Address, BaseHeader
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import jinja2

from casework import mailpolicy
from casework.address import mailbox_problem
from casework.autoreply import clean_subject
from casework.letters import plain_text_environment
from responder.madeheader import MAX_LINE, MadeHeader

LANGUAGES = ("ja", "en", "both")
MAX_ANSWERS = 2
MAX_SUBJECT_CHARS = 120  # of the customer's subject; the whole line stays short
MAX_REFERENCES = 20  # ids kept from the original References; bounds the header
# One addr-spec with no white space, angle brackets, quotes or controls: safe
# on an SMTP command line and in a header (RFC 5321 §4.1.2).
_MSG_ID = re.compile(r"^<[^\s<>\x00-\x1f\x7f]{1,250}>$")
_ID_DOMAIN = re.compile(r"^[A-Za-z0-9.-]{1,253}$")

SECTION_NAMES: dict[str, tuple[str, str]] = {
    # FAQ section id: its title in the policy, (Japanese, English)
    "collection": ("取得する情報", "Information we collect"),
    "purpose": ("利用目的", "Purposes of use"),
    "third-party": ("第三者提供", "Provision to third parties"),
    "joint-use": ("共同利用", "Joint use"),
    "disclosure": ("個人情報の開示", "Disclosure of personal information"),
    "correction": ("個人情報の訂正・追加・削除", "Correction, addition and deletion"),
    "suspension": ("個人情報の利用停止等", "Suspension of use"),
    "contact": ("お問い合わせ窓口", "Inquiry desk"),
    "changes": ("本ポリシーの変更", "Changes to this policy"),
    "hours": ("受付時間", "Business hours"),
}
CONTACT_PAGE_SECTIONS = frozenset({"hours"})  # the rest come from the privacy policy


class AcknowledgementError(Exception):
    """The acknowledgement cannot be built; the message says why. Nothing should be sent."""


@dataclass(frozen=True)
class DeskContact:
    """The inquiry desk as the contact page and the privacy policy name it."""

    desk_ja: str = "お問い合わせ窓口"
    desk_en: str = "Inquiry Desk"
    company_ja: str = "株式会社プラネットマネジメント"
    company_en: str = "Planet Management Co., Ltd."
    department_ja: str = "業務部 個人情報保護に関するお客様窓口"
    department_en: str = (
        "Business Department, Customer contact regarding the Protection of Personal Information"
    )
    phone: str = "03-6265-0193"
    phone_international: str = "+81-3-6265-0193"
    email: str = "info@planetmgmt.biz"


@dataclass(frozen=True)
class AckAnswer:
    """One FAQ answer; `lang` "" shows it in every language part, "ja"/"en" only in that one."""

    section: str  # a FAQ section id (faq.yaml), named readably by SECTION_NAMES
    question: str
    answer: str
    lang: str = ""


@dataclass(frozen=True)
class AckContent:
    """What the templates show. The texts are in words already (the calendar writes them).

    For lang "both", `received_text`/`back_text` are the Japanese ones and `received_text_en`
    /`back_text_en` the English ones; for "ja" or "en" the first pair is in that language.
    """

    lang: str  # "ja", "en" or "both"
    case_number: int
    case_tag: str  # "[PMC-000123]"
    received_at: datetime
    received_text: str
    back_text: str  # when staff are back; "" when the desk is open
    subject: str = ""  # the customer's subject; cleaned again here
    answers: Sequence[AckAnswer] = ()
    closed: bool = True  # False only when in-hours acknowledgements are switched on
    received_text_en: str = ""
    back_text_en: str = ""
    contact: DeskContact = field(default_factory=DeskContact)


@dataclass(frozen=True)
class AckEnvelope:
    recipient: str  # the envelope sender of the received mail (RFC 3834 §4), nothing else
    original_message_id: str | None  # None when the received mail had none (not a generated one)
    original_references: tuple[str, ...]
    from_address: str
    from_name: str
    loop_marker: str
    id_domain: str


def build_acknowledgement(
    content: AckContent,
    envelope: AckEnvelope,
    templates: jinja2.Environment,
    now: datetime,
    *,
    message_id: str | None = None,
) -> EmailMessage:
    """The acknowledgement as a message ready for the sender; the envelope recipient to use
    is `envelope.recipient` alone (RFC 3834 §4). Raises AcknowledgementError.

    `message_id` fixes the Message-ID, so that a send retried from the outbox is the same
    message; by default a fresh one is made."""
    _check(content, envelope, now)
    body = render_body(content, templates)
    try:
        return _assemble(content, envelope, body, now, message_id)
    except (ValueError, HeaderParseError, TypeError) as exc:
        raise AcknowledgementError(f"cannot build the acknowledgement: {exc}") from exc


def _check(content: AckContent, envelope: AckEnvelope, now: datetime) -> None:
    if content.lang not in LANGUAGES:
        raise AcknowledgementError(f"unknown language {content.lang!r}")
    if now.tzinfo is None or content.received_at.tzinfo is None:
        raise AcknowledgementError("times must be timezone-aware")
    for name, value in (("recipient", envelope.recipient), ("from", envelope.from_address)):
        problem = mailbox_problem(value)  # no encoded word either (CVE-2024-6923)
        if problem:
            raise AcknowledgementError(f"the {name} address {value!r} {problem}")
    if not _ID_DOMAIN.match(envelope.id_domain):
        raise AcknowledgementError(f"bad Message-ID domain {envelope.id_domain!r}")
    if any(c in envelope.loop_marker for c in "\r\n\x00") or not envelope.loop_marker.strip():
        raise AcknowledgementError("the loop marker must be one non-empty line")
    if content.lang == "both" and not content.received_text_en:
        raise AcknowledgementError("lang 'both' needs received_text_en")
    if content.lang == "both" and content.closed and not content.back_text_en:
        raise AcknowledgementError("lang 'both' needs back_text_en")


def template_environment(templates_dir: Path) -> jinja2.Environment:
    """Built once per process and passed in: building one (and compiling its templates again)
    costs far more than rendering (docs/benchmarks.md, the whole pipeline under load)."""
    return plain_text_environment(templates_dir)


def check_templates(templates: jinja2.Environment) -> None:
    """Every acknowledgement template loads and compiles (an AcknowledgementError naming the
    first that does not). Rendering errors (an unknown variable) show only with content:
    `inquiry-desk preview-ack` renders a sample."""
    for lang in ("ja", "en", "both"):
        name = f"acknowledgement.{lang}.txt.j2"
        try:
            templates.get_template(name)
        except jinja2.TemplateError as exc:
            raise AcknowledgementError(f"template {name}: {exc}") from exc


def render_body(content: AckContent, templates: jinja2.Environment) -> str:
    """The text/plain body. A template error is an AcknowledgementError, never a half body."""
    answers = [_answer_view(a) for a in content.answers[:MAX_ANSWERS]]
    context = {
        "case_number": content.case_number,
        "case_tag": content.case_tag,
        "subject": clean_subject(content.subject, MAX_SUBJECT_CHARS),
        "received_text": content.received_text,
        "back_text": content.back_text,
        "received_text_en": content.received_text_en or content.received_text,
        "back_text_en": content.back_text_en or content.back_text,
        "closed": content.closed,
        "answers_ja": [a for a in answers if a["lang"] in ("", "ja")],
        "answers_en": [a for a in answers if a["lang"] in ("", "en")],
        "contact": content.contact,
    }
    name = f"acknowledgement.{content.lang}.txt.j2"
    try:
        text = templates.get_template(name).render(context)
    except jinja2.TemplateError as exc:
        raise AcknowledgementError(f"template {name}: {exc}") from exc
    return re.sub(r"\n{3,}", "\n\n", text.replace("\r\n", "\n")).strip() + "\n"


def _answer_view(answer: AckAnswer) -> dict[str, str]:
    title_ja, title_en = SECTION_NAMES.get(answer.section, (answer.section, answer.section))
    if answer.section in CONTACT_PAGE_SECTIONS:
        source_ja, source_en = "お問い合わせページ", "our contact page"
    else:
        source_ja, source_en = "プライバシーポリシー", "our Privacy Policy"
    return {
        "lang": answer.lang,
        "section_ja": f"{source_ja}「{title_ja}」",
        "section_en": f"{source_en}, \u201c{title_en}\u201d",
        "question": " ".join(answer.question.split()),
        "answer": answer.answer.strip(),
    }


def ack_subject(content: AckContent) -> str:
    """RFC 3834 §3.1.5: an "Auto:"-style mark, then (part of) the original subject."""
    subject = clean_subject(content.subject, MAX_SUBJECT_CHARS)
    tag = clean_subject(content.case_tag, 40)
    ja = f"自動返信: {tag} お問い合わせを受け付けました" + (f"「{subject}」" if subject else "")
    en = f"Auto: {tag} We received your inquiry" + (f": {subject}" if subject else "")
    if content.lang == "ja":
        return ja
    if content.lang == "en":
        return en
    both = f"自動返信 / Auto: {tag} お問い合わせを受け付けました / We received your inquiry"
    return both + (f": {subject}" if subject else "")


def _references(original: str, envelope: AckEnvelope) -> list[str]:
    """RFC 5322 §3.6.4: the parent's References, then the parent's Message-ID."""
    chain = [r for r in envelope.original_references if _MSG_ID.match(r) and r != original]
    return [*chain[-MAX_REFERENCES:], original]


@functools.lru_cache(maxsize=16)
def _from_header(name: str, address: str) -> BaseHeader:
    """The desk's own From, built from its settings once: parsing a display name in two
    scripts costs milliseconds, and an EmailMessage takes a header object of the right name
    as it is. (Headers of received mail are never reused: they are not built here.)"""
    user, _, domain = address.rpartition("@")
    header: BaseHeader = mailpolicy.SMTP.header_factory(
        "From", Address(" ".join(name.split()), user, domain)
    )
    return header


@functools.lru_cache(maxsize=32)
def _fixed_header(name: str, value: str) -> BaseHeader:
    """A header whose value is the same on every acknowledgement (or one of a few), built
    once, as the From is (`_from_header`): each header built costs tens of microseconds."""
    header: BaseHeader = mailpolicy.SMTP.header_factory(name, value)
    return header


def _assemble(
    content: AckContent, envelope: AckEnvelope, body: str, now: datetime, message_id: str | None
) -> EmailMessage:
    message = EmailMessage(policy=mailpolicy.SMTP)
    message["From"] = _from_header(envelope.from_name, envelope.from_address)
    rcpt_user, _, rcpt_domain = envelope.recipient.rpartition("@")
    to = Address("", rcpt_user, rcpt_domain)  # one recipient (RFC 3834 §3.1.3)
    _made(message, "To", to.addr_spec, fallback=to)
    _made(message, "Subject", ack_subject(content))
    _made(message, "Date", format_datetime(now))  # the generation time (RFC 3834 §3.1.4)
    if message_id is not None and not _MSG_ID.match(message_id):
        raise ValueError(f"not a Message-ID: {message_id!r}")
    _made(message, "Message-ID", message_id or make_msgid(domain=envelope.id_domain))
    original = envelope.original_message_id
    if original is not None and _MSG_ID.match(original):  # RFC 5230 §5.8; RFC 3834 §3.1.6
        _made(message, "In-Reply-To", original)
        _made(message, "References", " ".join(_references(original, envelope)))
    # RFC 3834 §3.1.7, exactly one
    message["Auto-Submitted"] = _fixed_header("Auto-Submitted", "auto-replied")
    # Exchange and older responders stay quiet
    message["X-Auto-Response-Suppress"] = _fixed_header("X-Auto-Response-Suppress", "All")
    # RFC 3834 §3.1.8 MAY; Pigeonhole sends it too
    message["Precedence"] = _fixed_header("Precedence", "bulk")
    message["X-Loop"] = _fixed_header("X-Loop", envelope.loop_marker)
    # The fields and the body EmailMessage.set_content(body, charset="utf-8", cte="base64")
    # writes, without parsing its fields again for every mail. base64 keeps the UTF-8 body
    # 7-bit, so a relay without 8BITMIME still takes it.
    message["Content-Type"] = _fixed_header("Content-Type", 'text/plain; charset="utf-8"')
    message["Content-Transfer-Encoding"] = _fixed_header("Content-Transfer-Encoding", "base64")
    message["MIME-Version"] = _fixed_header("MIME-Version", "1.0")
    message.set_payload(_base64_body(body, message.policy.linesep))
    language = "ja, en" if content.lang == "both" else content.lang
    message["Content-Language"] = _fixed_header("Content-Language", language)
    return message


def _made(message: EmailMessage, name: str, value: str, *, fallback: object = None) -> None:
    """Set a header whose value the desk made (`MadeHeader`: folded and encoded once, not
    parsed). A value it cannot carry as it is (an address or Message-ID not in ASCII, which
    the email package writes its own way) is set as before, parsed by the email package."""
    if name != "Subject" and not (value.isascii() and "=?" not in value):
        message[name] = value if fallback is None else fallback
        return
    message[name] = MadeHeader(name, value)


def _base64_body(text: str, linesep: str) -> str:
    """The text's lines in UTF-8, each ended by `linesep`, in base64 lines of 76 characters:
    what `email.contentmanager.set_text_content` makes of it (RFC 2045 §6.8)."""
    lines = text.encode("utf-8").splitlines()
    data = linesep.encode("ascii").join(lines) + linesep.encode("ascii")
    step = MAX_LINE // 4 * 3  # octets a base64 line of at most MAX_LINE characters holds
    return "".join(
        binascii.b2a_base64(data[i : i + step]).decode("ascii") for i in range(0, len(data), step)
    )
