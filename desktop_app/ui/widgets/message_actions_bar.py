"""The small row under a message: ‹ 2/3 › between branches, Copy, Edit or Regenerate, Delete,
and for a reply its model · time · tokens · cost.

Buttons take keyboard focus (Tab reaches them) and say what they do in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.core.conversation import Role
from desktop_app.ui.view_models.message_actions import MessageActions
from desktop_app.ui.widgets.reply_end_notice import ReplyEndNotice

# Tab reaches the actions through the chat, in reading order (ChatActions), not through the
# window's focus chain: rows built later would join that chain after the Send button, and
# Tab from Send would then go back into the chat instead of round to the sidebar.
TAB_THROUGH_CHAT = Qt.FocusPolicy.ClickFocus


class MessageActionsBar(QWidget):
    copy_clicked = Signal(str)  # Markdown
    edit_clicked = Signal(int)  # message id
    regenerate_clicked = Signal(int)
    delete_clicked = Signal(int)
    branch_clicked = Signal(int)  # the alternative to show
    continue_clicked = Signal(int)  # the cut-off or paused reply to go on with

    def __init__(self, actions: MessageActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageActions")
        self.message_actions = actions
        self.ending: ReplyEndNotice | None = None
        if (ending := actions.ending) is not None:
            # The notice goes above the usual row: a vertical box around it.
            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.setSpacing(2)
            self.ending = ReplyEndNotice(ending, self)
            self.ending.continue_clicked.connect(
                lambda: self.continue_clicked.emit(ending.message_id)
            )
            outer.addWidget(self.ending)
            layout = QHBoxLayout()
            outer.addLayout(layout)
        else:
            layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(2)
        if actions.role is Role.USER:
            layout.addStretch(1)
        branch = actions.branch
        self.previous_button: QToolButton | None = None
        self.next_button: QToolButton | None = None
        self.branch_label: QLabel | None = None
        if branch is not None:
            user = actions.role is Role.USER
            previous = (
                self.tr("Show the previous question")
                if user
                else self.tr("Show the previous answer")
            )
            following = (
                self.tr("Show the next question") if user else self.tr("Show the next answer")
            )
            self.previous_button = self._button("‹", previous, branch.previous)
            self.branch_label = QLabel(branch.label, self)
            self.branch_label.setObjectName("branchLabel")
            self.branch_label.setAccessibleName(
                self.tr("Version {position} of {count}").format(
                    position=branch.position, count=branch.count
                )
            )
            self.next_button = self._button("›", following, branch.next)
            for widget in (self.previous_button, self.branch_label, self.next_button):
                layout.addWidget(widget)
        self.copy_button = self._add(layout, self.tr("Copy"), self.tr("Copy as Markdown"))
        self.copy_button.clicked.connect(lambda: self.copy_clicked.emit(actions.copy_text))
        if actions.role is Role.USER:
            self.change_button = self._add(
                layout, self.tr("Edit"), self.tr("Edit and send again as a new branch")
            )
            self.change_button.clicked.connect(lambda: self.edit_clicked.emit(actions.anchor_id))
        else:
            self.change_button = self._add(
                layout,
                self.tr("Regenerate"),
                self.tr("Ask for another answer; this one stays as a branch"),
            )
            self.change_button.clicked.connect(
                lambda: self.regenerate_clicked.emit(actions.anchor_id)
            )
        self.delete_button = self._add(
            layout, self.tr("Delete"), self.tr("Delete this and what follows it")
        )
        self.delete_button.clicked.connect(lambda: self.delete_clicked.emit(actions.anchor_id))
        self.info = QLabel(actions.info, self)
        self.info.setObjectName("replyInfo")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setVisible(bool(actions.info))
        self.info.setToolTip(actions.info_tip)
        layout.addSpacing(8)
        layout.addWidget(self.info)
        if actions.role is Role.ASSISTANT:
            layout.addStretch(1)

    def _button(self, text: str, tip: str, target: int | None) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("branchButton")
        button.setFocusPolicy(TAB_THROUGH_CHAT)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setEnabled(target is not None)
        if target is not None:
            button.clicked.connect(lambda: self.branch_clicked.emit(target))
        return button

    def _add(self, layout: QHBoxLayout, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("messageAction")
        button.setFocusPolicy(TAB_THROUGH_CHAT)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(button)
        return button
