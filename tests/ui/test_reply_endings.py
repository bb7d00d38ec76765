"""How a reply ended, under it in the real window: stopped at one of the conversation's stop
sequences (named, also after reopening), or paused by the API past the automatic
continuations (Continue resumes the very turn, its blocks sent back unchanged)."""

from __future__ import annotations

from desktop_app.core.reply_stream import MAX_PAUSES
from desktop_app.core.request_options import RequestOptions
from desktop_app.core.server_tools import ServerTools
from tests.fakeapi import FakeApi, Reply
from tests.fakeapi.server_replies import web_search
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.test_message_actions import bar_under
from tests.ui.test_server_cards import SEOUL, reopened


def open_with(ui: ChatDriver, options: RequestOptions) -> int:
    conversation = ui.store.create_conversation("claude-sonnet-4-6", title="끝맺음")
    ui.store.set_request_options(conversation.id, options)
    ui.window.open_conversation(conversation.id)
    return conversation.id


def test_a_reply_stopped_at_a_stop_sequence_says_which(
    ready_window: ChatDriver, claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = ready_window
    open_with(ui, RequestOptions(stop_sequences=("### 끝", "END")))
    claude_env.queue(Reply.text("하나, 둘, 셋", stop_reason="stop_sequence"))
    ui.send("셋까지 세 줘")
    ui.wait_shown("하나, 둘, 셋")
    ui.wait_idle()
    notice = bar_under(ui, "하나, 둘, 셋").ending_notice
    assert notice is not None and notice.isVisible()
    assert notice.label.text() == 'Stopped at stop sequence "### 끝"'
    assert notice.continue_button is None  # nothing was cut: there is no more to ask for

    again = reopened(open_window, ui)
    again.wait_shown("하나, 둘, 셋")
    stored = bar_under(again, "하나, 둘, 셋").ending_notice
    assert stored is not None and stored.label.text() == 'Stopped at stop sequence "### 끝"'


def test_a_turn_paused_past_the_automatic_continuations_goes_on_with_continue(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    conversation_id = open_with(ui, RequestOptions(server_tools=ServerTools(web_search=True)))
    for round_ in range(MAX_PAUSES + 1):
        claude_env.queue(web_search(f"서울 {round_}", SEOUL, stop_reason="pause_turn"))
    ui.send("서울을 여러 번 찾아 줘")
    ui.qtbot.waitUntil(lambda: len(claude_env.message_requests()) == MAX_PAUSES + 1)
    ui.wait_idle()
    paused = ui.store.messages(conversation_id)[-1]
    assert paused.stop_reason == "pause_turn"
    rows = [r for r in ui.window.chat.column.built if r.actions_bar is not None]
    notice = rows[-1].actions_bar.ending_notice  # the reply's: it holds no text to find it by
    assert notice is not None and notice.label.text() == "Claude paused a long turn"
    assert notice.continue_button is not None

    claude_env.queue(Reply.text("서울은 맑습니다."))
    ui.click(notice.continue_button)
    ui.wait_shown("서울은 맑습니다.")
    ui.wait_idle()
    resumed = claude_env.message_requests()[-1]
    assert resumed["messages"][-1]["role"] == "assistant"  # the paused turn, to be continued
    sent_back = resumed["messages"][-1]["content"]
    assert [b for b in paused.content if b in sent_back] == paused.content  # unchanged
    last = ui.store.messages(conversation_id)[-1]
    assert last.stop_reason == "end_turn"
    assert bar_under(ui, "서울은 맑습니다.").ending_notice is None
