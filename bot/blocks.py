"""Pure Block Kit builders: domain records in, Slack payload dicts out.

Nothing here talks to Slack; listeners and the publisher ship what these functions return, and
tests read it as data. Every string that came from a customer goes through `bot.escaping`
(`clip_mrkdwn` for mrkdwn, `clip_plain` for plain_text), and every builder keeps within Slack's
size limits (../shared/reference/slack.md §3.5), so a payload built here is never refused for
its size or turned into a mention.

Labels are bilingual ("Claim / 担当する"): staff read Japanese first, but English-speaking staff
and the English customers' cases share the channel.

Identifiers the listeners route on:

=====================  ==========================================================
action_id              meaning (every button's value is ``str(case.number)``)
=====================  ==========================================================
``case_claim``         take the case (shown when open)
``case_unclaim``       give it back (claimed)
``case_resolve``       mark resolved (open, claimed)
``case_reopen``        reopen (resolved)
``case_reply``         open the reply modal (claimed)
``case_show_mail``     open the full mail in a modal (always; also on the App Home)
=====================  ==========================================================

Views: ``case_reply_submit`` (the editor; its submission should push the preview) and
``case_reply_send`` (the preview; its submission is the explicit Send), ``case_full_mail``.
The reply text is read from ``view.state.values["reply_body"]["body"]["value"]``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.escaping import (
    BUTTON_TEXT_MAX,
    CONTEXT_TEXT_MAX,
    FIELD_TEXT_MAX,
    HEADER_TEXT_MAX,
    MESSAGE_TEXT_SAFE,
    MODAL_TITLE_MAX,
    PRIVATE_METADATA_MAX,
    SECTION_TEXT_SAFE,
    VIEW_BLOCKS_MAX,
    clip_mrkdwn,
    clip_plain,
    escape_mrkdwn,
    one_line,
    plain,
    split_for_sections,
    truncate,
    utf16_len,
)
from casework.models import AckState, Attachment, Case, CaseStatus, PersonalInfoRequest

Block = dict[str, Any]
JST = ZoneInfo("Asia/Tokyo")
EXCERPT_MAX = 1500  # keeps the whole message far below the ~12k characters Slack accepts
MAX_FAQ_LINES = 5

ACTION_CLAIM = "case_claim"
ACTION_UNCLAIM = "case_unclaim"
ACTION_RESOLVE = "case_resolve"
ACTION_REOPEN = "case_reopen"
ACTION_REPLY = "case_reply"
ACTION_SHOW_MAIL = "case_show_mail"

LABELS = {
    ACTION_CLAIM: "Claim / 担当する",
    ACTION_UNCLAIM: "Unclaim / 担当を外す",
    ACTION_RESOLVE: "Resolve / 解決済みにする",
    ACTION_REOPEN: "Reopen / 再オープン",
    ACTION_REPLY: "Reply / 返信する",
    ACTION_SHOW_MAIL: "Show full mail / 全文を表示",
}
STATUS_LABELS = {
    CaseStatus.OPEN: "🟡 Open / 未対応",
    CaseStatus.CLAIMED: "🔵 Claimed / 対応中",
    CaseStatus.RESOLVED: "✅ Resolved / 解決済み",
}
PI_LABELS = {
    PersonalInfoRequest.DISCLOSURE: "disclosure request / 開示請求",
    PersonalInfoRequest.CORRECTION: "correction request / 訂正等の請求",
    PersonalInfoRequest.SUSPENSION: "suspension request / 利用停止等の請求",
}
LANGUAGE_LABELS = {"ja": "日本語 (ja)", "en": "English (en)"}
# Which buttons each state offers, in display order; "Show full mail" is added to every state.
BUTTONS_BY_STATUS: Mapping[CaseStatus, tuple[str, ...]] = {
    CaseStatus.OPEN: (ACTION_CLAIM, ACTION_RESOLVE),
    CaseStatus.CLAIMED: (ACTION_UNCLAIM, ACTION_RESOLVE, ACTION_REPLY),
    CaseStatus.RESOLVED: (ACTION_REOPEN,),
}
_PRIMARY = {ACTION_CLAIM, ACTION_REPLY}
_SLACK_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")


# --- small constructors, shared with bot.home -------------------------------------------------


def mrkdwn(text: str) -> dict[str, Any]:
    """A mrkdwn text object. `text` must already be escaped; verbatim stops auto-linking of
    channel names and bare mentions in whatever the customer wrote."""
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def plain_text(text: str, limit: int = SECTION_TEXT_SAFE) -> dict[str, Any]:
    """A plain_text object holding untrusted `text`, cut to `limit`."""
    return {"type": "plain_text", "text": clip_plain(text, limit) or " ", "emoji": True}


def section(text: str, *, block_id: str | None = None) -> Block:
    """A section of already-escaped mrkdwn, cut to the section limit."""
    block: Block = {"type": "section", "text": mrkdwn(truncate(text, SECTION_TEXT_SAFE))}
    if block_id:
        block["block_id"] = block_id
    return block


def context(*texts: str, block_id: str | None = None) -> Block:
    """A context block of already-escaped mrkdwn elements (at most 10)."""
    elements = [mrkdwn(truncate(t, CONTEXT_TEXT_MAX)) for t in texts[:10] if t]
    block: Block = {"type": "context", "elements": elements}
    if block_id:
        block["block_id"] = block_id
    return block


def button(action_id: str, value: str, *, label: str | None = None) -> dict[str, Any]:
    """A button with the standard bilingual label for `action_id`."""
    element: dict[str, Any] = {
        "type": "button",
        "action_id": action_id,
        "value": value,
        "text": plain_text(label or LABELS[action_id], BUTTON_TEXT_MAX),
    }
    if action_id in _PRIMARY:
        element["style"] = "primary"
    return element


def mention(user_id: str | None) -> str:
    """`<@U…>` for an id the desk stored itself; anything else is shown escaped, never parsed."""
    if not user_id:
        return "—"
    return f"<@{user_id}>" if _SLACK_ID.match(user_id) else escape_mrkdwn(user_id)


def jst(moment: datetime) -> str:
    """A time in Japan, e.g. ``2026-11-28 (Sat/土) 23:00 JST``."""
    local = moment.astimezone(JST)
    weekday = "月火水木金土日"[local.weekday()]
    return local.strftime(f"%Y-%m-%d (%a/{weekday}) %H:%M JST")


def customer_line(case: Case) -> str:
    """The customer's name and address as escaped mrkdwn."""
    name = one_line(case.customer_name)
    address = case.customer_address or "(no address / 差出人なし)"
    text = f"{name} <{address}>" if name else address
    return clip_mrkdwn(text, 300)


