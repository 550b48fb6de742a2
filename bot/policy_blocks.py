"""Pure builders for the ephemeral answers of ``/policy``.

The answer comes from the policy FAQ in the language of the question, names the section of the
policy it comes from, and echoes the question escaped, so that a pasted mention stays inert.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.blocks import Block, context, section
from bot.escaping import MESSAGE_TEXT_SAFE, clip_mrkdwn, escape_mrkdwn, one_line

SECTION_NAMES_JA = {
    "collection": "取得する情報",
    "purpose": "利用目的",
    "third-party": "第三者提供",
    "joint-use": "共同利用",
    "disclosure": "開示",
    "correction": "訂正・追加・削除",
    "suspension": "利用停止等",
    "contact": "お問い合わせ窓口",
    "changes": "ポリシーの変更",
    "hours": "受付時間",
}
PolicyMatch = tuple[str, str, float, str, str]  # (id, section, score, question, answer)
_POLICY_TEXT = {
    "en": {
        "q": "You asked",
        "section": "Section",
        "unsure": "No confident answer in the policy FAQ. The nearest entries:",
        "none": "No FAQ entry matches. Try other words, or ask a colleague.",
        "also": "Also related",
    },
    "ja": {
        "q": "質問",
        "section": "セクション",
        "unsure": "確度の高い回答は見つかりませんでした。近いFAQ:",
        "none": "該当するFAQはありません。言い換えるか、担当者に確認してください。",
        "also": "関連",
    },
}


def _section_name(section_id: str, lang: str) -> str:
    name = escape_mrkdwn(section_id)
    return f"{name} ({SECTION_NAMES_JA[section_id]})" if section_id in SECTION_NAMES_JA else name


def _entry_line(match: PolicyMatch, lang: str) -> str:
    entry_id, section_id, score, question, _ = match
    meta = f"{_section_name(section_id, lang)} · `{escape_mrkdwn(entry_id)}` · {score:.2f}"
    return f"• {clip_mrkdwn(one_line(question), 300)} ({meta})"


def policy_answer(
    question: str, lang: str, answered: bool, matches: Sequence[PolicyMatch]
) -> dict[str, Any]:
    """The ephemeral /policy answer, in `lang` ("ja" or "en"), best match first.

    Confident: the answer with its section, and up to two related entries. Not confident: says
    so and lists up to three nearest entries. The echoed question is escaped.
    """
    words = _POLICY_TEXT.get(lang, _POLICY_TEXT["en"])
    blocks: list[Block] = [context(f"❓ {words['q']}: {clip_mrkdwn(one_line(question), 500)}")]
    if answered and matches:
        best = matches[0]
        blocks.append(section(f"*{clip_mrkdwn(best[3], 500)}*\n{clip_mrkdwn(best[4], 2300)}"))
        blocks.append(context(f"📖 {words['section']}: {_section_name(best[1], lang)}"))
        if len(matches) > 1:
            lines = [_entry_line(m, lang) for m in matches[1:3]]
            blocks.append(context(f"{words['also']}:\n" + "\n".join(lines)))
        fallback = clip_mrkdwn(best[4], MESSAGE_TEXT_SAFE)
    elif matches:
        lines = [_entry_line(m, lang) for m in matches[:3]]
        blocks.append(section(f"🤔 {words['unsure']}\n" + "\n".join(lines)))
        fallback = words["unsure"]
    else:
        blocks.append(section(f"🤔 {words['none']}"))
        fallback = words["none"]
    return {"response_type": "ephemeral", "text": fallback, "blocks": blocks}


def policy_usage(lang: str | None = None) -> dict[str, Any]:
    """The ephemeral help shown for `/policy` with no text (both languages unless `lang`)."""
    en = (
        "*/policy QUESTION* answers from the privacy-policy FAQ, only to you.\n"
        "Example: `/policy how do I request disclosure of my data?`"
    )
    ja = (
        "*/policy 質問* でプライバシーポリシーのFAQから回答します(あなたにだけ表示)。\n"
        "例: `/policy 個人情報の開示を請求したい`"
    )
    parts = {"en": [en], "ja": [ja]}.get(lang or "", [ja, en])
    return {
        "response_type": "ephemeral",
        "text": "Usage: /policy QUESTION / 使い方: /policy 質問",
        "blocks": [section(p) for p in parts],
    }
