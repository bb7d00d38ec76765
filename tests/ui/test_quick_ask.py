"""The quick-ask window: Enter sends, the answer streams below, the conversation lands in the
history at once, "Open in Parley" goes on in the main window, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.conversation import MessageState, Role
from desktop_app.ui.quick_ask_window import QuickAskWindow, make_quick_window
from desktop_app.ui.widgets.message_card import MessageRow
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import WAIT_MS, ChatDriver, type_into


def shown_texts(quick: QuickAskWindow) -> list[str]:
    rows = quick.chat.rows
    found = []
    for i in range(rows.count()):
        widget = rows.itemAt(i).widget()
        if isinstance(widget, MessageRow):
            found.append(widget.card.body.toPlainText())
    return found


def show_active(ui: ChatDriver, quick: QuickAskWindow) -> None:
    """As `parley --quick` shows it: in front, taking the keys."""
    quick.show()
    quick.activateWindow()
    ui.qtbot.waitUntil(quick.isActiveWindow, timeout=WAIT_MS)


def test_a_quick_question_is_answered_and_kept_in_the_history(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text("서울입니다. 인구는 약 940만 명이에요.", chunk=4, delay=0.01))
    before = ui.window.list_model.rowCount()
    quick = make_quick_window(ui.window)
    show_active(ui, quick)
    assert not quick.chat.isVisible()  # a prompt line alone until something is asked
    type_into(ui.qtbot, quick.prompt, "한국의 수도는?")
    ui.qtbot.keyClick(quick.prompt, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: quick.conversation_id is not None, timeout=WAIT_MS)
    conversation_id = quick.conversation_id
    assert conversation_id is not None
    # In the main window's list at once, while the answer still streams.
    assert ui.window.list_model.rowCount() == before + 1
    assert ui.window.list_model.row_of(conversation_id) is not None
    ui.qtbot.waitUntil(
        lambda: "서울입니다. 인구는 약 940만 명이에요." in shown_texts(quick), timeout=WAIT_MS
    )
    ui.qtbot.waitUntil(lambda: not ui.window.view_model.is_busy(conversation_id), timeout=WAIT_MS)
    messages = ui.store.messages(conversation_id)
    assert [(m.role, m.state, m.text) for m in messages] == [
        (Role.USER, MessageState.COMPLETE, "한국의 수도는?"),
        (Role.ASSISTANT, MessageState.COMPLETE, "서울입니다. 인구는 약 940만 명이에요."),
    ]
    assert quick.prompt.toPlainText() == ""
    assert quick.isVisible()
    ui.window.hide()
    ui.qtbot.mouseClick(quick.open_button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: ui.window.isVisible(), timeout=WAIT_MS)
    assert ui.window.current_id == conversation_id
    assert "서울입니다" in ui.shown()


def test_esc_closes_the_quick_window_and_an_empty_prompt_sends_nothing(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    quick = make_quick_window(ui.window)
    show_active(ui, quick)
    ui.qtbot.keyClick(quick.prompt, Qt.Key.Key_Return)
    assert quick.conversation_id is None
    assert claude_env.message_requests() == []
    with ui.qtbot.waitSignal(quick.closed, timeout=WAIT_MS):
        ui.qtbot.keyClick(quick.prompt, Qt.Key.Key_Escape)
    assert ui.window.isVisible()  # the main window, shown, stays


def test_regenerate_under_a_quick_answer_goes_on_in_the_main_window(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(
        Reply.text("사과는 빨갛다."),
        Reply.text("사과의 색"),
        Reply.text("사과는 초록색일 수도 있다."),
    )
    quick = make_quick_window(ui.window)
    show_active(ui, quick)
    type_into(ui.qtbot, quick.prompt, "사과는 무슨 색?")
    ui.qtbot.keyClick(quick.prompt, Qt.Key.Key_Return)
    ui.qtbot.waitUntil(lambda: "사과는 빨갛다." in shown_texts(quick), timeout=WAIT_MS)
    conversation_id = quick.conversation_id
    assert conversation_id is not None
    ui.qtbot.waitUntil(  # the title is asked for after the first answer
        lambda: ui.store.get_conversation(conversation_id).title == "사과의 색", timeout=WAIT_MS
    )
    ui.window.open_conversation(None)
    row = next(r for r in quick.chat.column.built if "빨갛다" in r.card.body.toPlainText())
    assert row.actions_bar is not None
    with ui.qtbot.waitSignal(quick.closed, timeout=WAIT_MS):
        ui.click(row.actions_bar.change_button)  # Regenerate
    assert ui.window.current_id == conversation_id
    ui.wait_shown("사과는 초록색일 수도 있다.")
    ui.wait_idle()
    assert ui.texts() == ["사과는 무슨 색?", "사과는 초록색일 수도 있다."]