def case_title(case: Case) -> str:
    """`[PMC-000123] subject` as plain text (cut to a header's length)."""
    subject = one_line(case.subject) or "(no subject / 件名なし)"
    return clip_plain(f"{case.tag} {subject}", HEADER_TEXT_MAX)


# --- the case message --------------------------------------------------------------------------


def _ack_line(case: Case) -> str:
    reason = clip_mrkdwn(one_line(case.ack_reason), 300)
    lines = {
        AckState.PENDING: "⏳ queued / 送信待ち",
        AckState.SENT: "📨 sent / 送信済み",
        AckState.SUPPRESSED: f"🚫 not sent / 送信せず: {reason or '—'}",
        AckState.NOT_NEEDED: "— not needed (business hours) / 営業時間内のため不要",
        AckState.FAILED: f"⚠️ failed / 送信失敗: {reason or '—'}",
    }
    return lines[case.ack_state]


def _fields(case: Case) -> Block:
    hours = "🌙 Out of hours / 時間外" if case.out_of_hours else "🏢 Business hours / 営業時間内"
    pairs = [
        ("Status / 状態", STATUS_LABELS[case.status]),
        ("Assignee / 担当", mention(case.assignee)),
        ("From / 差出人", customer_line(case)),
        ("Received / 受信", jst(case.received_at)),
        ("Language / 言語", LANGUAGE_LABELS.get(case.language, escape_mrkdwn(case.language))),
        ("Arrived / 受付", hours),
        ("Acknowledgement / 自動受付", _ack_line(case)),
    ]
    fields = [mrkdwn(truncate(f"*{k}*\n{v}", FIELD_TEXT_MAX)) for k, v in pairs]
    return {"type": "section", "block_id": f"case:{case.number}:fields", "fields": fields}


def _pi_badge(case: Case) -> Block | None:
    if case.pi_request is None:
        return None
    return section(
        f"🔒 *Personal-information {PI_LABELS[case.pi_request]}*\n"
        "Identity must be confirmed; act without delay. / "
        "ご本人確認のうえ、遅滞なく対応してください。",
        block_id=f"case:{case.number}:pi",
    )


