"""`ChatWindow`: what the main window's helpers (options, message commands, outside changes,
the context watch) use of it, as a Protocol — they never import the window, so no circle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from desktop_app.core.conversation import Message
    from desktop_app.core.model_catalogue import ModelCatalogue
    from desktop_app.core.ports import ConversationStore
    from desktop_app.core.pricing import Pricing
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.view_models.chat_view_model import ChatViewModel
    from desktop_app.ui.view_models.conversation_list_model import ConversationListModel
    from desktop_app.ui.widgets.chat_view import ChatView
    from desktop_app.ui.widgets.composer import Composer
    from desktop_app.ui.widgets.sidebar import Sidebar


class EditState(Protocol):
    @property
    def editing(self) -> tuple[int, int] | None:
        """(conversation id, question id) while a question is being edited."""
        ...


class ChatWindow(Protocol):
    @property
    def composer(self) -> Composer: ...
    @property
    def connection(self) -> ClaudeConnection: ...
    @property
    def pricing(self) -> Pricing: ...
    @property
    def catalogue(self) -> ModelCatalogue: ...
    @property
    def store(self) -> ConversationStore: ...
    @property
    def current_id(self) -> int | None: ...
    @property
    def view_model(self) -> ChatViewModel: ...
    @property
    def list_model(self) -> ConversationListModel: ...
    @property
    def chat(self) -> ChatView: ...
    @property
    def sidebar(self) -> Sidebar: ...
    @property
    def commands(self) -> EditState: ...
    def open_conversation(self, conversation_id: int | None, focus_message: int = 0) -> None: ...
    def update_usage(self, messages: list[Message] | None = None) -> None: ...
    def focus_composer(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget:
        """The window as a widget: the parent of the helpers and of their dialogs."""
        ...
