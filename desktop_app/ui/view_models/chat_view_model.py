"""Runs each conversation's exchange as its own task and tells the views what changed.

One task per conversation: switching away leaves a stream running in the
background, its text stored by the session, and its live state kept here for
when the user comes back. Text deltas are coalesced into one `reply_progressed`
per frame; every other event is passed on at once. The view model is built with
the window; asyncio and the session's modules are imported when the first exchange
begins, as importing them up front would delay the window's first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_app.ui.claude_connection import ClaudeConnection, NoKeyError

if TYPE_CHECKING:
    import asyncio

    from desktop_app.core.attachments import Attachment
    from desktop_app.core.chat_session import ChatSession, ReplyStream
    from desktop_app.core.conversation import Message
    from desktop_app.core.errors import ApiError
    from desktop_app.core.events import SessionEvent
    from desktop_app.ui.view_models.live_reply import LiveReply
    from desktop_app.ui.view_models.reply_problem import ReplyProblem

    StreamStarter = Callable[[ChatSession], ReplyStream]

from desktop_app.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

UNSENT_NOTE = QT_TRANSLATE_NOOP(
    "ChatViewModel", "Your message was not sent; it is back in the box below."
)
FRAME_MS = 16  # ~60 fps: deltas arriving faster are painted together


class ChatViewModel(QObject):
    exchange_started = Signal(int)  # conversation id; its LiveReply exists now
    user_message_added = Signal(int, object)  # conversation id, Message
    reply_started = Signal(int, object)  # conversation id, Message (STREAMING)
    reply_progressed = Signal(int)  # conversation id; take new fragments from live(id)
    reply_finished = Signal(int, object)  # conversation id, Message (final)
    reply_failed = Signal(int, object)  # conversation id, ReplyProblem
    unsent = Signal(int, str)  # conversation id, text never stored: give it back to the composer
    attachments_unsent = Signal(int, object)  # conversation id, list[Attachment], as `unsent`
    busy_changed = Signal(int, bool)
    title_changed = Signal(object)  # Conversation
    tool_event = Signal(int, object)  # conversation id, a ToolUseRequested/ToolCall* event
    retry_scheduled = Signal(int, str, float)  # conversation id, what happened, seconds to wait

    def __init__(self, connection: ClaudeConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self._live: dict[int, LiveReply] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._streams: dict[int, ReplyStream] = {}
        self._problems: dict[int, ReplyProblem] = {}
        self._attachments: dict[int, list[Attachment]] = {}  # sent, not yet stored
        self._dirty: set[int] = set()
        self._frame = QTimer(self)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self.on_frame)

    def live(self, conversation_id: int) -> LiveReply | None:
        return self._live.get(conversation_id)

    def problem(self, conversation_id: int) -> ReplyProblem | None:
        return self._problems.get(conversation_id)

    def is_busy(self, conversation_id: int) -> bool:
        task = self._tasks.get(conversation_id)
        return task is not None and not task.done()

    def busy_ids(self) -> list[int]:
        return [cid for cid, task in self._tasks.items() if not task.done()]

    def send(self, conversation_id: int, text: str, attachments: Sequence[Attachment] = ()) -> None:
        """Send the text, after the attachments (stored first, off the UI thread)."""
        if not attachments:
            self._begin(conversation_id, text, lambda s: s.send(conversation_id, text))
            return
        from desktop_app.core.attachment_resolver import cite
        from desktop_app.core.conversation import text_block

        blocks = [cite(a.block()) if a.cited else a.block() for a in attachments]
        blocks.append(text_block(text))
        self._attachments[conversation_id] = list(attachments)
        self._begin(conversation_id, text, lambda s: s.send_blocks(conversation_id, blocks))

    def retry(self, conversation_id: int) -> None:
        self._begin(conversation_id, "", lambda session: session.retry(conversation_id))

    def edit(self, conversation_id: int, message_id: int, text: str) -> None:
        """Send `text` in place of the question `message_id`, as a new branch; the question's
        files go with it (it is the words that were edited)."""
        from desktop_app.core.conversation import text_block

        original = next(
            m for m in self.connection.store.messages(conversation_id) if m.id == message_id
        )
        blocks = [b for b in original.content if b.get("type") != "text"] + [text_block(text)]
        self._begin(
            conversation_id, text, lambda session: session.edit(conversation_id, message_id, blocks)
        )

    def regenerate(self, conversation_id: int, message_id: int) -> None:
        """Another answer to the question the reply `message_id` answered, as a new branch."""
        self._begin(
            conversation_id, "", lambda session: session.regenerate(conversation_id, message_id)
        )

    def continue_reply(self, conversation_id: int, message_id: int) -> None:
        """Go on with the reply `message_id`, cut off at max_tokens (ChatSession.continue_reply)."""
        self._begin(
            conversation_id, "", lambda session: session.continue_reply(conversation_id, message_id)
        )

    def stop(self, conversation_id: int) -> None:
        stream = self._streams.get(conversation_id)
        if stream is not None:
            stream.stop()
            return
        task = self._tasks.get(conversation_id)
        if task is not None and not task.done():
            task.cancel()  # still waiting for the connection: nothing was sent

    def interrupt_all(self) -> None:
        """Parley is closing: every reply being written keeps what arrived, INTERRUPTED."""
        for conversation_id in list(self._tasks):
            stream = self._streams.get(conversation_id)
            if stream is not None:
                stream.interrupt()
            else:
                self.stop(conversation_id)

    async def wait_idle(self) -> None:
        import asyncio

        tasks = [t for t in self._tasks.values() if not t.done()]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def forget(self, conversation_id: int) -> None:
        """Drop what is kept about a conversation that is not streaming (e.g. it was deleted)."""
        if not self.is_busy(conversation_id):
            self._live.pop(conversation_id, None)
            self._problems.pop(conversation_id, None)

    def _begin(self, conversation_id: int, text: str, start: StreamStarter) -> None:
        import asyncio

        from desktop_app.ui.view_models.live_reply import LiveReply

        if self.is_busy(conversation_id):
            return
        self._problems.pop(conversation_id, None)
        live = LiveReply(text or None)  # a retry sends nothing new
        self._live[conversation_id] = live
        self.exchange_started.emit(conversation_id)
        task = asyncio.ensure_future(self._run(conversation_id, live, start))
        task.add_done_callback(lambda done: self._on_task_done(conversation_id, live, done))
        self._tasks[conversation_id] = task
        self.busy_changed.emit(conversation_id, True)

    def _on_task_done(
        self, conversation_id: int, live: LiveReply, task: asyncio.Task[None]
    ) -> None:
        """A task stopped before its first step never runs `_run`, whose `finally` would
        have tidied up: do it here, or the window would wait for a reply forever."""
        if self._tasks.get(conversation_id) is not task:
            return  # `_run` finished and tidied up
        del self._tasks[conversation_id]
        if live.pending_text:
            self.unsent.emit(conversation_id, live.pending_text)
            self._give_back_attachments(conversation_id)
        live.done = True
        self._attachments.pop(conversation_id, None)
        self.busy_changed.emit(conversation_id, False)

    async def _run(self, conversation_id: int, live: LiveReply, start: StreamStarter) -> None:
        import asyncio

        from desktop_app.core.attachments import AttachmentError
        from desktop_app.core.errors import ApiError
        from desktop_app.storage.errors import DatabaseError
        from desktop_app.ui.view_models.reply_problem import (
            ReplyProblem,
            no_key_problem,
            problem_for,
            unexpected_problem,
        )

        try:
            session = await self.connection.wait_session()
            attachments = self._attachments.get(conversation_id)
            if attachments:
                store = self.connection.attachment_store
                await asyncio.to_thread(lambda: [store.save(a) for a in attachments])
            stream = start(session)
            self._streams[conversation_id] = stream
            async for event in stream:
                self._apply(conversation_id, live, event)
        except NoKeyError:
            self._fail(conversation_id, live, no_key_problem())
        except ApiError as error:
            self._fail(conversation_id, live, problem_for(error))
        except AttachmentError as error:  # over the API's limits, or a file gone: said plainly
            self._fail(conversation_id, live, ReplyProblem(str(error), retryable=False))
        except DatabaseError as error:  # a full disk mid-reply: the text shown stays shown
            log.warning("A reply could not be stored: %s", error)
            self._fail(conversation_id, live, ReplyProblem(str(error)))
        except asyncio.CancelledError:
            if live.pending_text:
                self.unsent.emit(conversation_id, live.pending_text)
                self._give_back_attachments(conversation_id)
            live.done = True
        except Exception:
            log.exception("An exchange failed unexpectedly")
            self._fail(conversation_id, live, unexpected_problem())
        finally:
            self._attachments.pop(conversation_id, None)
            self._streams.pop(conversation_id, None)
            self._tasks.pop(conversation_id, None)
            self._flush(conversation_id)
            self.busy_changed.emit(conversation_id, False)

    def _apply(self, conversation_id: int, live: LiveReply, event: SessionEvent) -> None:
        from desktop_app.core.events import (
            ReplyFailed,
            ReplyFinished,
            ReplyStarted,
            RetryScheduled,
            TitleChanged,
            ToolCallFinished,
            ToolCallRunning,
            ToolCallWaiting,
            ToolUseRequested,
            UserMessageAdded,
        )
        from desktop_app.ui.view_models.reply_problem import problem_for

        if live.apply(event):
            self._dirty.add(conversation_id)
            if not self._frame.isActive():
                self._frame.start()
            return
        match event:
            case UserMessageAdded(message=message):
                self._attachments.pop(conversation_id, None)  # stored with the message now
                self.user_message_added.emit(conversation_id, message)
            case ReplyStarted(message=message):
                self.reply_started.emit(conversation_id, message)
            case ReplyFinished(message=message):
                self._flush(conversation_id)
                self.reply_finished.emit(conversation_id, message)
            case ReplyFailed(error=error, message=message):
                self._flush(conversation_id)
                if message is not None:
                    message = self._keep_failure(message, error)
                    self.reply_finished.emit(conversation_id, message)
                self._fail(conversation_id, live, problem_for(error))
            case TitleChanged(conversation=conversation):
                self.title_changed.emit(conversation)
            case RetryScheduled(attempt=attempt, delay=delay, error=error):
                from desktop_app.core.errors import describe

                said = describe(error).split(". ")[0].rstrip(".")
                note = QCoreApplication.translate(
                    "ChatViewModel", "{problem} — trying again in {seconds} s (retry {attempt})…"
                ).format(problem=said, seconds=max(1, round(delay)), attempt=attempt)
                self.retry_scheduled.emit(conversation_id, note, delay)
            case ToolUseRequested() | ToolCallWaiting() | ToolCallRunning() | ToolCallFinished():
                self.tool_event.emit(conversation_id, event)
            case _:
                pass

    def _keep_failure(self, message: Message, error: ApiError) -> Message:
        """Note the error in the failed reply's row, so a later start shows the same card.
        The stream waits at this event, so nothing writes the row meanwhile."""
        from desktop_app.core.conversation import MessageState
        from desktop_app.core.failure_note import failure_note

        try:
            return self.connection.store.update_message(
                message.id,
                message.content,
                state=MessageState.FAILED,
                stop_reason=failure_note(error),
            )
        except Exception:  # the card still shows now; only a later start would miss it
            log.exception("Could not keep a failed reply's error")
            return message

    def _fail(self, conversation_id: int, live: LiveReply, problem: ReplyProblem) -> None:
        if live.pending_text:
            # Nothing was stored, so there is nothing to retry: the text goes back instead.
            unsent = QCoreApplication.translate("ChatViewModel", UNSENT_NOTE)
            problem = replace(problem, text=f"{problem.text} {unsent}", retryable=False)
            self.unsent.emit(conversation_id, live.pending_text)
            self._give_back_attachments(conversation_id)
            live.pending_text = None
        live.problem = problem
        live.done = True
        self._problems[conversation_id] = problem
        self.reply_failed.emit(conversation_id, problem)

    def _give_back_attachments(self, conversation_id: int) -> None:
        attachments = self._attachments.pop(conversation_id, None)
        if attachments:
            self.attachments_unsent.emit(conversation_id, attachments)

    def dismiss_problem(self, conversation_id: int) -> None:
        self._problems.pop(conversation_id, None)
        live = self._live.get(conversation_id)
        if live is not None:
            live.problem = None

    def _flush(self, conversation_id: int) -> None:
        if conversation_id in self._dirty:
            self._dirty.discard(conversation_id)
            self.reply_progressed.emit(conversation_id)

    def on_frame(self) -> None:
        for conversation_id in list(self._dirty):
            self._flush(conversation_id)
        if not self._tasks:
            self._frame.stop()
