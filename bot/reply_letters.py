"""The reply editor's "Start from…" menu: the case's FAQ answers and the saved replies, each
put into a letter (greeting and signature in the customer's language, casework.letters).

Pure builders: the listener (`bot.listeners.saved_replies`) ships what these return.
"""

from __future__ import annotations

from typing import Any

from bot.blocks import Block, plain_text
from casework.faq import Faq
from casework.letters import LetterContext, Letters, letter_language
from casework.models import Case

ACTION_REPLY_TEMPLATE = "case_reply_template"
TEMPLATE_BLOCK_ID = "reply_template"
FAQ_CHOICES = 3  # the case's best FAQ matches offered
OPTION_TEXT_MAX = 75  # Slack's limit for an option's text and a group's label


def faq_answers(case: Case, faq: Faq) -> list[tuple[str, str, str]]:
    """(id, question, answer) of the case's best FAQ matches, up to three, in its language."""
    found = []
    for hit in case.faq_hits[:FAQ_CHOICES]:
        entry = faq.get(hit.id)
        if entry is not None:
            found.append(
                (entry.id, entry.question_in(case.language), entry.answer_in(case.language))
            )
    return found


def _option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain_text(text, OPTION_TEXT_MAX), "value": value}


def choice_block(case: Case, faq: Faq, letters: Letters) -> Block | None:
    """A menu of the FAQ answers and saved replies, or None when there is nothing to offer."""
    groups = []
    answers = faq_answers(case, faq)
    if answers:
        options = [
            _option(f"{n}. {question}", f"faq:{i}") for n, (i, question, _) in enumerate(answers, 1)
        ]
        groups.append(
            {"label": plain_text("FAQ answers / FAQ回答", OPTION_TEXT_MAX), "options": options}
        )
    saved = letters.saved(letter_language(case.language))[:100]
    if saved:
        options = [_option(s.title, f"saved:{s.name}") for s in saved]
        groups.append(
            {"label": plain_text("Saved replies / 定型文", OPTION_TEXT_MAX), "options": options}
        )
    if not groups:
        return None
    return {
        "type": "actions",
        "block_id": TEMPLATE_BLOCK_ID,
        "elements": [
            {
                "type": "static_select",
                "action_id": ACTION_REPLY_TEMPLATE,
                "placeholder": plain_text("Start from… / 文面を選ぶ", 150),
                "option_groups": groups,
            }
        ],
    }


def chosen_letter(
    value: str, case: Case, faq: Faq, letters: Letters, context: LetterContext
) -> str | None:
    """The letter for a menu choice ("faq:ID" or "saved:NAME"); None for an unknown choice.
    Raises casework.letters.LetterError when a template does not render."""
    kind, _, name = value.partition(":")
    lang = letter_language(case.language)
    if kind == "faq":
        body = next((a for i, _, a in faq_answers(case, faq) if i == name), None)
    elif kind == "saved" and name in {s.name for s in letters.saved(lang)}:
        body = letters.saved_text(name, lang, context)
    else:
        body = None
    return None if body is None else letters.letter(lang, body, context)


def opening_letter(case: Case, suggestion: str, letters: Letters, context: LetterContext) -> str:
    """What the editor starts with: the greeting and signature around `suggestion` (the
    confident FAQ answer, or an empty line to write in)."""
    return letters.letter(letter_language(case.language), suggestion.strip() or "", context)
