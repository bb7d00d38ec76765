"""Message actions in the real window: edit and resend as a branch, regenerate, ‹ › between
branches, delete, the reply's info line, and the branches still there after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from desktop_app.ui.widgets.message_actions_bar import MessageActionsBar
from desktop_app.ui.widgets.message_card import MessageRow
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory


def bar_under(ui: ChatDriver, text: str) -> MessageActionsBar:
    """The actions bar of the last row whose message shows `text`."""
    rows = [r for r in ui.window.chat.column.built if text in r.card.body.toPlainText()]
    assert rows, f"no message shows {text!r}"
    row: MessageRow = rows[-1]
    assert row.actions_bar is not None, f"no actions under {text!r}"
    return row.actions_bar


def start_edit(ui: ChatDriver, question: str) -> None:
    """Press Edit under `question` and empty the box, ready for the new words."""
    ui.click(bar_under(ui, question).change_button)
    ui.window.composer.edit.clear()


def confirm_delete(ui: ChatDriver, under: str) -> None:
    """Press Delete under the message showing `under`, and say yes."""
    ui.click(bar_under(ui, under).delete_button)
    box = ui.window.commands.confirm
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Delete").click()


def exchange(ui: ChatDriver, api: FakeApi, question: str, answer: str) -> None:
    api.queue(Reply.text(answer))
    ui.send(question)
    ui.wait_shown(answer)
    ui.wait_idle()


def started(ui: ChatDriver, api: FakeApi) -> None:
    """A conversation with two exchanges (titled, so no title request takes a reply)."""
    api.queue(Reply.text("Four."), Reply.text("Sums"))
    ui.send("2+2?")
    ui.wait_shown("Four.")
    ui.qtbot.waitUntil(lambda: ui.current().title == "Sums")
    ui.wait_idle()
    exchange(ui, api, "3+3?", "Six.")


def test_edit_resends_as_a_branch_and_both_can_be_browsed_after_restart(
    ready_window: ChatDriver, claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = ready_window
    started(ui, claude_env)
    ui.click(bar_under(ui, "3+3?").change_button)
    assert ui.window.composer.editing
    assert ui.window.composer.text() == "3+3?"
    ui.window.composer.edit.clear()
    claude_env.queue(Reply.text("Nine."))
    ui.send("4+5?")
    ui.wait_shown("Nine.")
    ui.wait_idle()
    assert not ui.window.composer.editing
    assert ui.texts() == ["2+2?", "Four.", "4+5?", "Nine."]
    assert claude_env.message_requests()[-1]["messages"][-1]["content"][-1]["text"] == "4+5?"
    edited = bar_under(ui, "4+5?")
    assert edited.branch_label is not None and edited.branch_label.text() == "2/2"

    assert edited.previous_button is not None
    ui.click(edited.previous_button)
    ui.qtbot.waitUntil(lambda: ui.texts() == ["2+2?", "Four.", "3+3?", "Six."])
    label = bar_under(ui, "3+3?").branch_label
    assert label is not None and label.text() == "1/2"

    ui.window.close()
    again = open_window()
    again.qtbot.waitUntil(lambda: again.texts() == ["2+2?", "Four.", "3+3?", "Six."])
    bar = bar_under(again, "3+3?")
    assert bar.next_button is not None and bar.next_button.isEnabled()
    again.click(bar.next_button)
    again.qtbot.waitUntil(lambda: again.texts() == ["2+2?", "Four.", "4+5?", "Nine."])


def test_regenerate_keeps_the_old_answer_as_an_alternative_after_restart(
    ready_window: ChatDriver, claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = ready_window
    started(ui, claude_env)
    claude_env.queue(Reply.text("Four, again."))
    ui.click(bar_under(ui, "Four.").change_button)
    ui.wait_shown("Four, again.")
    ui.wait_idle()
    assert ui.texts() == ["2+2?", "Four, again."]
    bar = bar_under(ui, "Four, again.")
    assert bar.branch_label is not None and bar.branch_label.text() == "2/2"
    assert bar.previous_button is not None
    ui.click(bar.previous_button)
    ui.qtbot.waitUntil(lambda: ui.texts() == ["2+2?", "Four.", "3+3?", "Six."])

    ui.window.close()
    again = open_window()
    again.qtbot.waitUntil(lambda: again.texts() == ["2+2?", "Four.", "3+3?", "Six."])
    bar = bar_under(again, "Four.")
    assert bar.branch_label is not None and bar.branch_label.text() == "1/2"
    assert bar.next_button is not None
    again.click(bar.next_button)
    again.qtbot.waitUntil(lambda: again.texts() == ["2+2?", "Four, again."])


def test_a_reply_says_its_model_time_tokens_and_cost(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    info = bar_under(ui, "Six.").info.text()
    model = ui.window.catalogue.get(ui.current().model)
    assert model is not None and info.startswith(model.display_name + " · ")
    assert " in · " in info and " out · $" in info
    QGuiApplication.clipboard().clear()
    ui.click(bar_under(ui, "Six.").copy_button)
    assert QGuiApplication.clipboard().text() == "Six."


def test_delete_asks_then_removes_the_message_and_what_follows(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    ui.click(bar_under(ui, "Four.").delete_button)
    box = ui.window.commands.confirm
    assert isinstance(box, QMessageBox) and "and the 2 messages after it" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    ui.process()
    assert ui.texts() == ["2+2?", "Four.", "3+3?", "Six."]

    confirm_delete(ui, "Four.")
    ui.qtbot.waitUntil(lambda: ui.texts() == ["2+2?"])
    assert [m.text for m in ui.store.messages(ui.current().id)] == ["2+2?"]


def test_actions_wait_while_a_reply_streams(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    started(ui, claude_env)
    claude_env.token_delay = 0.05  # paced, so the reply is surely still streaming when checked
    claude_env.queue(Reply.text("slow " * 200))
    ui.send("long one")
    ui.wait_shown("slow slow")
    assert not bar_under(ui, "Four.").isEnabled()
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Escape)
    ui.wait_idle()
    assert bar_under(ui, "Four.").isEnabled()


def test_up_starts_an_edit_and_escape_leaves_it(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    edit = ui.window.composer.edit
    edit.setFocus()
    ui.qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert ui.window.composer.editing and ui.window.composer.text() == "3+3?"
    ui.qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not ui.window.composer.editing and ui.window.composer.text() == ""
    assert QApplication.focusWidget() is edit


def test_thinking_is_chosen_per_conversation_and_sent(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    button = ui.window.composer.thinking_button
    assert button.isVisible() and button.text() == "Thinking: off"
    high = next(a for a in button.menu().actions() if a.text() == "High")
    high.trigger()
    assert button.text() == "Thinking: high"
    assert (ui.current().thinking, ui.current().effort) == (True, "high")
    exchange(ui, claude_env, "why?", "Because.")
    request = claude_env.message_requests()[-1]
    assert request["thinking"] == {"type": "adaptive"}
    assert request["output_config"] == {"effort": "high"}

    ui.window.open_conversation(None)  # a new chat starts with thinking off
    assert button.text() == "Thinking: off"


def test_escape_right_after_send_gives_the_message_back(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    """Stopped before the request even began: nothing was sent, and the window is not left
    waiting for a reply that will never come."""
    ui = ready_window
    started(ui, claude_env)
    ui.send("never mind")
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Escape)
    ui.qtbot.waitUntil(lambda: ui.window.composer.send_button.text() == "Send")
    assert ui.window.composer.text() == "never mind"
    assert ui.texts() == ["2+2?", "Four.", "3+3?", "Six."]  # no bubble left waiting
    assert [m.text for m in ui.store.messages(ui.current().id)][-1] == "Six."


def test_tab_walks_the_actions_in_reading_order_then_leaves_for_the_composer(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    ui.window.chat.setFocus()
    seen: list[str] = []
    for _ in range(13):
        focused = QApplication.focusWidget()
        assert focused is not None
        ui.qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        seen.append(now.text() if isinstance(now, QToolButton) else now.objectName())
    assert seen == [
        *("Copy", "Edit", "Delete"),  # under "2+2?"
        *("Copy", "Regenerate", "Delete"),  # under "Four."
        *("Copy", "Edit", "Delete"),
        *("Copy", "Regenerate", "Delete"),
        "promptEdit",
    ]
    ui.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is ui.window.chat


def test_a_search_hit_on_another_branch_opens_that_branch(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    cid = ui.current().id
    start_edit(ui, "3+3?")
    exchange(ui, claude_env, "4+5?", "Nine.")
    (hit,) = [h for h in ui.store.search("Six") if h.conversation_id == cid]
    ui.window.open_conversation(cid, hit.message_id)
    ui.qtbot.waitUntil(lambda: ui.texts() == ["2+2?", "Four.", "3+3?", "Six."])


def test_an_edit_stopped_before_it_was_sent_comes_back_as_an_edit(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    start_edit(ui, "3+3?")
    ui.send("5+5?")
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Escape)
    ui.qtbot.waitUntil(lambda: ui.window.composer.send_button.text() == "Send")
    assert ui.window.composer.editing and ui.window.composer.text() == "5+5?"
    claude_env.queue(Reply.text("Ten."))
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Return)
    ui.wait_shown("Ten.")
    ui.wait_idle()
    assert ui.texts() == ["2+2?", "Four.", "5+5?", "Ten."]


def test_deleting_a_failed_exchange_takes_its_error_card_too(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    claude_env.queue(Reply.error(400, "invalid_request_error", "Bad request."))
    ui.send("broken")
    ui.wait_error()
    ui.wait_idle()
    confirm_delete(ui, "broken")
    ui.qtbot.waitUntil(lambda: ui.texts() == ["2+2?", "Four.", "3+3?", "Six."])
    assert ui.error_card() is None


def test_moving_to_another_branch_leaves_a_failed_replys_error_behind(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    start_edit(ui, "3+3?")
    claude_env.queue(Reply.error(400, "invalid_request_error", "Bad request."))
    ui.send("4+5?")
    ui.wait_error()
    ui.wait_idle()
    bar = bar_under(ui, "4+5?")
    assert bar.previous_button is not None
    ui.click(bar.previous_button)
    ui.qtbot.waitUntil(lambda: ui.texts() == ["2+2?", "Four.", "3+3?", "Six."])
    assert ui.error_card() is None


def test_thinking_follows_the_model_a_budget_for_haiku(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    started(ui, claude_env)
    picker = ui.window.composer.model_picker
    haiku = next(i for i in range(picker.count()) if "haiku" in str(picker.itemData(i)))
    picker.setCurrentIndex(haiku)
    picker.activated.emit(haiku)
    button = ui.window.composer.thinking_button
    levels = [a.text() for a in button.menu().actions() if a.isCheckable()][1:]
    assert levels and all("tokens" in level for level in levels)
    next(a for a in button.menu().actions() if a.text().startswith("Low")).trigger()
    exchange(ui, claude_env, "why?", "Because.")
    assert claude_env.message_requests()[-1]["thinking"] == {
        "type": "enabled",
        "budget_tokens": 2048,
    }
    assert "output_config" not in claude_env.message_requests()[-1]
