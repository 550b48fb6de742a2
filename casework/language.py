"""Which language to write to a customer in: Japanese, English, or both when unsure.

The matcher's detector always picks one of "ja" and "en" (it must rank FAQ phrasings). A mail
the desk writes to a person can hedge instead: a one-word subject, a mail in a third language,
or a mail that mixes both scripts evenly gets both languages: both when unsure.
"""

from __future__ import annotations

import re
import unicodedata

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


def reply_language(text: str) -> str:
    """ "ja", "en" or "both" for a mail whose readable text (subject and body) is `text`."""
    japanese, english, other = _counts(unicodedata.normalize("NFKC", text[:5000]))
    # Japanese carries more meaning per character than English; weigh it so that a Japanese
    # mail with an English signature and URL still reads as Japanese.
    ja, en = japanese * 3, english
    total = ja + en + other
    if total < MIN_LETTERS:
        return "both"
    if ja / total >= CLEAR_SHARE:
        return "ja"
    if en / total >= CLEAR_SHARE:
        return "en"
    return "both"
