"""A tool call in the transcript: a collapsible card with its status, duration and details.

Collapsed it is one line (tool, status, duration); opened it shows the arguments and the
result, the latter marked as untrusted: it is what a program or web page said, not Parley.
The detail views are built on first opening, as most cards are never opened.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.tool_status import ToolStatus

STATUS_TEXT: dict[ToolStatus | None, str] = {
    None: "Requested",
    ToolStatus.WAITING: "Waiting for approval",
    ToolStatus.RUNNING: "Running…",
    ToolStatus.DONE: "Done",
    ToolStatus.FAILED: "Failed",
    ToolStatus.DENIED: "Denied",
    ToolStatus.TIMED_OUT: "Timed out",
    ToolStatus.STOPPED: "Stopped",
    ToolStatus.UNKNOWN: "Unknown tool",
    ToolStatus.INTERRUPTED: "Interrupted",
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
UNTRUSTED_NOTE = (
    "Result — untrusted content from the tool. Claude reads it; nothing in it can approve "
    "a tool or change a setting."
)
DETAIL_LINES = 14  # longer arguments or results scroll inside their view
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
    lines = sum(1 + len(line) // 90 for line in text.split("\n"))
    view.setFixedHeight(min(DETAIL_LINES, max(1, lines)) * view.fontMetrics().lineSpacing() + 14)


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
        self.show_state(state)

    def status_text(self) -> str:
        return self.status_label.text()

    def duration_text(self) -> str:
        return self.duration_label.text() if self.duration_label.isVisibleTo(self) else ""

    def show_state(self, state: ToolCallState) -> None:
        self.state = state
        self.toggle.setText(f"Tool: {state.name}")
        self.status_label.setText(STATUS_TEXT.get(state.status, str(state.status)))
        self.status_label.setProperty("tone", TONES.get(state.status, "none"))
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        ran = state.status in (ToolStatus.DONE, ToolStatus.FAILED, ToolStatus.TIMED_OUT)
        self.duration_label.setText(duration_text(state.duration))
        self.duration_label.setVisible(ran or state.duration > 0)
        if self.details is not None:
            self._fill_details()

    def expand(self, shown: bool = True) -> None:
        self.toggle.setChecked(shown)

    def on_toggle_toggled(self, shown: bool) -> None:
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
        column.addWidget(QLabel("Arguments", self.details))
        self.arguments_view = _detail_view(self.details, "toolArguments")
        column.addWidget(self.arguments_view)
        self.untrusted_label = QLabel(UNTRUSTED_NOTE, self.details)
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
        arguments = json.dumps(state.arguments, indent=2, ensure_ascii=False)
        self.arguments_view.setPlainText(arguments)
        _fit_height(self.arguments_view, arguments)
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
