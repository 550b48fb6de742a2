"""Which language to write to a customer in: Japanese, English, or both when unsure.

The matcher's detector always picks one of "ja" and "en" (it must rank FAQ phrasings). A mail
the desk writes to a person can hedge instead: a one-word subject, a mail in a third language,
or a mail that mixes both scripts evenly gets both languages: both when unsure. The
acknowledgement's language is counted on the text that asks, as the desk read the mail.
"""

from __future__ import annotations

import re
import unicodedata

from casework.models import ParsedMail
from casework.reading import MailReading

MIN_LETTERS = 12  # fewer letters than this is too little text to tell
CLEAR_SHARE = 0.7  # the leading script must hold this share of the letters

# Hiragana, katakana, CJK ideographs, half-width katakana: Japanese, letter or not.
_JA = "\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f"
_JAPANESE = re.compile(f"[{_JA}]")
_ENGLISH = re.compile("[A-Za-z]")  # the ASCII letters
_NEITHER = re.compile(f"[^\x00-\x7f{_JA}]")  # where the letters of other scripts are


def _counts(text: str) -> tuple[int, int, int]:
    """Japanese characters, ASCII letters, and letters of any other script in `text`. Counted
    by patterns in C, not a Python call per character: this runs on every mail."""
    other = sum(map(str.isalpha, "".join(_NEITHER.findall(text))))
    return len(_JAPANESE.findall(text)), len(_ENGLISH.findall(text)), other


def _choice(text: str) -> str | None:
    """ "ja", "en" or "both" (mixed) for `text`; None when it has too few letters to tell."""
    japanese, english, other = _counts(unicodedata.normalize("NFKC", text[:5000]))
    # Japanese carries more meaning per character than English; weigh it so that a Japanese
    # mail with an English signature and URL still reads as Japanese.
    ja, en = japanese * 3, english
    total = ja + en + other
    if total < MIN_LETTERS:
        return None
    if ja / total >= CLEAR_SHARE:
        return "ja"
    if en / total >= CLEAR_SHARE:
        return "en"
    return "both"


def reply_language(text: str) -> str:
    """ "ja", "en" or "both" for a mail whose readable text (subject and body) is `text`."""
    return _choice(text) or "both"


def acknowledgement_language(reading: MailReading, mail: ParsedMail) -> str:
    """ "ja", "en" or "both" for the acknowledgement of `mail`, read as `reading` (its subject
    and body, casework.reading.read_mail). Counted on the text that asks (greeting, signature,
    quotes, disclaimers and formulas cut: docs/mail-reading.md), so that a signature block, a
    confidentiality notice or a mobile footer in the other language cannot decide it. The
    subject is added only when the asking text is too short to tell; a mail in which nothing
    was read as asking is counted whole, its subject and body without quotes."""
    if not reading.text.strip():
        return reply_language(f"{mail.subject}\n{mail.body_for_matching}")
    asking = _without_subject(reading.sentences, mail.subject)
    return _choice(asking) or _choice(f"{mail.subject}\n{asking}") or "both"


def _without_subject(sentences: tuple[str, ...], subject: str) -> str:
    """The asking sentences of the body: the mail is read with its subject as the first line,
    and a subject says what the mail is about ("Re: 個人情報の開示について" over an English
    reply), not the language it asks in."""
    first = 0
    subject = subject.strip()
    while subject and first < len(sentences) and sentences[first].strip() in subject:
        first += 1
    return "\n".join(sentences[first:])
