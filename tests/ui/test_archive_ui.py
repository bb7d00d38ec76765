"""File ▸ Export… and Import… in the window: the archive is written on a pool thread, an
archive from another home merges in and its conversations appear in the list, a bad file is
said in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.archive_export import ArchiveExport
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.conversation_store import SqliteConversationStore
from tests.ui.chat_driver import ChatDriver

pytestmark = pytest.mark.usefixtures("claude_env")


def other_home_archive(tmp_path: Path) -> Path:
    root = tmp_path / "other-home"
    root.mkdir()
    db = root / "parley.sqlite3"
    with SqliteConversationStore(db) as store:
        kept = store.create_conversation("claude-sonnet-4-6", title="다른 컴퓨터의 대화")
        store.add_message(kept.id, Role.USER, [text_block("안녕하세요")])
        store.add_message(kept.id, Role.ASSISTANT, [text_block("반갑습니다")])
    target = tmp_path / "other.parley"
    with ArchiveExport(db, AttachmentStore(root / "attachments")) as export:
        export.write(target)
    return target


def wait_said(ui: ChatDriver) -> str:
    said: list[str] = []
    ui.window.archive.finished.connect(said.append)
    ui.qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    return said[0]


def test_export_then_import_from_another_home(open_window, tmp_path: Path) -> None:
    ui = open_window()
    conv = ui.store.create_conversation("claude-sonnet-4-6", title="여기의 대화")
    ui.store.add_message(conv.id, Role.USER, [text_block("hello")])
    ui.window.archive.export_all(ui.window, tmp_path / "mine")
    said = wait_said(ui)
    assert "Exported 1 conversations" in said and (tmp_path / "mine.parley").is_file()
    assert ui.window.statusBar().currentMessage() == said

    ui.window.archive.import_archive(ui.window, other_home_archive(tmp_path))
    assert "Imported 1 conversations (0 were here already)" in wait_said(ui)
    ui.qtbot.waitUntil(lambda: "다른 컴퓨터의 대화" in ui.titles(), timeout=15_000)

    ui.window.archive.import_archive(ui.window, tmp_path / "mine.parley")
    assert "Imported 0 conversations (1 were here already)" in wait_said(ui)


def test_a_bad_archive_is_said_in_words(open_window, tmp_path: Path) -> None:
    ui = open_window()
    junk = tmp_path / "junk.parley"
    junk.write_bytes(b"\x00" * 100)
    ui.window.archive.import_archive(ui.window, junk)
    assert "not a Parley archive" in wait_said(ui)
