"""As Parley starts, the last conversation's first screen is built a slice per event-loop turn
(issue 13, point 4): the chat paints nothing until the screen is full, then shows it where the
reader left it; a click or a key meanwhile is handled. Windows are built as run_gui builds
them (first paint, then after_first_paint's steps), twice on one PARLEY_HOME as two starts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.app import after_first_paint, build_main_window, open_store
from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import close_window

LINE = "쿼키랜드의 역사와 지리에 관한 긴 답변입니다. The answer goes on for a while. "

pytestmark = pytest.mark.usefixtures("claude_env")  # no key prompt taking the paint

Start = Callable[[], tuple[MainWindow, SqliteConversationStore]]


@pytest.fixture
def start(qtbot: QtBot, qt_loop: qasync.QEventLoop, parley_home: Path) -> Iterator[Start]:
    """Starts a window as run_gui does: painted first, the rest in after_first_paint's steps."""
    opened: list[tuple[MainWindow, SqliteConversationStore]] = []

    def make() -> tuple[MainWindow, SqliteConversationStore]:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        store = open_store()
        window = build_main_window(app, store, first_paint_only=True)
        window.show()
        qtbot.waitExposed(window)
        after_first_paint(window, renderer_first=True)
        window.start_connection()
        opened.append((window, store))
        return window, store

    yield make
    for window, store in opened:
        close_window(qtbot, window)
        window.deleteLater()
        store.close()


@dataclass
class Turn:
    """What a turn of the event loop found, once the conversation was chosen."""

    built: int
    painting: bool
    opening: bool


def watch_turns(window: MainWindow) -> list[Turn]:
    """A sample at every turn of the loop (a 0 ms timer) from the moment a conversation is
    shown until the window closes."""
    turns: list[Turn] = []
    timer = QTimer(window)
    timer.setInterval(0)

    def sample() -> None:
        if window.current_id is not None:
            column = window.chat.column
            turns.append(Turn(len(column.built), window.chat.updatesEnabled(), column.opening))

    timer.timeout.connect(sample)
    timer.start()
    return turns


def long_conversation(store: SqliteConversationStore) -> int:
    conversation = store.create_conversation("claude-sonnet-4-6", "", "긴 대화")
    for i in range(40):
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        store.add_message(conversation.id, role, [text_block(f"{i}: " + LINE * (1 + i % 4))])
    return conversation.id


def start_with_long_conversation(start: Start) -> tuple[MainWindow, int]:
    """A first window over a store that holds a long conversation (its id)."""
    window, store = start()
    long_id = long_conversation(store)
    window.list_model.reload()
    return window, long_id


