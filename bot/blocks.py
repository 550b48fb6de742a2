"""Pure Block Kit builders: domain records in, Slack payload dicts out.

Nothing here talks to Slack; listeners and the publisher ship what these functions return, and
tests read it as data. Every string that came from a customer goes through `bot.escaping`
(`clip_mrkdwn` for mrkdwn, `clip_plain` for plain_text), and every builder keeps within Slack's
documented size limits, so a payload built here is never refused for
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
``case_identity``      record that the requester's identity was confirmed
                       (personal-information requests, until confirmed)
=====================  ==========================================================

The modals are built in `bot.modals`, the /policy answers in `bot.policy_blocks` and the
ephemeral notices in `bot.notices`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from bot.escaping import (
    BUTTON_TEXT_MAX,
    CONTEXT_TEXT_MAX,
    FIELD_TEXT_MAX,
    HEADER_TEXT_MAX,
    MESSAGE_TEXT_SAFE,
    SECTION_TEXT_SAFE,
    clip_mrkdwn,
    clip_plain,
    escape_mrkdwn,
    one_line,
    truncate,
)
from casework.calendar import JST
from casework.models import AckState, Attachment, Case, CaseStatus, PersonalInfoRequest
from casework.privacy import CaseMarks

Block = dict[str, Any]
EXCERPT_MAX = 1500  # keeps the whole message far below the ~12k characters Slack accepts
MAX_FAQ_LINES = 5

ACTION_CLAIM = "case_claim"
ACTION_UNCLAIM = "case_unclaim"
ACTION_RESOLVE = "case_resolve"
ACTION_REOPEN = "case_reopen"
ACTION_REPLY = "case_reply"
ACTION_SHOW_MAIL = "case_show_mail"
ACTION_ASSIGN = "case_assign"  # the "Assign…" user picker (bot/listeners/assign.py)
ACTION_IDENTITY = "case_identity"

LABELS = {
    ACTION_CLAIM: "Claim / 担当する",
    ACTION_UNCLAIM: "Unclaim / 担当を外す",
    ACTION_RESOLVE: "Resolve / 解決済みにする",
    ACTION_REOPEN: "Reopen / 再オープン",
    ACTION_REPLY: "Reply / 返信する",
    ACTION_SHOW_MAIL: "Show full mail / 全文を表示",
    ACTION_IDENTITY: "Identity confirmed / 本人確認済み",
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
SHOW_EXCERPT, SHOW_SUBJECT, SHOW_NONE = "excerpt", "subject", "none"  # [slack] show_mail
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
    """The customer's name and the address replies go to (Reply-To, else From), the envelope
    sender when it differs (a web form's bounce address), and the Cc, as escaped mrkdwn."""
    name = one_line(case.customer_name)
    address = ", ".join(case.reply_addresses) or "(no address / 差出人なし)"
    text = f"{name} <{address}>" if name else address
    envelope = case.customer_address
    if envelope and envelope.lower() not in {a.lower() for a in case.reply_addresses}:
        text += f"\nenvelope sender / エンベロープ送信者: {envelope}"
    if case.cc:
        text += f"\nCc: {', '.join(case.cc)}"
    return clip_mrkdwn(text, 600)


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


def _fields(case: Case, *, hide_customer: bool = False) -> Block:
    hours = "🌙 Out of hours / 時間外" if case.out_of_hours else "🏢 Business hours / 営業時間内"
    sender = "_(hidden / 非表示: Show full mail)_" if hide_customer else customer_line(case)
    pairs = [
        ("Status / 状態", STATUS_LABELS[case.status]),
        ("Assignee / 担当", mention(case.assignee)),
        ("From / 差出人", sender),
        ("Received / 受信", jst(case.received_at)),
        ("Language / 言語", LANGUAGE_LABELS.get(case.language, escape_mrkdwn(case.language))),
        ("Arrived / 受付", hours),
        ("Acknowledgement / 自動受付", _ack_line(case)),
    ]
    fields = [mrkdwn(truncate(f"*{k}*\n{v}", FIELD_TEXT_MAX)) for k, v in pairs]
    return {"type": "section", "block_id": f"case:{case.number}:fields", "fields": fields}


def _overdue_badge(case: Case) -> Block | None:
    if case.overdue_at is None or case.status is CaseStatus.RESOLVED:
        return None
    return section(
        f"⏰ *Overdue* since {jst(case.overdue_at)}: no reply within the response target."
        " / 対応期限を過ぎています（返信なし）。",
        block_id=f"case:{case.number}:overdue",
    )


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


def case_actions(case: Case, marks: CaseMarks | None = None) -> Block:
    """The buttons a case offers in its current state.

    The block_id changes with every version of the case, as Slack asks for updated messages.
    """
    value = str(case.number)
    ids: tuple[str, ...] = (*BUTTONS_BY_STATUS[case.status], ACTION_SHOW_MAIL)
    confirmed = marks is not None and marks.identity_confirmed_at is not None
    if case.pi_request and case.status is not CaseStatus.RESOLVED and not confirmed:
        ids = (*ids, ACTION_IDENTITY)
    version = int(case.updated_at.timestamp() * 1000)
    elements = [button(action_id, value) for action_id in ids]
    if case.status is not CaseStatus.RESOLVED:  # beside Claim / Unclaim
        elements.insert(1, assign_picker(case))
    return {
        "type": "actions",
        "block_id": f"case:{case.number}:actions:{case.status.value}:{version}",
        "elements": elements,
    }


def assign_picker(case: Case) -> dict[str, Any]:
    """A users_select to hand the case to a colleague; it starts on the current assignee."""
    picker: dict[str, Any] = {
        "type": "users_select",
        "action_id": ACTION_ASSIGN,
        "placeholder": plain_text("Assign… / 割り当て", 150),
    }
    if case.assignee and _SLACK_ID.match(case.assignee):
        picker["initial_user"] = case.assignee
    return picker


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
    show: str = SHOW_EXCERPT,
    marks: CaseMarks | None = None,
    history: str | None = None,
) -> dict[str, Any]:
    """The channel message for a case: ``{"text": fallback, "blocks": [...]}``.

    Pass the result to chat.postMessage or chat.update as keyword arguments (with channel/ts).
    `excerpt` is the start of the customer's mail; `faq_titles` maps FAQ ids to a short title
    (the entry's question in the case's language); `closed_reason` is an optional note.
    `show` is `[slack] show_mail`: with "subject" no mail text is shown, with "none" no
    customer text at all (docs/privacy.md, "Slack"); `marks` the case's privacy state;
    `history` the line about the customer's earlier cases (`bot.history_note`).
    """
    if marks is not None and marks.erased_at is not None:
        return erased_message(case, marks.erased_at)
    n = case.number
    hidden = show == SHOW_NONE
    title = clip_plain(case.tag, HEADER_TEXT_MAX) if hidden else case_title(case)
    blocks: list[Block | None] = [
        {"type": "header", "block_id": f"case:{n}:header", "text": plain_text(title)},
        _fields(case, hide_customer=hidden),
        _pi_badge(case),
        _overdue_badge(case),
        _faq_block(case, faq_titles),
        _excerpt_block(case, excerpt) if show == SHOW_EXCERPT else None,
    ]
    shown_attachments = () if hidden else attachments
    notes = _notes(case, shown_attachments, closed_reason) + _privacy_notes(marks)
    if history:
        notes.append(history)
    if hidden and attachments:
        notes.insert(0, f"📎 {len(attachments)} attachment(s) / 添付 {len(attachments)} 件")
    if notes:
        blocks.append(context(*notes, block_id=f"case:{n}:notes"))
    blocks.append(case_actions(case, marks))
    text = _hidden_fallback(case) if hidden else case_fallback(case)
    return {"text": text, "blocks": [b for b in blocks if b is not None]}


