"""File ▸ Export… and Import… (and the Settings' Data page): every conversation into one Parley
archive, or an archive's conversations merged into this home, on a pool thread with the
result said in the status bar. The list picks up imported conversations as it picks up any
change made elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from desktop_app import paths
from desktop_app.core.archive_format import SUFFIX, ArchiveError
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.errors import DatabaseError

MESSAGE_MS = 10_000


class ArchiveActions(QObject):
    finished = Signal(str)  # what happened, in words (also shown in the status bar)
    _done = Signal(str)  # from the pool thread to this object's thread

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status_bar = status_bar
        self.busy = False
        self._done.connect(self.on_done)

    def export_all(self, parent: QWidget, path: Path | None = None) -> None:
        if path is None:
            start = str(Path.home() / f"Parley{SUFFIX}")
            chosen, _ = QFileDialog.getSaveFileName(
                parent, self.tr("Export every conversation"), start,
                self.tr("Parley archive (*%1)").replace("%1", SUFFIX),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        target = path if path.suffix else path.with_suffix(SUFFIX)
        self._run(lambda: self._export(target), self.tr("Exporting…"))

    def import_archive(self, parent: QWidget, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                parent, self.tr("Import a Parley archive"), str(Path.home()),
                self.tr("Parley archive (*%1)").replace("%1", SUFFIX),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        source = path
        self._run(lambda: self._import(source), self.tr("Importing…"))

    def _run(self, work: Callable[[], str], note: str) -> None:
        if self.busy:
            return
        self.busy = True
        self.status_bar.showMessage(note)

        def job() -> None:
            try:
                said = work()
            except (ArchiveError, DatabaseError) as error:
                said = str(error)
            except OSError as error:
                said = self.tr("The archive could not be written or read: %1").replace(
                    "%1", str(error.strerror or error)
                )
            self._done.emit(said)

        QThreadPool.globalInstance().start(job)

    def on_done(self, said: str) -> None:
        self.busy = False
        self.status_bar.showMessage(said, MESSAGE_MS)
        self.finished.emit(said)

    def _export(self, target: Path) -> str:
        from desktop_app.storage.archive_export import ArchiveExport

        try:
            settings = paths.settings_path().read_text(encoding="utf-8")
        except OSError:
            settings = "{}"
        files = AttachmentStore(paths.attachments_dir())
        with ArchiveExport(paths.database_path(), files) as archive:
            done = archive.write(target, settings=settings)
        return (
            self.tr("Exported %1 conversations and %2 files to %3")
            .replace("%1", f"{done.conversations:,}")
            .replace("%2", f"{done.attachments:,}")
            .replace("%3", str(target))
        )

    def _import(self, source: Path) -> str:
        from desktop_app.storage.archive_import import ArchiveImport

        files = AttachmentStore(paths.attachments_dir())
        with ArchiveImport(paths.database_path(), files) as reader:
            done = reader.read(source)
        return (
            self.tr("Imported %1 conversations (%2 were here already)")
            .replace("%1", f"{done.imported:,}")
            .replace("%2", f"{done.present:,}")
        )
