"""Garbage collection on the GUI thread only, paced by a timer, and none while start-up loads.

Python collects on whichever thread happens to allocate: the SDK's loader, the renderer's
warm-up, a search or the keyring thread. A collection there frees Qt objects held only in
reference cycles (a QTimer, a QEventLoop) on the wrong thread, which Qt does not allow and
which can crash the process long after. So automatic collection stays off; this timer runs
the collection CPython would have run, generation by generation, on the GUI thread.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250  # a young generation fills in far longer while the window is in use
HOLD_LIMIT_S = 30.0  # a start-up still loading after this long is collected as usual


class GcPacer(QObject):
    """`hold`: while it answers True (start-up is loading what lives as long as the app, to be
    frozen once in), no collection runs: each would walk the loaders' young objects on the
    GUI thread (a generation-1 pass took 44-98 ms there) to free next to nothing."""

    def __init__(
        self,
        parent: QObject,
        interval_ms: int = INTERVAL_MS,
        *,
        hold: Callable[[], bool] | None = None,
        hold_limit_s: float = HOLD_LIMIT_S,
    ) -> None:
        super().__init__(parent)
        gc.disable()
        self.collections = 0  # how many this pacer ran (for tests and the log)
        self._hold = hold
        self._hold_until = time.monotonic() + hold_limit_s
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.on_tick)
        self._timer.start(interval_ms)

    def on_tick(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as CPython would."""
        if self._hold is not None:
            if self._hold() and time.monotonic() < self._hold_until:
                return
            self._hold = None  # once let go, never held again
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
