"""The GUI entry point: window first, then Claude.

Order matters for start-up speed: the window is built, shown and painted on Qt's
own event loop with only Qt, core values and storage imported. asyncio and qasync
(~35 ms to import), the SDK, the keyring and the model list come after the first
paint, on the qasync loop.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import paths
from desktop_app.core.launch_request import LaunchRequest
from desktop_app.core.settings import Settings
from desktop_app.instance_lock import InstanceLock
from desktop_app.storage.backups import Backups
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.errors import DatabaseError, NotADatabaseError
from desktop_app.ui.crash_reporter import CrashReporter
from desktop_app.ui.gc_pacer import GcPacer
from desktop_app.ui.hangul_font import install_hangul_font
from desktop_app.ui.import_scan import make_import_scan_cheap
from desktop_app.ui.language import apply_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.signal_watch import SignalWatch
from desktop_app.ui.theme import STYLE_FROM_ARGV, Theme

if TYPE_CHECKING:
    import asyncio

    from desktop_app.core.pricing import Pricing
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.quick_ask_window import QuickAskWindow

log = logging.getLogger(__name__)

EXIT_DATABASE = 2
EXIT_FAILURE = 1
SHUTDOWN_GRACE = 3.0  # seconds for streams to store their last text on close
DAILY_BACKUP_DELAY_MS = 3000  # after the first paint, once start-up work has settled


class FirstPaintWatcher(QObject):
    """Calls back once, just after the first paint of a window.

    It watches the window alone: an application-wide filter would wrap every object
    that gets an event in Python, and wrapping Qt's private classes makes PySide set up
    its whole class tree first (~15 ms before the first paint).
    """

    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)  # after this paint reaches the screen
        return False


def make_application(argv: list[str]) -> QApplication:
    make_import_scan_cheap()  # for what loads from now on, when started other than by main()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fusion from the command line: Theme.apply's setStyle() would hand PySide the style,
        # which then builds QStyle's enums (~5 ms) before the first paint.
        app = QApplication([*argv, "-style", "Fusion"])
        app.setProperty(STYLE_FROM_ARGV, True)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    app.setDesktopFileName("parley")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "parley.svg"))))
    install_hangul_font()  # before the first paint: Korean titles must not show as boxes
    return app


def open_store() -> SqliteConversationStore:
    """The conversation database, with replies cut short by a crash marked as such (one that
    a `parley ask` is writing right now keeps its heartbeat and is left alone)."""
    store = SqliteConversationStore(paths.database_path())
    store.mark_interrupted()
    store.purge_deleted()  # deletions of earlier sessions are past their undo
    return store


def build_main_window(
    app: QApplication, store: SqliteConversationStore, *, first_paint_only: bool = False
) -> MainWindow:
    """The window; `first_paint_only` leaves out what the first paint can do without, until
    `after_first_paint`."""
    settings = Settings.load(paths.settings_path())
    apply_language(app, settings.language)  # before any widget exists: it is built translated
    theme = Theme(app, settings.theme, settings.font_size)
    theme.apply()

    def connect() -> tuple[ClaudeConnection, Pricing]:
        from desktop_app.ui.connection_factory import make_connection  # after the first paint

        return make_connection(store, settings)

    window = MainWindow(
        store, settings, paths.settings_path(), theme, connect, first_paint_only=True
    )
    if not first_paint_only:
        after_first_paint(window)
    return window


def run_gui(argv: list[str], *, lock: InstanceLock | None = None) -> int:
    """The window; or, when Parley already runs on this data folder, hand it the arguments.
    `lock`: the instance lock, when the caller took it already."""
    lock = lock or InstanceLock.try_acquire(paths.instance_lock_path())
    if lock is None:
        from desktop_app.ui.instance_client import forward_launch

        return forward_launch(argv[1:])
    try:
        return _run_window(argv)
    finally:
        lock.release()


def _run_window(argv: list[str]) -> int:
    app = make_application(argv)
    # Before the database check: its recovery dialog speaks the chosen language too.
    apply_language(app, Settings.load(paths.settings_path()).language)
    reporter = CrashReporter()
    reporter.install()
    store = open_store_or_recover()
    if store is None:
        return EXIT_DATABASE
    try:
        window = build_main_window(app, store, first_paint_only=True)
    except Exception:
        log.exception("Parley could not start")
        _refuse_to_start(QCoreApplication.translate("App", "Parley could not start; see its log."))
        return EXIT_FAILURE
    reporter.window = window
    app.setQuitOnLastWindowClosed(False)  # the loop ends when the window's streams are saved
    # A kill, a closed session or Ctrl+C in the terminal closes the window as its close box
    # does: replies being written keep what arrived, marked interrupted, then Parley quits.
    signals = SignalWatch(app)
    signals.received.connect(window.on_signal_received)
    request = LaunchRequest.from_argv(argv[1:])
    quick = None
    if request.quick:  # `parley --quick`: the quick window, with the main window's workings
        from desktop_app.ui.quick_ask_window import make_quick_window

        window.attach()
        quick = make_quick_window(window)
    painted = show_until_painted(quick or window)  # `parley --quick`: the quick window alone
    # main() turned collection off for the start (its objects all live on); from now on it
    # runs on this thread alone, paced by a timer (a collection on another thread frees Qt
    # objects there), once what start-up loads is in and frozen.
    pacer = make_gc_pacer(app)
    if painted:
        probe = os.environ.get("PARLEY_STARTUP_PROBE") == "1"
        if probe:
            _report_first_paint(window)
        else:
            QTimer.singleShot(DAILY_BACKUP_DELAY_MS, start_daily_backup)
        integrate = None if probe else lambda: _integrate(window, quick, request)
        try:
            after_first_paint(window, renderer_first=True, helpers_built=integrate)
        except Exception:
            log.exception("Parley could not start")
            window.hide()
            _refuse_to_start(
                QCoreApplication.translate("App", "Parley could not start; see its log.")
            )
            signals.close()
            store.close()
            return EXIT_FAILURE
        run_until_closed(app, window, reporter, start_connection=not probe)
    signals.close()
    store.close()
    QThreadPool.globalInstance().waitForDone(60_000)  # a daily backup finishing its copy
    from desktop_app.ui.rendering.warm_up import stop_warm_up

    stop_warm_up()
    pacer.stop()
    if Backups(paths.database_path()).pending_file.is_file():
        _restart()  # the Backups dialog asked for a restore: done at the next start
    return 0


def make_gc_pacer(app: QApplication) -> GcPacer:
    """Collections on the GUI thread, none until start-up's loading is frozen (as run_gui
    starts them; the responsiveness benchmark does the same)."""
    from desktop_app.ui.rendering import warm_up

    return GcPacer(app, hold=lambda: not warm_up.frozen())


def open_store_or_recover() -> SqliteConversationStore | None:
    """The store, after any restore the window asked for; a damaged file is offered to be kept
    aside (restoring a backup or starting fresh); None when Parley cannot start."""
    from desktop_app.storage.set_aside import damage_mark, is_damaged

    backups = Backups(paths.database_path())
    try:
        backups.apply_pending()
        mark = damage_mark(backups.database)
        if mark.exists():  # the last session met a bad page: check the whole file, once
            mark.unlink()
            if is_damaged(backups.database):
                raise NotADatabaseError(backups.database)
        return open_store()
    except NotADatabaseError as error:
        log.error("The database is damaged: %s", error)
        return _recover(backups, str(error))
    except DatabaseError as error:
        log.error("Cannot open the database: %s", error)
        _refuse_to_start(str(error))
        return None


def _recover(backups: Backups, problem: str) -> SqliteConversationStore | None:
    from desktop_app.storage.set_aside import AsideReason, set_aside
    from desktop_app.ui.dialogs.damaged_database_dialog import Recovery, ask_recovery

    listed = backups.list()
    choice = ask_recovery(problem, listed[0] if listed else None)
    try:
        match choice:
            case Recovery.RESTORE:
                kept = backups.restore(1)
            case Recovery.FRESH:
                kept = set_aside(backups.database, AsideReason.DAMAGED)
            case Recovery.QUIT:
                return None
        log.warning("The damaged database was kept as %s", kept)
        return open_store()
    except (DatabaseError, OSError) as error:
        log.error("Recovery failed: %s", error)
        _refuse_to_start(str(error))
        return None


def start_daily_backup() -> None:
    """Back up once a day on a pool thread: the copy of a large file must not freeze the
    window. Its check doubles as a daily integrity check of the database."""
    backups = Backups(paths.database_path())

    def work() -> None:
        try:
            made = backups.daily()
        except DatabaseError as error:
            log.warning("The daily backup failed: %s", error)
            return
        if made is not None:
            log.info("Daily backup %s (%d bytes)", made.path, made.size)

    QThreadPool.globalInstance().start(work)


def _restart() -> None:
    """Start Parley again in this process (exec keeps no file or lock of the old one)."""
    log.info("Restarting to restore a backup")
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, sys.orig_argv)


def _refuse_to_start(text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # only on failure: its set-up slows every start

    QMessageBox.critical(None, QCoreApplication.translate("App", "Parley cannot start"), text)


def show_until_painted(window: MainWindow | QuickAskWindow) -> bool:
    """Show the window and run Qt's event loop until its first paint; False if it closed first."""
    waiting = QEventLoop()
    FirstPaintWatcher(window, waiting.quit)
    window.closed.connect(waiting.quit)
    window.show()
    waiting.exec()
    window.closed.disconnect(waiting.quit)
    return window.isVisible()