def _faq_block(case: Case, faq_titles: Mapping[str, str]) -> Block:
    if not case.faq_hits:
        return context(
            "📚 No FAQ entry matched / 該当するFAQなし", block_id=f"case:{case.number}:faq"
        )
    lines = ["*Matched FAQ / 該当するFAQ*" + (" (confident / 確度高)" if case.answered else "")]
    for hit in case.faq_hits[:MAX_FAQ_LINES]:
        title = clip_mrkdwn(one_line(faq_titles.get(hit.id, "")), 200)
        ids = f"`{escape_mrkdwn(hit.id)}` · {escape_mrkdwn(hit.section)} · {hit.score:.2f}"
        lines.append(f"• {title} ({ids})" if title else f"• {ids}")
    return section("\n".join(lines), block_id=f"case:{case.number}:faq")


def quote(escaped: str) -> str:
    """Prefix every line of already-escaped text with a mrkdwn quote marker."""
    return "\n".join(f">{line}" for line in escaped.splitlines() or [""])


def _excerpt_block(case: Case, excerpt: str) -> Block:
    body = clip_mrkdwn(excerpt.strip(), EXCERPT_MAX) or "_(empty mail / 本文なし)_"
    return section(quote(body), block_id=f"case:{case.number}:excerpt")


def _size(size: int) -> str:
    return f"{size} B" if size < 1024 else f"{size / 1024:.0f} KB"


def attachment_names(attachments: Sequence[Attachment]) -> str:
    """Escaped `name (size)` list of a mail's attachments."""
    names = [
        f"{escape_mrkdwn(one_line(a.filename or '(unnamed / 名前なし)'))} ({_size(a.size)})"
        for a in attachments
    ]
    return truncate("📎 " + ", ".join(names), 1000)


def _notes(case: Case, attachments: Sequence[Attachment], closed_reason: str | None) -> list[str]:
    notes: list[str] = []
    if attachments:
        notes.append(attachment_names(attachments))
    if case.followups > 0:
        last = case.last_customer_message_at
        when = f", last {jst(last)}" if last else ""
        notes.append(
            f"↩️ {case.followups} follow-up mail(s) from the customer{when} — see the thread"
            f" / 追加メール {case.followups} 通(スレッド参照)"
        )
    if case.malformed:
        notes.append("⚠️ The mail was malformed; check the full mail / メールの形式に不備あり")
    if closed_reason:
        notes.append("ℹ️ " + clip_mrkdwn(closed_reason, 500))
    return notes


def case_actions(case: Case) -> Block:
    """The buttons a case offers in its current state.

    The block_id changes with every version of the case, as Slack asks for updated messages.
    """
    value = str(case.number)
    ids = (*BUTTONS_BY_STATUS[case.status], ACTION_SHOW_MAIL)
    version = int(case.updated_at.timestamp() * 1000)
    return {
        "type": "actions",
        "block_id": f"case:{case.number}:actions:{case.status.value}:{version}",
        "elements": [button(action_id, value) for action_id in ids],
    }


def case_fallback(case: Case) -> str:
    """The top-level `text`: what notifications and screen readers show."""
    badge = "🔒 " if case.pi_request else ""
    subject = one_line(case.subject) or "(no subject)"
    text = (
        f"{badge}{case.tag} {subject} — {case.status.value} — "
        f"{one_line(case.customer_name) or case.customer_address}"
    )
    return clip_mrkdwn(text, MESSAGE_TEXT_SAFE)


def case_message(
    case: Case,
    *,
    excerpt: str,
    attachments: Sequence[Attachment],
    faq_titles: Mapping[str, str],
    closed_reason: str | None = None,
) -> dict[str, Any]:
    """The channel message for a case: ``{"text": fallback, "blocks": [...]}``.

    Pass the result to chat.postMessage or chat.update as keyword arguments (with channel/ts).
    `excerpt` is the start of the customer's mail; `faq_titles` maps FAQ ids to a short title
    (the entry's question in the case's language); `closed_reason` is an optional note.
    """
    n = case.number
    blocks: list[Block | None] = [
        {"type": "header", "block_id": f"case:{n}:header", "text": plain_text(case_title(case))},
        _fields(case),
        _pi_badge(case),
        _faq_block(case, faq_titles),
        _excerpt_block(case, excerpt),
    ]
    notes = _notes(case, attachments, closed_reason)
    if notes:
        blocks.append(context(*notes, block_id=f"case:{n}:notes"))
    blocks.append(case_actions(case))
    return {"text": case_fallback(case), "blocks": [b for b in blocks if b is not None]}


# --- thread notes ------------------------------------------------------------------------------

