"""On start the window reopens the conversation that was open, scrolled where it was; a
conversation deleted since gives way to the newest (issue 13, point 10). Two windows are built
in a row on the same PARLEY_HOME, as two starts of the app."""

from __future__ import annotations

import pytest

from desktop_app import paths
from desktop_app.core.conversation import Role, text_block
from desktop_app.core.view_state import ViewState
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory, close_window

LINE = "쿼키랜드의 역사와 지리에 관한 긴 답변입니다. The answer goes on for a while. "


# A key in the environment: without one, a key prompt may open mid-test (once Claude has
# loaded) and take the focus and the paint the view memory waits for.
pytestmark = pytest.mark.usefixtures("claude_env")


def make_conversations(ui: ChatDriver) -> tuple[int, int]:
    """A long conversation, then a short newer one; returns (long, short)."""
    long = ui.store.create_conversation("claude-sonnet-4-6", "", "긴 대화")
    for i in range(40):
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        ui.store.add_message(long.id, role, [text_block(f"{i}: " + LINE * (1 + i % 4))])
    short = ui.store.create_conversation("claude-sonnet-4-6", "", "Short one")
    ui.store.add_message(short.id, Role.USER, [text_block("Hello")])
    ui.window.list_model.reload()
    return long.id, short.id


def settle(ui: ChatDriver) -> None:
    """Until the rows around the viewport are built: the first one in view starts at or above
    its top (far from the built rows, the first built one may start well below it)."""
    ui.qtbot.wait(50)
    ui.qtbot.waitUntil(lambda: (top_anchor(ui) or (0, 0))[1] <= 0)


def top_anchor(ui: ChatDriver) -> tuple[int, int] | None:
    return ui.window.chat.column.top_anchor()


def test_the_open_conversation_comes_back_scrolled_where_it_was(
    open_window: WindowFactory,
) -> None:
    first = open_window(ready=False)
    long_id, _short_id = make_conversations(first)
    first.window.open_conversation(long_id)
    bar = first.window.chat.verticalScrollBar()
    first.qtbot.waitUntil(lambda: bar.maximum() > 2000)
    bar.setValue(bar.maximum() // 3)
    settle(first)
    anchor = top_anchor(first)
    assert anchor is not None and first.window.chat.scroll_anchor() == anchor
    close_window(first.qtbot, first.window)
    assert ViewState.load(paths.view_state_path()) == ViewState(long_id, *anchor)

    second = open_window(ready=False)
    assert second.window.current_id == long_id  # not the newest, "Short one"
    second.qtbot.waitUntil(lambda: (top_anchor(second) or (0, 0))[0] == anchor[0])
    restored = top_anchor(second)
    assert restored is not None and abs(restored[1] - anchor[1]) <= 2
    assert not second.window.chat.at_bottom


def test_a_narrower_window_keeps_the_same_message_at_the_top(open_window: WindowFactory) -> None:
    first = open_window(ready=False)
    long_id, _ = make_conversations(first)
    first.window.resize(1280, 780)
    first.window.open_conversation(long_id)
    bar = first.window.chat.verticalScrollBar()
    first.qtbot.waitUntil(lambda: bar.maximum() > 2000)
    bar.setValue(bar.maximum() // 2)
    settle(first)
    anchor = top_anchor(first)
    assert anchor is not None
    close_window(first.qtbot, first.window)

    second = open_window(ready=False)
    second.window.resize(1000, 780)
    second.qtbot.waitUntil(lambda: (top_anchor(second) or (0, 0))[0] == anchor[0])


def test_a_conversation_at_its_end_reopens_at_its_end(open_window: WindowFactory) -> None:
    first = open_window(ready=False)
    long_id, _ = make_conversations(first)
    first.window.open_conversation(long_id)
    first.qtbot.waitUntil(lambda: first.window.chat.verticalScrollBar().maximum() > 2000)
    settle(first)
    assert first.window.chat.at_bottom
    close_window(first.qtbot, first.window)
    assert ViewState.load(paths.view_state_path()) == ViewState(long_id)

    second = open_window(ready=False)
    assert second.window.current_id == long_id
    bar = second.window.chat.verticalScrollBar()
    second.qtbot.waitUntil(lambda: bar.maximum() > 2000)
    settle(second)
    # Rows above the view may still be arriving in slices: the view follows them down.
    second.qtbot.waitUntil(lambda: bar.value() == bar.maximum())


def test_a_deleted_conversation_gives_way_to_the_newest(open_window: WindowFactory) -> None:
    first = open_window(ready=False)
    long_id, short_id = make_conversations(first)
    first.window.open_conversation(long_id)
    first.qtbot.waitUntil(lambda: first.window.memory.restored)  # after the first paint
    close_window(first.qtbot, first.window)
    first.store.delete_conversation(long_id)

    second = open_window(ready=False)
    assert second.window.current_id == short_id
    assert ViewState.load(paths.view_state_path()).conversation_id == long_id  # not yet saved
    second.qtbot.waitUntil(lambda: second.window.memory.restored)
    close_window(second.qtbot, second.window)
    assert ViewState.load(paths.view_state_path()).conversation_id == short_id


def test_a_damaged_state_file_opens_the_newest(open_window: WindowFactory) -> None:
    paths.view_state_path().write_text("{not json", encoding="utf-8")
    ui = open_window(ready=False)
    assert ui.window.current_id is None  # an empty home: nothing to open, and no error
    assert ViewState.load(paths.view_state_path()) == ViewState()


def test_rows_above_settling_after_the_restore_do_not_move_the_reader(
    open_window: WindowFactory,
) -> None:
    """Rows above the anchor still change height after the restore (measured, then
    rendered); the restored place holds meanwhile, and is not saved as a new one."""
    first = open_window(ready=False)
    long_id, _ = make_conversations(first)
    first.window.open_conversation(long_id)
    bar = first.window.chat.verticalScrollBar()
    first.qtbot.waitUntil(lambda: bar.maximum() > 2000)
    bar.setValue(bar.maximum() // 2)
    settle(first)
    anchor = top_anchor(first)
    assert anchor is not None
    close_window(first.qtbot, first.window)

    second = open_window(ready=False)
    chat = second.window.chat
    second.qtbot.waitUntil(lambda: (top_anchor(second) or (0, 0))[0] == anchor[0])
    above = [row for row in chat.column.built if row.card.message_id < anchor[0]]
    assert above and chat.pinned
    above[0].setMinimumHeight(above[0].height() + 240)
    second.qtbot.waitUntil(lambda: second.window.memory.restored)
    assert top_anchor(second) == anchor
    assert ViewState.load(paths.view_state_path()) == ViewState(long_id, *anchor)
