"""Making untrusted text safe and short enough for Slack.

Customer mail reaches staff through Slack, so anything a customer writes must stay inert there:
it may not notify the channel, mention a person or a user group, or dress a link up as another.
Slack gives `&`, `<` and `>` a meaning in mrkdwn; escaping those three, and only those, turns
`<!channel>`, `<@U123>`, `<!subteam^S1>` and `<https://evil|bank>` into text
(https://docs.slack.dev/messaging/formatting-message-text/, "Escaping text").

Bare `@here`, `@channel` and `@everyone` do not notify in a bot's message unless `link_names`
or `parse=full` is sent, which this project never does. They are still neutralised, as defence
in depth, by swapping the `@` for a full-width `＠` (U+FF20). A full-width sign was chosen over an
invisible joiner because staff can *see* that the text was altered, and because copying the
customer's words into a message of their own cannot bring a working `@here` back with it.

Limits are counted in UTF-16 code units, which is never less than the code-point count: Slack
does not document which one it counts, and the stricter count is safe under either reading.
"""

from __future__ import annotations

import re
import unicodedata

from casework.bidi import BIDI_CONTROLS

# Slack's documented limits for Block Kit text and fields. Builders cut a little below the
# hard limits where a suffix or markup is added afterwards.
SECTION_TEXT_MAX = 3000
SECTION_TEXT_SAFE = 2900
FIELD_TEXT_MAX = 2000
HEADER_TEXT_MAX = 150
BUTTON_TEXT_MAX = 75
CONTEXT_TEXT_MAX = 2000
MESSAGE_TEXT_SAFE = 3900  # the top-level fallback; Slack truncates at 40,000, older advice 4,000
MODAL_TITLE_MAX = 24
PRIVATE_METADATA_MAX = 3000
INPUT_MAX = 3000
MESSAGE_BLOCKS_MAX = 50
VIEW_BLOCKS_MAX = 100

ELLIPSIS = "…"

_BROADCAST = re.compile(r"(?<![\w@.+-])@(here|channel|everyone)\b", re.IGNORECASE)
# Bidi embeddings, overrides, isolates and marks (Unicode UAX #9): in a customer's text they
# would reorder what staff read (an attachment "invoice<U+202E>fdp.exe" reads "invoiceexe.pdf",
# a subject can turn the case tag around). Each becomes U+FFFD, which shows something was there;
# the command line escapes the same characters and the acknowledgement drops them.
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_ENTITY_TAIL = re.compile(r"&[a-z]{0,3}$")
# Characters that belong to the character before them: cutting in front of one would leave a
# base letter without its accent, or an emoji sequence half-built.
_JOINERS = {"\u200d", "\u20e3"}  # zero-width joiner, combining enclosing keycap


def neutralise_broadcasts(text: str) -> str:
    """Replace the `@` of a bare `@here`, `@channel` or `@everyone` with a full-width `＠`.

    Addresses such as `user@here.example` are left alone: the `@` must start a word.
    """
    return _BROADCAST.sub(lambda m: "＠" + m.group(1), text)


def escape_mrkdwn(text: str) -> str:
    """Return `text` as inert mrkdwn: `&`, `<`, `>` escaped and broadcast words neutralised.

    Only those three characters are escaped, as Slack asks ("don't HTML entity-encode the
    entire message"). Formatting characters such as `*` and `_` have no escape in mrkdwn and
    are left as they are; they can change emphasis but never notify anyone or hide a link.
    """
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return neutralise_broadcasts(_BIDI.sub("\ufffd", escaped))


def plain(text: str) -> str:
    """Return `text` for a `plain_text` object (headers, buttons, titles, input values).

    Slack does not parse markup in `plain_text`, so `<`, `>` and `&` are shown as typed and
    need no escaping; broadcast words and bidi controls are neutralised all the same.
    """
    return neutralise_broadcasts(_BIDI.sub("\ufffd", text))


