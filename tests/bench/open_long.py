"""open_long: a 2,000-message conversation opened in the real main window, to its last screen.

The window first opens a short conversation (so the message modules are loaded,
as they are in a running app), then the long one; the time runs from the call
that opens it until the chat's viewport has painted at the bottom with the last
message built. Prints `open_long_ms` (median of a few openings; goal ≤ 150)
and `open_long_rss_mb` (resident memory after opening), then
`open_long_rss_scrolled_mb` after scrolling to the top and back, which stays
close to it because rows far from the viewport are dropped.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

MESSAGES = 2_000
RUNS = 5


def _rss_mb() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fill_store(store) -> tuple[int, int]:
    from desktop_app.core.conversation import Role, Usage, text_block
    from tests.bench.stream_render import long_answer

    short = store.create_conversation("claude-sonnet-4-6", title="short")
    store.add_message(short.id, Role.USER, [text_block("hello")])
    store.add_message(short.id, Role.ASSISTANT, [text_block("**Hi**, with `code`.")])
    long = store.create_conversation("claude-sonnet-4-6", title="long")
    for i in range(MESSAGES // 2):
        store.add_message(
            long.id, Role.USER, [text_block(f"Question {i}: how does part {i} work?")]
        )
        answer = long_answer(40 + (i * 37) % 400, seed=i)
        store.add_message(
            long.id,
            Role.ASSISTANT,
            [text_block(answer)],
            model="claude-sonnet-4-6",
            usage=Usage(100, 400),
        )
    return short.id, long.id


def _open_and_wait(window, conversation_id: int) -> float:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted = [False]

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted[0] = True
            return False

    chat = window.chat
    watch = PaintWatch()
    chat.viewport().installEventFilter(watch)
    start = time.perf_counter()
    window.open_conversation(conversation_id)
    bar = chat.verticalScrollBar()
    last_id = chat.column.messages[-1].id
    deadline = start + 30
    while time.perf_counter() < deadline:
        painted[0] = False
        QApplication.processEvents()
        settled = bar.value() == bar.maximum() and chat.column.row_of(last_id) is not None
        if painted[0] and settled:
            break
    elapsed = time.perf_counter() - start
    chat.viewport().removeEventFilter(watch)
    return elapsed


def _scroll_through(window) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    bar = window.chat.verticalScrollBar()
    for _ in range(4000):
        if bar.value() == 0 and window.chat.column.first == 0:
            break
        bar.setValue(max(0, bar.value() - window.chat.viewport().height()))
        QApplication.processEvents()
        # No event loop runs here to delete dropped rows, as the app's does: do it by hand.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.chat.jump_to_latest()
    for _ in range(50):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _rows_alive(window) -> int:
    from desktop_app.ui.widgets.message_card import MessageRow

    return len(window.chat.widget().findChildren(MessageRow))


def run() -> None:
    from desktop_app.app import build_main_window, make_application, open_store

    with tempfile.TemporaryDirectory() as home:
        os.environ["PARLEY_HOME"] = home
        os.environ.setdefault("ANTHROPIC_API_KEY", "bench")
        os.environ["ANTHROPIC_BASE_URL"] = "http://127.0.0.1:9"  # nothing is asked here
        app = make_application([])
        store = open_store()
        short_id, long_id = _fill_store(store)
        window = build_main_window(app, store)
        window.show()
        app.processEvents()
        times = []
        for _ in range(RUNS):
            window.open_conversation(short_id)
            app.processEvents()
            times.append(_open_and_wait(window, long_id))
        rss = _rss_mb()
        _scroll_through(window)
        rss_scrolled = _rss_mb()
        alive = _rows_alive(window)
        window.close()
        store.close()
    print(f"open_long_ms: {statistics.median(times) * 1000:.0f} ms")
    print(f"open_long_rows_alive: {alive} rows (of {MESSAGES} messages)")
    print(f"open_long_rss_mb: {rss:.0f} MB")
    print(f"open_long_rss_scrolled_mb: {rss_scrolled:.0f} MB")
