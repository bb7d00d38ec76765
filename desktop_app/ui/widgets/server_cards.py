"""The cards of Anthropic's own tools in one reply, in the order they came: a call and its
result share a card; a block of an unknown type gets a small card of its own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.core.conversation import Block, is_server_result
from desktop_app.ui.widgets.server_card import ServerCard


class ServerCards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverCards")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.cards: dict[str, ServerCard] = {}  # by tool_use id, or "#n" for the nth unknown

    def show_blocks(self, blocks: Sequence[Block]) -> None:
        """Bring the cards up to these blocks (the reply so far, or all of it); cheap to call
        again with the same blocks, as a streaming reply does every frame."""
        unknown = 0
        for block in blocks:
            kind = block.get("type")
            if kind == "server_tool_use":
                self._card(str(block.get("id", ""))).set_call(block)
            elif is_server_result(block):
                self._card(str(block.get("tool_use_id", ""))).set_result(block)
            else:
                unknown += 1
                self._card(f"#{unknown}").set_unsupported(block)
        self.setVisible(bool(self.cards))

    def _card(self, key: str) -> ServerCard:
        card = self.cards.get(key)
        if card is None:
            card = self.cards[key] = ServerCard(self)
            self._layout.addWidget(card)
        return card
