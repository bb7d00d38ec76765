"""Where the user writes: the prompt box, the model picker, the system prompt and Send/Stop.

Enter sends and Shift+Enter breaks the line; Up in an empty box asks for the last
message back, to edit it; while editing, a banner says so and offers Cancel. The
box grows with its text up to a few lines. While a reply streams, Send becomes Stop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.widgets.advanced_button import AdvancedButton
from desktop_app.ui.widgets.flow_layout import FlowLayout
from desktop_app.ui.widgets.prompt_edit import PromptEdit
from desktop_app.ui.widgets.reply_limit_button import ReplyLimitButton
from desktop_app.ui.widgets.server_tools_button import ServerToolsButton
from desktop_app.ui.widgets.thinking_button import ThinkingButton

if TYPE_CHECKING:
    from desktop_app.core.model_info import ModelInfo
    from desktop_app.core.pricing import Pricing
    from desktop_app.ui.widgets.attachment_controls import AttachmentControls
    from desktop_app.ui.widgets.composer_status import ComposerStatus


class Composer(QFrame):
    submitted = Signal(str)
    stop_requested = Signal()
    model_chosen = Signal(str)  # model id
    system_prompt_requested = Signal()
    tools_requested = Signal()
    recall_requested = Signal()  # the user wants the last message back to edit
    edit_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 10)
        layout.setSpacing(8)
        self.editing_banner = QWidget(self)
        banner = QHBoxLayout(self.editing_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        self.editing_label = QLabel(
            self.tr("Editing your message: sending it starts a new branch"), self
        )
        self.editing_label.setObjectName("editingLabel")
        self.cancel_edit_button = QPushButton(self.tr("Cancel edit"), self.editing_banner)
        self.cancel_edit_button.setObjectName("cancelEditButton")
        self.cancel_edit_button.setToolTip(self.tr("Keep the message as it was (Esc)"))
        self.cancel_edit_button.clicked.connect(self.edit_cancelled)
        banner.addWidget(self.editing_label, 1)
        banner.addWidget(self.cancel_edit_button)
        self.editing_banner.hide()
        layout.addWidget(self.editing_banner)
        self.edit = PromptEdit(self)
        self.edit.submitted.connect(self.on_edit_submitted)
        self.edit.recall_requested.connect(self.recall_requested)
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.model_picker = QComboBox(self)
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_picker.setToolTip(self.tr("Model for this conversation"))
        self.model_picker.activated.connect(self.on_model_activated)
        self.model_picker.hide()  # until set_models fills it: an empty picker looks broken
        # Its two-line delegate comes with the first models (set_models): importing it makes
        # PySide build QStyle's enums (~10 ms), which the first paint does without.
        self._delegate_installed = False
        # "System" (its prompt): short, so the row fits a 960-pixel window.
        self.system_button = QPushButton(self.tr("System"), self)
        self.system_button.setObjectName("systemPromptButton")
        self.system_button.setToolTip(
            self.tr("System prompt: instructions Claude follows in this conversation")
        )
        self.system_button.clicked.connect(self.system_prompt_requested)
        self.tools_button = QPushButton(self.tr("Tools…"), self)
        self.tools_button.setObjectName("toolsButton")
        self.tools_button.setToolTip(self.tr("Folders, commands, grants and MCP servers (Ctrl+,)"))
        self.tools_button.clicked.connect(self.tools_requested)
        self.thinking_button = ThinkingButton(self)
        self.reply_limit_button = ReplyLimitButton(self)
        self.server_tools_button = ServerToolsButton(self)
        self.advanced_button = AdvancedButton(self)  # sampling: temperature, top-p, stops
        # Files; its arrow, screenshots. AttachmentControls gives it its work and its menu's
        # entries after the first paint. One button for both keeps the row narrow.
        self.attach_button = QToolButton(self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setText(self.tr("Attach"))
        self.attach_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.attach_button.setMenu(QMenu(self.attach_button))
        # Like a toolbar button it takes no focus (Tab stays on the prompt, model and Send);
        # the keyboard has shortcuts instead: Ctrl+O and Ctrl+Shift+S, in the File menu.
        self.attach_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setMinimumSize(QSize(76, 0))
        self.send_button.clicked.connect(self.on_send_clicked)
        # The options wrap onto a second line in a narrow window; Send keeps its corner.
        self.options = QWidget(self)
        self.options.setObjectName("composerOptions")
        options = FlowLayout(self.options, spacing=6)
        for widget in (
            self.model_picker,
            self.thinking_button,
            self.reply_limit_button,
            self.server_tools_button,
            self.advanced_button,
            self.system_button,
            self.attach_button,
            self.tools_button,
        ):
            options.addWidget(widget)
        row.addWidget(self.options, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        self._column = layout
        # The status line's place, empty: the box's spacing is there from the first paint.
        self._status_place: QWidget | None = QWidget(self)
        self._status_place.setFixedHeight(0)
        layout.addWidget(self._status_place)
        # Made by add_controls(), after the first paint (their modules take ~10 ms).
        self.attachments: AttachmentControls  # the tray, the presets, Attach and Capture
        self.status: ComposerStatus  # the next send's cost, the context window's fill
        self._controls_added = False

    def add_controls(self) -> None:
        """The attachments' controls and the status line under the box (see __init__)."""
        if self._controls_added:
            return
        self._controls_added = True
        from desktop_app.ui.widgets.attachment_controls import AttachmentControls
        from desktop_app.ui.widgets.composer_status import ComposerStatus

        self.attachments = AttachmentControls(self, self.edit, self.attach_button)
        self.status = ComposerStatus(self)
        if self._status_place is not None:
            self._column.replaceWidget(self._status_place, self.status)
            self._status_place.deleteLater()
            self._status_place = None

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    @property
    def editing(self) -> bool:
        return not self.editing_banner.isHidden()

    def set_editing(self, editing: bool, files: int = 0) -> None:
        """Show or hide the banner of an edit; `files` the edited message's attachments,
        which go with it."""
        if files == 1:
            banner = self.tr(
                "Editing your message (its file goes with it): sending it starts a new branch"
            )
        elif files:
            banner = self.tr(
                "Editing your message (its %n files go with it): sending it starts a new branch",
                "",
                files,
            )
        else:
            banner = self.tr("Editing your message: sending it starts a new branch")
        self.editing_label.setText(banner)
        self.editing_banner.setVisible(editing)
        self.edit.setPlaceholderText(
            self.tr("Edit your message…") if editing else self.edit.placeholder
        )

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.send_button.setText(self.tr("Stop") if busy else self.tr("Send"))
        keys = "Ctrl+Enter" if self.edit.send_key == "ctrl_enter" else "Enter"
        self.send_button.setToolTip(
            self.tr("Stop the reply (Esc)") if busy else self.tr("Send ({keys})").format(keys=keys)
        )
        self.send_button.setProperty("stopping", busy)
        self.send_button.style().unpolish(self.send_button)
        self.send_button.style().polish(self.send_button)

    def retranslate(self) -> None:
        """After a language switch: the Send button's texts, built with its key."""
        self.set_busy(self.busy)

    def set_models(
        self, models: list[ModelInfo], current: str, pricing: Pricing | None = None
    ) -> None:
        """The models to pick from; with `pricing`, each one's list price and what it suits
        on a second line of the open list (the closed picker shows the name only)."""
        from desktop_app.ui.widgets.model_item_delegate import (
            DETAILS_ROLE,
            ModelItemDelegate,
            model_details,
        )

        picker = self.model_picker
        if not self._delegate_installed:
            picker.setItemDelegate(ModelItemDelegate(picker))
            self._delegate_installed = True
        picker.blockSignals(True)
        picker.clear()
        for model in models:
            picker.addItem(model.display_name, model.id)
            if pricing is not None:
                details = model_details(model, pricing.price(model.id))
                picker.setItemData(picker.count() - 1, details, DETAILS_ROLE)
                picker.setItemData(picker.count() - 1, details, Qt.ItemDataRole.ToolTipRole)
        if picker.findData(current) < 0:
            picker.addItem(current, current)  # an old conversation's retired model
        picker.setCurrentIndex(picker.findData(current))
        picker.blockSignals(False)
        view = picker.view()
        widths = [view.sizeHintForColumn(0)] if picker.count() else []
        view.setMinimumWidth(max(widths, default=0) + 24)  # room for the scroll bar
        picker.show()

    def select_model(self, model_id: str) -> None:
        index = self.model_picker.findData(model_id)
        if index < 0:
            self.model_picker.addItem(model_id, model_id)
            index = self.model_picker.count() - 1
        self.model_picker.setCurrentIndex(index)

    def current_model(self) -> str:
        return str(self.model_picker.currentData() or "")

    def set_system_prompt_set(self, has_prompt: bool) -> None:
        self.system_button.setText(self.tr("System ●") if has_prompt else self.tr("System"))

    def on_edit_submitted(self) -> None:
        if not self.busy:
            self.on_send_clicked()

    def on_send_clicked(self) -> None:
        if self.busy:
            self.stop_requested.emit()
            return
        text = self.text().strip()
        self.add_controls()  # sent the moment the window showed: they say whether it may go
        if self.attachments.may_send(text):
            self.submitted.emit(text)

    def on_model_activated(self, index: int) -> None:
        self.model_chosen.emit(str(self.model_picker.itemData(index)))
