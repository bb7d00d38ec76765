"""Puts a changed setting into effect in the running window, the moment it is saved: the look,
the text size, the send key, the API address, and what the next send uses."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.settings import Settings

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.conversation_options import ConversationOptions
    from desktop_app.ui.theme import Theme
    from desktop_app.ui.widgets.composer import Composer


class SettingsApplier(QObject):
    def __init__(
        self,
        options: ConversationOptions,
        theme: Theme,
        connection: ClaudeConnection,
        composer: Composer,
        current: Callable[[], int | None],
    ) -> None:
        """`current` is the open conversation's id (None for a new chat, whose choices are
        shown again when their defaults change); the budget guard reads the settings itself."""
        super().__init__(options)
        self.options = options
        self.theme = theme
        self.connection = connection
        self.composer = composer
        self._current = current
        self.settings = options.settings
        self._use_send_key(self.settings)
        options.settings_changed.connect(self.on_settings_changed)

    def on_settings_changed(self, settings: Settings) -> None:
        before, self.settings = self.settings, settings
        if settings.theme != before.theme:
            self.theme.set_preference(settings.theme)
        if settings.font_size != before.font_size:
            self.theme.set_font_size(settings.font_size)
        if settings.send_key != before.send_key:
            self._use_send_key(settings)
        if settings.base_url != before.base_url:
            # ANTHROPIC_BASE_URL wins, as at start; the page says so.
            self.connection.set_base_url(os.environ.get("ANTHROPIC_BASE_URL") or settings.base_url)
        if settings.default_max_tokens != self.connection.default_max_tokens:
            self.connection.default_max_tokens = settings.default_max_tokens
        if settings.prompt_caching != before.prompt_caching:
            self.connection.prompt_caching = settings.prompt_caching
            if self.connection.session is not None:
                self.connection.session.prompt_caching = settings.prompt_caching
        new_chat = (
            "default_model",
            "default_thinking",
            "default_system_preset",
            "server_tools_default",
        )
        renewed = any(getattr(settings, f) != getattr(before, f) for f in new_chat)
        if renewed and self._current() is None:
            self.options.show(None)

    def _use_send_key(self, settings: Settings) -> None:
        self.composer.edit.set_send_key(settings.send_key)
        self.composer.set_busy(self.composer.busy)  # the Send button's tip names the key
