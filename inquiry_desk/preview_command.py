"""`inquiry-desk preview-ack [--lang ja|en|both] [--at ISO-8601] [--question TEXT]`: the
acknowledgement the desk would send, built by the desk's own code from the configured
templates (`desk.templates_dir`) and FAQ, for a sample case. Nothing is stored or sent."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from inquiry_desk.console import Subcommands, add_command, moment_at, safe_text

if TYPE_CHECKING:
    from casework.calendar import BusinessCalendar
    from casework.jobs import Acknowledge
    from casework.matching import MatchResult
    from casework.models import Case
    from casework.settings import Settings

SAMPLE_QUESTION = {
    "ja": "私の個人情報の開示をお願いしたいのですが、手続きを教えてください。",
    "en": "How do I ask you to disclose the personal information you hold about me?",
}
SAMPLE_SUBJECT = {"ja": "個人情報の開示について", "en": "Disclosure of my personal information"}
SAMPLE_NUMBER = 123
SAMPLE_CUSTOMER = "taro.yamada@example.jp"
SHOWN_HEADERS = ("From", "To", "Subject", "Auto-Submitted", "X-Auto-Response-Suppress")


def register(commands: Subcommands[argparse.ArgumentParser]) -> None:
    parser = add_command(
        commands,
        "preview-ack",
        help="print the acknowledgement the desk would send, from the configured templates",
        description=(
            "Print the acknowledgement for a sample case (the headers a reader sees, then the\n"
            "text), built by the desk's own code from desk.templates_dir and desk.faq_path.\n"
            "To customise the templates: copy templates/ elsewhere, edit the copies, set\n"
            "desk.templates_dir to that folder, and preview until it reads well. Nothing is\n"
            "stored or sent."
        ),
        examples=[
            "inquiry-desk preview-ack --lang ja",
            "inquiry-desk preview-ack --lang both --at 2026-12-28T18:00",
            'inquiry-desk preview-ack --lang en --question "Do you share my data?"',
            "inquiry-desk preview-ack --config desk.toml --lang ja",
        ],
        run=run,
    )
    parser.add_argument(
        "--lang",
        choices=("ja", "en", "both"),
        default="both",
        help="the acknowledgement's language (default both: Japanese, then English)",
    )
    parser.add_argument(
        "--at",
        metavar="ISO-8601",
        help="when the sample mail arrived (no offset: Japan time; default now); out of hours,"
        " the acknowledgement says when the desk reopens",
    )
    parser.add_argument(
        "--question",
        metavar="TEXT",
        help="the sample mail's text, which decides the FAQ answers shown"
        " (default: a request to disclose personal information)",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    from casework.calendar import BusinessCalendar, calendar_config_from_mapping
    from casework.errors import ConfigError
    from casework.faq import load_configured_faq
    from casework.matching import FaqMatcher
    from responder.acknowledgement import AcknowledgementError
    from responder.delivery import AckComposer

    calendar = BusinessCalendar(calendar_config_from_mapping(settings.hours))
    try:
        received = _moment(args.at, calendar.zone)
    except ValueError as exc:
        raise ConfigError("--at", str(exc)) from None
    faq = load_configured_faq(settings.desk.faq_path)
    text_lang = "en" if args.lang == "en" else "ja"
    question = args.question or SAMPLE_QUESTION[text_lang]
    match = FaqMatcher(faq).match(question)
    job = _job(settings, args.lang, received, match, text_lang, calendar)
    case = _case(settings, received, text_lang)
    composer = AckComposer(settings, calendar, faq)
    try:
        mail = composer.build(case.number, case.tag, job, datetime.now(UTC))
    except AcknowledgementError as exc:
        raise ConfigError("desk.templates_dir", str(exc)) from None
    for name in SHOWN_HEADERS:
        if mail[name] is not None:
            print(f"{name}: {safe_text(str(mail[name]))}")
    body = mail.get_body(("plain",))
    print()
    print(safe_text(str(body.get_content()) if body is not None else ""), end="")
    return 0


def _moment(text: str | None, zone: ZoneInfo) -> datetime:
    return datetime.now(UTC) if text is None else moment_at(text, zone)


def _job(
    settings: Settings,
    lang: str,
    received: datetime,
    match: MatchResult,
    text_lang: str,
    calendar: BusinessCalendar,
) -> Acknowledge:
    from casework import jobs

    answers = match.confident(limit=settings.acknowledgement.max_answers)
    return jobs.Acknowledge(
        recipient=SAMPLE_CUSTOMER,
        lang=lang,
        message_id=f"<preview@{settings.desk.domain}>",
        received_at=received,
        answers=tuple(a.id for a in answers),
        subject=SAMPLE_SUBJECT[text_lang],
        closed=not calendar.status(received).open,
    )


def _case(settings: Settings, received: datetime, lang: str) -> Case:
    from casework.models import AckState, Case, CaseStatus

    return Case(
        id=SAMPLE_NUMBER,
        number=SAMPLE_NUMBER,
        tag=f"[{settings.desk.case_tag_prefix}-{SAMPLE_NUMBER:06d}]",
        status=CaseStatus.OPEN,
        assignee=None,
        subject=SAMPLE_SUBJECT[lang],
        customer_address=SAMPLE_CUSTOMER,
        customer_name="",
        language=lang,
        created_at=received,
        updated_at=received,
        received_at=received,
        out_of_hours=True,
        ack_state=AckState.PENDING,
        ack_reason="",
        pi_request=None,
    )
