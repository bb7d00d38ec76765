"""Garbage collection on the GUI thread only, paced by a timer.

Python collects on whichever thread happens to allocate: the SDK's loader, the renderer's
warm-up, a search or the keyring thread. A collection there frees Qt objects held only in
reference cycles (a QTimer, a QEventLoop) on the wrong thread, which Qt does not allow and
which can crash the process long after. So automatic collection stays off; this timer runs
the collection CPython would have run, generation by generation, on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250  # a young generation fills in far longer while the window is in use


class GcPacer(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self.collections = 0  # how many this pacer ran (for tests and the log)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.on_tick)
        self._timer.start(interval_ms)

    def on_tick(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as CPython would."""
        counts, limits = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if limits[generation] and counts[generation] >= limits[generation]:
                gc.collect(generation)
                self.collections += 1
                return

    def stop(self) -> None:
        """Back to Python's own collection (Parley is quitting: no GUI thread to run it)."""
        self._timer.stop()
        gc.enable()
