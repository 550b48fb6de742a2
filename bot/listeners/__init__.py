"""The Bolt listeners: Slack's requests in, calls on the case store out.

Listeners decide nothing themselves: a click becomes `CaseStore.transition`, a reply becomes
`CaseStore.queue_reply`, and what Slack shows afterwards is rendered from the store. Every
listener acknowledges first (Slack allows 3 seconds) and works after; the only exceptions are
the modal submissions whose answer *is* the acknowledgement (errors, the pushed preview) and
/policy, whose answer is computed in well under a millisecond.

Nothing typed in a Slack thread is ever mailed: replies in a case's thread are kept on the case
as internal notes (`bot.listeners.notes`) and go nowhere else.
"""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.listeners import assign, cases, home, identity, lookup, notes, policy, reply, saved_replies
from bot.listeners.context import ListenerContext


def register(app: AsyncApp, ctx: ListenerContext) -> None:
    """Attach every listener to `app`."""
    cases.register(app, ctx)
    identity.register(app, ctx)
    reply.register(app, ctx)
    policy.register(app, ctx)
    home.register(app, ctx)
    lookup.register(app, ctx)
    notes.register(app, ctx)
    saved_replies.register(app, ctx)
    assign.register(app, ctx)
