"""UI fixtures: a qasync loop on pytest-qt's QApplication, and ready main windows.

qasync runs asyncio callbacks as Qt timer and socket events, so every
`qtbot.waitUntil` also drives the streams; no second loop is needed.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import build_main_window, open_store
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.ui.main_window import MainWindow
from tests.fakeapi import FakeApi
from tests.ui.chat_driver import ChatDriver

WindowFactory = Callable[..., ChatDriver]


@pytest.fixture(scope="session")
def session_loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """One qasync loop for the whole run, like the app's one loop. Never stopped: stop()
    would quit the QApplication that pytest-qt shares between tests."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    executor = qasync.QThreadExecutor(4)  # ours, so its threads end before the interpreter
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    # already_running marks the loop as this thread's running loop; between UI tests it is
    # not, so a plain asyncio test may follow a UI test in the same process (pytest-xdist
    # hands tests to its workers in any order).
    asyncio._set_running_loop(None)
    yield loop
    asyncio._set_running_loop(loop)
    gc.collect()  # SDK clients closing themselves on collection need a few loop turns
    _drain(qapp, loop)
    executor.shutdown(wait=True)


@pytest.fixture
def qt_loop(qapp: QApplication, session_loop: qasync.QEventLoop) -> Iterator[qasync.QEventLoop]:
    """The loop, with whatever a test left running cancelled and unwound afterwards."""
    asyncio._set_running_loop(session_loop)
    try:
        yield session_loop
        for task in asyncio.all_tasks(session_loop):
            task.cancel()
        _drain(qapp, session_loop)
    finally:
        asyncio._set_running_loop(None)


def _drain(qapp: QApplication, loop: qasync.QEventLoop) -> None:
    for _ in range(200):
        if all(t.done() for t in asyncio.all_tasks(loop)):
            return
        qapp.processEvents()


@pytest.fixture
def claude_env(fakeapi: FakeApi, monkeypatch: pytest.MonkeyPatch) -> FakeApi:
    """The fake API as Parley's endpoint, with a key in the environment."""
    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", fakeapi.url)
    return fakeapi


@pytest.fixture
def open_window(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, parley_home: Path
) -> Iterator[WindowFactory]:
    """Builds main windows the way run_gui does; each may be closed and rebuilt ("restart")."""
    opened: list[tuple[MainWindow, SqliteConversationStore]] = []

    def make(*, ready: bool = True) -> ChatDriver:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        store = open_store()
        window = build_main_window(app, store)
        window.show()
        qtbot.waitExposed(window)
        window.connection.start()
        opened.append((window, store))
        driver = ChatDriver(window, qtbot)
        if ready:
            driver.wait_ready()
        return driver

    yield make
    for window, store in opened:
        close_window(qtbot, window)
        window.deleteLater()
        store.close()


def close_window(qtbot: QtBot, window: MainWindow) -> None:
    """Close as the app does: stop the streams and let them store what they have."""
    if window.isVisible():
        window.close()
    if not window.attached:  # closed before its workings came: nothing streams or connects
        return
    qtbot.waitUntil(lambda: not window.view_model.busy_ids(), timeout=10_000)
    closing = asyncio.ensure_future(window.connection.close())
    qtbot.waitUntil(closing.done, timeout=10_000)


@pytest.fixture
def ready_window(claude_env: FakeApi, open_window: WindowFactory) -> ChatDriver:
    """A main window on a fresh PARLEY_HOME, talking to the fake API, ready to send."""
    return open_window()
