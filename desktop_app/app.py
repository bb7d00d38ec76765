"""The GUI entry point: window first, then Claude.

Order matters for start-up speed: the window is built and shown with only Qt,
core and storage imported; the SDK, the keyring and the model list come after
the first paint, on the qasync loop.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Callable

import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import paths
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.pricing import Pricing
from desktop_app.core.settings import Settings
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.errors import DatabaseError
from desktop_app.ui.claude_connection import ClaudeConnection
from desktop_app.ui.crash_reporter import CrashReporter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.theme import Theme

log = logging.getLogger(__name__)

EXIT_DATABASE = 2
EXIT_FAILURE = 1
SHUTDOWN_GRACE = 3.0  # seconds for streams to store their last text on close


class FirstPaintWatcher(QObject):
    """Calls back once, just after the first paint of a window's widgets."""

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this paint reaches the screen
        return False


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setDesktopFileName("parley")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "parley.svg"))))
    return app


def open_store() -> SqliteConversationStore:
    """The conversation database, with replies cut short by a crash marked as such."""
    store = SqliteConversationStore(paths.database_path())
    store.mark_interrupted()
    store.purge_deleted()  # deletions of earlier sessions are past their undo
    return store


def build_main_window(app: QApplication, store: SqliteConversationStore) -> MainWindow:
    settings = Settings.load(paths.settings_path())
    theme = Theme(app, settings.theme)
    theme.apply()
    connection = ClaudeConnection(
        store,
        ModelCatalogue(paths.models_cache_path()),
        base_url=os.environ.get("ANTHROPIC_BASE_URL") or None,
        prompt_caching=settings.prompt_caching,
    )
    return MainWindow(connection, Pricing.load(), settings, paths.settings_path(), theme)


def run_gui(argv: list[str]) -> int:
    app = make_application(argv)
    reporter = CrashReporter()
    reporter.install()
    try:
        store = open_store()
    except DatabaseError as error:
        log.error("Cannot open the database: %s", error)
        QMessageBox.critical(None, "Parley cannot start", str(error))
        return EXIT_DATABASE
    try:
        window = build_main_window(app, store)
    except Exception:
        log.exception("Parley could not start")
        QMessageBox.critical(None, "Parley cannot start", "Parley could not start; see its log.")
        return EXIT_FAILURE
    reporter.window = window
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    reporter.watch_loop(loop)
    app.setQuitOnLastWindowClosed(False)  # the loop ends when the window's streams are saved
    closed: asyncio.Future[None] = loop.create_future()
    window.closed.connect(lambda: None if closed.done() else closed.set_result(None))
    after_paint: Callable[[], object] = window.connection.start
    if os.environ.get("PARLEY_STARTUP_PROBE") == "1":
        after_paint = lambda: _report_first_paint(window)  # noqa: E731
    FirstPaintWatcher(window, after_paint)
    window.show()
    with loop:
        loop.run_until_complete(_until_closed(window, closed))
    store.close()
    return 0


def _report_first_paint(window: MainWindow) -> None:
    """The start-up probe of the benchmarks and the frozen smoke test: report, then quit."""
    import time

    loaded = int("anthropic" in sys.modules)
    print(f"first_paint {time.time()} sdk_loaded={loaded}", flush=True)
    window.close()


async def _until_closed(window: MainWindow, closed: asyncio.Future[None]) -> None:
    await closed
    try:
        await asyncio.wait_for(window.view_model.wait_idle(), SHUTDOWN_GRACE)
    except TimeoutError:
        log.warning("Some replies were still streaming at exit; they will show as interrupted")
    await window.connection.close()


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv))
