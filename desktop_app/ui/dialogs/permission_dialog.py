"""Asks the user about one tool call: what it is, where it comes from, and exactly what it gets.

The arguments are shown in full as pretty JSON in a scrollable read-only view; nothing is
cut. A preview that is a diff (write_file's) is coloured line by line. Only a button press
allows anything: closing the dialog answers "deny".
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.permissions import BUILT_IN, Decision, GrantScope, ToolCallRequest
from desktop_app.ui.rendering.diff_highlighter import DiffHighlighter, looks_like_diff

VIEW_MAX_LINES = 18  # taller content scrolls inside its view


def source_text(source: str) -> str:
    return (
        QCoreApplication.translate("PermissionDialog", "Built-in Parley tool")
        if source == BUILT_IN
        else QCoreApplication.translate(
            "PermissionDialog", "From the MCP server “{server}”"
        ).format(server=source)
    )


def arguments_json(arguments: object) -> str:
    return json.dumps(arguments, indent=2, ensure_ascii=False, sort_keys=False, default=str)


def code_view(text: str, parent: QWidget, name: str) -> QPlainTextEdit:
    """A read-only monospace view that wraps long values anywhere and scrolls beyond a height."""
    view = QPlainTextEdit(parent)
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    view.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    view.setPlainText(text)
    line = view.fontMetrics().lineSpacing()
    lines = min(VIEW_MAX_LINES, max(2, text.count("\n") + 1))
    view.setMinimumHeight(min(lines, 6) * line + 16)
    view.setMaximumHeight(VIEW_MAX_LINES * line + 16)
    return view


class PermissionDialog(QDialog):
    decided = Signal(object)  # Decision, sent once, from a button

    def __init__(self, request: ToolCallRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.decision: Decision | None = None
        self.setObjectName("permissionDialog")
        self.setWindowTitle(self.tr("Allow “{tool}”? — Parley").format(tool=request.name))
        self.setModal(False)
        self.resize(720, 540)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        self.title_label = self._label(
            self.tr("Claude wants to use “{tool}”").format(tool=request.name), "permissionTitle"
        )
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.source_label = self._label(source_text(request.source), "permissionSource")
        self.description_label = self._label(
            request.description or self.tr("(no description)"), "permissionDescription"
        )
        for label in (self.title_label, self.source_label, self.description_label):
            layout.addWidget(label)
        layout.addWidget(self._label(self.tr("Arguments, in full:"), "permissionHeading"))
        self.arguments_view = code_view(
            arguments_json(request.arguments), self, "permissionArguments"
        )
        layout.addWidget(self.arguments_view, 2)
        self.preview_view: QPlainTextEdit | None = None
        if request.preview:
            layout.addWidget(self._label(self.tr("What it would do:"), "permissionHeading"))
            self.preview_view = code_view(request.preview, self, "permissionPreview")
            if looks_like_diff(request.preview):
                DiffHighlighter(self.preview_view.palette()).apply(self.preview_view.document())
            layout.addWidget(self.preview_view, 3)
        if not request.broad_grants_allowed:
            layout.addWidget(
                self._label(
                    self.tr("This tool asks every time; it cannot be allowed ahead."),
                    "dialogNote",
                )
            )
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("permissionReason")
        self.reason_edit.setPlaceholderText(
            self.tr("Reason for denying, passed to Claude (optional)")
        )
        self.reason_edit.setClearButtonEnabled(True)
        self.reason_edit.returnPressed.connect(self.on_deny_clicked)
        layout.addWidget(self.reason_edit)
        layout.addLayout(self._buttons())
        self.deny_button.setFocus()

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a tool's own words are never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.deny_button = QPushButton(self.tr("Deny"), self)
        self.allow_once_button = QPushButton(self.tr("Allow once"), self)
        self.allow_conversation_button = QPushButton(self.tr("Allow for this conversation"), self)
        self.always_button = QPushButton(self.tr("Always allow this tool"), self)
        self.deny_button.setObjectName("permissionDeny")
        self.allow_once_button.setObjectName("permissionAllowOnce")
        self.always_button.setToolTip(self.tr("Until you revoke it in Tools settings"))
        broad = self.request.broad_grants_allowed
        self.allow_conversation_button.setVisible(broad)
        self.always_button.setVisible(broad)
        # Enter never approves by accident: only Deny is a default button.
        for button in (self.allow_once_button, self.allow_conversation_button, self.always_button):
            button.setAutoDefault(False)
        for button in (
            self.deny_button,
            self.allow_once_button,
            self.allow_conversation_button,
            self.always_button,
        ):
            # The theme's padding is not in the size hint: without this, labels get clipped.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 36)
        self.deny_button.setDefault(True)
        self.deny_button.clicked.connect(self.on_deny_clicked)
        self.allow_once_button.clicked.connect(lambda: self._answer(Decision(True)))
        self.allow_conversation_button.clicked.connect(
            lambda: self._answer(Decision(True, GrantScope.CONVERSATION))
        )
        self.always_button.clicked.connect(lambda: self._answer(Decision(True, GrantScope.ALWAYS)))
        row.addWidget(self.deny_button)
        row.addStretch(1)
        row.addWidget(self.allow_once_button)
        row.addWidget(self.allow_conversation_button)
        row.addWidget(self.always_button)
        return row

    def on_deny_clicked(self) -> None:
        self._answer(Decision.deny(self.reason_edit.text().strip() or None))

    def _answer(self, decision: Decision) -> None:
        if self.decision is not None:
            return
        self.decision = decision
        self.decided.emit(decision)
        if decision.allow:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        # Escape and the window's close button come here: an answer too, and never a yes.
        if self.decision is None:
            self._answer(Decision.deny())
            return
        super().reject()