TRANSITION_LABELS = {
    "claim": "claimed the case / 担当しました",
    "unclaim": "released the case / 担当を外しました",
    "resolve": "resolved the case / 解決済みにしました",
    "reopen": "reopened the case / 再オープンしました",
}


def thread_note_followup(message_excerpt: str, received_text: str) -> dict[str, Any]:
    """A thread reply announcing a customer's follow-up mail (received_text: e.g. `jst(...)`)."""
    head = (
        f"↩️ *Follow-up from the customer / お客様からの追加メール* — {escape_mrkdwn(received_text)}"
    )
    body = quote(clip_mrkdwn(message_excerpt.strip(), EXCERPT_MAX) or "_(empty / 本文なし)_")
    return {
        "text": clip_mrkdwn("Follow-up from the customer: " + one_line(message_excerpt), 300),
        "blocks": [section(head), section(body)],
    }


def thread_note_reply_sent(user_id: str, excerpt: str) -> dict[str, Any]:
    """A thread reply recording that staff mailed the customer."""
    head = f"📤 {mention(user_id)} replied to the customer by e-mail / お客様にメールで返信しました"
    body = quote(clip_mrkdwn(excerpt.strip(), EXCERPT_MAX) or "_(empty / 本文なし)_")
    return {"text": "Reply sent to the customer", "blocks": [section(head), section(body)]}


def thread_note_transition(user_id: str, action: str) -> dict[str, Any]:
    """A thread reply recording a claim, unclaim, resolve or reopen."""
    what = TRANSITION_LABELS.get(action, escape_mrkdwn(action))
    text = f"{mention(user_id)} {what}"
    return {"text": text, "blocks": [context(text)]}


# --- modals ------------------------------------------------------------------------------------

CALLBACK_FULL_MAIL = "case_full_mail"
CALLBACK_REPLY_SUBMIT = "case_reply_submit"
CALLBACK_REPLY_SEND = "case_reply_send"
REPLY_BLOCK_ID = "reply_body"
REPLY_ACTION_ID = "body"
REPLY_MAX = 3000  # plain_text_input's own maximum
MODAL_MAIL_MAX = 30_000  # JSON-escaped Japanese is 6 bytes a character; views stop at 250 kB
DESK_ADDRESS = "info@planetmgmt.biz"


def _modal(title: str, blocks: list[Block], **extra: Any) -> dict[str, Any]:
    view: dict[str, Any] = {"type": "modal", "title": plain_text(title, MODAL_TITLE_MAX)}
    view.update({k: v for k, v in extra.items() if v is not None})
    view["blocks"] = blocks[:VIEW_BLOCKS_MAX]
    return view


def _label(text: str) -> dict[str, Any]:
    return plain_text(text, MODAL_TITLE_MAX)


def mail_sections(text: str, *, limit: int, budget: int) -> list[Block]:
    """Untrusted mail text as escaped sections, at most `budget` blocks and `limit` characters;
    a last context block says how much was left out."""
    escaped = escape_mrkdwn(text.strip())
    shown = truncate(escaped, limit, ellipsis="")
    chunks = split_for_sections(shown)
    if len(chunks) > budget - 1:
        chunks = chunks[: budget - 1]
    blocks = [section(chunk) for chunk in chunks] or [section("_(empty / 本文なし)_")]
    left = utf16_len(escaped) - sum(utf16_len(c) for c in chunks)
    if left > 0:
        blocks.append(
            context(f"✂️ {left:,} more characters not shown / 残り {left:,} 文字は省略しました")
        )
    return blocks


def full_mail_modal(case: Case, message_text: str, headers_summary: str) -> dict[str, Any]:
    """A modal showing a whole mail (escaped, split over sections, ≤ 100 blocks)."""
    head: list[Block] = [
        section(f"*{escape_mrkdwn(case_title(case))}*\n{customer_line(case)}"),
        context(clip_mrkdwn(headers_summary, CONTEXT_TEXT_MAX)),
        {"type": "divider"},
    ]
    body = mail_sections(message_text, limit=MODAL_MAIL_MAX, budget=VIEW_BLOCKS_MAX - len(head))
    return _modal(
        f"Mail / メール #{case.number}",
        head + body,
        callback_id=CALLBACK_FULL_MAIL,
        close=_label("Close / 閉じる"),
        private_metadata=json.dumps({"case": case.number}),
    )


