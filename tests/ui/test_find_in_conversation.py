"""Find in the open conversation (Ctrl+F) in a real window: Korean substrings, "3/17",
Enter/F3 and Shift+Enter, wrapping, Esc, and a match in a row the chat had not built yet
shown and marked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.conversation import Role, text_block
from tests.ui.chat_driver import ChatDriver, type_into

FILLER = "이 문단은 길게 이어지는 평범한 이야기입니다. " * 12


def _long_conversation(driver: ChatDriver) -> tuple[int, list[int]]:
    """Eighty messages; the first, the 40th and the last two mention 수도."""
    store = driver.store
    conversation = store.create_conversation("m", title="긴 대화")
    ids = []
    for n in range(80):
        text = f"{n}번째 메시지. {FILLER}"
        if n in (0, 40, 78, 79):
            text += " 쿼키랜드의 수도는 조르브버그입니다."
        role = Role.USER if n % 2 == 0 else Role.ASSISTANT
        ids.append(store.add_message(conversation.id, role, [text_block(text)]).id)
    return conversation.id, ids


def _open_find(driver: ChatDriver, query: str) -> None:
    window = driver.window
    driver.qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.finder.bar.isVisible() and window.finder.bar.box.hasFocus()
    type_into(driver.qtbot, window.finder.bar.box, query)


def _on_screen(driver: ChatDriver, message_id: int) -> bool:
    chat = driver.window.chat
    row = chat.column.row_of(message_id)
    if row is None:
        return False
    top = row.mapTo(chat.viewport(), QPoint(0, 0)).y()
    return top < chat.viewport().height() and top + row.height() > 0


def _current_row_marks(driver: ChatDriver, message_id: int) -> tuple[list[str], int | None]:
    card = driver.window.chat.cards[message_id]
    spans, current = card.body.found
    text = card.body.document().toPlainText()
    return [text[start:end] for start, end in spans], current


def test_find_counts_goes_round_and_marks_rows_built_later(qtbot: QtBot, ready_window: ChatDriver):
    window = ready_window.window
    conversation_id, ids = _long_conversation(ready_window)
    window.list_model.reload()
    window.open_conversation(conversation_id)
    qtbot.waitUntil(lambda: ids[-1] in window.chat.cards)  # opens at the end
    assert ids[40] not in window.chat.cards  # far from the end: not built

    _open_find(ready_window, "수도")
    bar = window.finder.bar
    assert bar.count.text() == "1/4"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.count.text() == "2/4"
    qtbot.waitUntil(lambda: ids[40] in window.chat.cards)  # built on the way to it
    qtbot.waitUntil(lambda: _current_row_marks(ready_window, ids[40]) == (["수도"], 0))
    qtbot.waitUntil(lambda: _on_screen(ready_window, ids[40]))

    qtbot.keyClick(bar.box, Qt.Key.Key_F3)
    qtbot.keyClick(bar.box, Qt.Key.Key_F3)
    assert bar.count.text() == "4/4"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.count.text() == "1/4"  # wrapped to the first
    qtbot.keyClick(bar.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "4/4"  # and back
    qtbot.waitUntil(lambda: ids[79] in window.chat.cards)
    qtbot.waitUntil(lambda: _current_row_marks(ready_window, ids[79]) == (["수도"], 0))
    assert _current_row_marks(ready_window, ids[78]) == (["수도"], None)  # found, not read

    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert all(not card.body.found[0] for card in window.chat.cards.values())


def test_case_decomposed_input_and_nothing_found(qtbot: QtBot, ready_window: ChatDriver):
    window = ready_window.window
    store = ready_window.store
    conversation = store.create_conversation("m", title="Capital")
    store.add_message(conversation.id, Role.USER, [text_block("What is the CAPITAL? 수도는?")])
    store.add_message(conversation.id, Role.ASSISTANT, [text_block("The capital is Zorbburg.")])
    window.open_conversation(conversation.id)
    _open_find(ready_window, "capital")
    assert window.finder.bar.count.text() == "1/2"
    box = window.finder.bar.box
    box.clear()
    box.setText("\u1109\u116e\u1103\u1169")  # 수도, typed as jamo
    assert window.finder.bar.count.text() == "1/1"
    box.setText("없는 말")
    assert window.finder.bar.count.text() == "0/0"


def test_another_conversation_opened_under_the_bar_is_searched(
    qtbot: QtBot, ready_window: ChatDriver
):
    window = ready_window.window
    store = ready_window.store
    first = store.create_conversation("m", title="첫째")
    store.add_message(first.id, Role.USER, [text_block("수도 한 번")])
    second = store.create_conversation("m", title="둘째")
    second_message = store.add_message(
        second.id, Role.USER, [text_block("수도, 수도, 그리고 또 수도")]
    )
    window.open_conversation(first.id)
    _open_find(ready_window, "수도")
    assert window.finder.bar.count.text() == "1/1"
    window.open_conversation(second.id)
    qtbot.waitUntil(lambda: window.finder.bar.count.text() == "1/3")
    qtbot.waitUntil(lambda: len(window.chat.cards[second_message.id].body.found[0]) == 3)
