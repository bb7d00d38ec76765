"""Where the Advanced panel's sampling options are kept: in the conversation's request options
(store.set_request_options, its server tools left as they are), or, for a new chat before its
first message, in a draft written when the chat is created (like ServerToolChoice).

It follows the composer's model and thinking switch, since they decide what may be set."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.request_options import RequestOptions

if TYPE_CHECKING:
    from desktop_app.core.ports import ConversationStore
    from desktop_app.ui.widgets.advanced_panel import AdvancedPanel
    from desktop_app.ui.widgets.composer import Composer


def sampling_of(options: RequestOptions) -> RequestOptions:
    """Only the sampling fields (temperature, top-p, top-k, stop sequences)."""
    return replace(options, server_tools=RequestOptions().server_tools)


class SamplingChoice(QObject):
    def __init__(self, composer: Composer, store: ConversationStore) -> None:
        super().__init__(composer)
        self.composer = composer
        self.button = composer.advanced_button
        self.store = store
        self.conversation_id: int | None = None
        self.draft = RequestOptions()
        self.panel: AdvancedPanel | None = None  # built on the first click
        self.button.panel_requested.connect(self.on_panel_requested)
        composer.thinking_button.changed.connect(lambda *_: self.refresh())
        composer.model_chosen.connect(lambda _: self.refresh())

    def show(self, conversation_id: int | None) -> None:
        """The conversation's options (or the new chat's), for the composer's model."""
        self.conversation_id = conversation_id
        self.refresh()

    def created(self, conversation_id: int) -> None:
        """A new chat now exists: it keeps the options set before its first message."""
        draft, self.draft = self.draft, RequestOptions()
        self.conversation_id = conversation_id
        if draft != RequestOptions():
            self.on_changed(draft)

    def current(self) -> RequestOptions:
        if self.conversation_id is None:
            return self.draft
        return sampling_of(self.store.request_options(self.conversation_id))

    def thinking(self) -> bool:
        """Whether the next request thinks (then fewer options are taken)."""
        button = self.composer.thinking_button
        return bool(button.options and button.options.can_think and button.enabled_now)

    def refresh(self) -> None:
        options, model = self.current(), self.composer.current_model()
        thinking = self.thinking()
        self.button.show_options(options, options.problems(model, thinking=thinking))
        if self.panel is not None and self.panel.isVisible():
            self.panel.show_options(options, model, thinking)

    def on_panel_requested(self) -> None:
        if self.panel is None:
            from desktop_app.ui.widgets.advanced_panel import AdvancedPanel  # on first click

            self.panel = AdvancedPanel(self.button)
            self.panel.changed.connect(self.on_changed)
        self.panel.show_options(self.current(), self.composer.current_model(), self.thinking())
        self.panel.open_above(self.button, self.composer)

    def on_changed(self, options: RequestOptions) -> None:
        chosen = sampling_of(options)
        if self.conversation_id is None:
            self.draft = chosen
        else:
            stored = self.store.request_options(self.conversation_id)
            self.store.set_request_options(
                self.conversation_id,
                replace(
                    stored,
                    temperature=chosen.temperature,
                    top_p=chosen.top_p,
                    top_k=chosen.top_k,
                    stop_sequences=chosen.stop_sequences,
                ),
            )
        self.refresh()
