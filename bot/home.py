"""The App Home tab: the viewer's claimed cases and the open cases nobody has claimed.

A pure builder like those in `bot.blocks`; the listener for ``app_home_opened`` publishes the
result with ``views.publish(user_id=..., view=app_home(...))``. Slack allows 100 blocks in a
Home view, so long lists end with an "and N more" line instead of growing past the limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.blocks import (
    ACTION_SHOW_MAIL,
    STATUS_LABELS,
    Block,
    button,
    case_title,
    context,
    customer_line,
    jst,
    mention,
    plain_text,
    section,
)
from bot.escaping import VIEW_BLOCKS_MAX, escape_mrkdwn
from casework.models import Case

# Two headers, one divider, a possible "and N more" line per list, and the footer.
_FIXED_BLOCKS = 6


def _newest_first(cases: Sequence[Case]) -> list[Case]:
    """Overdue cases first (casework.sla), then newest first."""
    return sorted(
        cases, key=lambda c: (c.overdue_at is not None, c.received_at, c.number), reverse=True
    )


def home_case_row(case: Case, *, hidden: bool = False) -> Block:
    """One case as a section with a "Show full mail" button beside it. `hidden`
    (`slack.show_mail = "none"`): the tag only, no subject, name or address."""
    badge = ("⏰ *overdue / 期限超過* " if case.overdue_at else "") + (
        "🔒 " if case.pi_request else ""
    )
    title = case.tag if hidden else case_title(case)
    who = "" if hidden else f"{customer_line(case)} · "
    text = (
        f"{badge}*{escape_mrkdwn(title)}*\n"
        f"{who}{jst(case.received_at)} · {STATUS_LABELS[case.status]}"
    )
    block = section(text, block_id=f"home:case:{case.number}")
    block["accessory"] = button(ACTION_SHOW_MAIL, str(case.number))
    return block


def _share(first: int, second: int, room: int) -> tuple[int, int]:
    """Split `room` rows between two lists: half each, and what one cannot use goes to the other."""
    half = room // 2
    a = min(first, half)
    b = min(second, room - a)
    a = min(first, room - b)
    return a, b


def _rows(cases: list[Case], shown: int, empty: str, minimal: bool) -> list[Block]:
    if not cases:
        return [context(empty)]
    blocks = [home_case_row(case, hidden=minimal) for case in cases[:shown]]
    hidden = len(cases) - shown
    if hidden > 0:
        blocks.append(context(f"…and {hidden} more / ほか {hidden} 件"))
    return blocks


def app_home(
    claimed: Sequence[Case], unclaimed: Sequence[Case], user_id: str, *, hidden: bool = False
) -> dict[str, Any]:
    """The Home view for `user_id`: ``{"type": "home", "blocks": [...]}``, at most 100 blocks.

    `claimed` are the cases this person has claimed, `unclaimed` the open cases nobody has;
    both are shown newest first (by time received). `hidden`: no customer text (show_mail).
    """
    mine, open_ = _newest_first(claimed), _newest_first(unclaimed)
    n_mine, n_open = _share(len(mine), len(open_), VIEW_BLOCKS_MAX - _FIXED_BLOCKS)
    blocks: list[Block] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": f"Your cases / 担当中 ({len(mine)})"},
        },
        *_rows(
            mine, n_mine, f"{mention(user_id)}: nothing claimed / 担当中の案件はありません", hidden
        ),
        {"type": "divider"},
        {
            "type": "header",
            "text": {"type": "plain_text", "text": f"Unclaimed / 未担当 ({len(open_)})"},
        },
        *_rows(open_, n_open, "No open cases waiting / 未担当の案件はありません 🎉", hidden),
        context("Work on cases in the cases channel. / 操作は案件チャンネルで行えます。"),
    ]
    return {"type": "home", "blocks": blocks[:VIEW_BLOCKS_MAX]}


def home_not_allowed() -> dict[str, Any]:
    """The Home view for someone outside the desk's allow-list: it shows no case."""
    return {
        "type": "home",
        "blocks": [
            {"type": "header", "text": plain_text("Inquiry desk / 問い合わせ窓口", 150)},
            section(
                "🔒 Cases are shown to the inquiry desk's staff only. `/policy QUESTION` answers "
                "privacy-policy questions for everyone.\n"
                "案件は問い合わせ窓口の担当者にのみ表示されます。"
                "`/policy 質問` はどなたでも使えます。"
            ),
        ],
    }
