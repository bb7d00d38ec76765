"""An attached image at full size: scaled to fit the window, or at 100% to read fine print.

A click on the image, the button or the 1 key switches between the two; Esc closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QImageReader, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class _Picture(QLabel):
    def __init__(self, viewer: ImageViewer) -> None:
        super().__init__(viewer)
        self.viewer = viewer
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.viewer.toggle_zoom()


class ImageViewer(QDialog):
    def __init__(self, path: Path, title: str, info: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setWindowTitle(title)
        self.actual_size = False
        self.image = _read(path)
        self.full = QPixmap.fromImage(self.image)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.setSpacing(8)
        self.area = QScrollArea(self)
        self.area.setObjectName("imageViewerArea")
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = _Picture(self)
        self.picture.setObjectName("imageViewerPage")
        self.area.setWidget(self.picture)
        self.area.setWidgetResizable(False)
        self.area.viewport().installEventFilter(self)  # refit when the room changes
        layout.addWidget(self.area, 1)
        row = QHBoxLayout()
        row.setContentsMargins(14, 0, 14, 0)
        self.info = QLabel(info, self)
        self.info.setObjectName("imageViewerInfo")
        self.zoom_button = QPushButton(self)
        self.zoom_button.setAutoDefault(False)
        self.zoom_button.clicked.connect(self.toggle_zoom)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(self.info, 1)
        row.addWidget(self.zoom_button)
        row.addWidget(close)
        layout.addLayout(row)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width = min(self.image.width() + 40, int(screen.width() * 0.85) if screen else 1200)
        height = min(self.image.height() + 90, int(screen.height() * 0.85) if screen else 800)
        self.resize(max(480, width), max(360, height))
        if self.image.isNull():
            self.picture.setText(
                self.tr("This image cannot be shown: its file is missing or damaged.")
            )
            self.zoom_button.setEnabled(False)
        self._show()

    @property
    def fits(self) -> bool:
        """Whether the image is shown whole (not at 100% with scroll bars)."""
        return not self.actual_size

    def toggle_zoom(self) -> None:
        if not self.image.isNull():
            self.actual_size = not self.actual_size
            self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area.viewport() and event.type() == QEvent.Type.Resize:
            self._show()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_1, Qt.Key.Key_Z):
            self.toggle_zoom()
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        if self.image.isNull():
            self.picture.resize(self.area.viewport().size())
            return
        self.zoom_button.setText(
            self.tr("Fit to window") if self.actual_size else self.tr("Actual size (100%)")
        )
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.full)
        if not self.actual_size:
            room = self.area.viewport().size() * ratio
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(
                    room,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)
        self.picture.resize(
            max(self.area.viewport().width(), round(pixmap.width() / ratio)),
            max(self.area.viewport().height(), round(pixmap.height() / ratio)),
        )


def _read(path: Path) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    return reader.read()
