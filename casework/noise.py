"""Removing e-mail noise before matching: quoted earlier mail, signatures, greetings."""

from __future__ import annotations

import re

# Lines that introduce quoted earlier mail ("On ... wrote:", "2026年11月25日 ... 書きました:")
_QUOTE_INTRO = re.compile(
    r"^(On .{0,200}wrote:|.{0,120}(書きました|wrote)\s*[:：]"
    r"|-{2,}\s*(Original Message|元のメッセージ)\s*-{2,}|From:\s.+|差出人\s*[:：].+)\s*$",
    re.IGNORECASE,
)
# RFC 3676 §4.3 signature separator "-- ", and the usual ruled lines above a signature.
_SIGNATURE = re.compile(r"^(-- ?|_{5,}|-{5,}|={5,}|[━─＿ー]{5,})\s*$")


def strip_quoted_and_signature(text: str) -> str:
    """The body without quoted earlier mail (">" lines and what follows a quote intro)
    and without the signature block."""
    kept: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if _QUOTE_INTRO.match(stripped) or _SIGNATURE.match(line.rstrip("\r")):
            break
        if stripped.startswith((">", "＞")):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


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


def strip_greetings(text: str) -> str:
    """The text without greeting and closing set phrases, in Japanese and English."""
    return _GREETINGS.sub(" ", text)
