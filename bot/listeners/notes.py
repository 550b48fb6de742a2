"""Internal notes: staff's replies in a case's thread, kept on the case (casework.notes).

The app subscribes to ``message.channels`` for this alone. A reply in the thread of a case
message becomes a note; an edit in Slack edits it and a deletion deletes it. Messages from
bots (the desk's own thread notes among them: Bolt drops the app's own events, and the desk's
posts are also recognised by their ts), top-level channel messages and threads under anything
but a case message are ignored. Notes are never mailed: no outbox row is queued for them.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.listeners.context import ListenerContext
from casework import notes

log = logging.getLogger("bot.listeners")

# Message subtypes that are a person writing: a plain message, a reply also sent to the
# channel, a message with a file (https://docs.slack.dev/reference/events/message).
_WRITTEN = frozenset({None, "thread_broadcast", "file_share"})


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    async def on_message(event: dict[str, Any]) -> None:
        channel = str(event.get("channel") or "")
        subtype = event.get("subtype")
        if subtype == "message_deleted":
            deleted = str(event.get("deleted_ts") or "")
            if deleted:
                await ctx.runner.call(notes.delete_note, channel, deleted, ctx.clock())
            return
        if subtype == "message_changed":
            edited = event.get("message")
            if isinstance(edited, dict):
                await _keep(ctx, channel, edited)
            return
        if subtype in _WRITTEN:
            await _keep(ctx, channel, event)

    app.event("message")(on_message)


async def _keep(ctx: ListenerContext, channel: str, message: dict[str, Any]) -> None:
    user, message_ts = str(message.get("user") or ""), str(message.get("ts") or "")
    thread_ts = str(message.get("thread_ts") or "")
    if not user or message.get("bot_id") or not thread_ts or thread_ts == message_ts:
        return  # a bot's message, or not a reply in a thread
    case_id = await ctx.runner.call(notes.case_for_thread, channel, thread_ts)
    if case_id is None or await ctx.runner.call(notes.is_desk_post, channel, message_ts):
        return
    text = str(message.get("text") or "")
    files = [str(f.get("name") or "") for f in message.get("files") or [] if isinstance(f, dict)]
    if files:  # the file itself stays in Slack; the note says it was there
        text = "\n".join([text, *(f"📎 {name}" for name in files if name)]).strip()
    if await ctx.runner.call(
        notes.save_note, case_id, channel, message_ts, user, text, ctx.clock()
    ):
        log.info("Slack: note by %s kept on case id %s", user, case_id)
