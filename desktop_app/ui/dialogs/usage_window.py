"""The Usage view: this month's spending by day, the last twelve months, by model and by
conversation, the monthly budget, and a CSV export. It reads the ledger; it writes nothing
but the budget, which it hands up through `budget_changed`."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.budget import BudgetStatus
from desktop_app.core.pricing import format_cost, format_tokens
from desktop_app.core.spend_report import SpendReport, SpendRow
from desktop_app.ui.date_text import month_text, short_month
from desktop_app.ui.theme import Colours
from desktop_app.ui.view_models.usage_report import UsageReport
from desktop_app.ui.widgets.spend_chart import Bar, SpendChart


def cost_text(row: SpendRow) -> str:
    """A cost that never shows an unknown part as $0."""
    if row.requests and row.unknown_requests == row.requests:
        return QCoreApplication.translate("UsageWindow", "unknown")
    text = format_cost(row.cost_usd)
    if row.unknown_requests:
        text += QCoreApplication.translate(
            "UsageWindow", " + %n of unknown price", "", row.unknown_requests
        )
    return text


def short_cost_text(row: SpendRow) -> str:
    """For a table cell: a partly unknown cost is "at least" the known part."""
    if row.unknown_requests and row.unknown_requests < row.requests:
        return "≥ " + format_cost(row.cost_usd)
    return cost_text(row)


class UsageWindow(QDialog):
    budget_changed = Signal(object)  # float | None: the new monthly budget in USD

    def __init__(
        self,
        report: SpendReport,
        budget: float | None,
        colours: Colours,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.time,
        model_name: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usageWindow")
        self.setWindowTitle(self.tr("Usage"))
        self.resize(1120, 740)
        self._source, self._clock, self._budget = report, clock, budget
        self._model_name = model_name
        self.report = UsageReport.read(report, clock())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("usageTotal")
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.total_label)
        layout.addLayout(self._budget_row())
        self.day_title, self.day_chart = QLabel(self), SpendChart(colours, self)
        self.month_title = QLabel(self.tr("The last 12 months"), self)
        self.month_chart = SpendChart(colours, self)
        for widget in (self.day_title, self.day_chart, self.month_title, self.month_chart):
            if isinstance(widget, QLabel):
                widget.setObjectName("usageHeading")
            layout.addWidget(widget, 0 if isinstance(widget, QLabel) else 1)
        tables = QHBoxLayout()
        self.model_table = self._table(
            [self.tr("Model"), self.tr("Requests"), self.tr("Input"), self.tr("Output"),
             self.tr("Cache write"), self.tr("Cache read"), self.tr("Cost")]
        )  # fmt: skip
        self.model_table.setAccessibleName(self.tr("Spending by model"))
        self.conversation_table = self._table(
            [self.tr("Conversation"), self.tr("Requests"), self.tr("Cost")]
        )
        self.conversation_table.setAccessibleName(self.tr("Spending by conversation"))
        tables.addWidget(self.model_table, 3)
        tables.addWidget(self.conversation_table, 2)
        layout.addLayout(tables, 1)
        buttons = QHBoxLayout()
        self.note = QLabel(self)
        self.note.setObjectName("dialogNote")
        buttons.addWidget(self.note, 1)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.close)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.show_report()

    def _budget_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Monthly budget:"), self))
        self.budget_box = QDoubleSpinBox(self)
        self.budget_box.setObjectName("budgetBox")
        self.budget_box.setAccessibleName(self.tr("Monthly budget"))
        self.budget_box.setRange(0, 1_000_000)
        self.budget_box.setDecimals(2)
        self.budget_box.setPrefix("$")
        self.budget_box.setSpecialValueText(self.tr("No budget"))
        self.budget_box.setValue(self._budget or 0)
        self.budget_box.editingFinished.connect(self.on_budget_box_editing_finished)
        row.addWidget(self.budget_box)
        self.budget_label = QLabel(self)
        self.budget_label.setObjectName("budgetShare")
        row.addWidget(self.budget_label, 1)
        return row

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        return table

    def refresh(self, *_changed: object) -> None:
        """Read the ledger again; connected to what may have spent meanwhile."""
        self.report = UsageReport.read(self._source, self._clock())
        self.show_report()

    def show_report(self) -> None:
        report, total = self.report, self.report.total
        start = dt.datetime.fromtimestamp(report.month.start)
        month_name = month_text(start.year, start.month)
        if total.requests:
            text = self.tr("This month ({0}): %n requests, {1}", "", total.requests)
            text = text.format(month_name, cost_text(total))
            if total.batch_cost_usd:
                text += self.tr(" (batch {0})").format(format_cost(total.batch_cost_usd))
        else:
            text = self.tr("Nothing spent this month ({0}).").format(month_name)
        self.total_label.setText(text)
        self.day_title.setText(self.tr("This month, by day"))
        self.day_chart.set_bars(
            [self._bar(r, r.key[-2:].lstrip("0")) for r in report.days], label_every=5
        )
        self.month_chart.set_bars([self._bar(r, _month_label(r.key)) for r in report.months])
        self._fill_models(report.models)
        self._fill_conversations(report.conversations)
        self._show_budget()

    def _bar(self, row: SpendRow, label: str) -> Bar:
        tip = self.tr("{0}: {1}, %n requests", "", row.requests).format(row.key, cost_text(row))
        return Bar(label, row.cost_usd, tip, unknown=row.unknown_requests > 0)

    def _fill_models(self, rows: list[SpendRow]) -> None:
        self.model_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = [
                self._model_name(row.key),
                str(row.requests),
                format_tokens(row.usage.input_tokens),
                format_tokens(row.usage.output_tokens),
                format_tokens(row.usage.cache_creation_input_tokens),
                format_tokens(row.usage.cache_read_input_tokens),
                short_cost_text(row),
            ]
            self._put(self.model_table, i, cells, cost_text(row))

    def _fill_conversations(self, rows: list[SpendRow]) -> None:
        self.conversation_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            title = row.label or self.tr("Untitled conversation")
            cells = [title, str(row.requests), short_cost_text(row)]
            self._put(self.conversation_table, i, cells, cost_text(row))

    def _put(self, table: QTableWidget, row: int, cells: list[str], tip: str) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tip if column == len(cells) - 1 else text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        for column in range(1, table.columnCount()):
            table.resizeColumnToContents(column)

    def _show_budget(self) -> None:
        status = BudgetStatus(self.report.total.cost_usd, self._budget)
        if status.share is None:
            self.budget_label.setText(self.tr("No monthly budget set."))
        else:
            self.budget_label.setText(self.tr("{0} % of it used.").format(status.percent))

    def on_budget_box_editing_finished(self) -> None:
        value = round(self.budget_box.value(), 2) or None
        if value != self._budget:
            self._budget = value
            self._show_budget()
            self.budget_changed.emit(value)

    def on_export_button_clicked(self) -> None:
        name = f"parley-usage-{self.report.month.label}.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export usage"), str(Path.home() / name), self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the CSV; a failure is one plain sentence under the tables."""
        try:
            self.report.write_csv(path)
        except OSError as error:
            self.note.setText(
                self.tr("Could not write {0}: {1}.").format(path.name, error.strerror or error)
            )
            return False
        self.note.setText(self.tr("Saved to {0}.").format(path))
        return True


def _month_label(key: str) -> str:
    return short_month(dt.datetime.strptime(key, "%Y-%m").month)
