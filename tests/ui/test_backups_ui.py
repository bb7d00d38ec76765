"""Backups and a damaged database in the window: the start-up choices, the Backups dialog reached
from the Tools settings, and a restore that happens when Parley starts again."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app import paths
from desktop_app.app import open_store_or_recover
from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.backups import Backups
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.errors import NotADatabaseError
from desktop_app.ui.dialogs.backups_dialog import BackupsDialog
from tests.fakeapi import FakeApi, Reply
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
    assert dialog.panel.list.count() == 0 and not dialog.panel.restore_button.isEnabled()

    ready_window.click(dialog.panel.now_button)
    ready_window.qtbot.waitUntil(lambda: dialog.panel.list.count() == 1, timeout=WAIT_MS)
    assert "1 conversation" in dialog.panel.list.item(0).text()
    store.create_conversation("m", title="나중 대화")

    seen: list[str] = []
    _answer_modal(lambda box: box.button(QMessageBox.StandardButton.Yes), seen)
    ready_window.click(dialog.panel.restore_button)
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


def _fill_the_disk(store: object, spare_pages: int) -> None:
    """SQLite answers SQLITE_FULL once the page limit is reached, exactly as on a full disk."""
    conn = store._conn  # type: ignore[attr-defined]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_a_full_disk_mid_reply_keeps_the_text_shown_and_says_so(
    claude_env: FakeApi, ready_window: ChatDriver
):
    first = "디스크가 가득 찼을 때도 보이는 글은 남아야 합니다. " * 40
    long_tail = "끝나지 않는 답변 " * 20_000
    claude_env.queue(Reply.text(first + long_tail, chunk=400, delay=0.002))
    store = ready_window.window.connection.store
    store.create_conversation("m")  # pages for the question to come exist already
    _fill_the_disk(store, spare_pages=40)

    ready_window.send("긴 답을 주세요")
    card = ready_window.wait_error()

    assert card.label.text().startswith("The disk holding ")
    assert "is full" in card.label.text() and "Traceback" not in card.label.text()
    assert first.strip()[:40] in ready_window.shown()  # it stays on screen, to copy
    ready_window.wait_idle()
    question = ready_window.store.messages(ready_window.current().id)[0]
    assert question.text == "긴 답을 주세요"
    _fill_the_disk(store, spare_pages=1_000_000)
    ready_window.window.close()


def test_a_read_only_database_gives_the_question_back_and_says_so(
    claude_env: FakeApi, ready_window: ChatDriver
):
    claude_env.queue(Reply.text("첫 답"))
    ready_window.send("먼저 대화를 만듭니다")
    ready_window.wait_idle()
    # Root ignores file modes; query_only makes SQLite refuse writes with the same
    # SQLITE_READONLY a read-only file or folder gives.
    conn = ready_window.window.connection.store._conn
    assert conn is not None
    conn.execute("PRAGMA query_only = ON")
    try:
        ready_window.send("저장되지 못한 질문")
        card = ready_window.wait_error()
        assert card.label.text().startswith("Parley cannot write to ")
        assert "read-only" in card.label.text()
        ready_window.qtbot.waitUntil(
            lambda: ready_window.window.composer.edit.toPlainText() == "저장되지 못한 질문",
            timeout=WAIT_MS,
        )
        ready_window.wait_idle()
    finally:
        conn.execute("PRAGMA query_only = OFF")


def test_the_window_makes_the_daily_backup_on_a_pool_thread(qapp: QApplication, qtbot):
    from PySide6.QtCore import QThreadPool

    from desktop_app.app import start_daily_backup

    _conversation("매일 백업")
    backups = Backups(paths.database_path())

    start_daily_backup()  # returns at once; the copy runs on the pool

    qtbot.waitUntil(lambda: len(backups.list()) == 1, timeout=WAIT_MS)
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
    start_daily_backup()  # not due again today
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
    assert len(backups.list()) == 1
    assert backups.list()[0].conversations() == 1


def _damage_a_page_inside() -> bytes:
    """A bad page deep inside a sound-looking file: opening works, using it does not."""
    with SqliteConversationStore(paths.database_path()) as store:
        for n in range(30):
            conversation = store.create_conversation("m", title=f"대화 {n}")
            for m in range(5):
                store.add_message(conversation.id, Role.USER, [text_block("가" * 700 + str(m))])
    with paths.database_path().open("r+b") as file:
        file.seek(4096 * 10)
        file.write(b"\xff" * 4096)
    return paths.database_path().read_bytes()


def test_damage_met_in_use_is_offered_for_recovery_at_the_next_start(qapp: QApplication):
    _conversation("백업 전")
    Backups(paths.database_path()).now()
    damaged = _damage_a_page_inside()
    with (
        SqliteConversationStore(paths.database_path()) as store,  # it opens…
        pytest.raises(NotADatabaseError),
    ):
        store.create_conversation("m")  # …but a write meets the bad page
    seen: list[str] = []

    _answer_modal(_button("Keep it aside and restore backup 1 ("), seen)
    store = open_store_or_recover()

    assert store is not None
    try:
        assert [c.title for c in store.list_conversations()] == ["백업 전"]
    finally:
        store.close()
    (kept,) = paths.data_dir().glob("parley.sqlite3.damaged-????????-??????")
    assert kept.read_bytes() == damaged
    assert not (paths.data_dir() / "parley.sqlite3.damage-seen").exists()
