"""Removing e-mail noise before matching: quoted earlier mail, signatures, greetings."""

from __future__ import annotations

import re

from casework.prefilter import Prefiltered
from casework.reading import new_text


def strip_quoted_and_signature(text: str) -> str:
    """The body without quoted earlier mail, footers and the signature block: the text the
    writer typed (casework.reading.new_text, the reading the matcher uses too)."""
    return new_text(text)


# Set phrases that open and close Japanese and English business mail. They say nothing about
# what is asked, and would otherwise pull every inquiry towards whichever FAQ phrasing uses them.
_GREETINGS = re.compile(
    r"(いつも|大変)?お世話になって?(おります|います|なります)。?"
    r"|(どうぞ)?(よろしく|宜しく)お(願い|ねがい)(いた|致|申し上げ)?(します|ます)。?"
    r"|お忙しいところ(恐れ入りますが|申し訳ありませんが|すみませんが)?、?"
    r"|突然の(ご連絡|メール)(にて)?(失礼いたします|失礼します|失礼致します)。?"
    r"|(初めまして|はじめまして)。?|失礼(いたします|致します|します)。?"
    r"|(ご担当者?|ご?担当者)(様|さま)(へ)?|(株式会社)?プラネットマネジメント(御中|様)?"
    r"|^\s*(hi|hello|dear|good (morning|afternoon|evening))\b[^\n.?!]{0,40}[,!.]?\s*$"
    r"|^\s*(thanks|thank you|many thanks|best regards|kind regards|regards|sincerely|cheers"
    r"|best|yours( truly| sincerely)?)[ ,.!]*([a-z ]{0,40})?$"
    r"|\bto whom it may concern\b",
    re.IGNORECASE | re.MULTILINE,
)
# The alternation above is tried at every position of every sentence the matcher reads; most
# sentences hold none of its phrases, and the prefilter's pieces say so in a few substring
# scans (casework/prefilter.py), so the substitution runs only where one may match.
_GREETINGS_SCAN = Prefiltered(_GREETINGS)


def strip_greetings(text: str) -> str:
    """The text without greeting and closing set phrases, in Japanese and English."""
    return _GREETINGS.sub(" ", text) if _GREETINGS_SCAN.possible(text) else text
