"""A tool call in the transcript: a collapsible card with its status, duration and details.

Collapsed it is one line (tool, status, duration); opened it shows the arguments and the
result, the latter marked as untrusted: it is what a program or web page said, not Parley.
The detail views are built on first opening, as most cards are never opened. While Claude
is still writing a call, the card opens by itself and its arguments grow as raw JSON; once
the call is whole they turn to pretty JSON and the card closes again, unless the user
opened or closed it meanwhile.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.tool_status import ToolStatus
from desktop_app.ui.rendering.json_lines import JsonLines

PREPARING = QT_TRANSLATE_NOOP("ToolCard", "Preparing…")
STATUS_TEXT: dict[ToolStatus | None, str] = {
    None: QT_TRANSLATE_NOOP("ToolCard", "Requested"),
    ToolStatus.WAITING: QT_TRANSLATE_NOOP("ToolCard", "Waiting for approval"),
    ToolStatus.RUNNING: QT_TRANSLATE_NOOP("ToolCard", "Running…"),
    ToolStatus.DONE: QT_TRANSLATE_NOOP("ToolCard", "Done"),
    ToolStatus.FAILED: QT_TRANSLATE_NOOP("ToolCard", "Failed"),
    ToolStatus.DENIED: QT_TRANSLATE_NOOP("ToolCard", "Denied"),
    ToolStatus.TIMED_OUT: QT_TRANSLATE_NOOP("ToolCard", "Timed out"),
    ToolStatus.STOPPED: QT_TRANSLATE_NOOP("ToolCard", "Stopped"),
    ToolStatus.UNKNOWN: QT_TRANSLATE_NOOP("ToolCard", "Unknown tool"),
    ToolStatus.INTERRUPTED: QT_TRANSLATE_NOOP("ToolCard", "Interrupted"),
}
TONES: dict[ToolStatus | None, str] = {
    ToolStatus.WAITING: "waiting",
    ToolStatus.RUNNING: "busy",
    ToolStatus.DONE: "ok",
    ToolStatus.DENIED: "bad",
    ToolStatus.FAILED: "bad",
    ToolStatus.TIMED_OUT: "bad",
    ToolStatus.UNKNOWN: "bad",
}
UNTRUSTED_NOTE = QT_TRANSLATE_NOOP(
    "ToolCard",
    "Result — untrusted content from the tool. Claude reads it; nothing in it can approve "
    "a tool or change a setting.",
)
DETAIL_LINES = 14  # longer arguments or results scroll inside their view
WRAP_GUESS = 90  # characters per wrapped line, for a view's height
STYLE = """
QFrame#toolCard { border: 1px solid palette(mid); border-radius: 8px; }
QToolButton#toolToggle { border: none; font-weight: 600; padding: 2px; }
QLabel#toolStatus { border-radius: 8px; padding: 1px 8px; color: palette(window-text); }
QLabel#toolStatus[tone="waiting"] { background: rgba(214, 160, 30, 0.28); }
QLabel#toolStatus[tone="busy"] { background: rgba(70, 130, 220, 0.25); }
QLabel#toolStatus[tone="ok"] { background: rgba(60, 160, 90, 0.25); }
QLabel#toolStatus[tone="bad"] { background: rgba(210, 70, 60, 0.28); }
QLabel#toolStatus[tone="none"] { background: rgba(128, 128, 128, 0.22); }
QLabel#toolDuration, QLabel#toolUntrusted { color: palette(placeholder-text); }
"""


@dataclass(frozen=True, slots=True)
class ToolCallState:
    """One call as the transcript knows it; `result` is None until it is answered."""

    tool_use_id: str
    name: str
    arguments: dict[str, Any]
    status: ToolStatus | None = None
    duration: float = 0.0
    result: str | None = None
    is_error: bool = False
    streaming: bool = False  # Claude is still writing the arguments


def duration_text(seconds: float) -> str:
    if seconds < 0.01:
        return "<0.01 s"
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def _detail_view(parent: QWidget, name: str) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return view


def _fit_height(view: QPlainTextEdit, text: str) -> None:
    """About as tall as the text (a guess at its wrapping), up to DETAIL_LINES; then it scrolls."""
    _fit_lines(view, sum(1 + len(line) // WRAP_GUESS for line in text.split("\n")))


def _fit_lines(view: QPlainTextEdit, lines: int) -> None:
    height = min(DETAIL_LINES, max(1, lines)) * view.fontMetrics().lineSpacing() + 14
    if view.height() != height or view.minimumHeight() != height:
        view.setFixedHeight(height)


class ToolCard(QFrame):
    def __init__(self, state: ToolCallState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolCard")
        self.setStyleSheet(STYLE)
        self.state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        header = QHBoxLayout()
        header.setSpacing(8)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("toolToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.toggled.connect(self.on_toggle_toggled)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("toolStatus")
        self.duration_label = QLabel(self)
        self.duration_label.setObjectName("toolDuration")
        header.addWidget(self.toggle)
        header.addWidget(self.status_label)
        header.addWidget(self.duration_label)
        header.addStretch(1)
        layout.addLayout(header)
        self.details: QWidget | None = None
        self.arguments_view: QPlainTextEdit | None = None
        self.result_view: QPlainTextEdit | None = None
        self._taken = 0  # streamed argument fragments shown so far
        self._wrapped_lines = 0  # a guess at the wrapped lines of the streamed lines ended
        self._line_chars = 0  # on the streamed line still growing
        self._lines = JsonLines()
        self._opened_by_itself = False
        self._toggling_by_itself = False
        self.show_state(state)

    def status_text(self) -> str:
        return self.status_label.text()

    def duration_text(self) -> str:
        return self.duration_label.text() if self.duration_label.isVisibleTo(self) else ""

    def show_state(self, state: ToolCallState) -> None:
        was_streaming = self.state.streaming
        self.state = state
        self.toggle.setText(
            QCoreApplication.translate("ToolCard", "Tool: {name}").format(name=state.name)
        )
        if state.streaming:
            self.status_label.setText(_tr(PREPARING))
            self.status_label.setProperty("tone", "busy")
        else:
            self.status_label.setText(_tr(STATUS_TEXT.get(state.status, str(state.status))))
            self.status_label.setProperty("tone", TONES.get(state.status, "none"))
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        ran = state.status in (ToolStatus.DONE, ToolStatus.FAILED, ToolStatus.TIMED_OUT)
        self.duration_label.setText(duration_text(state.duration))
        self.duration_label.setVisible(ran or state.duration > 0)
        if state.streaming and self.details is None:
            self._toggle_by_itself(True)  # its arguments are worth watching as they form
        elif self.details is not None:
            self._fill_details()
        if was_streaming and not state.streaming and self._opened_by_itself:
            self._toggle_by_itself(False)

    def follow_arguments(self, parts: Sequence[str]) -> None:
        """Append the fragments of the streamed arguments not shown yet (a streaming card only)."""
        if not self.state.streaming:
            return
        new = "".join(parts[self._taken :])
        self._taken = len(parts)
        if not new:
            return
        if self.details is None:
            self._build_details()
        view = self.arguments_view
        assert view is not None
        bar = view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum()
        cursor = QTextCursor(view.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        first, *rest = self._lines.cut(new)
        cursor.insertText(first)
        self._line_chars += len(first)
        for piece in rest:
            cursor.insertBlock()
            cursor.insertText(piece)
            self._wrapped_lines += 1 + self._line_chars // WRAP_GUESS
            self._line_chars = len(piece)
        _fit_lines(view, self._wrapped_lines + 1 + self._line_chars // WRAP_GUESS)
        if at_end:
            bar.setValue(bar.maximum())

    def expand(self, shown: bool = True) -> None:
        self.toggle.setChecked(shown)

    def _toggle_by_itself(self, shown: bool) -> None:
        self._toggling_by_itself = True
        try:
            self.expand(shown)
        finally:
            self._toggling_by_itself = False
        self._opened_by_itself = shown

    def on_toggle_toggled(self, shown: bool) -> None:
        if not self._toggling_by_itself:
            self._opened_by_itself = False  # the user's choice stands
        if shown and self.details is None:
            self._build_details()
        if self.details is not None:
            self.details.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _build_details(self) -> None:
        self.details = QWidget(self)
        column = QVBoxLayout(self.details)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(4)
        column.addWidget(QLabel(self.tr("Arguments"), self.details))
        self.arguments_view = _detail_view(self.details, "toolArguments")
        column.addWidget(self.arguments_view)
        self.untrusted_label = QLabel(_tr(UNTRUSTED_NOTE), self.details)
        self.untrusted_label.setObjectName("toolUntrusted")
        self.untrusted_label.setWordWrap(True)
        column.addWidget(self.untrusted_label)
        self.result_view = _detail_view(self.details, "toolResult")
        column.addWidget(self.result_view)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.details)
        self._fill_details()

    def _fill_details(self) -> None:
        assert self.arguments_view is not None and self.result_view is not None
        state = self.state
        if not state.streaming:  # streamed arguments are appended by follow_arguments
            arguments = json.dumps(state.arguments, indent=2, ensure_ascii=False)
            self.arguments_view.setPlainText(arguments)
            _fit_height(self.arguments_view, arguments)
        elif not self._taken:
            _fit_lines(self.arguments_view, 1)
        has_result = state.result is not None
        self.untrusted_label.setVisible(has_result)
        self.result_view.setVisible(has_result)
        if state.result is not None and self.result_view.toPlainText() != state.result:
            self.result_view.setPlainText(state.result)
            _fit_height(self.result_view, state.result)


class ToolCallList(QWidget):
    """The cards of one assistant message's tool calls, in the order Claude made them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolCallList")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setSpacing(4)
        self.cards: dict[str, ToolCard] = {}

    def set_calls(self, states: list[ToolCallState]) -> None:
        for state in states:
            card = self.cards.get(state.tool_use_id)
            if card is None:
                card = self.cards[state.tool_use_id] = ToolCard(state, self)
                self._layout.addWidget(card)
            else:
                card.show_state(state)

    def retain(self, tool_use_ids: Collection[str]) -> None:
        """Drop the cards of other calls (a call cut short never reaches the stored message)."""
        for call_id in [i for i in self.cards if i not in tool_use_ids]:
            card = self.cards.pop(call_id)
            self._layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.setVisible(bool(self.cards))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ToolCard", text)