def _route_line(case: Case, desk_address: str) -> str:
    to = clip_mrkdwn(case.customer_address or "(none)", 300)
    subject = clip_mrkdwn(f"Re: {one_line(case.subject)} {case.tag}".strip(), 400)
    desk = escape_mrkdwn(desk_address)
    return (
        f"✉️ Sent by e-mail from {desk} to {to}, as a reply to their mail."
        f" / {desk} から {to} へメールで送信します。\n*Subject / 件名:* {subject}"
    )


def reply_modal(
    case: Case,
    prefill: str,
    *,
    callback_id: str = CALLBACK_REPLY_SUBMIT,
    desk_address: str = DESK_ADDRESS,
) -> dict[str, Any]:
    """The editor for a reply to the customer. Submitting it shows the preview; nothing is sent.

    The body is a multiline plain_text_input (block ``reply_body``, action ``body``); `prefill`
    (usually the matched FAQ answer in the customer's language) is its initial value, unescaped
    because input values are plain text that is mailed as typed.
    """
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": REPLY_ACTION_ID,
        "multiline": True,
        "min_length": 1,
        "max_length": REPLY_MAX,
        "placeholder": plain_text("Write the reply / 返信内容を入力", 150),
    }
    if prefill.strip():
        element["initial_value"] = truncate(prefill, REPLY_MAX, ellipsis="")
    blocks: list[Block] = [
        context(_route_line(case, desk_address)),
        {
            "type": "input",
            "block_id": REPLY_BLOCK_ID,
            "label": plain_text("Reply / 返信", 2000),
            "element": element,
        },
        context(
            "You will see a preview before anything is sent. / 送信前に確認画面が表示されます。"
        ),
    ]
    return _modal(
        f"Reply / 返信 #{case.number}",
        blocks,
        callback_id=callback_id,
        submit=_label("Preview / 確認"),
        close=_label("Cancel / 取消"),
        private_metadata=json.dumps({"case": case.number}),
    )


def _exact_sections(text: str) -> list[Block]:
    """Text shown exactly as it will be mailed: plain_text sections are not parsed as mrkdwn, so
    `*`, `_` and `:smile:` appear as typed, as they will in the customer's mail."""
    chunks = split_for_sections(text.strip(), SECTION_TEXT_SAFE)[:20] or [" "]
    return [
        {"type": "section", "text": {"type": "plain_text", "text": plain(c), "emoji": False}}
        for c in chunks
    ]


def body_digest(body: str) -> str:
    """The SHA-256 (hex) of a reply body, which ties a preview to exactly that text."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def reply_preview_modal(
    case: Case, body: str, *, desk_address: str = DESK_ADDRESS
) -> dict[str, Any]:
    """The preview of a reply: exactly what will be mailed, and a Send button.

    Meant to be pushed on top of the editor (``ack(response_action="push", view=...)``), so
    "Back" returns to the editor with the text intact. Only submitting this view — pressing
    Send — may send the mail. Its private_metadata holds the case number and the body's digest,
    and the body itself when it fits in Slack's 3,000 characters; see `read_reply_metadata`.
    """
    meta: dict[str, Any] = {"case": case.number, "sha256": body_digest(body), "body": body}
    encoded = json.dumps(meta, ensure_ascii=False)
    if len(encoded) > PRIVATE_METADATA_MAX:
        del meta["body"]
        encoded = json.dumps(meta, ensure_ascii=False)
    blocks: list[Block] = [
        context(_route_line(case, desk_address)),
        {"type": "divider"},
        *_exact_sections(body),
        {"type": "divider"},
        context("Nothing is sent until you press Send. / 「送信」を押すまで送信されません。"),
    ]
    return _modal(
        f"Preview / 確認 #{case.number}",
        blocks,
        callback_id=CALLBACK_REPLY_SEND,
        submit=_label("Send / 送信"),
        close=_label("Back / 戻る"),
        private_metadata=encoded,
    )


def read_reply_metadata(private_metadata: str) -> tuple[int, str, str | None]:
    """(case number, body digest, body or None) from a preview's private_metadata.

    When the body is None it was too long to carry; the listener that pushed the preview keeps
    the draft keyed by its digest. A body whose digest does not match is refused with
    ValueError, so a preview can only ever send the text it showed.
    """
    meta = json.loads(private_metadata)
    number, digest, body = int(meta["case"]), str(meta["sha256"]), meta.get("body")
    if body is not None and body_digest(str(body)) != digest:
        raise ValueError("reply body does not match its digest")
    return number, digest, None if body is None else str(body)


# --- /policy -----------------------------------------------------------------------------------

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
