"""The conversation store's search side: messages and conversations found by their text, and
the short-query index of an older history, built in steps.

`SqliteConversationStore` builds on it. The search modules are imported in the methods: the
store opens before the window's first paint, and nothing is searched before it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from desktop_app.core.conversation import Conversation, SearchHit
from desktop_app.storage import conversation_listing
from desktop_app.storage.sqlite_file import SqliteFile

if TYPE_CHECKING:
    from desktop_app.storage.search_index_build import BuildProgress


class ConversationSearch(SqliteFile):
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Case-insensitive substring search over message text and titles, newest first."""
        from desktop_app.storage.message_search import search_messages

        with self._read() as conn:
            return search_messages(conn, query, limit)

    def conversations_matching(self, query: str, limit: int | None = None) -> list[Conversation]:
        """Conversations with a hit on `query`, newest hit first (`parley history QUERY`)."""
        with self._read() as conn:
            return conversation_listing.conversations_matching(conn, query, limit)

    def search_index_progress(self) -> BuildProgress:
        """How far the short-query index of an older history is built (search_index_build)."""
        from desktop_app.storage.search_index_build import build_progress

        with self._read() as conn:
            return build_progress(conn)

    def build_search_index(self, seconds: float) -> BuildProgress:
        """Build the short-query index of an older history for about `seconds`, in the same
        short steps as the window's builder; each step is committed, so any stop resumes."""
        from desktop_app.storage.search_index_build import build_progress, build_step

        deadline = time.monotonic() + seconds
        with self._read() as conn:
            progress = build_progress(conn)
            while not progress.done and time.monotonic() < deadline:
                progress = build_step(conn)
        return progress
