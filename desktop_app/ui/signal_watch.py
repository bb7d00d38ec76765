"""`SignalWatch`: SIGTERM, SIGHUP and SIGINT reach the window as a Qt signal, `received`.

A Python signal handler runs only when the interpreter gets control, never while Qt sits in
its C++ event loop (before the first paint it always does). So the handlers do nothing
themselves: Python's C-level handler writes the signal's number to a socket
(`signal.set_wakeup_fd`), a `QSocketNotifier` wakes Qt, and `received` is emitted there.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, Signal

ENDING_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")  # by name: Windows has no SIGHUP


def _ignore(_number: int, _frame: object) -> None:
    """The number reaches the socket before this runs; the notifier acts on it."""


class SignalWatch(QObject):
    received = Signal(int)  # the signal's number

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, object] = {}
        for name in ENDING_SIGNALS:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, _ignore)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self.on_activated)

    def on_activated(self) -> None:
        try:
            data = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        for number in data:
            if number in self._previous:
                self.received.emit(number)

    def close(self) -> None:
        """Give the signals back to what handled them before."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            with contextlib.suppress(TypeError, ValueError):
                signal.signal(number, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
