"""`SearchIndexBuilder`: finishes the short-query index of an older history in the background.

A daemon thread with its own connection runs `build_step` (one short transaction each, a
pause between them so the window's own writes get the file), and reports the progress to a
label in the status bar. Killed at any point, the next start goes on from the last step.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop_app.storage.database import open_database
from desktop_app.storage.search_index_build import build_progress, build_step

log = logging.getLogger(__name__)

START_DELAY_MS: Final = 1500  # after the window is up and the first screen is drawn
PAUSE_S: Final = 0.05  # between steps: the window's writes wait at most one step


class SearchIndexBuilder(QObject):
    progress_changed = Signal(float)  # 0..1
    build_finished = Signal()

    def __init__(self, database: Path, status_bar: QStatusBar, parent: QObject | None = None):
        super().__init__(parent)
        self._database = database
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self.label = QLabel(status_bar)
        self.label.setObjectName("searchIndexProgress")
        self.label.hide()
        status_bar.addPermanentWidget(self.label)
        queued = Qt.ConnectionType.QueuedConnection
        self.progress_changed.connect(self.on_progress_changed, queued)
        self.build_finished.connect(self.on_build_finished, queued)
        QTimer.singleShot(START_DELAY_MS, self.start)

    def start(self) -> None:
        if self._thread is None and not self._stopping.is_set():
            self._thread = threading.Thread(target=self._run, name="search-index", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop after the step under way (its transaction commits or rolls back whole)."""
        self._stopping.set()

    def on_progress_changed(self, fraction: float) -> None:
        percent = f"{fraction * 100:.0f}"
        self.label.setText(self.tr("Indexing history for search: %1 %").replace("%1", percent))
        self.label.setToolTip(
            self.tr("Short searches (one or two letters) get fast once this is done.")
        )
        self.label.show()

    def on_build_finished(self) -> None:
        self.label.hide()

    def _run(self) -> None:
        try:
            conn = open_database(self._database)
        except Exception:
            log.exception("Cannot open the database to index it for search")
            return
        try:
            if build_progress(conn).done:
                return
            while not self._stopping.is_set():
                progress = build_step(conn)
                self.progress_changed.emit(progress.fraction)
                if progress.done:
                    self.build_finished.emit()
                    return
                time.sleep(PAUSE_S)
        except Exception:  # a locked or full disk: searches stay right, only slower
            log.exception("Indexing for search stopped; the next start goes on")
        finally:
            conn.close()
