"""The model picker's list: each model's name, then a dim line with its price and what it is
good for. The closed picker shows the name only, so it stays narrow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.core.model_info import ModelInfo
from desktop_app.core.pricing import ModelPrice

DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1  # the second line's text
PAD = 6


def good_for(model: ModelInfo) -> str:
    """One line on what the model's family suits; "" for a family Parley does not know."""
    match model.family:
        case "haiku":
            return QCoreApplication.translate(
                "ModelItem", "fast and cheap: titles, extraction, simple questions"
            )
        case "sonnet":
            return QCoreApplication.translate("ModelItem", "balanced: most work, code, screenshots")
        case "opus":
            return QCoreApplication.translate("ModelItem", "hardest problems, long agentic work")
    return ""


def _usd(value: float) -> str:
    return f"${value:.0f}" if value == int(value) else f"${value:.2f}"


def price_line(price: ModelPrice | None) -> str:
    if price is None:
        return QCoreApplication.translate("ModelItem", "price unknown")
    rates = price.standard
    return QCoreApplication.translate("ModelItem", "{0} / {1} per M tokens").format(
        _usd(rates.input), _usd(rates.output)
    )


def model_details(model: ModelInfo, price: ModelPrice | None) -> str:
    """ "$3 / $15 per M tokens · balanced: most work, code, screenshots"."""
    return " · ".join(part for part in (price_line(price), good_for(model)) if part)


Index = QModelIndex | QPersistentModelIndex


class ModelItemDelegate(QStyledItemDelegate):
    """Two lines per model: the name, and the details (DETAILS_ROLE) smaller and dim."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        base = super().sizeHint(option, index)
        details = str(index.data(DETAILS_ROLE) or "")
        if not details:
            return base
        small = QFontMetrics(self._small_font(option))
        width = max(base.width(), small.horizontalAdvance(details) + 3 * PAD)
        return QSize(width, option.fontMetrics.height() + small.height() + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        details = str(index.data(DETAILS_ROLE) or "")
        if not details:
            super().paint(painter, option, index)
            return
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        name = view.text
        view.text = ""
        widget: QWidget | None = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(group)
        rect: QRect = option.rect.adjusted(2 * PAD, PAD // 2, -PAD, -PAD // 2)
        top = QRect(rect.left(), rect.top(), rect.width(), option.fontMetrics.height() + PAD // 2)
        painter.save()
        painter.setPen(colour)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), name)
        dim = colour
        dim.setAlphaF(0.65)
        painter.setPen(dim)
        painter.setFont(self._small_font(option))
        bottom = QRect(rect.left(), top.bottom() + 1, rect.width(), rect.bottom() - top.bottom())
        painter.drawText(
            bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), details
        )
        painter.restore()

    @staticmethod
    def _small_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        return font
