"""A full-screen still of the screen on which the user drags out the part to attach.

Frameless and on top; outside the selection the picture is dimmed. Enter takes the whole
screen, Esc or a right click cancels. The selection is reported in the picture's pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from desktop_app.core.i18n import QT_TRANSLATE_NOOP

HINT = QT_TRANSLATE_NOOP(
    "RegionSelector", "Drag to select a region  ·  Enter: whole screen  ·  Esc: cancel"
)
MIN_SIDE = 8  # smaller drags are taken as clicks, not selections
ACCENT = QColor("#d97757")


class RegionSelector(QWidget):
    selected = Signal(QRect)  # in the picture's device pixels
    cancelled = Signal()

    def __init__(self, picture: QPixmap, screen: QScreen) -> None:
        super().__init__(
            None,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool,
        )
        self.setObjectName("regionSelector")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setWindowTitle(self.tr("Parley: select a region"))
        self.picture = picture
        self.origin: QPoint | None = None
        self.current: QPoint | None = None
        self._done = False
        self.setGeometry(screen.geometry())

    def selection(self) -> QRect:
        """The dragged rectangle in widget coordinates (empty before a drag)."""
        if self.origin is None or self.current is None:
            return QRect()
        return QRect(self.origin, self.current).normalized().intersected(self.rect())

    def to_picture(self, area: QRect) -> QRect:
        """Widget coordinates to the picture's pixels (they differ on scaled screens)."""
        sx = self.picture.width() / max(1, self.width())
        sy = self.picture.height() / max(1, self.height())
        return QRect(
            round(area.x() * sx),
            round(area.y() * sy),
            max(1, round(area.width() * sx)),
            max(1, round(area.height() * sy)),
        ).intersected(self.picture.rect())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), self.picture)
        shade = QColor(0, 0, 0, 120)
        area = self.selection()
        if area.isEmpty():
            painter.fillRect(self.rect(), shade)
        else:
            for part in _around(self.rect(), area):
                painter.fillRect(part, shade)
            painter.setPen(QPen(ACCENT, 2))
            painter.drawRect(QRectF(area).adjusted(1, 1, -1, -1))
            picture_area = self.to_picture(area)
            self._label(
                painter,
                f"{picture_area.width()} × {picture_area.height()}",
                area.bottomLeft() + QPoint(0, 8),
            )
        self._label(painter, self.tr(HINT), QPoint(self.width() // 2, 24), centred=True)

    def _label(self, painter: QPainter, text: str, at: QPoint, *, centred: bool = False) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() + 1)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        box = metrics.boundingRect(text).adjusted(-10, -6, 10, 6)
        box.moveTopLeft(at - QPoint(box.width() // 2 if centred else 0, 0))
        box.moveTopLeft(QPoint(max(4, min(box.x(), self.width() - box.width() - 4)), box.y()))
        if box.bottom() > self.height() - 4:
            box.moveBottom(self.height() - 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(20, 20, 22, 220))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor("#f4f3f0"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self._cancel()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.origin = self.current = event.position().toPoint()
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.origin is not None:
            self.current = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.origin is None:
            return
        self.current = event.position().toPoint()
        area = self.selection()
        if area.width() < MIN_SIDE or area.height() < MIN_SIDE:
            self.origin = self.current = None  # a click: let the user drag again
            self.update()
            return
        self._finish(self.to_picture(area))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            area = self.selection()
            self._finish(self.to_picture(area) if not area.isEmpty() else self.picture.rect())
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done:  # closed some other way (the window manager): nothing chosen
            self._done = True
            self.cancelled.emit()
        super().closeEvent(event)

    def _finish(self, area: QRect) -> None:
        if not self._done:
            self._done = True
            self.selected.emit(area)
            self.close()

    def _cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()
            self.close()


def _around(outer: QRect, inner: QRect) -> list[QRect]:
    """The four bands of `outer` outside `inner`."""
    return [
        QRect(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
        QRect(outer.left(), inner.bottom() + 1, outer.width(), outer.bottom() - inner.bottom()),
        QRect(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
        QRect(inner.right() + 1, inner.top(), outer.right() - inner.right(), inner.height()),
    ]