def after_first_paint(
    window: MainWindow,
    *,
    renderer_first: bool = False,
    helpers_built: Callable[[], object] | None = None,
) -> None:
    """What the first paint did without: the window's workings (Claude's connection, the
    chat), its watchers and counters, and the last conversation.

    With `renderer_first` (as Parley starts) the helpers come in pieces, one per turn of the
    event loop (StartSteps), and the conversation opens on a later turn, once the Markdown
    parser and highlighter (~150 ms of imports) have loaded on the warm-up thread.
    `helpers_built` is called once the helpers are in (at once without `renderer_first`).
    """
    if not renderer_first:
        window.finish_start()
        if helpers_built is not None:
            helpers_built()
        return
    from desktop_app.ui.rendering.warm_up import modules_loaded, start_warm_up
    from desktop_app.ui.start_steps import StartSteps

    start_warm_up()

    def open_recent() -> None:
        if window.current_id is None:  # the user has not opened one meanwhile
            window.open_recent(in_slices=True)
        else:  # nothing to put back, but where the user goes from now on is to be saved
            window.memory.restore()

    def warm_chat() -> None:  # first-use costs of the chat's text, in a turn of their own
        from desktop_app.ui.rendering.document_style import DocumentStyle
        from desktop_app.ui.rendering.markdown_blocks import parse_blocks

        DocumentStyle.of(window.chat.colours)  # its Qt enums and formats, kept by colours
        parse_blocks("www.example.org")  # the link finder's pattern, out of `re`'s cache by now

    steps = StartSteps(
        window,
        window,
        built=helpers_built,
        renderer_ready=modules_loaded,
        warm=[warm_chat],
        then=open_recent,
    )
    window.closed.connect(steps.stop)


