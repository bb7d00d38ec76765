"""Parley's data folder is the owner's alone: 0700, and every file in it 0600, under umask 0.

Driven through the real paths, database, settings, attachment store and atomic writer.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app import paths, private_file
from desktop_app.core.settings import Settings
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.conversation_store import SqliteConversationStore
from tests.file_modes import exposed, loose_umask, mode, names


def test_the_data_folder_is_created_0700(parley_home: Path):
    with loose_umask():
        assert paths.data_dir() == parley_home
        paths.log_dir()
        paths.attachments_dir()
    assert exposed(parley_home) == []


def test_an_existing_data_folder_others_can_read_is_tightened(parley_home: Path):
    (parley_home / "attachments").mkdir(parents=True, mode=0o755)
    parley_home.chmod(0o755)
    (parley_home / "attachments").chmod(0o777)
    paths.attachments_dir()
    assert mode(parley_home) == 0o700 and mode(parley_home / "attachments") == 0o700


def test_the_database_with_its_wal_and_shm_settings_and_attachments_are_0600(parley_home: Path):
    with loose_umask():
        store = SqliteConversationStore(paths.database_path())
        try:
            conversation = store.create_conversation("claude-sonnet-4-5", title="비밀 대화")
            store.add_message(conversation.id, "user", [{"type": "text", "text": "안녕하세요"}])
            Settings(default_model="claude-sonnet-4-5").save(paths.settings_path())
            AttachmentStore(paths.attachments_dir()).put("스크린샷 바이트".encode())
            # Checked while the connection is open: SQLite removes -wal and -shm on close.
            assert {"parley.sqlite3-wal", "parley.sqlite3-shm", "settings.json"} <= names(
                parley_home
            )
            assert exposed(parley_home) == []
        finally:
            store.close()


def test_a_database_left_readable_by_an_older_version_is_tightened(parley_home: Path):
    parley_home.mkdir(mode=0o700)
    old = sqlite3.connect(paths.database_path())
    old.execute("CREATE TABLE t (x)")
    old.close()
    paths.database_path().chmod(0o644)
    with loose_umask():
        store = SqliteConversationStore(paths.database_path())
        try:
            store.create_conversation("claude-sonnet-4-5")
            assert exposed(parley_home) == []
        finally:
            store.close()


def test_a_read_only_database_keeps_its_owners_bits(parley_home: Path):
    parley_home.mkdir(mode=0o700)
    database = paths.database_path()
    private_file.make_private(database)
    database.chmod(0o444)
    private_file.make_private(database, follow_symlinks=True)
    assert mode(database) == 0o400


@pytest.mark.parametrize("content", ["설정 {}\n", b"\x00\x01 bytes"])
def test_the_atomic_writer_replaces_whole_and_leaves_no_temporary(tmp_path: Path, content):
    target = tmp_path / "내보내기.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    with loose_umask():
        private_file.write(target, content)
    expected = content.encode() if isinstance(content, str) else content
    assert target.read_bytes() == expected and mode(target) == 0o600
    assert os.listdir(tmp_path) == ["내보내기.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path):
    target = tmp_path / "결과.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError), private_file.replacing_text(target) as out:
        out.write("half of the new")
        raise ValueError("the rows could not be read")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["결과.csv"]


def test_a_symlink_planted_at_a_file_opened_by_name_is_refused(tmp_path: Path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep", encoding="utf-8")
    outside.chmod(0o644)
    planted = tmp_path / "parley.log"
    os.symlink(outside, planted)
    with pytest.raises(OSError):
        private_file.make_private(planted)
    assert mode(outside) == 0o644 and outside.read_text(encoding="utf-8") == "keep"
