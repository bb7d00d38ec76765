"""Backups on real files: made, checked, listed, pruned to seven, restored, made before a
migration, and never listed half-written."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.conversation import Role, text_block
from desktop_app.storage import conversation_store, migrations
from desktop_app.storage.backups import KEEP, BackupError, Backups
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.rows import BEFORE_M010_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
# A version before the latest that the stores of today can still fill.
OLDER = migrations.LATEST_VERSION - 1


def _titles(db_path: Path) -> list[str]:
    with SqliteConversationStore(db_path) as store:
        return sorted(c.title for c in store.list_conversations())


def _conversation(db_path: Path, title: str) -> None:
    with SqliteConversationStore(db_path) as store:
        conversation = store.create_conversation("m", title=title)
        store.add_message(conversation.id, Role.USER, [text_block(f"{title}에 대해 알려줘")])


def test_a_backup_is_private_checked_and_listed(db_path: Path):
    _conversation(db_path, "제주도 여행")
    _conversation(db_path, "Groceries")
    backups = Backups(db_path)

    made = backups.now()

    assert backups.list() == [made]
    assert made.number == 1 and made.path.parent == db_path.parent / "backups"
    assert made.path.name.startswith("parley-") and made.path.suffix == ".sqlite3"
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
    assert made.conversations() == 2 and made.size == made.path.stat().st_size > 0
    assert sorted(os.listdir(made.path.parent)) == [made.path.name]  # no -wal, no temp file
    assert _titles(made.path) == ["Groceries", "제주도 여행"]


def test_the_newest_seven_are_kept(db_path: Path):
    _conversation(db_path, "kept")
    backups = Backups(db_path)
    start = time.time() - 20 * 86400
    for day in range(KEEP + 2):
        backups.now(at=start + day * 86400)

    listed = backups.list()
    assert len(listed) == KEEP
    assert [b.number for b in listed] == list(range(1, KEEP + 1))
    assert [b.taken_at for b in listed] == [
        float(int(start + day * 86400)) for day in reversed(range(2, KEEP + 2))
    ]


def test_two_backups_in_the_same_second_both_exist(db_path: Path):
    _conversation(db_path, "kept")
    backups = Backups(db_path)
    at = time.time()
    first, second = backups.now(at=at), backups.now(at=at)
    assert first.path != second.path and {b.path for b in backups.list()} == {
        first.path,
        second.path,
    }


def test_a_half_written_backup_is_never_listed_and_is_cleaned_up(db_path: Path):
    _conversation(db_path, "kept")
    folder = db_path.parent / "backups"
    folder.mkdir()
    stale = folder / ".parley-20200101-000000.sqlite3.1.1.part"
    stale.write_bytes(b"SQLite format 3\x00 cut short")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    backups = Backups(db_path)
    assert backups.list() == []
    backups.now()
    assert not stale.exists() and len(backups.list()) == 1


def test_the_daily_backup_is_made_once_a_day_and_not_for_an_empty_database(db_path: Path):
    SqliteConversationStore(db_path).close()
    backups = Backups(db_path)
    assert backups.daily() is None  # nothing to keep yet

    _conversation(db_path, "하루에 한 번")
    assert backups.due()
    assert backups.daily() is not None
    assert not backups.due() and backups.daily() is None
    assert backups.due(now=time.time() + 86400 + 1)


def test_restore_keeps_the_current_file_aside_and_brings_the_backup_back(db_path: Path):
    _conversation(db_path, "before")
    backups = Backups(db_path)
    backups.now()
    _conversation(db_path, "after")

    kept = backups.restore(1)

    assert _titles(db_path) == ["before"]
    assert kept is not None and kept.name.startswith("parley.sqlite3.before-restore-")
    assert _titles(kept) == ["after", "before"]
    with SqliteConversationStore(db_path) as store:  # writable and searchable as ever
        assert {h.title for h in store.search("before")} == {"before"}
        store.create_conversation("m", title="new")


def test_restore_refuses_while_another_process_has_the_database_open(db_path: Path):
    _conversation(db_path, "before")
    backups = Backups(db_path)
    backups.now()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from desktop_app.storage.conversation_store import SqliteConversationStore as S;"
            "s = S(Path(sys.argv[1])); print('open', flush=True); time.sleep(30)",
            str(db_path),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(BackupError, match="Another Parley"):
            backups.restore(1)
    finally:
        holder.kill()
        holder.wait()
    assert sorted(p.name for p in db_path.parent.iterdir() if "before-restore" in p.name) == []
    backups.restore(1)


def test_a_missing_or_damaged_backup_is_refused_in_plain_words(db_path: Path):
    _conversation(db_path, "kept")
    backups = Backups(db_path)
    with pytest.raises(BackupError, match="no backup 1; there are 0"):
        backups.restore(1)
    made = backups.now()
    made.path.write_bytes(b"\x00" * made.size)
    with pytest.raises(BackupError, match="damaged"):
        backups.restore(1)
    assert _titles(db_path) == ["kept"]


def test_a_migration_is_preceded_by_a_backup(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as released:
        released.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:OLDER])
        released.setattr(migrations, "LATEST_VERSION", OLDER)
        # Conversations are read back as that release had them (before m010's columns).
        released.setattr(conversation_store, "CONVERSATION_COLUMNS", BEFORE_M010_COLUMNS)
        _conversation(db_path, "옛 버전")
        assert Backups(db_path).list() == []

    SqliteConversationStore(db_path).close()  # migrates to the latest version

    (made,) = Backups(db_path).list()
    conn = sqlite3.connect(made.path)
    try:
        assert migrations.schema_version(conn) == OLDER
    finally:
        conn.close()
    assert _titles(made.path) == ["옛 버전"]
    SqliteConversationStore(db_path).close()  # nothing left to migrate: no second backup
    assert len(Backups(db_path).list()) == 1


_BACKUP_WITH_A_SMALL_DISK = """
import resource, signal, sys
from pathlib import Path
from desktop_app.storage.backups import Backups
from desktop_app.storage.errors import DatabaseError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
try:
    Backups(Path(sys.argv[1])).now()
except DatabaseError as error:
    print(type(error).__name__, error)
"""


def test_a_full_disk_during_a_backup_leaves_no_half_backup(db_path: Path):
    with SqliteConversationStore(db_path) as store:
        conversation = store.create_conversation("m", title="큰 대화")
        for n in range(40):
            store.add_message(conversation.id, Role.USER, [text_block(f"{n} " + "가" * 3000)])
    limit = db_path.stat().st_size // 2  # files may not grow past this: the "disk" fills
    done = subprocess.run(
        [sys.executable, "-c", _BACKUP_WITH_A_SMALL_DISK, str(db_path), str(limit)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("DiskFullError The disk holding"), done.stdout
    assert "Traceback" not in done.stderr
    assert Backups(db_path).list() == []
    assert list((db_path.parent / "backups").iterdir()) == []
