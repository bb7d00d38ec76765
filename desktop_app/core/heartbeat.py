"""`Heartbeat`: keeps an exchange's unfinished messages fresh on disk while it runs.

On a timer, not on the next delta: every `interval` the partial reply is written if anything
arrived since the last write (so a stalled stream loses at most that interval to a kill);
otherwise only its heartbeat is touched, as are stand-in tool results waiting for a tool or
an answer. Another process reads a STREAMING message not written for `STALE_AFTER` seconds as
interrupted: its process died.
"""

from __future__ import annotations

import asyncio
import logging

from desktop_app.core.conversation import MessageState
from desktop_app.core.ports import ConversationStore
from desktop_app.core.reply_builder import ReplyBuilder

log = logging.getLogger(__name__)


class Heartbeat:
    def __init__(self, store: ConversationStore, interval: float) -> None:
        self._store = store
        self._interval = interval
        self._reply: tuple[int, ReplyBuilder] | None = None
        self._written = 0
        self._waiting: set[int] = set()
        self._task: asyncio.Task[None] | None = None

    def follow_reply(self, message_id: int, builder: ReplyBuilder) -> None:
        """Write this reply's partial content on each beat where it grew."""
        self._reply = (message_id, builder)
        self._written = builder.changes

    def follow(self, message_id: int) -> None:
        """Keep this unfinished message's heartbeat going; its content is final already."""
        self._waiting.add(message_id)

    def forget(self, message_id: int) -> None:
        """The message is about to get its final state: no beat may write it again."""
        if self._reply is not None and self._reply[0] == message_id:
            self._reply = None
        self._waiting.discard(message_id)

    def beat(self) -> None:
        touched = list(self._waiting)
        if self._reply is not None:
            message_id, builder = self._reply
            if builder.changes != self._written:
                self._written = builder.changes
                self._store.update_message(
                    message_id, builder.partial_content(), state=MessageState.STREAMING
                )
            else:
                touched.append(message_id)
        self._store.touch(touched)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                self.beat()
            except Exception:  # a busy or vanished database: the next beat tries again
                log.warning("A reply's heartbeat could not be written", exc_info=True)
