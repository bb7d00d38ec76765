"""A bar chart of spending drawn with QPainter in the theme's colours (QtCharts is not in
PySide6-Essentials): one bar per day or month, its figure in a tooltip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop_app.core.pricing import format_cost
from desktop_app.ui.theme import Colours


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # under the bar ("4", "Mar")
    value: float  # USD, the priced part
    tip: str  # the whole story, shown on hover
    unknown: bool = False  # some of its requests have no known price: marked with "?"


class SpendChart(QWidget):
    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colours
        self._bars: list[Bar] = []
        self._label_every = 1
        self.setMouseTracking(True)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(560, 180)

    def set_bars(self, bars: list[Bar], *, label_every: int = 1) -> None:
        self._bars = bars
        self._label_every = max(1, label_every)
        self.update()

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours
        self.update()

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = metrics.horizontalAdvance(format_cost(self._top())) + 10
        # A line of headroom above the tallest bar keeps its "?" mark inside the widget.
        top = metrics.height() + 6
        return QRectF(
            left, top, self.width() - left - 6, self.height() - top - metrics.height() - 8
        )

    def _top(self) -> float:
        return max((bar.value for bar in self._bars), default=0.0) or 1.0

    def _slot(self, plot: QRectF) -> float:
        return plot.width() / max(1, len(self._bars))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self._colours
        plot, top = self._plot(), self._top()
        metrics = QFontMetrics(self.font())
        painter.setPen(QPen(QColor(c.border), 1))
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(c.muted))
            text = format_cost(top * fraction) if fraction else "$0"
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.setPen(QPen(QColor(c.border), 1))
        slot = self._slot(plot)
        width = max(2.0, slot * 0.7)
        painter.setPen(Qt.PenStyle.NoPen)
        for i, bar in enumerate(self._bars):
            x = plot.left() + i * slot + (slot - width) / 2
            height = plot.height() * bar.value / top
            if bar.value > 0:
                painter.setBrush(QColor(c.accent))
                painter.drawRoundedRect(
                    QRectF(x, plot.bottom() - max(height, 2.0), width, max(height, 2.0)), 2, 2
                )
            if bar.unknown:
                painter.setPen(QColor(c.error_text))
                painter.drawText(
                    QRectF(
                        x - 6,
                        plot.bottom() - height - metrics.height() - 2,
                        width + 12,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    "?",
                )
                painter.setPen(Qt.PenStyle.NoPen)
        painter.setPen(QColor(c.muted))
        for i, bar in enumerate(self._bars):
            if i % self._label_every and i != len(self._bars) - 1:
                continue
            x = plot.left() + i * slot
            painter.drawText(
                QRectF(x - 20, plot.bottom() + 4, slot + 40, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                bar.label,
            )
        painter.end()

    def bar_at(self, x: float) -> int | None:
        plot = self._plot()
        if not self._bars or not plot.left() <= x < plot.right():
            return None
        return min(len(self._bars) - 1, int((x - plot.left()) / self._slot(plot)))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position().x())
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self._bars[index].tip, self)
        super().mouseMoveEvent(event)
