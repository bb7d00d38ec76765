"""Turns unexpected exceptions into a log entry and a plain message, never a traceback on screen.

The log file itself is set up by desktop_app.log, shared with the CLI.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop_app.log import configure as configure_log

if TYPE_CHECKING:
    import asyncio  # imported by the app after the window's first paint

    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("parley")

MESSAGE = (
    "Something went wrong inside Parley. Your conversations are safe; the details were "
    "written to the log:\n{path}\n\nYou can keep working. If it happens again, restart Parley."
)


class CrashReporter:
    def __init__(self) -> None:
        self.log_path: Path | None = None
        self.window: QWidget | None = None
        self._box: QMessageBox | None = None

    def install(self) -> None:
        self.log_path = configure_log("parley")
        sys.excepthook = self.on_exception
        threading.excepthook = self.on_thread_exception

    def watch_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        loop.set_exception_handler(self.on_loop_exception)

    def on_exception(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("Unhandled exception", exc_info=(kind, error, trace))
        self.tell_user()

    def on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        # Widgets belong to the UI thread: from a worker we only log.
        if args.exc_type is not None and args.exc_value is not None:
            exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
            log.critical("Unhandled exception in a thread", exc_info=exc_info)

    def on_loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        import asyncio

        error = context.get("exception")
        if isinstance(error, asyncio.CancelledError):
            return
        exc_info = (type(error), error, error.__traceback__) if error is not None else None
        log.error("Asyncio: %s", context.get("message", "error"), exc_info=exc_info)
        if error is not None:
            self.tell_user()

    def tell_user(self) -> None:
        if self._box is not None and self._box.isVisible():
            return  # one message is enough for a burst of failures
        from PySide6.QtWidgets import QMessageBox  # on demand: its set-up slows every start

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Parley",
            MESSAGE.format(path=self.log_path or "(no log: the data folder is not writable)"),
            parent=self.window,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self._box = box
        box.open()
