"""One message in the chat: the user's as a fitted bubble on the right, Claude's as open text.

An assistant card's Markdown grows block by block while streaming (see
MarkdownStream); when the reply is final only its open blocks are written again.
Its thinking sits above, collapsed and dim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.core.continuation import is_continuation
from desktop_app.core.conversation import Message, MessageState, Role
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.server_tool_words import PARLEY_KINDS
from desktop_app.ui.rendering.citation_marks import marked_text, marks_of, raise_marks
from desktop_app.ui.rendering.document_style import DocumentStyle
from desktop_app.ui.rendering.markdown_stream import MarkdownStream
from desktop_app.ui.widgets.text_view import TextView

if TYPE_CHECKING:
    from desktop_app.ui.theme import Colours
    from desktop_app.ui.view_models.live_reply import LiveReply
    from desktop_app.ui.view_models.message_actions import MessageActions
    from desktop_app.ui.widgets.message_actions_bar import MessageActionsBar
    from desktop_app.ui.widgets.message_attachments import MessageAttachments
    from desktop_app.ui.widgets.server_cards import ServerCards

STATE_NOTES = {
    MessageState.STREAMING: QT_TRANSLATE_NOOP("MessageCard", "Writing…"),
    MessageState.STOPPED: QT_TRANSLATE_NOOP("MessageCard", "Stopped"),
    MessageState.INTERRUPTED: QT_TRANSLATE_NOOP(
        "MessageCard", "Interrupted: Parley closed before this reply finished"
    ),
    MessageState.FAILED: QT_TRANSLATE_NOOP("MessageCard", "Incomplete: the reply failed"),
}
REDACTED_NOTE = QT_TRANSLATE_NOOP(
    "MessageCard",
    "[Part of this thinking was encrypted by Anthropic's safety systems. It cannot be shown;"
    " it is kept and sent back unchanged.]",
)
BUBBLE_SHARE = 0.78  # a user bubble is at most this share of the column


class MessageCard(QFrame):
    def __init__(self, role: Role, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.colours = colours
        self.message_id: int | None = None
        self._text_taken = 0
        self._thinking_taken = 0
        self.setObjectName("userMessage" if role is Role.USER else "assistantMessage")
        self._layout = layout = QVBoxLayout(self)
        layout.setSpacing(6)
        if role is Role.USER:
            layout.setContentsMargins(14, 9, 14, 5)  # line height adds air below the text
        else:
            layout.setContentsMargins(2, 4, 2, 4)
            header = QLabel("Claude", self)
            header.setObjectName("messageHeader")
            layout.addWidget(header)
        self.thinking_toggle = QToolButton(self)
        self.thinking_toggle.setObjectName("thinkingToggle")
        self.thinking_toggle.setCheckable(True)
        self.thinking_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.thinking_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.thinking_toggle.setText(self.tr("Thinking"))
        self.thinking_toggle.toggled.connect(self.on_thinking_toggled)
        self.thinking_toggle.hide()
        # Made with the first thinking text: most replies have none, and a text view is the
        # costliest part of a card (a window opening on a long chat builds dozens of cards).
        self.thinking: TextView | None = None
        self.attachment_strip: MessageAttachments | None = None  # made for a user's files
        self.server_cards: ServerCards | None = None  # made for Anthropic's tools at work
        self.body = TextView(self)
        self.body.setObjectName("messageBody")
        self.markdown: MarkdownStream | None = None
        if role is Role.ASSISTANT:
            self.markdown = MarkdownStream(self.body.document(), DocumentStyle.of(colours))
            self.body.code_blocks = self.markdown.code_blocks
        self.footer = QLabel(self)
        self.footer.setObjectName("messageFooter")
        self.footer.setWordWrap(True)
        self.footer.hide()
        layout.addWidget(self.thinking_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        layout.addWidget(self.footer)

    def show_message(self, message: Message) -> None:
        """Paint a stored message as it finally is."""
        self.message_id = message.id
        if is_continuation(message):
            self._show_as_marker()
            return
        thinking = "\n\n".join(
            str(b.get("thinking", "")).strip()
            for b in message.content
            if b.get("type") == "thinking"
        )
        if any(b.get("type") == "redacted_thinking" for b in message.content):
            thinking = (thinking + "\n\n" + _tr(REDACTED_NOTE)).strip()
        self.thinking_toggle.setText(self.tr("Thinking"))
        self._set_thinking(thinking)
        self._show_attachments(message)
        if self.markdown is None:
            self.body.set_plain(message.text)
        elif any(b.get("citations") for b in message.content if b.get("type") == "text"):
            text, marks = marked_text(message.content)
            if self.markdown.text and text.startswith(self.markdown.text):
                self.markdown.feed(text[len(self.markdown.text) :])  # streamed with its markers
                self.markdown.finish()
            else:
                self.markdown.set_text(text)
            raise_marks(self.body.document(), marks)
            self.body.citation_marks = marks
        elif self.markdown.text and message.text.startswith(self.markdown.text):
            self.markdown.feed(message.text[len(self.markdown.text) :])  # the streamed reply
            self.markdown.finish()
        else:
            self.markdown.set_text(message.text)
        served = [b for b in message.content if b.get("type") not in PARLEY_KINDS]
        if served or self.server_cards is not None:
            self._server_view().show_blocks(served)
        note = _tr(STATE_NOTES[message.state]) if message.state in STATE_NOTES else ""
        self.set_note(note, failed=message.state is MessageState.FAILED)

    def _show_as_marker(self) -> None:
        """Parley's request to continue a cut-off reply: a small line, not a bubble."""
        self.setObjectName("continuationMarker")
        self.style().unpolish(self)
        self.style().polish(self)
        self.body.hide()
        self.footer.setWordWrap(False)  # one short line: the row fits the card to it
        self.set_note(self.tr("↳ Continued after the max_tokens limit"))

    def show_pending(self, text: str) -> None:
        self.body.set_plain(text)
        self.set_note(self.tr("Sending…"))

    def follow(self, live: LiveReply) -> None:
        """Append what the live reply gained since this card last looked."""
        if live.message is not None:
            self.message_id = live.message.id
        new_text = "".join(live.text_parts[self._text_taken :])
        self._text_taken = len(live.text_parts)
        if new_text:
            if self.markdown is not None:
                self.markdown.feed(new_text)
            else:
                self.body.append_text(new_text)
            if live.citations.marks:  # the tail is written again with each piece: raise anew
                self.body.citation_marks = marks_of(live.citations)
                raise_marks(self.body.document(), self.body.citation_marks)
        new_thinking = "".join(live.thinking_parts[self._thinking_taken :])
        self._thinking_taken = len(live.thinking_parts)
        if new_thinking:
            self.thinking_toggle.show()
            self._thinking_view().append_text(new_thinking)
        if live.server_blocks:
            self._server_view().show_blocks([b.current() for b in live.server_blocks])
        if self.thinking_toggle.isVisible():
            writing = not live.done and not live.text_parts
            self.thinking_toggle.setText(self.tr("Thinking…") if writing else self.tr("Thinking"))
        if not live.done:
            self.set_note(_tr(STATE_NOTES[MessageState.STREAMING]))

    def set_note(self, text: str, *, failed: bool = False) -> None:
        if text == self.footer.text() and failed == self.footer.property("failed"):
            return  # a streaming card is told the same note every frame
        self.footer.setProperty("failed", failed)
        self.footer.style().unpolish(self.footer)
        self.footer.style().polish(self.footer)
        self.footer.setText(text)
        self.footer.setVisible(bool(text))

    def _set_thinking(self, text: str) -> None:
        self.thinking_toggle.setVisible(bool(text))
        if text or self.thinking is not None:
            self._thinking_view().set_plain(text)

    def add_section(self, widget: QWidget) -> None:
        """Put `widget` (the tool calls) under the text and above the note ("Writing…")."""
        self._layout.insertWidget(self._layout.indexOf(self.footer), widget)

    def _show_attachments(self, message: Message) -> None:
        from desktop_app.core.attachments import attachments_in

        found = attachments_in(message.content) if self.role is Role.USER else []
        if not found and self.attachment_strip is None:
            return
        if self.attachment_strip is None:
            from desktop_app.ui.widgets.message_attachments import MessageAttachments

            self.attachment_strip = MessageAttachments(self)
            self._layout.insertWidget(self._layout.indexOf(self.body), self.attachment_strip)
        self.attachment_strip.set_attachments(found)

    def _server_view(self) -> ServerCards:
        """Anthropic's tools at work, above the text they led to."""
        if self.server_cards is None:
            from desktop_app.ui.widgets.server_cards import ServerCards

            self.server_cards = ServerCards(self)
            self._layout.insertWidget(self._layout.indexOf(self.body), self.server_cards)
        return self.server_cards

    def _thinking_view(self) -> TextView:
        if self.thinking is None:
            self.thinking = TextView(self)
            self.thinking.setObjectName("thinkingText")
            self.thinking.setVisible(self.thinking_toggle.isChecked())
            self._layout.insertWidget(self._layout.indexOf(self.body), self.thinking)
        return self.thinking

    def on_thinking_toggled(self, shown: bool) -> None:
        if self.thinking is not None:
            self.thinking.setVisible(shown)
        self.thinking_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )


