"""`DraftCoster`: keeps the composer's "tokens · cost" of the next send up to date.

It waits for a pause in typing (half a second), then counts the next request through the
session's client on the qasync loop; a newer draft supersedes a count under way, the same
draft is answered from the cache, and without a connection the local estimate shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.conversation import Message, Role
from desktop_app.core.pricing import Pricing
from desktop_app.core.request import Request, build_messages

if TYPE_CHECKING:  # the rest loads at the first count, after the window is painted
    import asyncio

    from desktop_app.core.attachments import Attachment
    from desktop_app.core.chat_session import ChatSession
    from desktop_app.core.send_estimate import Estimate, SendEstimator
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.widgets.composer import Composer

DEBOUNCE_MS = 500


class DraftCoster(QObject):
    estimated = Signal(object)  # Estimate, or None when there is nothing to send

    def __init__(
        self,
        composer: Composer,
        connection: ClaudeConnection,
        pricing: Pricing,
        current: Callable[[], int | None],  # the conversation shown, None for a new one
        edited: Callable[[], int | None] = lambda: None,  # the question being edited, if any
    ) -> None:
        super().__init__(composer)
        self.composer = composer
        self.connection = connection
        self.pricing = pricing
        self.current = current
        self.edited = edited
        self._offline: SendEstimator | None = None
        self._estimators: dict[int, SendEstimator] = {}  # by id(session): one cache each
        self._task: asyncio.Task[Any] | None = None
        self._task_key = ""
        self.last: Estimate | None = None
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        composer.edit.textChanged.connect(self.schedule)
        composer.attachments.model.changed.connect(self.schedule)
        composer.model_chosen.connect(lambda _model: self.schedule())
        connection.state_changed.connect(self.schedule)

    def schedule(self) -> None:
        """Count again after the pause: every keystroke restarts the wait."""
        if not self._stopped:
            self.timer.start()

    def stop(self) -> None:
        """The window closed: no more counts (the connection's closing would ask for one,
        which would read a database closed by then)."""
        self._stopped = True
        self.timer.stop()
        if self._task is not None:
            self._task.cancel()

    def on_timer_timeout(self) -> None:
        text = self.composer.text()
        tray = self.composer.attachments.model
        drafts = [] if tray.preparing else tray.attachments()
        if not text.strip() and not drafts:
            self._show(None)
            return
        # Only now: while the SDK loads, importing its shared modules here would wait for it.
        from desktop_app.core.send_estimate import content_key

        session = self.connection.session
        try:
            request = self._request(session, text, drafts)
        except (LookupError, ValueError):  # the conversation went away meanwhile
            self._show(None)
            return
        if session is None:
            self._show(self._estimator(None).local(request))
            return
        estimator = self._estimator(session)
        if (hit := estimator.cached(request)) is not None:
            self._show(hit)
            return
        key = content_key(request)
        if self._task is not None and not self._task.done():
            if key == self._task_key:
                return  # the same draft is being counted already
            self._task.cancel()  # superseded: its answer would be for an older draft
        self._task_key = key
        import asyncio  # not before the first paint

        self._task = asyncio.ensure_future(self._count(estimator, request, drafts))

    async def _count(
        self, estimator: SendEstimator, request: Request, drafts: list[Attachment]
    ) -> None:
        try:
            estimate = await estimator.estimate(request, drafts)
        except Exception:  # an attachment gone from the store, say: the guess still helps
            estimate = estimator.local(request)
        self._show(estimate)

    def _request(self, session: ChatSession | None, text: str, drafts: list[Attachment]) -> Request:
        """The request sending the draft would make (attachments as references)."""
        from desktop_app.core.send_estimate import draft_blocks, next_request, with_draft

        model = self.composer.current_model()
        conversation_id = self.current()
        edited = self.edited()
        if conversation_id is not None and edited is not None:
            return self._edit_request(session, conversation_id, edited, text, drafts)
        if session is not None and conversation_id is not None:
            request = next_request(session, conversation_id, text, drafts)
            return replace(request, model=model or request.model)
        tools = session.tools.definitions() if session is not None else []
        if session is None and conversation_id is not None:  # offline: the stored history
            history = self.connection.store.messages(conversation_id)
            draft = Message(0, conversation_id, Role.USER, draft_blocks(text, drafts))
            return Request(model=model, max_tokens=1, messages=build_messages([*history, draft]))
        return with_draft(
            Request(model=model, max_tokens=1, messages=[], tools=tools), text, drafts
        )

    def _edit_request(
        self,
        session: ChatSession | None,
        conversation_id: int,
        edited: int,
        text: str,
        drafts: list[Attachment],
    ) -> Request:
        """Sending an edit replaces the question `edited` (its files go with it) and drops
        what followed: the history before it, then the draft."""
        from desktop_app.core.send_estimate import draft_blocks

        history = self.connection.store.messages(conversation_id)
        at = next((i for i, m in enumerate(history) if m.id == edited), len(history))
        kept = (
            [b for b in history[at].content if b.get("type") != "text"] if at < len(history) else []
        )
        draft = Message(0, conversation_id, Role.USER, [*kept, *draft_blocks(text, drafts)])
        model = self.composer.current_model()
        base = (
            session.build_request(conversation_id, resolve=False)
            if session is not None
            else Request(model=model, max_tokens=1, messages=[])
        )
        messages = build_messages([*history[:at], draft])
        return replace(base, model=model or base.model, messages=messages)

    def _estimator(self, session: ChatSession | None) -> SendEstimator:
        """The session's estimator (its cache lives as long as the session); None: offline."""
        from desktop_app.core.attachment_resolver import AttachmentResolver
        from desktop_app.core.send_estimate import SendEstimator

        if session is None:
            if self._offline is None:
                self._offline = SendEstimator(None, self.pricing, AttachmentResolver(None))
            return self._offline
        key = id(session)
        if key not in self._estimators:
            self._estimators = {key: SendEstimator(session.client, self.pricing, session.resolver)}
        return self._estimators[key]

    def _show(self, estimate: Estimate | None) -> None:
        self.last = estimate
        self.estimated.emit(estimate)


__all__ = ["DEBOUNCE_MS", "DraftCoster"]