def utf16_len(text: str) -> int:
    """The length of `text` in UTF-16 code units (astral characters such as emoji count 2)."""
    if text.isascii():
        return len(text)
    # Encoded in C; a lone surrogate (undecodable bytes) is one unit, as it counts here.
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _is_continuation(ch: str) -> bool:
    if ch in _JOINERS or unicodedata.combining(ch):
        return True
    code = ord(ch)
    return (
        0xFE00 <= code <= 0xFE0F  # variation selectors (emoji vs text presentation)
        or 0x1F3FB <= code <= 0x1F3FF  # emoji skin-tone modifiers
        or 0xE0100 <= code <= 0xE01EF  # ideographic variation selectors (異体字)
        or unicodedata.category(ch) in ("Mn", "Me", "Mc")
    )


def _prefix_within(text: str, budget: int) -> int:
    """The number of code points of `text` whose UTF-16 length fits in `budget`."""
    if utf16_len(text) == len(text):  # no astral character: one unit each
        return min(len(text), max(budget, 0))
    used = 0
    for index, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > budget:
            return index
    return len(text)


def truncate(text: str, limit: int, *, ellipsis: str = ELLIPSIS) -> str:
    """Cut `text` to at most `limit` UTF-16 units, ending with `ellipsis` when cut.

    The cut falls between code points, never inside one, and moves back past combining marks,
    joiners, variation selectors and skin-tone modifiers so that a visible character is not
    split from its decoration. An escaped entity (`&amp;`) at the cut is dropped whole rather
    than shown as `&am`. Text that already fits is returned unchanged.
    """
    if limit <= 0:
        return ""
    if utf16_len(text) <= limit:
        return text
    room = limit - utf16_len(ellipsis)
    if room <= 0:
        return ellipsis[:limit]
    cut = _prefix_within(text, room)
    # Move back while the first dropped character still belongs to the one before it.
    while 0 < cut < len(text) and _is_continuation(text[cut]):
        cut -= 1
    # A zero-width joiner at the end would glue the ellipsis onto the previous emoji.
    while cut > 0 and text[cut - 1] in _JOINERS:
        cut -= 1
    head = _ENTITY_TAIL.sub("", text[:cut])
    return head.rstrip() + ellipsis


def clip_mrkdwn(text: str, limit: int = SECTION_TEXT_SAFE) -> str:
    """Escape untrusted `text` for mrkdwn and cut the result to `limit` (escape first, then cut,
    so that the escapes are counted)."""
    return truncate(escape_mrkdwn(text), limit)


def clip_plain(text: str, limit: int) -> str:
    """Prepare untrusted `text` for a `plain_text` object and cut it to `limit`."""
    return truncate(plain(text), limit)


def one_line(text: str) -> str:
    """Collapse runs of whitespace (including line breaks) into single spaces."""
    return " ".join(text.split())


def split_for_sections(text: str, limit: int = SECTION_TEXT_SAFE) -> list[str]:
    """Split already-escaped mrkdwn `text` into chunks of at most `limit` UTF-16 units.

    Chunks end at a line break where one is near the limit, otherwise at a code point (never
    inside an escape such as `&amp;`), so a long mail reads naturally across several sections.
    """
    chunks: list[str] = []
    rest = text
    while rest:
        if utf16_len(rest) <= limit:
            chunks.append(rest)
            break
        cut = _prefix_within(rest, limit)
        newline = rest.rfind("\n", 0, cut)
        if newline > cut // 2:
            cut = newline + 1
        else:
            while 0 < cut < len(rest) and _is_continuation(rest[cut]):
                cut -= 1
            amp = rest.rfind("&", max(0, cut - 4), cut)
            if amp != -1 and ";" not in rest[amp:cut]:
                cut = amp
        if cut <= 0:  # a pathological run of joiners: fall back to a plain code-point cut
            cut = max(1, _prefix_within(rest, limit))
        chunks.append(rest[:cut])
        rest = rest[cut:]
    return [chunk for chunk in chunks if chunk.strip()]
