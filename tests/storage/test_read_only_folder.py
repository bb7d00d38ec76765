"""A read-only data folder, for real: every store built on the shared file, and the backups,
say so in plain words and change nothing.

File modes do not bind root, so under root the check runs in a forked child that has become
`nobody` (a fork: the interpreter under /root stays loaded, nothing new is imported).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.backups import Backups
from desktop_app.storage.batch_store import SqliteBatchStore
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.errors import DatabaseError
from desktop_app.storage.usage_ledger import SqliteUsageLedger

NOBODY = 65534


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    """A data folder holding a database, then made read-only (0500) for the user testing."""
    top = Path(tempfile.mkdtemp(prefix="parley-ro-"))
    top.chmod(0o755)  # `nobody` must reach the folder inside
    folder = top / "읽기전용"
    folder.mkdir()
    with SqliteConversationStore(folder / "parley.sqlite3") as store:
        conversation = store.create_conversation("m", title="읽기만 가능")
        store.add_message(conversation.id, Role.USER, [text_block("안녕")])
    if os.getuid() == 0:
        for path in (folder, *folder.iterdir()):
            os.chown(path, NOBODY, NOBODY)
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)
    shutil.rmtree(top)


def _as_the_user(action: Callable[[], object]) -> str:
    """Run `action` as an unprivileged user; returns what it returned or raised, as text."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        os.close(read)
        outcome = "exit"
        try:
            if os.getuid() == 0:
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            outcome = f"ok {action()}"
        except DatabaseError as error:
            outcome = f"{type(error).__name__}: {error}"
        except BaseException as error:
            outcome = f"raw {type(error).__name__}: {error}"
        finally:
            os.write(write, outcome.encode())
            os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode()


def _create(store_type: type) -> Callable[[Path], object]:
    def action(db: Path) -> object:
        with store_type(db) as store:
            return store

    return action


@pytest.mark.parametrize(
    "store_type",
    [SqliteConversationStore, SqliteBatchStore, SqliteUsageLedger],
    ids=["conversations", "batches", "ledger"],
)
def test_every_store_on_a_read_only_folder_says_so_plainly(read_only_folder: Path, store_type):
    db = read_only_folder / "parley.sqlite3"
    before = db.read_bytes()

    outcome = _as_the_user(lambda: _create(store_type)(db))

    assert outcome == (
        f"DatabaseReadOnlyError: Parley cannot write to {db}: the file or its folder is"
        " read-only. Nothing was saved; make them writable, or point PARLEY_HOME at a"
        " writable folder."
    )
    assert db.read_bytes() == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["parley.sqlite3"]


def test_a_backup_into_a_read_only_folder_says_so_plainly(read_only_folder: Path):
    db = read_only_folder / "parley.sqlite3"
    outcome = _as_the_user(lambda: Backups(db).now())
    assert outcome.startswith("DatabaseReadOnlyError: Parley cannot write to ")
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["parley.sqlite3"]
