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
