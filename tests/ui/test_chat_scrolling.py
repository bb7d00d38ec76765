"""The chat follows a stream only from the bottom; long conversations are built as they are seen."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from desktop_app.core.conversation import Role, text_block
from desktop_app.ui.widgets.message_card import MessageRow
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver

MESSAGES = 1_000
PARAGRAPH = "A line of the answer that goes on long enough to wrap. " * 3


def at_bottom(ui: ChatDriver) -> bool:
    bar = ui.window.chat.verticalScrollBar()
    return bar.value() == bar.maximum()


def test_the_view_follows_only_from_the_bottom(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    chat = ui.window.chat
    bar = chat.verticalScrollBar()
    answer = "\n\n".join(f"Paragraph {i}. {PARAGRAPH}" for i in range(80))
    claude_env.queue(Reply.text(answer, chunk=36, delay=0.01))  # about 4 s of streaming
    ui.send("Write at length")
    ui.qtbot.waitUntil(lambda: bar.maximum() > chat.viewport().height(), timeout=15_000)
    ui.qtbot.waitUntil(lambda: bar.maximum() > 0 and at_bottom(ui), timeout=15_000)
    assert not chat.jump_button.isVisible()

    bar.setValue(0)  # the user scrolls up to read
    ui.qtbot.waitUntil(chat.jump_button.isVisible)
    grown_from = bar.maximum()
    ui.qtbot.waitUntil(lambda: bar.maximum() > grown_from + 200, timeout=15_000)
    assert bar.value() == 0  # the text kept coming, and the view stayed where the user was

    ui.click(chat.jump_button)
    assert at_bottom(ui) and not chat.jump_button.isVisible()
    grown_from = bar.maximum()
    ui.qtbot.waitUntil(lambda: bar.maximum() > grown_from, timeout=15_000)
    ui.qtbot.waitUntil(lambda: at_bottom(ui))  # following again
    ui.wait_idle()


def built_rows(ui: ChatDriver) -> list[MessageRow]:
    return list(ui.window.chat.column.built)


def test_a_long_conversation_opens_at_its_end_and_builds_older_messages_on_the_way_up(
    ready_window: ChatDriver,
) -> None:
    ui = ready_window
    store = ui.store
    conversation = store.create_conversation("claude-sonnet-4-6", title="long")
    for i in range(MESSAGES // 2):
        store.add_message(conversation.id, Role.USER, [text_block(f"Question {i}")])
        store.add_message(conversation.id, Role.ASSISTANT, [text_block(f"Answer {i}. {PARAGRAPH}")])
    ui.window.open_conversation(conversation.id)
    ui.qtbot.waitUntil(lambda: at_bottom(ui) and ui.window.chat.column.build_count > 0)
    column = ui.window.chat.column
    assert len(column.messages) == MESSAGES
    assert column.build_count < 60  # about a screen, not the whole conversation
    assert ui.texts()[-1].startswith(f"Answer {MESSAGES // 2 - 1}.")

    bar = ui.window.chat.verticalScrollBar()
    for _ in range(5_000):
        if bar.value() == 0 and column.first == 0:
            break
        bar.setValue(max(0, bar.value() - ui.window.chat.viewport().height()))
        ui.process()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert len(column.built) < 80  # rows far behind are let go as the view moves on
    assert column.first == 0
    ui.qtbot.waitUntil(lambda: ui.texts()[0] == "Question 0")
    alive = ui.window.chat.column.findChildren(MessageRow)
    assert len(alive) < 80
    assert column.build_count > MESSAGES // 2  # the older messages were built on the way

    ui.window.chat.jump_to_latest()
    ui.qtbot.waitUntil(lambda: at_bottom(ui))
    assert ui.texts()[-1].startswith(f"Answer {MESSAGES // 2 - 1}.")


def test_scrolling_up_keeps_the_message_in_view_still(ready_window: ChatDriver) -> None:
    ui = ready_window
    store = ui.store
    conversation = store.create_conversation("claude-sonnet-4-6", title="anchored")
    for i in range(100):
        store.add_message(conversation.id, Role.USER, [text_block(f"Question {i}")])
        store.add_message(conversation.id, Role.ASSISTANT, [text_block(f"Answer {i}. {PARAGRAPH}")])
    ui.window.open_conversation(conversation.id)
    chat = ui.window.chat
    ui.qtbot.waitUntil(lambda: at_bottom(ui) and chat.column.build_count > 0)
    ui.qtbot.wait(50)
    first_built = chat.column.first
    bar = chat.verticalScrollBar()
    page = chat.column
    top = chat.column.built[0].mapTo(page, chat.column.built[0].rect().topLeft()).y()
    bar.setValue(top + 40)  # near the top of what is built: older messages get built above
    anchor = next(
        r for r in chat.column.built if r.mapTo(page, r.rect().bottomLeft()).y() > top + 40
    )
    on_screen = anchor.mapTo(page, anchor.rect().topLeft()).y() - bar.value()
    ui.qtbot.waitUntil(lambda: chat.column.first < first_built)
    ui.process()
    assert bar.value() != top + 40  # the content above changed, and the view moved with it…
    now = anchor.mapTo(page, anchor.rect().topLeft()).y() - bar.value()
    assert abs(now - on_screen) <= 1  # …so the message being read did not move on screen
