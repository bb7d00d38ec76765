"""`ContextWatch`: the composer's quiet status line kept true — the next send's estimate
(from `DraftCoster`) and the context window's fill against the model's `max_input_tokens`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop_app.core.context_window import ContextFill, context_fill
from desktop_app.ui.chat_window import ChatWindow
from desktop_app.ui.send_estimator import DraftCoster
from desktop_app.ui.view_models.conversation_list_model import display_title

if TYPE_CHECKING:
    import asyncio

    from desktop_app.core.conversation import Message
    from desktop_app.core.send_estimate import Estimate
    from desktop_app.ui.theme import Theme


class ContextWatch(QObject):
    def __init__(
        self,
        window: ChatWindow,
        parent: QWidget,
        theme: Theme,
        editing: Callable[[], tuple[int, int] | None],  # (conversation, question) being edited
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.editing = editing
        self.status = window.composer.status
        self.coster = DraftCoster(
            window.composer,
            window.connection,
            window.pricing,
            lambda: window.current_id,
            self.edited,
        )
        self.coster.estimated.connect(self.on_coster_estimated)
        self._stopped = False
        self.status.set_colours(theme.colours)
        theme.changed.connect(lambda: self.status.set_colours(theme.colours))
        window.view_model.busy_changed.connect(lambda _id, _busy: self.refresh())
        window.composer.model_chosen.connect(lambda _model: self.refresh())
        window.connection.models_changed.connect(self.refresh)
        self.status.summary_requested.connect(self.on_status_summary_requested)
        self.status.origin_requested.connect(self.on_status_origin_requested)
        self._summarising: set[asyncio.Task[None]] = set()

    def edited(self) -> int | None:
        """The question being edited in the conversation shown, if any."""
        editing = self.editing()
        if editing is None or editing[0] != self.window.current_id:
            return None
        return editing[1]

    def retranslate(self) -> None:
        """After a language change (ui/retranslation.py): the fill and count, worded anew."""
        self.refresh()

    def refresh(self, messages: list[Message] | None = None) -> None:
        """Another conversation, model or reply: the fill again, and a new count. `messages`
        are the current conversation's when the caller has them already read."""
        self.status.show_fill(self.fill(self.coster.last, messages))
        self.status.show_origin(self._origin_title())
        self.coster.schedule()

    def _origin_title(self) -> str | None:
        window = self.window
        if window.current_id is None:
            return None
        try:
            origin = window.store.get_conversation(window.current_id).continued_from
            if origin is None:
                return None
            return display_title(window.store.get_conversation(origin))
        except LookupError:  # the original was deleted
            return None

    def on_status_origin_requested(self) -> None:
        window = self.window
        if window.current_id is not None:
            origin = window.store.get_conversation(window.current_id).continued_from
            if origin is not None:
                window.open_conversation(origin)

    def on_status_summary_requested(self) -> None:
        window = self.window
        if window.current_id is None or window.view_model.is_busy(window.current_id):
            return
        import asyncio  # not before the first paint

        self.status.set_summarising(True)
        task = asyncio.ensure_future(self._summarise(window.current_id))
        self._summarising.add(task)
        task.add_done_callback(self._summarising.discard)

    async def _summarise(self, conversation_id: int) -> None:
        from desktop_app.core.summary import SummaryError, continue_with_summary
        from desktop_app.ui.claude_connection import NoKeyError

        window = self.window
        try:
            session = await window.connection.wait_session()
            # The new one must be told apart from the original in the list.
            pattern = self.tr("{title} (continued)")
            new = await continue_with_summary(session, conversation_id, pattern)
        except NoKeyError:
            window.statusBar().showMessage(self.tr("A summary needs an API key."), 8000)
            return
        except SummaryError as error:
            window.statusBar().showMessage(str(error), 10000)
            return
        finally:
            self.status.set_summarising(False)
        window.list_model.put_first(new)
        window.open_conversation(new.id)

    def stop(self) -> None:
        """The window closed: no more counts, and none under way is shown (its store may close)."""
        self.coster.timer.stop()
        if not self._stopped:
            self._stopped = True
            self.coster.estimated.disconnect(self.on_coster_estimated)

    def on_coster_estimated(self, estimate: Estimate | None) -> None:
        self.status.show_estimate(estimate)
        self.status.show_fill(self.fill(estimate))

    def fill(
        self, estimate: Estimate | None, messages: list[Message] | None = None
    ) -> ContextFill | None:
        window = self.window
        if window.current_id is None:
            return None
        model = window.catalogue.get(window.composer.current_model())
        limit = model.max_input_tokens if model is not None else None
        if messages is None:
            messages = window.store.messages(window.current_id)
        return context_fill(messages, limit, estimate.tokens if estimate is not None else 0)
