"""`BackgroundSearch`: the sidebar's search on a worker thread with its own read-only connection.

A newer query bumps a generation and interrupts the older one's statement
(`Connection.interrupt`); pages of hits come back through a queued signal stamped with their
generation, so hits of a superseded query never reach the list. The GUI thread only posts
requests and receives pages: it never waits for SQLite.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import sqlite3
import threading
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, Qt, Signal

from desktop_app.core.conversation import SearchHit

log = logging.getLogger(__name__)

LIMIT: Final = 200  # hits kept per query
FIRST_PAGE: Final = 25  # what fills the visible list, found first
BUSY_TIMEOUT_MS: Final = 2000


class BackgroundSearch(QObject):
    hits_found = Signal(object)  # list[SearchHit]: the next page of the current query
    search_finished = Signal(bool)  # the current query is done; whether it found anything
    _page_found = Signal(int, object)  # generation, list[SearchHit] (from the worker)
    _worker_finished = Signal(int, bool)  # generation, found anything

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._generation = 0
        self._requests: queue.SimpleQueue[tuple[int, str] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._page_found.connect(self.on_page_found, queued)
        self._worker_finished.connect(self.on_worker_finished, queued)

    @property
    def generation(self) -> int:
        return self._generation

    def start(self, query: str) -> None:
        """Search for `query`, dropping whatever search is under way."""
        self.cancel()
        if self._thread is None:
            # A daemon: a search under way never keeps the app from quitting.
            self._thread = threading.Thread(target=self._run, name="search", daemon=True)
            self._thread.start()
        self._requests.put((self._generation, query))

    def cancel(self) -> None:
        self._generation += 1
        conn = self._conn
        if conn is not None:
            # The one Connection method meant for another thread; closed meanwhile: no matter.
            with contextlib.suppress(sqlite3.ProgrammingError):
                conn.interrupt()

    def stop(self) -> None:
        self.cancel()
        if self._thread is not None:
            self._requests.put(None)
            self._thread = None

    def on_page_found(self, generation: int, hits: list[SearchHit]) -> None:
        if generation == self._generation:
            self.hits_found.emit(hits)

    def on_worker_finished(self, generation: int, found: bool) -> None:
        if generation == self._generation:
            self.search_finished.emit(found)

    def _run(self) -> None:
        while (request := self._requests.get()) is not None:
            generation, query = request
            if generation == self._generation:
                self._search(generation, query)
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _search(self, generation: int, query: str) -> None:
        from desktop_app.storage.message_search import search_pages  # on this worker thread

        found = False
        try:
            conn = self._connection()
            page = FIRST_PAGE
            for hits in search_pages(conn, query, LIMIT, page):
                if generation != self._generation:
                    return
                found = True
                self._page_found.emit(generation, hits)
                page = LIMIT
        except sqlite3.Error as error:
            if generation == self._generation:  # not our own interrupt: say so in the log
                log.warning("Search for %r failed: %s", query, error)
        self._worker_finished.emit(generation, found)

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            uri = self._database.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            self._conn = conn
        return self._conn
