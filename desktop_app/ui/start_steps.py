"""After the first paint, what the window still lacks, one small piece per event-loop turn.

Importing the helpers' modules and building them at once held the window ~55-80 ms
right after it appeared, and opening the last conversation with the chat's own modules
still to import held it again; in pieces, each turn stays short and keys and clicks are
handled between them. A user action that needs the helpers builds the rest at once.
"""

from __future__ import annotations

import contextlib
import importlib
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.ui import worker_pause

# What MainWindow.attach() imports (Claude's connection, the chat and its helpers), the
# modules they bring first: the first paint did without them.
ATTACH_MODULES = (
    "desktop_app.core.attachments",
    "desktop_app.ui.view_models.attachment_tray_model",
    "desktop_app.ui.widgets.attachment_tray",
    "desktop_app.ui.widgets.attachment_controls",
    "desktop_app.core.context_window",
    "desktop_app.ui.widgets.composer_status",
    "desktop_app.ui.conversation_options",
    "desktop_app.ui.drafts",
    "desktop_app.ui.message_commands",
    "desktop_app.ui.key_prompt",
    "desktop_app.ui.view_memory",
    "desktop_app.ui.tab_order",
    "concurrent.futures",
    "desktop_app.ui.claude_connection",
    "desktop_app.ui.view_models.chat_view_model",
    "desktop_app.core.pricing",
    "desktop_app.ui.view_models.message_actions",
    "desktop_app.ui.view_models.tool_transcript",
    "desktop_app.ui.widgets.chat_actions",
    "desktop_app.ui.widgets.error_card",
    "desktop_app.ui.widgets.message_column",
    "desktop_app.ui.widgets.chat_view",
    "desktop_app.ui.widgets.connection_label",
    "desktop_app.ui.widgets.model_item_delegate",
    "desktop_app.core.model_catalogue",
    "desktop_app.core.spend_report",
    "desktop_app.storage.usage_ledger",
    "desktop_app.ui.connection_factory",
)
# What MainWindow.finish_start() imports, the modules they bring first (each a few ms).
HELPER_MODULES = (
    "desktop_app.ui.widgets.drop_overlay",
    "desktop_app.ui.outside_changes",
    "desktop_app.ui.search_index_builder",
    "desktop_app.ui.budget_guard",
    "desktop_app.core.batch_job",
    "desktop_app.ui.view_models.batch_list_model",
    "desktop_app.ui.freedesktop_notifications",
    "desktop_app.ui.notifier",
    "desktop_app.ui.batch_follower",
    "desktop_app.ui.batch_actions",
    "desktop_app.core.request",
    "desktop_app.ui.send_estimator",
    "desktop_app.ui.context_watch",
    "desktop_app.core.conversation_find",
    "desktop_app.ui.conversation_finder",
    "desktop_app.ui.widgets.find_bar",
    "desktop_app.ui.settings.settings_applier",
    "desktop_app.ui.menu_bar",
    "desktop_app.ui.window_menus",
    "hashlib",
    "desktop_app.core.archive_format",
    "desktop_app.storage.attachment_store",
    "desktop_app.ui.archive_actions",
)
# What showing a conversation imports, once the renderer's parser and highlighter are in
# (some of these import them: on this thread before, they would wait for the warm-up).
CHAT_MODULES = (
    "PySide6.QtSvg",
    "desktop_app.core.citation_numbers",
    "desktop_app.core.server_tool_words",
    "desktop_app.ui.rendering.document_style",
    "desktop_app.ui.rendering.citation_marks",
    "desktop_app.ui.rendering.formula",
    "desktop_app.ui.rendering.inline_writer",
    "desktop_app.ui.rendering.block_writer",
    "desktop_app.ui.rendering.markdown_stream",
    "desktop_app.ui.widgets.text_view",
    "desktop_app.ui.widgets.message_card",
    "desktop_app.core.failure_note",
    "desktop_app.ui.view_models.reply_problem",
    "desktop_app.ui.widgets.reply_end_notice",
    "desktop_app.ui.widgets.message_actions_bar",
    "desktop_app.ui.rendering.json_lines",
    "desktop_app.ui.widgets.tool_card",
    "desktop_app.core.cache_saving",
    "desktop_app.ui.view_models.usage_summary",
)
POLL_MS = 15  # while waiting for the renderer's modules
RENDERER_WAIT_S = 5.0  # then the steps go on anyway, importing what is missing


class Finishing(Protocol):
    @property
    def parts_left(self) -> tuple[int, int]: ...

    def attach_step(self) -> bool: ...

    def finish_step(self) -> bool: ...


class StartSteps(QObject):
    """Imports ATTACH_MODULES one per turn, has the window attach its workings a part per
    turn, imports HELPER_MODULES one per turn, lets PySide set up its widget types, has the
    window build its helpers a part per turn (and calls `built`), waits for the renderer
    (`renderer_ready`), imports CHAT_MODULES one per turn, runs each of `warm`, then calls
    `then`: each in a turn of its own."""

    def __init__(
        self,
        window: Finishing,
        parent: QObject,
        *,
        built: Callable[[], object] | None = None,
        renderer_ready: Callable[[], bool],
        warm: Sequence[Callable[[], object]] = (),
        then: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self._renderer_ready = renderer_ready
        self._waiting_since: float | None = None
        self._pending: deque[Callable[[], bool]] = deque(_importer(n) for n in ATTACH_MODULES)
        attach_parts, finish_parts = window.parts_left
        self._pending.extend(_done(window.attach_step) for _ in range(attach_parts))
        self._pending.extend(_importer(n) for n in HELPER_MODULES)
        self._pending.append(_done(_meet_a_qt_made_widget))
        self._pending.extend(_done(window.finish_step) for _ in range(finish_parts))
        if built is not None:
            self._pending.append(_done(built))
        self._pending.append(self._renderer_in)
        self._pending.extend(_importer(name) for name in CHAT_MODULES)
        self._pending.extend(_done(action) for action in warm)
        self._pending.append(_done(then))
        QTimer.singleShot(0, self, self._next)

    @property
    def done(self) -> bool:
        return not self._pending

    def stop(self) -> None:
        """The window closed: nothing more is built for it."""
        self._pending.clear()

    def _next(self) -> None:
        if not self._pending:
            return
        with worker_pause.held():  # the loading threads wait: the step runs at full speed
            went = self._pending[0]()
            # And so do the layout and the paint it asked for: run after it with the threads
            # loading, their calls into Python waited for the GIL (~35 ms instead of ~10).
            QCoreApplication.sendPostedEvents()
        if went:
            self._pending.popleft()
            delay = 0
        else:
            delay = POLL_MS  # not yet: the same step again a little later
        if self._pending:
            QTimer.singleShot(delay, self, self._next)

    def _renderer_in(self) -> bool:
        now = time.monotonic()
        if self._waiting_since is None:
            self._waiting_since = now
        return self._renderer_ready() or now - self._waiting_since >= RENDERER_WAIT_S


def _done(action: Callable[[], object]) -> Callable[[], bool]:
    def step() -> bool:
        action()
        return True

    return step


def _meet_a_qt_made_widget() -> None:
    """The first widget made by Qt that Python is handed (a text box's viewport) makes PySide
    set up its QtWidgets types, ~10 ms: in a turn of its own, not within the helpers' step."""
    QPlainTextEdit().viewport()


def _importer(name: str) -> Callable[[], bool]:
    def load() -> bool:
        # One that fails is imported again where it is used, and its error raised there.
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
        return True

    return load
