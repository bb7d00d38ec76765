"""`ContextWatch`: the composer's quiet status line kept true — the next send's estimate
(from `DraftCoster`) and the context window's fill against the model's `max_input_tokens`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.context_window import ContextFill, context_fill
from desktop_app.ui.send_estimator import DraftCoster

if TYPE_CHECKING:
    from desktop_app.core.send_estimate import Estimate
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.theme import Theme


class ContextWatch(QObject):
    def __init__(self, window: MainWindow, theme: Theme) -> None:
        super().__init__(window)
        self.window = window
        self.status = window.composer.status
        self.coster = DraftCoster(
            window.composer, window.connection, window.pricing, lambda: window.current_id
        )
        self.coster.estimated.connect(self.on_coster_estimated)
        self.status.set_colours(theme.colours)
        theme.changed.connect(lambda: self.status.set_colours(theme.colours))
        window.view_model.busy_changed.connect(lambda _id, _busy: self.refresh())
        window.composer.model_chosen.connect(lambda _model: self.refresh())
        window.connection.models_changed.connect(self.refresh)

    def refresh(self) -> None:
        """Another conversation, model or reply: the fill again, and a new count."""
        self.status.show_fill(self.fill(self.coster.last))
        self.coster.schedule()

    def on_coster_estimated(self, estimate: Estimate | None) -> None:
        self.status.show_estimate(estimate)
        self.status.show_fill(self.fill(estimate))

    def fill(self, estimate: Estimate | None) -> ContextFill | None:
        window = self.window
        if window.current_id is None:
            return None
        model = window.catalogue.get(window.composer.current_model())
        limit = model.max_input_tokens if model is not None else None
        messages = window.store.messages(window.current_id)
        return context_fill(messages, limit, estimate.tokens if estimate is not None else 0)
