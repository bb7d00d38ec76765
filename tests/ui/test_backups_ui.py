"""Backups and a damaged database in the window: the start-up choices, the Backups dialog reached
from the Tools settings, and a restore that happens when Parley starts again."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app import paths
from desktop_app.app import open_store_or_recover
from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.backups import Backups
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.ui.dialogs.backups_dialog import BackupsDialog
from tests.fakeapi import FakeApi
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.test_tools_dialog import open_tools


def _conversation(title: str) -> None:
    with SqliteConversationStore(paths.database_path()) as store:
        conversation = store.create_conversation("m", title=title)
        store.add_message(conversation.id, Role.USER, [text_block(f"{title} 알려줘")])


def _answer_modal(pick: Callable[[QMessageBox], QPushButton], seen: list[str]) -> None:
    """Click a button of the next modal box once it is up (exec() blocks the test)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.extend(b.text() for b in box.buttons())
        seen.append(box.text())
        pick(box).click()

    QTimer.singleShot(0, click)


def _button(text: str) -> Callable[[QMessageBox], QPushButton]:
    def pick(box: QMessageBox) -> QPushButton:
        found = [b for b in box.buttons() if b.text().startswith(text)]
        assert len(found) == 1, [b.text() for b in box.buttons()]
        button = found[0]
        assert isinstance(button, QPushButton)
        return button

    return pick


def _damage() -> bytes:
    damaged = os.urandom(32 * 1024)
    paths.database_path().write_bytes(damaged)
    return damaged


def test_a_damaged_database_is_kept_aside_and_a_backup_restored(qapp: QApplication):
    _conversation("서울 여행")
    Backups(paths.database_path()).now()
    damaged = _damage()
    seen: list[str] = []

    _answer_modal(_button("Keep it aside and restore backup 1 ("), seen)
    store = open_store_or_recover()

    assert store is not None
    try:
        assert [c.title for c in store.list_conversations()] == ["서울 여행"]
    finally:
        store.close()
    assert {"Keep it aside and start fresh", "Quit"} <= set(seen)
    assert any("is not a Parley database, or it is damaged" in text for text in seen)
    (kept,) = paths.data_dir().glob("parley.sqlite3.damaged-*")
    assert kept.read_bytes() == damaged


def test_without_a_backup_the_choice_is_to_start_fresh_or_quit(qapp: QApplication):
    _conversation("x")
    damaged = _damage()
    seen: list[str] = []

    _answer_modal(_button("Quit"), seen)
    assert open_store_or_recover() is None
    assert paths.database_path().read_bytes() == damaged  # quitting touches nothing
    assert not any(text.startswith("Keep it aside and restore") for text in seen)

    _answer_modal(_button("Keep it aside and start fresh"), seen)
    store = open_store_or_recover()
    assert store is not None
    try:
        assert store.list_conversations() == []
    finally:
        store.close()
    (kept,) = paths.data_dir().glob("parley.sqlite3.damaged-*")
    assert kept.read_bytes() == damaged


def test_backups_dialog_backs_up_and_a_restore_waits_for_the_next_start(
    claude_env: FakeApi, ready_window: ChatDriver
):
    store = ready_window.window.connection.store
    store.create_conversation("m", title="지킬 대화")
    tools = open_tools(ready_window)
    ready_window.click(tools.backups_button)
    dialogs: list[BackupsDialog] = []

    def shown() -> bool:
        dialogs[:] = [d for d in tools.findChildren(BackupsDialog) if d.isVisible()]
        return bool(dialogs)

    ready_window.qtbot.waitUntil(shown, timeout=WAIT_MS)
    dialog = dialogs[0]
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()

    ready_window.click(dialog.now_button)
    ready_window.qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=WAIT_MS)
    assert "1 conversation" in dialog.list.item(0).text()
    store.create_conversation("m", title="나중 대화")

    seen: list[str] = []
    _answer_modal(lambda box: box.button(QMessageBox.StandardButton.Yes), seen)
    ready_window.click(dialog.restore_button)
    ready_window.qtbot.waitUntil(lambda: not ready_window.window.isVisible(), timeout=WAIT_MS)
    assert any("start again" in text for text in seen)
    backups = Backups(paths.database_path())
    assert backups.pending_file.is_file()
    # Nothing is swapped under the running window: both conversations are still there.
    assert {c.title for c in store.list_conversations()} == {"지킬 대화", "나중 대화"}


def test_a_restore_asked_for_is_done_at_the_next_start(qapp: QApplication):
    _conversation("before")
    backups = Backups(paths.database_path())
    backups.now()
    _conversation("after")
    backups.request_restore(1)

    store = open_store_or_recover()

    assert store is not None
    try:
        assert [c.title for c in store.list_conversations()] == ["before"]
    finally:
        store.close()
    assert not backups.pending_file.exists()
    (kept,) = paths.data_dir().glob("parley.sqlite3.before-restore-????????-??????")
    with SqliteConversationStore(kept) as previous:
        assert {c.title for c in previous.list_conversations()} == {"before", "after"}
