"""Which language to write to a customer in: Japanese, English, or both when unsure.

The matcher's detector always picks one of "ja" and "en" (it must rank FAQ phrasings). A mail
the desk writes to a person can hedge instead: a one-word subject, a mail in a third language,
or a mail that mixes both scripts evenly gets both languages: both when unsure.
"""

from __future__ import annotations

import unicodedata

MIN_LETTERS = 12  # fewer letters than this is too little text to tell
CLEAR_SHARE = 0.7  # the leading script must hold this share of the letters


def _script(char: str) -> str | None:
    if "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff" or "\uff66" <= char <= "\uff9f":
        return "ja"  # hiragana, katakana, CJK ideographs, half-width katakana
    if char.isascii() and char.isalpha():
        return "en"
    if char.isalpha() and unicodedata.category(char).startswith("L"):
        return "other"
    return None


def reply_language(text: str) -> str:
    """ "ja", "en" or "both" for a mail whose readable text (subject and body) is `text`."""
    counts = {"ja": 0, "en": 0, "other": 0}
    for char in unicodedata.normalize("NFKC", text[:5000]):
        script = _script(char)
        if script is not None:
            counts[script] += 1
    # Japanese carries more meaning per character than English; weigh it so that a Japanese
    # mail with an English signature and URL still reads as Japanese.
    ja, en = counts["ja"] * 3, counts["en"]
    total = ja + en + counts["other"]
    if total < MIN_LETTERS:
        return "both"
    if ja / total >= CLEAR_SHARE:
        return "ja"
    if en / total >= CLEAR_SHARE:
        return "en"
    return "both"
