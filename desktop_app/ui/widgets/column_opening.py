"""A conversation's first screen built a slice per event-loop turn, shown only once it is full.

Built in one go, the rows of a screen held the loop 15-40 ms (more on a busy machine, on
the window's first open of a conversation, while the SDK still loads on its thread); in
slices a key or click is handled between them. The chat paints nothing meanwhile: it keeps
showing what it showed, then the full screen at its place, so nothing flickers or jumps.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.ui import worker_pause

SLICE_S = 0.005  # rows are built in a turn until this is spent (a first row takes ~4-7 ms)


class ColumnOpening(QObject):
    """Runs `steps` (each builds a row) a slice per turn, with `frozen` painting nothing until
    they end; then `finished` (also on `complete()`, never on `cancel()`)."""

    finished = Signal()

    def __init__(self, steps: Iterator[None], frozen: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self._steps: Iterator[None] | None = steps
        self._frozen = frozen
        self._inside = False  # a step is running (a generator cannot be entered twice)
        frozen.setUpdatesEnabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._timer.start()

    def complete(self) -> None:
        """Build the rest now (something needs the screen as it will be)."""
        self._run(None)

    def cancel(self) -> None:
        """Another conversation replaces this one: stop building, paint again."""
        self._timer.stop()
        self._steps = None
        self._frozen.setUpdatesEnabled(True)
        self.deleteLater()

    def _slice(self) -> None:
        with worker_pause.held():  # the start's loading threads wait: the slice runs at speed
            self._run(time.perf_counter() + SLICE_S)

    def _run(self, deadline: float | None) -> None:
        steps = self._steps
        if steps is None or self._inside:
            return  # done, or asked for from within a step: the steps go on from there
        self._inside = True
        try:
            for _ in steps:
                if self._steps is not steps:
                    return  # a step led to cancel(): what is left is for the old messages
                if deadline is not None and time.perf_counter() > deadline:
                    self._timer.start()
                    return
        finally:
            self._inside = False
        if self._steps is steps:
            self._end()

    def _end(self) -> None:
        self._timer.stop()
        self._steps = None
        self._frozen.setUpdatesEnabled(True)
        self.deleteLater()
        self.finished.emit()
