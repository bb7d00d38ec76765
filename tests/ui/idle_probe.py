"""A real Parley window left idle with a preset in the composer, as a process of its own.

Run as `python -m tests.ui.idle_probe [WIDTHxHEIGHT…]` with PARLEY_HOME holding a preset and a
display to show on. It starts the window the way run_gui does, waits for Claude to be ready
(the SDK's import costs a second of CPU), clicks the first preset chip, lets the window settle
for a second at each size, then watches it for an idle second and prints `size: WxH`,
`resizes: N` (the prompt box's and the composer's resize and layout events), `fits: N`,
`hidden_lines: 0|1` and `cpu_seconds: X` (the process's CPU time over that second).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.app import (
    build_main_window,
    make_application,
    open_store,
    run_until_closed,
    show_until_painted,
)
from desktop_app.ui.claude_connection import ConnectionState
from desktop_app.ui.crash_reporter import CrashReporter
from desktop_app.ui.main_window import MainWindow

SETTLE_MS = 1000  # past the draft estimate (half a second of quiet, then a count)
WATCH_MS = 1000  # the loop it looks for resized on every frame: a second is many


class EventCounter(QObject):
    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.count += 1
        return False


def when_ready(window: MainWindow, sizes: list[tuple[int, int]]) -> None:
    if window.connection.state is ConnectionState.STARTING:
        QTimer.singleShot(50, lambda: when_ready(window, sizes))
    else:
        watch(window, sizes)


def watch(window: MainWindow, sizes: list[tuple[int, int]]) -> None:
    edit = window.composer.edit
    counter = EventCounter(edit, edit.viewport(), window.composer)
    fits: list[int] = []
    edit.height_fitted.connect(fits.append)
    window.composer.attachments.chips.chips[0].click()

    def settle(remaining: list[tuple[int, int]]) -> None:
        if not remaining:
            window.close()
            return
        window.resize(*remaining[0])
        QTimer.singleShot(SETTLE_MS, lambda: start(remaining))

    def start(remaining: list[tuple[int, int]]) -> None:
        counter.count, fits[:] = 0, []
        began = time.process_time()

        def report() -> None:
            bar = edit.verticalScrollBar()
            hidden = int(bar.maximum() > 0 and not bar.isVisible())
            print(f"size: {window.width()}x{window.height()}")
            print(f"text_length: {len(window.composer.text())}")
            print(f"resizes: {counter.count}")
            print(f"fits: {len(fits)}")
            print(f"hidden_lines: {hidden}")
            print(f"cpu_seconds: {time.process_time() - began:.3f}", flush=True)
            settle(remaining[1:])

        QTimer.singleShot(WATCH_MS, report)

    settle(sizes)


def main(argv: list[str]) -> int:
    sizes = [_size(arg) for arg in argv] or [(1180, 780)]
    app = make_application(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    store = open_store()
    window = build_main_window(app, store)
    window.resize(*sizes[0])
    if show_until_painted(window):
        QTimer.singleShot(0, lambda: when_ready(window, sizes))
        run_until_closed(app, window, CrashReporter(), start_connection=True)
    store.close()
    return 0


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
