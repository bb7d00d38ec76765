"""Storage fixtures: a fresh SQLite store in the test's PARLEY_HOME."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage.conversation_store import SqliteConversationStore


@pytest.fixture
def db_path(parley_home: Path) -> Path:
    parley_home.mkdir(parents=True, exist_ok=True)
    return parley_home / "parley.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[SqliteConversationStore]:
    with SqliteConversationStore(db_path) as opened:
        yield opened
