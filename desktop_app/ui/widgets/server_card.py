"""One of Anthropic's own tools at work in a reply: what it does (the query, address or code,
growing as Claude writes it), then what came back, collapsed under it; or a block of a type
Parley does not know, shown as unsupported content (it is kept and sent back)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.core.conversation import Block
from desktop_app.core.server_tool_words import call_code, call_words
from desktop_app.ui.widgets.server_result import error_text, result_html, result_summary
from desktop_app.ui.widgets.tool_card import STYLE


class ServerCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolCard")
        self.setStyleSheet(STYLE)
        self._call: Block | None = None
        self._result: Block | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        header = QHBoxLayout()
        header.setSpacing(8)
        self.title = QLabel(self)
        self.title.setObjectName("serverCallTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("toolStatus")
        header.addWidget(self.title, 1)
        header.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.code = QLabel(self)  # the code a run executes, as it forms
        self.code.setObjectName("serverCode")
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setWordWrap(True)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.hide()
        layout.addWidget(self.code)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("toolToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.toggled.connect(self.on_toggle_toggled)
        self.toggle.hide()
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.result_view = QLabel(self)
        self.result_view.setObjectName("serverResult")
        self.result_view.setWordWrap(True)
        self.result_view.setTextFormat(Qt.TextFormat.RichText)
        self.result_view.setOpenExternalLinks(True)
        self.result_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result_view.hide()
        layout.addWidget(self.result_view)
        self._set_status(self.tr("Working…"), "busy")

    def set_call(self, block: Block) -> None:
        if block == self._call:
            return
        self._call = block
        tool_input: dict[str, Any] = block.get("input") or {}
        name = str(block.get("name", ""))
        self.title.setText(call_words(name, tool_input))
        code = call_code(tool_input)
        self.code.setText(code.rstrip())
        self.code.setVisible(bool(code))

    def set_result(self, block: Block) -> None:
        if block == self._result:
            return
        self._result = block
        if self._call is None:  # a result whose call is not in this message
            self.title.setText(self.tr("Result of an earlier call"))
        failure = error_text(block)
        if failure is not None:
            self._set_status(self.tr("Failed"), "bad")
            self.result_view.setText(failure)
            self.result_view.setTextFormat(Qt.TextFormat.PlainText)
            self.result_view.show()  # an error is read without opening anything
            self.toggle.hide()
            return
        self._set_status(self.tr("Done"), "ok")
        self.toggle.setText(result_summary(block))
        self.toggle.show()
        self.result_view.setText(result_html(block))
        self.result_view.setVisible(self.toggle.isChecked())

    def set_unsupported(self, block: Block) -> None:
        if block == self._result:
            return
        self._result = block
        self.setObjectName("unsupportedCard")
        self.setStyleSheet(STYLE.replace("#toolCard", "#unsupportedCard"))
        self.title.setText(
            self.tr("Unsupported content ({type})").format(type=str(block.get("type", "?")))
        )
        self.title.setToolTip(
            self.tr("Parley cannot show this part of the reply; it is kept and sent back.")
        )
        self._set_status("", "none")

    def title_text(self) -> str:
        return self.title.text()

    def status_text(self) -> str:
        return self.status_label.text()

    def result_text(self) -> str:
        """The result as plain text (what the user reads when it is opened)."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.result_view.text())
        return document.toPlainText()

    def _set_status(self, text: str, tone: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.status_label.setProperty("tone", tone)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def on_toggle_toggled(self, shown: bool) -> None:
        self.result_view.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
