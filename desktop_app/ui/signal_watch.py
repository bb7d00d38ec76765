"""`SignalWatch`: SIGTERM, SIGHUP and SIGINT reach the window as a Qt signal, `received`.

A Python signal handler runs only when the interpreter gets control, never while Qt sits in
its C++ event loop (before the first paint it always does). So the handlers do nothing
themselves: Python's C-level handler writes the signal's number to a socket
(`signal.set_wakeup_fd`), a `QSocketNotifier` wakes Qt, and `received` is emitted there.
On POSIX that socket is a plain pipe: importing `socket` costs ~4 ms before the first paint.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

ENDING_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")  # by name: Windows has no SIGHUP


def _ignore(_number: int, _frame: object) -> None:
    """The number reaches the socket before this runs; the notifier acts on it."""


class _Pipe:
    """One end of a non-blocking pipe, with the calls the watch makes of a socket."""

    def __init__(self, fd: int) -> None:
        os.set_blocking(fd, False)
        self._fd = fd

    def fileno(self) -> int:
        return self._fd

    def read(self, size: int) -> bytes:
        return os.read(self._fd, size)

    def close(self) -> None:
        os.close(self._fd)


class _Socket:
    """One end of a non-blocking socket pair (Windows wakes only on a socket)."""

    def __init__(self, sock: Any) -> None:
        sock.setblocking(False)
        self._sock = sock

    def fileno(self) -> int:
        return int(self._sock.fileno())

    def read(self, size: int) -> bytes:
        return bytes(self._sock.recv(size))

    def close(self) -> None:
        self._sock.close()


def _wakeup_pair() -> tuple[_Pipe | _Socket, _Pipe | _Socket]:
    """Reader and writer ends for `signal.set_wakeup_fd`."""
    if sys.platform == "win32":
        import socket

        reader, writer = socket.socketpair()
        return _Socket(reader), _Socket(writer)
    read_fd, write_fd = os.pipe()
    return _Pipe(read_fd), _Pipe(write_fd)


class SignalWatch(QObject):
    received = Signal(int)  # the signal's number

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = _wakeup_pair()
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
            data = self._reader.read(64)
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
