"""The conversation list: new, rename, delete with undo, search as you type, and a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.ui.widgets.search_results import CONVERSATION_ROLE, SNIPPET_ROLE
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver, type_into
from tests.ui.conftest import WindowFactory, close_window


def chat(ui: ChatDriver, api: FakeApi, text: str, answer: str, title: str) -> int:
    """One exchange in a new conversation; returns its id."""
    ui.qtbot.keyClick(ui.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    api.queue(Reply.text(answer), Reply.text(title))
    ui.send(text)
    ui.wait_shown(answer)
    ui.qtbot.waitUntil(lambda: title in ui.titles())
    return ui.current().id


def search(ui: ChatDriver, query: str) -> list[tuple[str, str]]:
    ui.qtbot.keyClick(ui.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert ui.window.sidebar.search.hasFocus()
    type_into(ui.qtbot, ui.window.sidebar.search, query)
    results = ui.window.sidebar.results
    ui.qtbot.waitUntil(lambda: ui.window.sidebar.stack.currentWidget() is results)
    items = [results.item(i) for i in range(results.count())]
    return [(item.text(), str(item.data(SNIPPET_ROLE))) for item in items if item is not None]


def test_delete_then_undo(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    first = chat(ui, claude_env, "Keep me", "Kept.", "Keeper")
    second = chat(ui, claude_env, "Delete me", "Going.", "Goner")
    assert ui.titles() == ["Goner", "Keeper"]
    ui.window.sidebar.list.setFocus()
    ui.qtbot.keyClick(ui.window.sidebar.list, Qt.Key.Key_Delete)
    assert ui.titles() == ["Keeper"]
    assert [c.id for c in ui.store.list_conversations()] == [first]
    assert ui.window.current_id == first  # the neighbour opens in its place
    bar = ui.window.sidebar.undo_bar
    assert bar.isVisible()
    assert "Goner" in bar.label.text()
    ui.click(bar.button)
    assert not bar.isVisible()
    assert ui.titles() == ["Goner", "Keeper"]
    assert ui.window.current_id == second
    assert "Going." in ui.shown()


def test_rename_in_place_with_f2(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    conversation_id = chat(ui, claude_env, "Name me", "Sure.", "Old name")
    ui.window.sidebar.list.setFocus()
    ui.qtbot.keyClick(ui.window.sidebar.list, Qt.Key.Key_F2)
    editors = ui.window.sidebar.list.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    editor = editors[0]
    ui.qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into(ui.qtbot, editor, "새 이름 New name")
    ui.qtbot.keyClick(editor, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: ui.titles() == ["새 이름 New name"])  # the commit is queued
    assert ui.store.get_conversation(conversation_id).title == "새 이름 New name"
    assert ui.window.windowTitle().startswith("새 이름 New name")


def test_search_finds_korean_substrings_and_opens_the_hit(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    korean = chat(
        ui, claude_env, "쿼키랜드는 어때요?", "쿼키랜드의 수도는 쿼키시티입니다.", "쿼키랜드"
    )
    chat(ui, claude_env, "Something else", "Unrelated answer.", "Other")
    hits = search(ui, "수도는")
    assert hits and hits[0][0] == "쿼키랜드"
    assert "수도는" in hits[0][1]
    ui.window.sidebar.search.clear()
    short = search(ui, "수도")  # two syllables: below the trigram index, still found
    assert [title for title, _ in short] == ["쿼키랜드"]
    results = ui.window.sidebar.results
    assert results.item(0).data(CONVERSATION_ROLE) == korean
    rect = results.visualItemRect(results.item(0))
    ui.qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ui.window.current_id == korean
    assert "쿼키랜드의 수도는 쿼키시티입니다." in ui.shown()
    ui.qtbot.keyClick(ui.window.sidebar.search, Qt.Key.Key_Escape)
    assert ui.window.sidebar.stack.currentWidget() is ui.window.sidebar.list


def test_search_with_no_match_says_so(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    chat(ui, claude_env, "Hello", "Hi.", "Greeting")
    assert search(ui, 'zebra-"quoted* (x)') == [("No matches", "Try fewer or different words")]


def test_everything_is_there_after_a_restart(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = open_window()
    first = chat(ui, claude_env, "English question", "English answer.", "English")
    second = chat(ui, claude_env, "한국어 질문입니다", "한국어 답변입니다.", "한국어")
    ui.window.composer.model_picker.setCurrentIndex(0)
    close_window(ui.qtbot, ui.window)

    again = open_window()
    assert again.titles() == ["한국어", "English"]
    assert again.window.current_id == second  # the most recent opens
    assert again.texts() == ["한국어 질문입니다", "한국어 답변입니다."]
    again.window.open_conversation(first)
    assert again.texts() == ["English question", "English answer."]
    hits = search(again, "답변입")
    assert [title for title, _ in hits] == ["한국어"]