def leave_scrolled(qtbot: QtBot, window: MainWindow, conversation_id: int) -> tuple[int, int]:
    """Open it, scroll to a third of it, close the window; where the reader was."""
    qtbot.waitUntil(lambda: window.attached and window.memory.restored)  # the steps are over
    window.open_conversation(conversation_id)
    bar = window.chat.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 2000)
    bar.setValue(bar.maximum() // 3)
    settled: list[tuple[int, int] | None] = [None]

    def still() -> bool:  # the same anchor twice, 50 ms apart: the rows around it are built
        before, settled[0] = settled[0], window.chat.column.top_anchor()
        qtbot.wait(50)
        return settled[0] is not None and settled[0] == before

    qtbot.waitUntil(still)
    anchor = window.chat.column.top_anchor()
    assert anchor is not None
    close_window(qtbot, window)
    return anchor


def test_the_last_conversation_opens_in_slices_where_the_reader_left_it(
    qtbot: QtBot, start: Start
) -> None:
    first, long_id = start_with_long_conversation(start)
    anchor = leave_scrolled(qtbot, first, long_id)

    second, _ = start()
    turns = watch_turns(second)
    where_on_show: list[tuple[int, int] | None] = []
    qtbot.waitUntil(lambda: second.attached)  # the chat comes after the first paint
    chat = second.chat
    # Connected after the chat's own slot: the place is set by the time this runs.
    chat.column.opened.connect(lambda: where_on_show.append(chat.column.top_anchor()))
    qtbot.waitUntil(lambda: second.current_id == long_id)
    qtbot.waitUntil(lambda: not chat.column.opening and chat.updatesEnabled())

    building = [t for t in turns if t.opening]
    assert building and building[0].built == 0  # chosen in one turn, built in the next ones
    assert len({t.built for t in building}) >= 2  # rows came over more than one turn
    assert not any(t.painting for t in building)  # nothing shown half built
    assert where_on_show and where_on_show[0] is not None
    assert where_on_show[0][0] == anchor[0] and abs(where_on_show[0][1] - anchor[1]) <= 2
    assert not chat.at_bottom
    qtbot.waitUntil(lambda: second.memory.restored)
    restored = chat.column.top_anchor()
    assert restored is not None and restored[0] == anchor[0]


def test_a_conversation_left_at_its_end_opens_in_slices_at_its_end(
    qtbot: QtBot, start: Start
) -> None:
    first, long_id = start_with_long_conversation(start)
    first.open_conversation(long_id)
    qtbot.waitUntil(lambda: first.chat.verticalScrollBar().maximum() > 2000)
    close_window(qtbot, first)

    second, _ = start()
    turns = watch_turns(second)
    qtbot.waitUntil(lambda: second.current_id == long_id)
    qtbot.waitUntil(lambda: not second.chat.column.opening)
    assert any(t.opening and t.built == 0 for t in turns)
    bar = second.chat.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    assert second.chat.at_bottom


def test_a_click_while_it_builds_opens_the_one_clicked(qtbot: QtBot, start: Start) -> None:
    first, store = start()
    long_id = long_conversation(store)
    short = store.create_conversation("claude-sonnet-4-6", "", "짧은 대화")
    store.add_message(short.id, Role.USER, [text_block("안녕하세요, 짧게 물어볼게요")])
    first.list_model.reload()
    leave_scrolled(qtbot, first, long_id)

    second, _ = start()
    qtbot.waitUntil(lambda: second.attached)  # the chat comes after the first paint
    chat = second.chat
    qtbot.waitUntil(lambda: second.current_id == long_id)
    if chat.column.opening:  # still building: the click lands mid-way
        assert not chat.updatesEnabled()
    second.open_conversation(short.id)  # as a click in the list does
    assert not chat.column.opening and chat.updatesEnabled()
    assert [m.id for m in chat.column.messages] == [
        m.id for m in store.messages(short.id) if m.role is Role.USER
    ]
    qtbot.wait(200)  # nothing of the long one comes back in a later turn
    assert second.current_id == short.id
    assert set(chat.cards) == {m.id for m in chat.column.messages}


def test_a_key_while_it_builds_goes_to_the_composer(qtbot: QtBot, start: Start) -> None:
    first, long_id = start_with_long_conversation(start)
    anchor = leave_scrolled(qtbot, first, long_id)

    second, _ = start()
    qtbot.waitUntil(lambda: second.current_id == long_id)
    qtbot.keyClicks(second.composer.edit, "draft")
    assert second.composer.text() == "draft"
    qtbot.waitUntil(lambda: not second.chat.column.opening)
    qtbot.waitUntil(lambda: (second.chat.column.top_anchor() or (0, 0))[0] == anchor[0])


def test_a_conversation_chosen_in_the_list_opens_in_slices_at_its_end(
    qtbot: QtBot, start: Start
) -> None:
    window, long_id = start_with_long_conversation(start)
    qtbot.waitUntil(lambda: window.attached and window.memory.restored)  # the start's opening
    chat = window.chat
    window.sidebar.list.chosen.emit(long_id)  # what a click or an arrow key in the list sends
    assert window.current_id == long_id
    assert chat.column.opening and not chat.updatesEnabled()  # built in later turns, unseen
    qtbot.waitUntil(lambda: not chat.column.opening and chat.updatesEnabled())
    bar = chat.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    assert chat.at_bottom
    hit = window.store.messages(long_id)[3].id
    window.sidebar.conversation_chosen.emit(long_id, hit)  # a search hit: at the hit, at once
    assert not chat.column.opening and chat.column.row_of(hit) is not None
