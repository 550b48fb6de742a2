"""Pure builders for `/case`: one case shown to the asker only, or the cases a search found.

Each returns the ephemeral response payload (``response_type``, ``text``, ``blocks``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.blocks import STATUS_LABELS, context, customer_line, jst, mention, section
from bot.escaping import MESSAGE_BLOCKS_MAX, MESSAGE_TEXT_SAFE, clip_mrkdwn, escape_mrkdwn, one_line
from casework.search import MAX_TERM_CHARS, MAX_TERMS, SearchHit

SHOWN_HITS = 10  # a search lists at most this many; the command line shows more
USAGE = (
    "*/case 123* shows case 123 (only to you); */case WORDS* searches subjects and mail.\n"
    "*/case 123* で案件123を表示します(あなただけに表示)。*/case 語句* で件名と本文を検索します。"
)
_NUMBER = re.compile(r"#?\[?(?:[A-Za-z]+-)?0*(\d{1,9})\]?")


def case_number_in(text: str) -> int | None:
    """`123`, `#123`, `PMC-000123` or `[PMC-000123]` name a case; anything else is a search."""
    match = _NUMBER.fullmatch(text.strip())
    return int(match.group(1)) if match else None


def ephemeral(text: str, blocks: list[dict[str, Any]]) -> dict[str, Any]:
    return {"response_type": "ephemeral", "text": text, "blocks": blocks}


def usage() -> dict[str, Any]:
    return ephemeral(USAGE, [section(USAGE)])


def too_long(reason: str) -> dict[str, Any]:
    text = (
        f"Search not run: {reason}. / 検索語が多すぎるか長すぎます"
        f"（{MAX_TERMS}語、各{MAX_TERM_CHARS}文字まで）。"
    )
    return ephemeral(text, [section(text)])


def not_found(number: int) -> dict[str, Any]:
    text = f"There is no case {number}. / 案件 {number} はありません。"
    return ephemeral(text, [section(text)])


def shown_case(message: dict[str, Any], permalink: str | None) -> dict[str, Any]:
    """A case message (as the channel shows it) for one person: without its buttons, which
    act on the channel's message, and with a link to that message when there is one."""
    blocks = [b for b in message["blocks"] if b.get("type") != "actions"]
    if permalink:
        blocks.append(context(f"<{permalink}|Open in the channel / チャンネルで開く>"))
    return ephemeral(message["text"], blocks[:MESSAGE_BLOCKS_MAX])


def search_results(words: str, hits: Sequence[SearchHit]) -> dict[str, Any]:
    asked = clip_mrkdwn(one_line(words), 200)
    if not hits:
        text = f"No case contains “{asked}”. / 「{asked}」を含む案件はありません。"
        return ephemeral(text, [section(text)])
    more = " (newest first / 新しい順)" if len(hits) > 1 else ""
    head = f"{len(hits)} case(s) for “{asked}”{more} / 「{asked}」の検索結果"
    blocks = [section(f"*{head}*")]
    for hit in hits[:SHOWN_HITS]:
        case = hit.case
        status = STATUS_LABELS[case.status]
        who = f" {mention(case.assignee)}" if case.assignee else ""
        subject = clip_mrkdwn(one_line(case.subject) or "(no subject / 件名なし)", 200)
        blocks.append(
            section(
                f"*{escape_mrkdwn(case.tag)}* {subject}\n{status}{who} · {customer_line(case)}"
                f" · {jst(case.received_at)}\n> {clip_mrkdwn(one_line(hit.snippet), 300)}",
                block_id=f"lookup:case:{case.number}",
            )
        )
    if len(hits) > SHOWN_HITS:
        blocks.append(context("…and more: `inquiry-desk search` lists them all. / ほか多数"))
    return ephemeral(clip_mrkdwn(head, MESSAGE_TEXT_SAFE), blocks)
