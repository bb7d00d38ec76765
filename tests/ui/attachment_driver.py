"""Helpers for the attachment tests: pictures and files to attach, and a drag and drop onto the
real window done as Qt does it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.conversation import Role
from desktop_app.ui.dialogs.image_viewer import ImageViewer
from desktop_app.ui.widgets.drop_overlay import DropOverlay
from desktop_app.ui.widgets.message_attachments import MessageImage
from tests.fakeapi import FakeApi
from tests.ui.chat_driver import WAIT_MS, ChatDriver


def picture(width: int, height: int, colour: str = "#3b6fd8") -> QImage:
    """A picture with some structure (a flat one would look like a failed screen grab)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f4f2"))
    painter = QPainter(image)
    painter.fillRect(QRect(width // 8, height // 8, width // 2, height // 3), QColor(colour))
    painter.fillRect(QRect(width // 2, height // 2, width // 3, height // 4), QColor("#222"))
    painter.end()
    return image


def png_file(folder: Path, name: str, width: int = 320, height: int = 200) -> Path:
    path = folder / name
    assert picture(width, height).save(str(path))  # PNG, from the name
    return path


def file_mime(*files: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    return mime


def drop(ui: ChatDriver, mime: QMimeData, *, on: QWidget | None = None) -> DropOverlay:
    """Drag the data in over the prompt box, as from a file manager, and drop it on the overlay
    (or on one of its widgets, such as a preset button)."""
    viewport = ui.window.composer.edit.viewport()
    action, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(10, 10), action, mime, left, none)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    overlay = ui.window.drop_target.overlay
    assert overlay is not None and overlay.isVisible()
    target = on or overlay.title
    at = QPointF(target.mapTo(overlay, target.rect().center()))
    # The overlay is now the widget under the pointer: Qt moves the drag over to it.
    QApplication.sendEvent(overlay, QDragEnterEvent(at, action, mime, left, none))
    move = QDragMoveEvent(at, action, mime, left, none)
    QApplication.sendEvent(overlay, move)
    assert move.isAccepted()
    QApplication.sendEvent(overlay, QDropEvent(at, action, mime, left, none))
    assert not overlay.isVisible()
    return overlay


def wait_prepared(ui: ChatDriver, count: int) -> None:
    model = ui.window.composer.attachments.model
    ui.qtbot.waitUntil(lambda: len(model.items()) == count and not model.preparing, timeout=WAIT_MS)


def refusal_texts(ui: ChatDriver) -> list[str]:
    rows = ui.window.composer.attachments.tray.refusal_rows
    return [row.label.text() for row in rows if row.isVisible()]


def sent_blocks(fakeapi: FakeApi, index: int = 0) -> list[dict[str, object]]:
    content = fakeapi.message_requests()[index]["messages"][-1]["content"]
    assert isinstance(content, list)
    return content


def transcript_image(ui: ChatDriver) -> MessageImage:
    def image() -> MessageImage | None:
        for card in ui.window.chat.cards.values():
            strip = card.attachment_strip
            if card.role is Role.USER and strip is not None and strip.images():
                return strip.images()[0]
        return None

    ui.qtbot.waitUntil(lambda: (found := image()) is not None and found.loaded, timeout=WAIT_MS)
    found = image()
    assert found is not None
    return found


def wait_viewer(ui: ChatDriver) -> ImageViewer:
    def viewer() -> ImageViewer | None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImageViewer)]
        return next((w for w in shown if w.isVisible()), None)

    ui.qtbot.waitUntil(lambda: viewer() is not None, timeout=WAIT_MS)
    found = viewer()
    assert found is not None
    return found
