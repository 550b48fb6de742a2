"""Pure builders for what the desk tells one person only: refusals and confirmations.

Each returns ``{"text": ..., "blocks": [...]}`` for chat.postEphemeral (or, as `notice_text`,
the mrkdwn for a notice modal). English first, then Japanese, as on every label of the desk.
"""

from __future__ import annotations

from typing import Any

from bot.blocks import mention, section
from bot.escaping import MESSAGE_TEXT_SAFE, clip_mrkdwn, truncate
from casework.errors import Refusal
from casework.models import Case

_ACTION_WORDS = {
    "assign": ("assign", "割り当て"),
    "claim": ("claim", "担当"),
    "unclaim": ("release", "担当解除"),
    "resolve": ("resolve", "解決済みに"),
    "reopen": ("reopen", "再オープン"),
}


def _notice(text: str) -> dict[str, Any]:
    return {"text": truncate(text, MESSAGE_TEXT_SAFE), "blocks": [section(text)]}


def rejected_text(tag: str, action: str, current_status: str, assignee: str | None) -> str:
    """Why a button did nothing: the case had moved on (another person was quicker)."""
    en_verb, ja_verb = _ACTION_WORDS.get(action, (action, action))
    tag = clip_mrkdwn(tag, 40)
    if current_status == "claimed" and assignee:
        en = f"{mention(assignee)} has already claimed {tag}."
        ja = f"{tag} はすでに {mention(assignee)} さんが担当しています。"
    elif current_status == "resolved":
        en = f"{tag} is already resolved."
        ja = f"{tag} はすでに解決済みです。"
    elif current_status == "open":
        en = f"{tag} is open: nobody has claimed it."
        ja = f"{tag} は未対応です(担当者なし)。"
    else:
        en = f"{tag} is {clip_mrkdwn(current_status, 40)}."
        ja = f"{tag} の状態: {clip_mrkdwn(current_status, 40)}"
    return (
        f"🙅 Could not {en_verb} the case: {en}\n"
        f"{ja_verb}できませんでした: {ja}\nThe message shows its current state. / "
        "メッセージは現在の状態に更新されています。"
    )


def rejected(tag: str, action: str, current_status: str, assignee: str | None) -> dict[str, Any]:
    return _notice(rejected_text(tag, action, current_status, assignee))


def not_assignable(user_id: str) -> dict[str, Any]:
    """The person picked in "Assign…" may not work on cases (not on the staff list)."""
    return _notice(
        f"🙅 {mention(user_id)} is not on the inquiry desk's staff list, so the case was not"
        f" assigned. / {mention(user_id)} さんは担当者一覧にないため、割り当てませんでした。"
    )


def not_allowed() -> dict[str, Any]:
    return _notice(NOT_ALLOWED_TEXT)


NOT_ALLOWED_TEXT = (
    "🔒 Sorry, only the inquiry desk's staff can work on cases, and you are not on its list. "
    "Nothing was changed. Ask the desk's administrator if you should be.\n"
    "申し訳ありませんが、案件を操作できるのは問い合わせ窓口の担当者のみです。何も変更されていません。"
    "必要な場合は管理者にご相談ください。"
)


def case_not_found(number: int) -> dict[str, Any]:
    return _notice(f"❓ There is no case #{number}. / 案件 #{number} は見つかりませんでした。")


def reply_refusal_text(case: Case, reason: Refusal) -> str:
    """Why the store would not queue a reply (`casework.store.reply_refusal`), in words."""
    tag = clip_mrkdwn(case.tag, 40)
    if reason is Refusal.NO_ADDRESS:
        return (
            f"✉️ {tag} has no sender address to reply to (the mail came from <>). / "
            f"{tag} には返信先アドレスがありません。"
        )
    if reason is Refusal.CLAIMED_BY_OTHER and case.assignee:
        who = mention(case.assignee)
        return (
            f"✋ {who} has claimed {tag}; only the person who claimed a case replies on it. "
            f"To take it over, press Unclaim, then Claim.\n"
            f"{tag} は {who} さんが担当しています。返信できるのは担当者のみです。"
            "引き継ぐ場合は「担当を外す」の後に「担当する」を押してください。"
        )
    return f"✋ Claim {tag} before replying. / 返信する前に {tag} を担当してください。"


def reply_problem(text: str) -> dict[str, Any]:
    return _notice(text)


def reply_queued(case: Case) -> dict[str, Any]:
    tag = clip_mrkdwn(case.tag, 40)
    return _notice(
        f"📨 Your reply on {tag} is queued and will be mailed to the customer; the case's "
        f"thread will say when it has been sent.\n{tag} の返信を送信待ちにしました。"
        "送信されるとスレッドに記録されます。"
    )


def draft_lost(number: int) -> dict[str, Any]:
    return _notice(
        f"⌛ The preview of your reply on case #{number} has expired; nothing was sent. Press "
        f"Reply again. / 案件 #{number} の返信の確認画面が期限切れのため、送信していません。"
        "もう一度「返信する」を押してください。"
    )


def try_again(what: str) -> dict[str, Any]:
    """Slack refused or timed out on something the user asked for; nothing changed."""
    return _notice(
        f"⏳ Slack did not open the {clip_mrkdwn(what, 60)} in time. Please press the button "
        "again. / 画面を開けませんでした。もう一度ボタンを押してください。"
    )
