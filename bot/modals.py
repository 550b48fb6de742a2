"""Pure builders for the modals: the full mail, the reply editor and its preview, notices.

Views the listeners route on: ``case_reply_submit`` (the editor; its submission pushes the
preview), ``case_reply_send`` (the preview; its submission is the explicit Send) and
``case_full_mail``. The reply text is read from ``view.state.values["reply_body"]["body"]``.
Views may hold 100 blocks and titles of 24 characters (Slack's view limits).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from bot.blocks import Block, case_title, context, customer_line, plain_text, section
from bot.escaping import (
    CONTEXT_TEXT_MAX,
    MODAL_TITLE_MAX,
    PRIVATE_METADATA_MAX,
    SECTION_TEXT_SAFE,
    VIEW_BLOCKS_MAX,
    clip_mrkdwn,
    escape_mrkdwn,
    one_line,
    plain,
    split_for_sections,
    truncate,
    utf16_len,
)
from casework.models import Case

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


def _route_line(case: Case, desk_address: str, cc: Sequence[str] = ()) -> str:
    to = clip_mrkdwn(", ".join(case.reply_addresses) or "(none)", 300)
    subject = clip_mrkdwn(f"Re: {one_line(case.subject)} {case.tag}".strip(), 400)
    desk = escape_mrkdwn(desk_address)
    copied = f"\n*Cc:* {clip_mrkdwn(', '.join(cc), 600)}" if cc else ""
    return (
        f"✉️ Sent by e-mail from {desk} to {to}, as a reply to their mail."
        f" / {desk} から {to} へメールで送信します。\n*Subject / 件名:* {subject}{copied}"
    )


REPLY_ALL_BLOCK_ID = "reply_all"
REPLY_ALL_ACTION_ID = "all"


def _reply_all_block(cc: Sequence[str]) -> Block:
    """A checkbox "reply to all", offered when the mail had a Cc besides the desk."""
    label = truncate(f"Reply to all: also Cc {', '.join(cc)} / 全員に返信（Cc に追加）", 150)
    return {
        "type": "input",
        "block_id": REPLY_ALL_BLOCK_ID,
        "optional": True,
        "label": plain_text("Recipients / 宛先", 2000),
        "element": {
            "type": "checkboxes",
            "action_id": REPLY_ALL_ACTION_ID,
            "options": [{"text": plain_text(label, 150), "value": "all"}],
        },
    }


def wants_reply_all(values: dict[str, Any]) -> bool:
    """Whether the editor's "reply to all" box was ticked (its submitted state values)."""
    chosen = values.get(REPLY_ALL_BLOCK_ID, {}).get(REPLY_ALL_ACTION_ID, {})
    return any(o.get("value") == "all" for o in chosen.get("selected_options") or [])


def read_reply_cc(private_metadata: str) -> tuple[str, ...]:
    """The Cc a preview was shown with ("reply to all"), () for a reply to the person only."""
    return tuple(str(a) for a in json.loads(private_metadata).get("cc") or ())


def reply_modal(
    case: Case,
    prefill: str,
    *,
    callback_id: str = CALLBACK_REPLY_SUBMIT,
    desk_address: str = DESK_ADDRESS,
    cc: Sequence[str] = (),
    choices: Block | None = None,
    version: int = 0,
) -> dict[str, Any]:
    """The editor for a reply to the customer. Submitting it shows the preview; nothing is sent.

    `choices` is the "Start from…" menu (`bot.reply_letters`). Choosing from it rebuilds the
    editor with a higher `version`, which renames the input block: Slack keeps what was typed
    in an input across views.update unless its block_id changes, and the new text must show.

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
        *([choices] if choices else []),
        {
            "type": "input",
            "block_id": REPLY_BLOCK_ID if version == 0 else f"{REPLY_BLOCK_ID}.{version}",
            "label": plain_text("Reply / 返信", 2000),
            "element": element,
        },
        *([_reply_all_block(cc)] if cc else []),
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
        private_metadata=json.dumps({"case": case.number, **({"v": version} if version else {})}),
    )


def reply_input(values: dict[str, Any]) -> tuple[str, str]:
    """(block_id, text) of the editor's reply input in its submitted state values, whatever
    version of the editor was submitted."""
    for block_id, actions in values.items():
        if block_id == REPLY_BLOCK_ID or block_id.startswith(f"{REPLY_BLOCK_ID}."):
            return block_id, str(actions.get(REPLY_ACTION_ID, {}).get("value") or "")
    return REPLY_BLOCK_ID, ""


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
    case: Case, body: str, *, desk_address: str = DESK_ADDRESS, cc: Sequence[str] = ()
) -> dict[str, Any]:
    """The preview of a reply: exactly what will be mailed, and a Send button.

    Meant to be pushed on top of the editor (``ack(response_action="push", view=...)``), so
    "Back" returns to the editor with the text intact. Only submitting this view — pressing
    Send — may send the mail. Its private_metadata holds the case number and the body's digest,
    and the body itself when it fits in Slack's 3,000 characters; see `read_reply_metadata`.
    """
    meta: dict[str, Any] = {"case": case.number, "sha256": body_digest(body), "body": body}
    if cc:
        meta["cc"] = list(cc)
    encoded = json.dumps(meta, ensure_ascii=False)
    if len(encoded) > PRIVATE_METADATA_MAX:
        del meta["body"]
        encoded = json.dumps(meta, ensure_ascii=False)
    blocks: list[Block] = [
        context(_route_line(case, desk_address, cc)),
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


CALLBACK_NOTICE = "case_notice"


def notice_modal(title: str, text: str) -> dict[str, Any]:
    """A modal that only tells the user something (already-escaped mrkdwn `text`)."""
    return _modal(
        title, [section(text)], callback_id=CALLBACK_NOTICE, close=_label("Close / 閉じる")
    )
