"""Fixtures for the core's tests: a real SQLite store in the test's folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage.conversation_store import SqliteConversationStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteConversationStore]:
    with SqliteConversationStore(tmp_path / "db.sqlite3") as opened:
        yield opened