def _hidden_fallback(case: Case) -> str:
    badge = "🔒 " if case.pi_request else ""
    return f"{badge}{case.tag} — {case.status.value}"


def _privacy_notes(marks: CaseMarks | None) -> list[str]:
    if marks is None:
        return []
    notes = []
    if marks.suspended_since is not None:
        since = jst(marks.suspended_since)
        notes.append(
            f"⏸️ Use suspended at the customer's request since {since}; no automatic mail"
            f" / お客様のご依頼により利用停止中({since}〜)"
        )
    if marks.identity_confirmed_at is not None:
        who = mention(marks.identity_confirmed_by)
        when = jst(marks.identity_confirmed_at)
        notes.append(f"🪪 Identity confirmed by {who}, {when} / 本人確認済み")
    return notes


def erased_message(case: Case, erased_at: datetime) -> dict[str, Any]:
    """What a case message becomes once its data is erased: the tag and a short notice."""
    day = erased_at.astimezone(JST).strftime("%Y-%m-%d")
    text = (
        f"🗑️ {case.tag} erased on {day} at the customer's request or by the retention period"
        f" / {day} に削除しました(ご本人のご依頼または保存期間の経過による)"
    )
    return {
        "text": clip_mrkdwn(f"{case.tag} erased on {day}", MESSAGE_TEXT_SAFE),
        "blocks": [section(escape_mrkdwn(text), block_id=f"case:{case.number}:erased")],
    }


