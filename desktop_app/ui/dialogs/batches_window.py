"""The Batches view: every job with its progress and counts, Cancel, Resubmit failed, Export, and
the chosen job's requests below, a failed one with its error in plain words.

Not modal: it follows the jobs while the chat goes on. Opening a result asks the main window
through `conversation_chosen`; the work itself is the BatchFollower's.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import private_file
from desktop_app.core.batch_export import ResultFormat, result_row, write_results
from desktop_app.core.batch_job import FAILED_OUTCOMES, BatchJob, BatchRequest, Outcome
from desktop_app.core.ports import ConversationStore
from desktop_app.ui.batch_follower import BatchFollower
from desktop_app.ui.theme import LIGHT
from desktop_app.ui.view_models.batch_list_model import (
    PROGRESS_ROLE,
    BatchListModel,
    Column,
)

CONVERSATION_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LISTED = 300  # requests listed beyond the failed ones
FORMATS = {"CSV (*.csv)": ResultFormat.CSV, "JSONL (*.jsonl)": ResultFormat.JSONL,
           "Markdown (*.md)": ResultFormat.MARKDOWN}  # fmt: skip


class ProgressDelegate(QStyledItemDelegate):
    """Draws a job's done/total as a bar in the theme's accent, readable when the row is
    selected and in either theme (the style's own bar is pale in the app's palette)."""

    def __init__(self, accent: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accent = accent

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        done, total = index.data(PROGRESS_ROLE) or (0, 0)
        rect = QRectF(option.rect.adjusted(6, 7, -6, -7))
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, 4, 4)
        if total:
            filled = QRectF(rect)
            filled.setWidth(rect.width() * done / total)
            painter.setBrush(QColor(self.accent()))
            painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text_rect = rect.adjusted(0, -4, 0, 4)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, f"{done}/{total}")
        painter.restore()


class BatchesWindow(QDialog):
    conversation_chosen = Signal(int)
    new_batch_requested = Signal()

    def __init__(
        self,
        follower: BatchFollower,
        conversations: ConversationStore,
        parent: QWidget | None = None,
        *,
        model_name: Callable[[str], str] = str,
        accent: Callable[[], str] = lambda: LIGHT.accent,
    ) -> None:
        super().__init__(parent)
        self.follower = follower
        self.conversations = conversations
        self.setObjectName("batchesWindow")
        self.setWindowTitle(self.tr("Batches"))
        self.resize(960, 580)
        self.model = BatchListModel(self, model_name=model_name)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Batch jobs"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.PROGRESS, ProgressDelegate(accent, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.LABEL, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.LABEL, 200)
        header.setSectionResizeMode(Column.COUNTS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.PROGRESS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.PROGRESS, 110)
        self.details = QListWidget(self)
        self.details.setObjectName("batchRequests")
        self.details.setAccessibleName(self.tr("Requests of the chosen job"))
        self.details.setWordWrap(True)
        self.details.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.details.setResizeMode(QListWidget.ResizeMode.Adjust)
        # Off, the items take the viewport's width, so a long error wraps instead of running on.
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.itemActivated.connect(self.on_request_activated)
        self.details.currentTextChanged.connect(self.on_request_chosen)
        self.empty = QLabel(
            self.tr("No batches yet. “New batch…” sends many requests at half price."), self
        )
        self.empty.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("batchNote")
        self.note.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New batch…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel batch"), self)
        self.open_button = QPushButton(self.tr("Open results"), self)
        self.resubmit_button = QPushButton(self.tr("Resubmit failed"), self)
        self.export_button = QPushButton(self.tr("Export results…"), self)
        for button in self._buttons():
            button.setAutoDefault(False)  # Enter does nothing by surprise in a list of jobs
        self.new_button.clicked.connect(self.new_batch_requested)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.resubmit_button.clicked.connect(self.on_resubmit_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        follower.job_changed.connect(self.on_job_changed)
        follower.failed.connect(self.note.setText)
        self.reload()

    def _buttons(self) -> list[QPushButton]:
        return [self.new_button, self.cancel_button, self.open_button, self.resubmit_button,
                self.export_button]  # fmt: skip

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.open_button, self.resubmit_button):
            buttons.addWidget(button)
        buttons.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([320, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def reload(self) -> None:
        self.model.set_jobs(self.follower.store.jobs())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def current_job(self) -> BatchJob | None:
        return self.model.job_at(self.table.currentIndex().row())

    def on_job_changed(self, job: BatchJob) -> None:
        self.model.put(job)
        current = self.current_job()
        if current is None:
            self.table.selectRow(self.model.row_of(job.id))
        elif current.id == job.id:
            self._update()

    def on_current_changed(self) -> None:
        self.note.setText("")
        self._update()

    def _update(self) -> None:
        job = self.current_job()
        self.empty.setVisible(self.model.rowCount() == 0)
        self.details.clear()
        opened = failed = False
        shown = hidden = 0
        for request in self.follower.store.requests(job.id) if job is not None else ():
            opened = opened or request.conversation_id is not None
            failed = failed or request.outcome in FAILED_OUTCOMES
            # A 100,000-request job lists its failures and the first few hundred others.
            if shown < MAX_LISTED or request.outcome in FAILED_OUTCOMES:
                self._add_request(request)
                shown += 1
            else:
                hidden += 1
        if hidden:
            QListWidgetItem(self.tr("… and %n more", "", hidden), self.details)
        sent = job is not None and job.batch_id is not None
        stranded = job is not None and job.stranded(time.time())
        # A job stranded by a crash mid-send can only be removed: the API never had it.
        self.cancel_button.setText(self.tr("Remove") if stranded else self.tr("Cancel batch"))
        self.cancel_button.setEnabled(stranded or (sent and job is not None and not job.ended))
        self.open_button.setEnabled(opened)
        self.resubmit_button.setEnabled(job is not None and job.finished and failed)
        self.export_button.setEnabled(job is not None and job.finished)
        if job is not None and job.error and not self.note.text():
            self.note.setText(self.tr("The last poll failed: %1").replace("%1", job.error))

    def _add_request(self, request: BatchRequest) -> None:
        words = {
            None: self.tr("waiting"),
            Outcome.SUCCEEDED: self.tr("succeeded — double-click to open"),
            Outcome.ERRORED: self.tr("error"),
            Outcome.CANCELED: self.tr("canceled"),
            Outcome.EXPIRED: self.tr("expired (not done within 24 hours)"),
        }
        text = f"{request.source_name or request.custom_id} — {words[request.outcome]}"
        if request.error:
            text += f": {request.error}"
        item = QListWidgetItem(text, self.details)
        item.setToolTip(text)
        item.setData(CONVERSATION_ROLE, request.conversation_id)

    def on_request_chosen(self, text: str) -> None:
        """The chosen request in full below the list: a long error may not fit its row."""
        self.note.setText(text)

    def on_request_activated(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(CONVERSATION_ROLE)
        if conversation_id is not None:
            self.conversation_chosen.emit(int(conversation_id))

    def on_open_clicked(self) -> None:
        job = self.current_job()
        if job is None:
            return
        for request in self.follower.store.requests(job.id):
            if request.conversation_id is not None:
                self.conversation_chosen.emit(request.conversation_id)
                return

    def on_cancel_clicked(self) -> None:
        job = self.current_job()
        if job is not None and job.stranded(time.time()):
            self.follower.store.delete_job(job.id)
            self.reload()
        elif job is not None:
            self.follower.cancel(job)

    def on_resubmit_clicked(self) -> None:
        job = self.current_job()
        if job is not None:
            self.follower.resubmit_failed(job)

    def on_export_clicked(self) -> None:
        job = self.current_job()
        if job is None:
            return
        name = (job.label or job.name)[:40].replace("/", "-") or "batch"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export results"), str(Path.home() / f"{name}.csv"), ";;".join(FORMATS)
        )
        if path:
            self.export(job, Path(path), FORMATS.get(chosen) or _format_of(Path(path)))

    def export(self, job: BatchJob, path: Path, fmt: ResultFormat) -> bool:
        """Write `job`'s results to `path`; a failure is said in the note, never raised."""
        try:
            with private_file.replacing_text(path, newline="") as out:
                count = write_results(self._rows(job), fmt, out)
        except OSError as error:
            self.note.setText(
                self.tr("Could not write %1: %2").replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )  # fmt: skip
            return False
        done = (
            self.tr("Exported %n result to %1.", "", count)
            if count == 1
            else self.tr("Exported %n results to %1.", "", count)
        )
        self.note.setText(done.replace("%1", str(path)))
        return True

    def _rows(self, job: BatchJob) -> Iterator[dict[str, Any]]:
        for request in self.follower.store.requests(job.id):
            answer = ""
            if request.conversation_id is not None:
                messages = self.conversations.messages(request.conversation_id)
                answer = messages[-1].text if messages else ""
            yield result_row(request, answer)


def _format_of(path: Path) -> ResultFormat:
    suffix = path.suffix.lower().lstrip(".")
    return {"jsonl": ResultFormat.JSONL, "md": ResultFormat.MARKDOWN}.get(suffix, ResultFormat.CSV)
