"""``/policy QUESTION``: an answer from the privacy-policy FAQ, shown only to the asker.

The answer is the acknowledgement itself: matching takes well under a millisecond, so the
HTTP response (or the Socket Mode envelope's ack) carries it and no response_url is used.
It is in the language the question was asked in and names the policy section it comes from.

/policy is not limited to the desk's staff: it reads only the published privacy policy, which
anyone may read on the company's site, and changes nothing.
"""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck

from bot.listeners.context import ListenerContext
from bot.policy_blocks import policy_answer, policy_usage
from casework.matching import FaqMatcher

QUESTION_MAX = 2000  # Slack sends at most a few thousand characters; matching needs far fewer


def answer(matcher: FaqMatcher, text: str) -> dict[str, Any]:
    """The ephemeral response payload for /policy with `text`."""
    question = text.strip()
    if not question:
        return policy_usage()
    result = matcher.match(question[:QUESTION_MAX])
    matches = [(m.id, m.section, m.score, m.question, m.answer) for m in result.matches]
    return policy_answer(question, result.lang, result.answered, matches)


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    async def on_policy(ack: AsyncAck, command: dict[str, Any]) -> None:
        await ack(**answer(ctx.matcher, str(command.get("text") or "")))

    app.command("/policy")(on_policy)
