"""Garbage is collected on the GUI thread alone: a cycle made and dropped on a worker thread,
however much that thread allocates afterwards, is freed by the pacer's timer on the GUI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop_app.ui.gc_pacer import GcPacer


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only a collection frees it


def test_cycles_dropped_on_a_worker_thread_are_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    owner = QObject()
    pacer = GcPacer(owner, interval_ms=20)
    freed_on: list[int] = []
    kept: list[object] = []  # survivors keep generation 0's count up, as a working app's do
    try:
        assert not gc.isenabled()

        def worker() -> None:
            node = Node()
            weakref.finalize(node, lambda: freed_on.append(threading.get_ident()))
            del node
            kept.extend([object()] for _ in range(5_000))  # far past generation 0's threshold

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert freed_on == []  # the worker never collected
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
        assert freed_on == [threading.main_thread().ident]
        assert pacer.collections >= 1
    finally:
        pacer.stop()
        if not was_enabled:
            gc.disable()
    assert gc.isenabled() or not was_enabled


def test_no_collection_while_start_up_is_loading_then_as_usual(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    owner = QObject()
    loading = [True]
    pacer = GcPacer(owner, interval_ms=20, hold=lambda: loading[0])
    kept: list[object] = []
    try:
        node = Node()
        freed = weakref.finalize(node, lambda: None)
        del node
        kept.extend([object()] for _ in range(5_000))  # generation 0 full many times over
        qtbot.wait(200)  # ten ticks
        assert freed.alive and pacer.collections == 0
        loading[0] = False  # what start-up loads is in (and frozen)
        qtbot.waitUntil(lambda: not freed.alive, timeout=5_000)
        assert pacer.collections >= 1
    finally:
        pacer.stop()
        if not was_enabled:
            gc.disable()


def test_a_start_up_that_never_settles_is_collected_after_the_limit(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    owner = QObject()
    pacer = GcPacer(owner, interval_ms=20, hold=lambda: True, hold_limit_s=0.2)
    kept: list[object] = []
    try:
        node = Node()
        freed = weakref.finalize(node, lambda: None)
        del node
        kept.extend([object()] for _ in range(5_000))
        qtbot.waitUntil(lambda: not freed.alive, timeout=5_000)
    finally:
        pacer.stop()
        if not was_enabled:
            gc.disable()
