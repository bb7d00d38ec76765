"""How a reply ended, said under it in the real window: stopped at one of the conversation's
stop sequences (a quiet line naming it), or paused by the API mid-turn (Continue resumes the
turn, with every stored block intact) — both still said after a restart."""

from __future__ import annotations

from desktop_app.core.reply_stream import MAX_PAUSES
from desktop_app.core.request_options import RequestOptions
from desktop_app.ui.widgets.message_actions_bar import MessageActionsBar
from tests.core.test_server_blocks import PAGES
from tests.fakeapi import FakeApi, Reply
from tests.fakeapi.server_replies import web_search
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.test_cut_off_reply import row_showing
from tests.ui.test_server_tool_switches import last_chat_request


def last_bar(driver: ChatDriver) -> MessageActionsBar:
    bars = [r.actions_bar for r in driver.window.chat.column.built if r.actions_bar is not None]
    assert bars, "no message shows its actions"
    return bars[-1]


def test_a_reply_stopped_at_a_stop_sequence_names_it_after_a_restart_too(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = open_window()
    conversation = driver.store.create_conversation("claude-sonnet-4-6")
    driver.store.set_request_options(conversation.id, RequestOptions(stop_sequences=("셋",)))
    driver.window.open_conversation(conversation.id)
    claude_env.queue(Reply.text("하나, 둘, ", stop_reason="stop_sequence"), Reply.text("세기"))
    driver.send("셋까지 세어 줘")
    driver.wait_shown("하나, 둘,")
    driver.wait_idle()
    assert last_chat_request(claude_env)["stop_sequences"] == ["셋"]
    bar = row_showing(driver, "하나, 둘,").actions_bar
    assert bar is not None and bar.ending is not None and bar.ending.isVisible()
    assert bar.ending.label.text() == 'Stopped at stop sequence "셋"'
    assert bar.ending.continue_button is None  # nothing to go on with: the user asked for it

    driver.window.close()
    again = open_window()
    again.window.open_conversation(conversation.id)
    again.wait_shown("하나, 둘,")
    kept = row_showing(again, "하나, 둘,").actions_bar
    assert kept is not None and kept.ending is not None
    assert kept.ending.label.text() == 'Stopped at stop sequence "셋"'


def test_a_paused_turn_continues_from_the_window_after_a_restart(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    paused = web_search("부산 날씨", PAGES, stop_reason="pause_turn")
    claude_env.queue(*[paused] * (MAX_PAUSES + 1), Reply.text("부산 날씨"))
    driver = open_window()
    driver.send("부산 날씨를 오래 찾아봐")
    driver.qtbot.waitUntil(lambda: driver.current().title == "부산 날씨")
    driver.wait_idle()
    conversation_id = driver.current().id
    bar = last_bar(driver)
    assert bar.ending is not None
    assert bar.ending.label.text() == "Claude paused a long-running turn"
    before = [m.content for m in driver.store.messages(conversation_id)]

    driver.window.close()  # closed while paused: the turn can still go on
    again = open_window()
    again.window.open_conversation(conversation_id)
    again.qtbot.waitUntil(lambda: last_bar(again).ending is not None)
    notice = last_bar(again).ending
    assert notice is not None and notice.continue_button is not None
    claude_env.queue(Reply.text("부산은 맑고 바다는 잔잔합니다."))
    again.click(notice.continue_button)
    again.wait_shown("부산은 맑고 바다는 잔잔합니다.")
    again.wait_idle()

    after = again.store.messages(conversation_id)
    assert [m.content for m in after[: len(before)]] == before  # nothing lost or changed
    assert after[-1].stop_reason == "end_turn" and len(after) == len(before) + 1
    sent = last_chat_request(claude_env)["messages"]
    assert [m["role"] for m in sent] == ["user", "assistant"]  # the paused turn went back last
    assert sent[-1]["content"] == [b for content in before[1:] for b in content]
    assert last_bar(again).ending is None  # finished: nothing more to say


def test_which_endings_are_said_and_where() -> None:
    from desktop_app.core.conversation import Message, Role, text_block
    from desktop_app.ui.view_models.reply_ending import Ending, reply_ending

    def reply(n: int, reason: str) -> Message:
        return Message(n, 1, Role.ASSISTANT, [text_block("답")], stop_reason=reason)

    question = Message(1, 1, Role.USER, [text_block("질문")])
    stops = {2: "끝"}.get
    shown = [question, reply(2, "stop_sequence"), question, reply(4, "pause_turn")]
    at_stop = reply_ending(shown, 1, stops)
    assert at_stop is not None and at_stop.kind is Ending.STOP_SEQUENCE
    assert at_stop.sequence == "끝" and not at_stop.can_continue  # said on an earlier reply too
    paused = reply_ending(shown, 3, stops)
    assert paused is not None and paused.kind is Ending.PAUSED and paused.can_continue
    later = [*shown, question, reply(6, "end_turn")]
    assert reply_ending(later, 3, stops) is None  # no longer the last: nothing to continue
    assert reply_ending([question, reply(2, "max_tokens")], 1) is not None
    assert reply_ending([question, reply(2, "max_tokens"), question], 1) is None
