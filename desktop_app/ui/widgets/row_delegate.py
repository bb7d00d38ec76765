"""Paints one sidebar row: a title and a quiet second text, beside it or beneath it, and a
pin before the title of a pinned row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
PAD_X = 10
PAD_Y = 7
GAP = 8


class RowDelegate(QStyledItemDelegate):
    def __init__(
        self,
        detail_role: int,
        *,
        beneath: bool,
        mark_role: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._detail_role = detail_role
        self._beneath = beneath
        self._mark_role = mark_role  # true on a pinned row

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        lines = 2 if self._beneath else 1
        return QSize(100, lines * line + (lines - 1) * 2 + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect.adjusted(4, 1, -4, -1)
        palette: QPalette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self._background(option, palette))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 7, 7)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(self._detail_role) or "")
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.88))
        painter.setFont(small)
        detail_metrics = painter.fontMetrics()
        if self._beneath:
            line = option.fontMetrics.height()
            title_rect = QRect(inner.left(), inner.top(), inner.width(), line)
            detail_rect = QRect(inner.left(), inner.top() + line + 2, inner.width(), line)
        else:
            # A pixel of slack: the advance is rounded, and a short "3 min" must not elide.
            detail_width = min(detail_metrics.horizontalAdvance(detail) + 2, inner.width() // 3)
            detail_rect = QRect(
                inner.right() - detail_width, inner.top(), detail_width, inner.height()
            )
            title_rect = inner.adjusted(0, 0, -(detail_width + GAP), 0)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        elided = detail_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, detail_rect.width())
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignLeft if self._beneath else Qt.AlignmentFlag.AlignRight
        )
        painter.drawText(detail_rect, int(align), elided)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        if self._mark_role is not None and index.data(self._mark_role):
            title_rect = title_rect.adjusted(_draw_pin(painter, title_rect, palette), 0, 0, 0)
        title_metrics = painter.fontMetrics()
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        painter.restore()

    def _background(
        self, option: QStyleOptionViewItem, palette: QPalette
    ) -> QBrush | Qt.BrushStyle:
        view = self.parent()
        if isinstance(view, QAbstractItemView) and not (
            view.underMouse() or view.selectedIndexes()
        ):
            # No row can be selected or hovered: `option.state` would make PySide build QStyle's
            # enums (~6 ms), which a first paint over a kept history does without.
            return Qt.BrushStyle.NoBrush
        from PySide6.QtWidgets import QStyle

        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            return palette.highlight()
        if state & QStyle.StateFlag.State_MouseOver:
            return palette.button()
        return Qt.BrushStyle.NoBrush

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect.adjusted(4, 2, -4, -2))


def _draw_pin(painter: QPainter, rect: QRect, palette: QPalette) -> int:
    """A small drawn pin (no emoji font needed) at the left of `rect`; returns its width."""
    size = min(12, rect.height())
    top = rect.top() + (rect.height() - size) // 2
    colour = palette.color(QPalette.ColorRole.PlaceholderText)  # seen on a selected row too
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRect(rect.left() + 3, top, size // 2 + 2, size // 2 + 2))
    pen = painter.pen()
    pen.setStyle(Qt.PenStyle.SolidLine)
    pen.setColor(colour)
    pen.setWidthF(1.6)
    painter.setPen(pen)
    head_centre = rect.left() + 3 + (size // 2 + 2) // 2
    painter.drawLine(head_centre, top + size // 2, head_centre - 3, top + size)
    painter.restore()
    return size + 4
