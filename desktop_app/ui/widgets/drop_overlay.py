"""The drop overlay: files or pictures dragged over the window show "Drop to attach" and the
review presets; dropping on a preset attaches and fills in its prompt too.

`DropTarget` watches the window and builds the overlay on the first drag, so the window's
start-up pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.settings import ReviewPreset
from desktop_app.ui.view_models.mime_attachments import attachable
from desktop_app.ui.widgets.attachment_controls import AttachmentControls
from desktop_app.ui.widgets.flow_layout import FlowLayout

PANEL_WIDTH = 560
VEIL_ALPHA = 225


class DropOverlay(QWidget):
    """Covers the window while something to attach is dragged over it."""

    dropped = Signal(object, object)  # QMimeData, ReviewPreset or None
    preset_clicked = Signal(object)  # ReviewPreset (the overlay shown without a drag)

    def __init__(self, presets: Sequence[ReviewPreset], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dropOverlay")
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hovered: QPushButton | None = None
        self.buttons: dict[QPushButton, ReviewPreset] = {}
        self.presets: tuple[ReviewPreset, ...] = ()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        self.panel = QFrame(self)
        self.panel.setObjectName("dropPanel")
        column = QVBoxLayout(self.panel)
        column.setContentsMargins(36, 32, 36, 32)
        column.setSpacing(10)
        self.title = title = QLabel(self.tr("Drop to attach"), self.panel)
        title.setObjectName("dropTitle")
        hint = QLabel(
            self.tr("Images, PDFs and text files. Drop on a preset to fill in its prompt too."),
            self.panel,
        )
        hint.setObjectName("dropHint")
        hint.setWordWrap(True)
        for label in (title, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        self.preset_area = QWidget(self.panel)
        self.flow = FlowLayout(self.preset_area, spacing=8)
        column.addSpacing(8)
        column.addWidget(self.preset_area)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.set_presets(presets)
        self.hide()

    def set_presets(self, presets: Sequence[ReviewPreset]) -> None:
        for button in self.buttons:
            self.flow.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        self.hovered = None
        self.presets = tuple(presets)
        for preset in presets:
            button = QPushButton(preset.label, self.preset_area)
            button.setObjectName("dropPreset")
            button.setToolTip(preset.prompt)
            button.clicked.connect(lambda _=False, p=preset: self.on_button_clicked(p))
            self.flow.addWidget(button)
            self.buttons[button] = preset
        self.preset_area.setVisible(bool(presets))

    def cover(self) -> None:
        """Lay the overlay over the window's content and show it."""
        window = self.parentWidget()
        central = window.centralWidget() if isinstance(window, QMainWindow) else None
        if central is not None:
            self.setGeometry(central.geometry())
        elif window is not None:
            self.setGeometry(window.rect())
        # Sized here: the box layout around the panel would not let its wrapping labels and
        # preset rows take the height their width needs.
        width = max(280, min(PANEL_WIDTH, self.width() - 80))
        self.panel.setFixedWidth(width)
        height = self.panel.heightForWidth(width)
        self.panel.setFixedHeight(height if height > 0 else self.panel.sizeHint().height())
        self.show()
        self.raise_()

    def preset_at(self, position: QPoint) -> ReviewPreset | None:
        button = self._button_at(position)
        return self.buttons.get(button) if button is not None else None

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        window = self.parentWidget() or self  # its own palette is the style sheet's
        veil = QColor(window.palette().color(QPalette.ColorRole.Window))
        veil.setAlpha(VEIL_ALPHA)
        painter.fillRect(self.rect(), veil)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if attachable(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()
            self.hide()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()
        self._hover(self._button_at(event.position().toPoint()))

    def dragLeaveEvent(self, _event: QDragLeaveEvent) -> None:
        self._hover(None)
        self.hide()

    def dropEvent(self, event: QDropEvent) -> None:
        preset = self.preset_at(event.position().toPoint())
        event.acceptProposedAction()
        self._hover(None)
        self.hide()
        self.dropped.emit(event.mimeData(), preset)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)

    def on_button_clicked(self, preset: ReviewPreset) -> None:
        self.hide()
        self.preset_clicked.emit(preset)

    def _button_at(self, position: QPoint) -> QPushButton | None:
        child = self.childAt(position)
        while child is not None and child is not self:
            if isinstance(child, QPushButton) and child in self.buttons:
                return child
            child = child.parentWidget()
        return None

    def _hover(self, button: QPushButton | None) -> None:
        if button is self.hovered:
            return
        for each in (self.hovered, button):
            if each is not None:
                each.setProperty("hovered", each is button)
                each.style().unpolish(each)
                each.style().polish(each)
        self.hovered = button


class DropTarget(QObject):
    """Makes a window take drops: the first attachable drag over it builds the overlay."""

    def __init__(self, window: QWidget, controls: AttachmentControls) -> None:
        super().__init__(window)
        self.window = window
        self.controls = controls
        self.overlay: DropOverlay | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def show_overlay(self) -> DropOverlay:
        """Show the overlay as during a drag (for a screenshot, or from a shortcut)."""
        overlay = self._overlay()
        overlay.cover()
        overlay.setFocus()
        return overlay

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        if isinstance(event, QDragEnterEvent) and attachable(event.mimeData()):
            self._overlay().cover()
            event.acceptProposedAction()
            return True
        overlay = self.overlay
        if event.type() == QEvent.Type.Resize and overlay is not None and overlay.isVisible():
            overlay.cover()
        return False

    def on_overlay_dropped(self, mime: object, preset: ReviewPreset | None) -> None:
        if isinstance(mime, QMimeData):
            self.controls.attach(mime, preset)

    def _overlay(self) -> DropOverlay:
        if self.overlay is None:
            self.overlay = DropOverlay(self.controls.presets, self.window)
            self.overlay.dropped.connect(self.on_overlay_dropped)
            self.overlay.preset_clicked.connect(self.controls.fill)
        if self.overlay.presets != self.controls.presets:
            self.overlay.set_presets(self.controls.presets)
        return self.overlay