# --- thread notes ------------------------------------------------------------------------------

TRANSITION_LABELS = {
    "assign": "assigned the case (see Assignee) / 担当者を割り当てました",
    "claim": "claimed the case / 担当しました",
    "unclaim": "released the case / 担当を外しました",
    "resolve": "resolved the case / 解決済みにしました",
    "reopen": "reopened the case / 再オープンしました",
}


def thread_note_followup(
    message_excerpt: str,
    received_text: str,
    other_sender: str | None = None,
    *,
    hidden: bool = False,
) -> dict[str, Any]:
    """A thread reply announcing a follow-up mail (received_text: e.g. `jst(...)`).
    `other_sender`: the mail joined the case but is not from its customer; it says from whom.
    `hidden`: no customer text in the channel (`show_mail` other than "excerpt")."""
    if other_sender is None:
        who_en, who_ja = "the customer", "お客様からの追加メール"
    else:
        shown = "another address" if hidden else (other_sender or "<>")
        who_en = f"{shown}, not the customer"
        who_ja = "お客様以外のアドレスからのメール"
    head = (
        f"↩️ *Follow-up from {clip_mrkdwn(who_en, 160)} / {who_ja}* — {escape_mrkdwn(received_text)}"
    )
    if hidden:
        text = f"Follow-up from {who_en} (text hidden: Show full mail / 本文は非表示)"
        return {"text": text, "blocks": [section(head), context(escape_mrkdwn(text))]}
    body = quote(clip_mrkdwn(message_excerpt.strip(), EXCERPT_MAX) or "_(empty / 本文なし)_")
    return {
        "text": clip_mrkdwn(f"Follow-up from {who_en}: " + one_line(message_excerpt), 300),
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


def thread_note_reply_failed(user_id: str, excerpt: str, error: str) -> dict[str, Any]:
    """A thread reply saying that a staff reply could not be mailed, and why."""
    who = f"{mention(user_id)}'s" if user_id else "A"
    head = (
        f"⚠️ {who} reply could not be sent to the customer / お客様への返信を送信できませんでした"
        f"\n*Error / エラー:* {clip_mrkdwn(one_line(error), 500) or '—'}"
    )
    body = quote(clip_mrkdwn(excerpt.strip(), EXCERPT_MAX) or "_(empty / 本文なし)_")
    return {"text": "A reply could not be sent", "blocks": [section(head), section(body)]}


def thread_note_ack_failed(error: str) -> dict[str, Any]:
    """A thread reply saying that the automatic acknowledgement could not be sent."""
    text = (
        "⚠️ The automatic acknowledgement could not be sent / 自動受付メールを送信できませんでした"
        f"\n*Error / エラー:* {clip_mrkdwn(one_line(error), 500) or '—'}"
    )
    return {"text": "The acknowledgement could not be sent", "blocks": [section(text)]}


def digest_message(
    count: int, domain: str, subject: str, recent: Sequence[str], command: str
) -> dict[str, Any]:
    """A flood digest: how many bulk mails came from one sender domain, the first one's
    subject, and the newest cases' tags; staff list them all with `command`."""
    gist = f"{count} similar mails from {one_line(domain)}, subject “{one_line(subject)}”"
    shown = " ".join(recent)
    more = f" and {count - len(recent)} more" if count > len(recent) else ""
    text = f"{gist}: {shown}{more}"
    return {
        "text": clip_mrkdwn(text, MESSAGE_TEXT_SAFE),
        "blocks": [
            section(
                f"*{count} similar mails* from {escape_mrkdwn(one_line(domain))}, subject"
                f" “{escape_mrkdwn(truncate(one_line(subject), 80))}” (bulk: posted as one"
                " message, kept up to date)"
            ),
            context(escape_mrkdwn(f"{shown}{more}. All of them: {command}")),
        ],
    }
