"""Loads the renderer's costly parts ahead of need, on a background thread.

The Markdown parser (~70 ms to import), each language's lexer (up to ~120 ms
the first time, for Python) and the formula typesetter (~160 ms) would otherwise
load on the UI thread in the middle of a stream, as one long stall, the moment the
first code block of that language (or the first formula) closes. On a thread the
interpreter hands the UI thread its turn every few milliseconds instead.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 1000  # after the window is up, before loading the renderer's parts
POLL_MS = 250
MAKE_WAY_S = 0.3  # the lexers wait this long after the chat starts building a conversation
MAKE_WAY_TOTAL_S = 1.0  # at most, all told: a reader flicking through conversations must
# not hold them off until the next stream, nor the freeze of start-up's objects with them

COMMON_LANGUAGES = (
    "python",
    "javascript",
    "typescript",
    "bash",
    "json",
    "html",
    "css",
    "sql",
    "rust",
    "go",
    "java",
    "c",
    "cpp",
    "yaml",
)

_thread: threading.Thread | None = None
_frozen = False
_modules_in = threading.Event()  # the parser and highlighter modules, before the lexers
_stopping = threading.Event()  # Parley is quitting: no new step begins
STOP_WAIT = 3.0  # seconds a quitting Parley waits for the step under way
_quiet_until = 0.0  # time.monotonic() before which the next lexer waits (see make_way)


def schedule_warm_up(parent: QObject, settled: Callable[[], bool]) -> None:
    """Start loading a second after the window is up; once loaded and `settled()` (the SDK
    is in), freeze what is alive (see freeze_loaded_objects)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)

    def tick() -> None:
        start_warm_up()
        if warm_up_done() and settled():
            freeze_loaded_objects()
        else:
            timer.start(POLL_MS)

    timer.timeout.connect(tick)
    timer.start(DELAY_MS)


def start_warm_up() -> None:
    """Start loading, once per process; later calls do nothing."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_warm_up, name="renderer-warm-up", daemon=True)
        _thread.start()


def stop_warm_up() -> None:
    """Before the interpreter ends: let the step under way finish and start no other. A
    daemon thread still importing while Python finalises can crash the process at exit."""
    _stopping.set()
    if _thread is not None:
        _thread.join(STOP_WAIT)


def make_way(seconds: float = MAKE_WAY_S) -> None:
    """The UI thread has a burst of work (a conversation's rows): the lexers still to warm
    wait that long, so it does not share the interpreter with them (it would run at half
    speed). One lexer already compiling finishes first."""
    global _quiet_until
    _quiet_until = max(_quiet_until, time.monotonic() + seconds)


def modules_loaded() -> bool:
    """Whether the renderer's modules are in (or failed to load); lexers may still be warming."""
    return _modules_in.is_set()


def warm_up_done() -> bool:
    return _thread is not None and not _thread.is_alive()


def frozen() -> bool:
    """Whether start-up's objects were frozen: what loads with the app is all in."""
    return _frozen


def freeze_loaded_objects() -> None:
    """Move every object alive now out of the garbage collector's sight, once per process.

    After start-up these are mostly modules, classes and functions (the SDK's alone
    are ~200,000 objects) that live as long as the app; a full collection walking
    them takes ~100 ms, a visible stall in the middle of a stream.
    """
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def _warm_up() -> None:
    from desktop_app.ui import worker_pause

    worker_pause.join()  # waits at its imports while the GUI thread runs a start-up step
    try:
        _warm_all()
    finally:
        worker_pause.leave()


def _warm_all() -> None:
    from desktop_app.ui import worker_pause

    try:
        from desktop_app.ui.rendering.code_highlighter import warm_lexer
        from desktop_app.ui.rendering.markdown_blocks import parse_blocks

        # A link too: the linkify rule compiles its patterns on the first text that has one.
        parse_blocks("# warm\n\n- a\n\n| a |\n|---|\n| b |\n\nhttps://example.com, www.example.org")
    finally:
        # The window opens its conversation now: the lexers (up to ~120 ms each, which no
        # pause can split) wait for that first. Failed or not, whoever waits goes on.
        make_way()
        _modules_in.set()
    patience = MAKE_WAY_TOTAL_S
    for language in COMMON_LANGUAGES:
        if _stopping.is_set():
            return
        while (wait := min(_quiet_until - time.monotonic(), patience)) > 0:
            time.sleep(wait)
            patience -= wait
        worker_pause.pause_here()
        warm_lexer(language)
    if not _stopping.is_set():
        _warm_formulas()


def _warm_formulas() -> None:
    """The formula typesetter (~160 ms to import, its math font read on first use)."""
    try:
        import ziamath

        ziamath.config.svg2 = False
        ziamath.Latex(r"x^2", size=14).svg()
    except Exception:  # a warm-up that fails leaves the work to first use
        pass
