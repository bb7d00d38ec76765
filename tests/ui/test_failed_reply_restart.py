"""A failed reply's error card comes back after a restart, as it was, and its Retry works
(issue 13, point 7)."""

from __future__ import annotations

from desktop_app.core.conversation import MessageState
from desktop_app.core.errors import ApiError, ErrorKind
from desktop_app.core.failure_note import failure_from_note, failure_note
from desktop_app.ui.view_models.reply_problem import stored_problem
from tests.fakeapi import FakeApi, Reply
from tests.ui.conftest import WindowFactory, close_window


def test_the_error_card_and_retry_come_back_after_a_restart(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = open_window()
    claude_env.queue(Reply.error(400, message="messages: 첫 번째 내용이 비어 있습니다"))
    ui.send("쿼키랜드의 수도는?")
    live = ui.wait_error()
    live_text, live_retry = live.label.text(), live.retry_button.isVisible()
    assert live_text.startswith("The API rejected the request.")
    conversation_id = ui.current().id
    ui.wait_idle()
    close_window(ui.qtbot, ui.window)

    again = open_window()
    again.window.open_conversation(conversation_id)
    card = again.error_card()
    assert card is not None
    assert card.label.text() == live_text
    assert card.retry_button.isVisible() == live_retry
    assert again.texts() == ["쿼키랜드의 수도는?"]  # the empty failed reply is still not shown
    claude_env.queue(Reply.text("쿼키랜드의 수도는 쿼키시티입니다."))
    again.click(card.retry_button)
    again.wait_shown("쿼키시티")
    again.wait_idle()
    assert again.error_card() is None
    messages = again.store.messages(conversation_id)
    assert [m.text for m in messages] == ["쿼키랜드의 수도는?", "쿼키랜드의 수도는 쿼키시티입니다."]
    assert messages[-1].state is MessageState.COMPLETE


def test_a_dropped_reply_keeps_its_text_note_and_card_after_a_restart(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = open_window()
    claude_env.queue(Reply.drop(after_text="이야기의 앞부분"))
    ui.send("Tell me a story")
    live_text = ui.wait_error().label.text()
    conversation_id = ui.current().id
    ui.wait_idle()
    close_window(ui.qtbot, ui.window)

    again = open_window()
    again.window.open_conversation(conversation_id)
    card = again.error_card()
    assert card is not None and card.label.text() == live_text
    assert "connection was lost" in live_text
    assert "이야기의 앞부분" in again.shown()
    reply = again.window.chat.cards[again.store.messages(conversation_id)[-1].id]
    assert reply.footer.text() == "Incomplete: the reply failed"


def test_a_failed_reply_without_a_note_still_offers_retry() -> None:
    """Replies that failed before notes were kept (or in `parley ask`) get a plain card."""
    from desktop_app.core.conversation import Message, Role

    failed = Message(1, 1, Role.ASSISTANT, [], MessageState.FAILED)
    problem = stored_problem([failed])
    assert problem is not None and problem.retryable and problem.text
    assert stored_problem([failed.__class__(2, 1, Role.ASSISTANT, [])]) is None


def test_the_note_round_trips_and_tolerates_damage() -> None:
    error = ApiError(ErrorKind.OVERLOADED, "과부하", 529, retry_after=30, request_id="req_1")
    back = failure_from_note(failure_note(error))
    assert back == ApiError(ErrorKind.OVERLOADED, "과부하", 529, request_id="req_1")
    for note in (None, "", "end_turn", "error:{", 'error:{"kind":"gone"}', "error:[]"):
        assert failure_from_note(note) is None