def _integrate(window: MainWindow, quick: QuickAskWindow | None, request: LaunchRequest) -> None:
    """The tray, notifications and the answer to second launches (QtNetwork loads now)."""
    try:
        from desktop_app.ui.desktop_integration import DesktopIntegration
    except ImportError as error:  # libQt6Network links Kerberos, which a system may lack
        log.warning("Parley runs without its desktop integration: %s", error)
        return
    DesktopIntegration(window, quick).start(request)


def run_until_closed(
    app: QApplication, window: MainWindow, reporter: CrashReporter, *, start_connection: bool
) -> None:
    """The qasync loop, from just after the first paint until the window's streams are saved."""
    import asyncio  # imported only now: the first paint need not wait for them

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    reporter.watch_loop(loop)
    closed: asyncio.Future[None] = loop.create_future()
    window.closed.connect(lambda: None if closed.done() else closed.set_result(None))
    if start_connection:
        window.start_connection()
    with loop:
        loop.run_until_complete(_until_closed(window, closed))


def _report_first_paint(window: MainWindow) -> None:
    """The start-up probe of the benchmarks and the frozen smoke test: report, then close."""
    import time

    loaded = int("anthropic" in sys.modules)
    print(f"first_paint {time.time()} sdk_loaded={loaded}", flush=True)
    print(f"first_paint_cpu_ms {time.process_time() * 1000:.1f}", flush=True)  # load-proof
    QTimer.singleShot(0, window.close)  # on the qasync loop, which then ends as on any close


async def _until_closed(window: MainWindow, closed: asyncio.Future[None]) -> None:
    import asyncio

    await closed
    if not window.attached:  # closed before its workings came: nothing was started
        return
    try:
        await asyncio.wait_for(window.view_model.wait_idle(), SHUTDOWN_GRACE)
    except TimeoutError:
        log.warning("Some replies were still streaming at exit; they will show as interrupted")
    await window.connection.close()


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv))
