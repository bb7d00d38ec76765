"""How the CLI speaks: plain one-line errors, and the shared store it opens."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.storage.conversation_store import SqliteConversationStore


class CliError(Exception):
    """A failure the user can act on; its message is the whole story."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = 1) -> int:
    print(f"parley: {message}", file=sys.stderr)
    return code


def open_store() -> SqliteConversationStore:
    from desktop_app.paths import database_path
    from desktop_app.storage.conversation_store import SqliteConversationStore
    from desktop_app.storage.errors import DatabaseError

    try:
        return SqliteConversationStore(database_path())
    except DatabaseError as error:
        raise CliError(str(error)) from None
    except OSError as error:
        raise CliError(f"cannot open the history: {error.strerror or error}") from None
