"""The Batches view's table: one row per job, newest first, updated in place as polls return.

Columns: label, model, created, progress (drawn as a bar by the view's delegate), counts and
status. A job's row is found by its local id, so a poll changes one row and no more.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.core.batch_job import BatchJob, ProcessingStatus, RequestCounts
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.date_text import date_time_text

JOB_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's BatchJob
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # (done, total) for the progress bar

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    LABEL = 0
    MODEL = 1
    CREATED = 2
    PROGRESS = 3
    COUNTS = 4
    STATUS = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchListModel", text)


def status_text(job: BatchJob) -> str:
    """The job's state in plain words."""
    if job.status is ProcessingStatus.ENDED:
        return (
            QCoreApplication.translate("BatchListModel", "Ended")
            if job.results_read
            else QCoreApplication.translate("BatchListModel", "Ended, reading results…")
        )
    if job.stranded(time.time()):
        return QCoreApplication.translate("BatchListModel", "Never sent")
    return {
        ProcessingStatus.SUBMITTING: QCoreApplication.translate("BatchListModel", "Sending…"),
        ProcessingStatus.IN_PROGRESS: QCoreApplication.translate("BatchListModel", "In progress"),
        ProcessingStatus.CANCELING: QCoreApplication.translate("BatchListModel", "Canceling…"),
    }.get(job.status, job.status.value)


def counts_text(counts: RequestCounts) -> str:
    """e.g. "2 processing · 3 succeeded · 1 errored"; zero counts are left out."""
    names = {
        "processing": QCoreApplication.translate("BatchListModel", "processing"),
        "succeeded": QCoreApplication.translate("BatchListModel", "succeeded"),
        "errored": QCoreApplication.translate("BatchListModel", "errored"),
        "canceled": QCoreApplication.translate("BatchListModel", "canceled"),
        "expired": QCoreApplication.translate("BatchListModel", "expired"),
    }
    parts = [f"{n} {names[name]}" for name, n in counts.to_dict().items() if n]
    return " · ".join(parts) or "—"


class BatchListModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("BatchListModel", "Batch"),
        QT_TRANSLATE_NOOP("BatchListModel", "Model"),
        QT_TRANSLATE_NOOP("BatchListModel", "Created"),
        QT_TRANSLATE_NOOP("BatchListModel", "Progress"),
        QT_TRANSLATE_NOOP("BatchListModel", "Requests"),
        QT_TRANSLATE_NOOP("BatchListModel", "Status"),
    )

    def __init__(
        self, parent: QObject | None = None, *, model_name: Callable[[str], str] = str
    ) -> None:
        super().__init__(parent)
        self.model_name = model_name  # "Claude Haiku 4.5" for the id, from the catalogue
        self.jobs: list[BatchJob] = []

    def set_jobs(self, jobs: list[BatchJob]) -> None:
        self.beginResetModel()
        self.jobs = sorted(jobs, key=lambda j: (j.created_at, j.id), reverse=True)
        self.endResetModel()

    def put(self, job: BatchJob) -> None:
        """A job new or changed: its row is replaced, or a new one added at the top."""
        for row, known in enumerate(self.jobs):
            if known.id == job.id:
                self.jobs[row] = job
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.jobs.insert(0, job)
        self.endInsertRows()

    def row_of(self, job_id: int) -> int:
        return next((row for row, job in enumerate(self.jobs) if job.id == job_id), -1)

    def job_at(self, row: int) -> BatchJob | None:
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        job = self.job_at(index.row())
        if job is None:
            return None
        if role == JOB_ROLE:
            return job
        if role == PROGRESS_ROLE:
            return (job.counts.done, job.counts.total)
        if role == Qt.ItemDataRole.ToolTipRole:
            if job.error:
                return QCoreApplication.translate(
                    "BatchListModel", "The last poll failed: %1"
                ).replace("%1", job.error)
            return f"{job.label}\n{job.name}" if index.column() == Column.LABEL else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match Column(index.column()):
            case Column.LABEL:
                return job.label or job.name
            case Column.MODEL:
                return self.model_name(job.model)
            case Column.CREATED:
                return date_time_text(job.created_at)
            case Column.PROGRESS:
                return f"{job.counts.done}/{job.counts.total}"
            case Column.COUNTS:
                return counts_text(job.counts)
            case Column.STATUS:
                return status_text(job) + (" ⚠" if job.error else "")
