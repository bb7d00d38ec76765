"""Where the composer's "Web & code" choice is kept: in the conversation's request options
(store.set_request_options), or, for a new chat before its first message, in a draft that
starts from the settings' default and is written when the chat is created."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.server_tools import ServerTools, supports
from desktop_app.core.settings import Settings
from desktop_app.ui.widgets.server_tools_button import TOOL_NAMES, ServerToolsButton

if TYPE_CHECKING:
    from desktop_app.core.model_catalogue import ModelCatalogue
    from desktop_app.core.ports import ConversationStore


class ServerToolChoice(QObject):
    def __init__(
        self,
        button: ServerToolsButton,
        store: ConversationStore,
        catalogue: ModelCatalogue,
        settings: Settings,
    ) -> None:
        super().__init__(button)
        self.button = button
        self.store = store
        self.catalogue = catalogue
        self.settings = settings
        self.conversation_id: int | None = None
        self.draft = self.default()
        button.changed.connect(self.on_changed)
        button.options_requested.connect(self.on_options_requested)

    def default(self) -> ServerTools:
        return ServerTools.from_json(self.settings.server_tools_default)

    def use_settings(self, settings: Settings) -> None:
        """New defaults: an untouched new chat takes them."""
        untouched = self.draft == self.default()
        self.settings = settings
        if untouched:
            self.draft = self.default()

    def show(self, conversation_id: int | None, model_id: str) -> None:
        """The conversation's switches (or the new chat's), for this model."""
        self.conversation_id = conversation_id
        tools = (
            self.draft
            if conversation_id is None
            else self.store.request_options(conversation_id).server_tools
        )
        model = self.catalogue.get(model_id)
        offered = {n: model is not None and supports(model, n) for n in TOOL_NAMES}
        self.button.show_tools(tools, offered)

    def created(self, conversation_id: int) -> None:
        """A new chat now exists: it keeps the choices made before its first message."""
        draft, self.draft = self.draft, self.default()
        if draft != ServerTools():
            options = self.store.request_options(conversation_id)
            self.store.set_request_options(conversation_id, replace(options, server_tools=draft))
        self.conversation_id = conversation_id

    def on_changed(self, tools: ServerTools) -> None:
        if self.conversation_id is None:
            self.draft = tools
            return
        options = self.store.request_options(self.conversation_id)
        self.store.set_request_options(self.conversation_id, replace(options, server_tools=tools))

    def on_options_requested(self) -> None:
        from desktop_app.ui.dialogs.web_options_dialog import WebOptionsDialog

        dialog = WebOptionsDialog(self.button.tools.web, self.button.window())
        dialog.accepted_options.connect(
            lambda web: self._set_web(replace(self.button.tools, web=web))
        )
        dialog.open()

    def _set_web(self, tools: ServerTools) -> None:
        self.button.show_tools(tools, self.button.offered)
        self.on_changed(tools)