class MessageRow(QWidget):
    """Places a card in the column: user bubbles fitted to their text on the right, and the
    message's actions (see MessageActionsBar) under it."""

    def __init__(self, card: MessageCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.actions_bar: MessageActionsBar | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        if card.role is Role.USER:
            line.addStretch(1)
        line.addWidget(card)
        self._layout.addLayout(line)
        card.body.document().contentsChanged.connect(self.fit)

    def set_actions(self, actions: MessageActions | None) -> MessageActionsBar | None:
        """Show these actions under the card (None: none); returns the new bar to connect."""
        if self.actions_bar is not None:
            if actions == self.actions_bar.message_actions:
                return None
            self.actions_bar.hide()
            self.actions_bar.deleteLater()
            self.actions_bar = None
        if actions is None:
            return None
        from desktop_app.ui.widgets.message_actions_bar import MessageActionsBar

        self.actions_bar = MessageActionsBar(actions, self)
        self._layout.addWidget(self.actions_bar)
        return self.actions_bar

    def fit(self) -> None:
        if self.card.role is not Role.USER or self.width() <= 0:
            return
        layout = self.card.layout()
        margins = layout.contentsMargins() if layout is not None else self.card.contentsMargins()
        padding = margins.left() + margins.right()
        limit = max(120, int(self.width() * BUBBLE_SHARE))
        wanted = self.card.body.ideal_width(limit - padding) + padding
        note = (
            self.card.footer.sizeHint().width() + padding if not self.card.footer.isHidden() else 0
        )
        strip = self.card.attachment_strip
        files = strip.natural_width() + padding if strip is not None and strip.items else 0
        self.card.setFixedWidth(min(limit, max(wanted, note, files, 60)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


def _tr(text: str) -> str:
    return QCoreApplication.translate("MessageCard", text)
