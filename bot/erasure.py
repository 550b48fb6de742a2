"""The Slack side of an erase (docs/privacy.md, "Deletion"), run from ``slack_erase`` rows.

The case message is re-rendered: an erased case renders as a short "erased on DATE" notice
(`bot.blocks.erased_message`), through chat.update. Thread notes that quote the person (their
follow-up mail, staff replies to them, failure notes) are deleted with chat.delete; notes
saying who claimed or resolved the case stay. The rows come from the outbox, so the erase
completes after a Slack outage, and from any process: the running desk's worker polls.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.publisher import Publisher, SlackRefused, api
from casework import jobs
from casework.jobs import OutboxRow
from casework.privacy import forget_note
from casework.store import CaseStore

log = logging.getLogger(__name__)

# A note already gone (deleted by hand, or by an earlier attempt of this row) is done.
_GONE = frozenset({"message_not_found", "thread_not_found"})


class SlackErasure:
    def __init__(self, publisher: Publisher) -> None:
        self.publisher = publisher

    def handlers(self) -> dict[str, Callable[[OutboxRow], Awaitable[None]]]:
        return {jobs.SlackErase.KIND: self.on_erase}

    async def on_erase(self, row: OutboxRow) -> None:
        runner, client = self.publisher.runner, self.publisher.client
        job = row.job_of(jobs.SlackErase)
        if job.case is not None:
            case = await runner.call(CaseStore.case_by_id, job.case)
            if case.slack_ts:
                await self.publisher.publish(case.id)
        for note in job.notes:
            channel, _, note_ts = note.partition(":")
            try:
                await api(client.chat_delete(channel=str(channel), ts=str(note_ts)))
            except SlackRefused as exc:
                if exc.error not in _GONE:
                    raise
            await runner.call(forget_note, str(channel), str(note_ts))
        log.info("Slack: erased case id %s (%d thread note(s) deleted)", job.case, len(job.notes))
