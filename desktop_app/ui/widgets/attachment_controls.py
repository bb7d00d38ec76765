"""The composer's ways in for attachments: the tray, the presets, Attach…, Capture, Ctrl+V.

Built into a `Composer` (`composer.attachments`): it adds its widgets to the composer's
layout and watches the prompt box, so pasting a picture or a file attaches it and dragging
one over the box is left to the window's drop overlay. It also says whether Send may go.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QPlainTextEdit, QToolButton, QWidget

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.settings import ReviewPreset
from desktop_app.ui.view_models.attachment_tray_model import AttachmentTrayModel
from desktop_app.ui.view_models.mime_attachments import attach_from, attachable, timestamped
from desktop_app.ui.widgets.attachment_tray import AttachmentTray
from desktop_app.ui.widgets.preset_chips import PresetChips

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog  # imported on first use, as its enums cost

    from desktop_app.ui.widgets.screen_capture import CaptureMode, ScreenCapture

STILL_PREPARING = QT_TRANSLATE_NOOP(
    "AttachmentControls", "Attachments are still being prepared; send once they show their size."
)
NEEDS_PROMPT = QT_TRANSLATE_NOOP(
    "AttachmentControls", "Say what Claude should do with the attachments, or pick a preset above."
)
FILE_FILTERS = QT_TRANSLATE_NOOP(
    "AttachmentControls",
    "Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.pdf "
    "*.txt *.md *.csv *.json *.py *.log);;All files (*)",
)


class AttachmentControls(QObject):
    presets_edit_requested = Signal()

    def __init__(self, composer: QWidget, edit: QPlainTextEdit, attach_button: QToolButton) -> None:
        """Built into `composer` (the frame holding `edit`), where `attach_button` waits (with
        an empty menu) from the first paint on."""
        super().__init__(composer)
        self.composer = composer
        self.edit = edit
        self.model = AttachmentTrayModel(self)
        self.presets: tuple[ReviewPreset, ...] = ()
        self.new_conversation = True
        self.last_folder = ""
        self.file_dialog: QFileDialog | None = None
        self.capture: ScreenCapture | None = None
        self.chips = PresetChips((), composer)
        self.chips.chosen.connect(self.on_chips_chosen)
        self.chips.edit_requested.connect(self.presets_edit_requested)
        self.tray = AttachmentTray(self.model, composer)
        column = composer.layout()
        assert isinstance(column, QBoxLayout)
        column.insertWidget(0, self.chips)
        column.insertWidget(1, self.tray)
        # One button for files and screenshots keeps the composer's row narrow: a click opens
        # the file picker, its arrow offers the screenshots.
        self.attach_button = attach_button
        self.attach_button.setToolTip(
            self.tr(
                "Attach images, PDFs or text files (Ctrl+O); you can also drop or paste them."
                " The arrow takes a screenshot (Ctrl+Shift+S)"
            )
        )
        self.attach_button.clicked.connect(self.on_attach_button_clicked)
        menu = attach_button.menu()
        menu.addAction(self.tr("Files…"), self.on_attach_button_clicked)
        menu.addSeparator()
        menu.addAction(
            self.tr("Screenshot of the whole screen"), lambda: self.start_capture("screen")
        )
        menu.addAction(self.tr("Screenshot of a region…"), lambda: self.start_capture("region"))
        edit.textChanged.connect(self.update_chips)
        self.model.changed.connect(self.update_chips)
        self.update_chips()

    def watch_prompt(self) -> None:
        """Take pasted files and pass drops on the text area on to the window; called after the
        first paint: each filtered event costs a call into Python, and naming the viewport (of
        a class PySide does not know) makes PySide set up every QtWidgets type first, ~10 ms."""
        self.edit.installEventFilter(self)
        self.edit.viewport().installEventFilter(self)

    def set_presets(self, presets: Sequence[ReviewPreset]) -> None:
        self.presets = tuple(presets)
        self.chips.set_presets(self.presets)
        self.update_chips()

    def set_new_conversation(self, new: bool) -> None:
        """Presets are offered in a new conversation, or whenever something is attached."""
        self.new_conversation = new
        self.update_chips()

    def update_chips(self) -> None:
        empty = not self.edit.toPlainText().strip()
        self.chips.setVisible(empty and (self.new_conversation or not self.model.is_empty))

    def may_send(self, text: str) -> bool:
        """Whether Send may go now; if not, the tray says why."""
        if self.model.is_empty:
            return bool(text)
        if self.model.preparing:
            self._say(self.tr(STILL_PREPARING))
            return False
        if self.model.limit_problem():
            return False  # the tray shows the problem already
        if not text:
            self._say(self.tr(NEEDS_PROMPT))
            self.edit.setFocus()
            return False
        return True

    def attach(self, mime: QMimeData, preset: ReviewPreset | None = None) -> bool:
        """Attach what a drop or paste offers and, with a preset, fill in its prompt."""
        attached = attach_from(mime, self.model)
        if attached and preset is not None:
            self.fill(preset)
        return attached

    def fill(self, preset: ReviewPreset) -> None:
        self.edit.setPlainText(preset.prompt)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self.edit.setFocus()

    def on_chips_chosen(self, preset: ReviewPreset) -> None:
        self.fill(preset)

    def on_attach_button_clicked(self) -> None:
        if self.file_dialog is None:
            from PySide6.QtWidgets import QFileDialog

            dialog = QFileDialog(self.composer.window(), self.tr("Attach files"))
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
            dialog.setNameFilter(self.tr(FILE_FILTERS))
            dialog.filesSelected.connect(self.on_file_dialog_files_selected)
            self.file_dialog = dialog
        if self.last_folder:
            self.file_dialog.setDirectory(self.last_folder)
        self.file_dialog.open()

    def on_file_dialog_files_selected(self, files: list[str]) -> None:
        paths = [Path(f) for f in files]
        if paths:
            self.last_folder = str(paths[0].parent)
        self.model.add_files(paths)

    def start_capture(self, mode: CaptureMode) -> None:
        from desktop_app.ui.widgets.screen_capture import ScreenCapture  # on first use

        if self.capture is not None and self.capture.running:
            return
        self.capture = ScreenCapture(self.composer.window())
        self.capture.captured.connect(self.on_capture_captured)
        self.capture.failed.connect(self.model.refuse)
        self.capture.start(mode)

    def on_capture_captured(self, image: QImage) -> None:
        self.model.add_image(image, timestamped("screenshot", "png"))
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            from PySide6.QtGui import QKeySequence  # here: its enums wait for the first key

            if event.matches(QKeySequence.StandardKey.Paste):
                return self._paste()
        elif isinstance(event, QDropEvent) and attachable(event.mimeData()):
            # Drag enter, move and drop alike: passed on to the window, whose overlay takes it.
            event.ignore()
            return True
        return False

    def _paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        if not attachable(mime):
            return False  # text: the prompt box pastes it as usual
        assert mime is not None
        attach_from(mime, self.model)
        return True

    def _say(self, text: str) -> None:
        if text not in (r.text for r in self.model.refusals()):
            self.model.refuse(text)
