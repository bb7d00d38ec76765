"""A reply cut off at max_tokens in the real window: it says so, Continue goes on (on a model
that refuses a prefill), the request to continue shows as a small marker, also after a restart."""

from __future__ import annotations

from desktop_app.core.continuation import CONTINUE_PROMPT
from desktop_app.ui.widgets.message_card import MessageRow
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory

CUT = "첫 번째 부분은 여기까지"


def row_showing(ui: ChatDriver, text: str) -> MessageRow:
    rows = [r for r in ui.window.chat.column.built if text in r.card.body.toPlainText()]
    assert rows, f"no message shows {text!r}"
    return rows[-1]


def markers(ui: ChatDriver) -> list[MessageRow]:
    return [r for r in ui.window.chat.column.built if r.card.objectName() == "continuationMarker"]


def test_continue_after_a_cut_off_reply_and_after_restart(
    ready_window: ChatDriver, claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text(CUT, stop_reason="max_tokens"), Reply.text("긴 글"))
    ui.send("긴 글을 써 주세요")
    ui.wait_shown(CUT)
    ui.qtbot.waitUntil(lambda: ui.current().title == "긴 글")
    ui.wait_idle()
    bar = row_showing(ui, CUT).actions_bar
    assert bar is not None and bar.ending is not None and bar.ending.isVisible()
    assert bar.ending.label.text() == "Cut off at the max_tokens limit"

    claude_env.queue(Reply.text("두 번째 부분입니다."))
    assert bar.ending.continue_button is not None
    ui.click(bar.ending.continue_button)
    ui.wait_shown("두 번째 부분입니다.")
    ui.wait_idle()

    sent = claude_env.message_requests()[-1]
    assert sent["model"] == "claude-sonnet-4-6"  # refuses a prefill, like the real API
    assert sent["messages"][-2]["role"] == "assistant"
    assert sent["messages"][-1] == {
        "role": "user",
        "content": [{"type": "text", "text": CONTINUE_PROMPT}],
    }
    assert CONTINUE_PROMPT not in ui.shown()  # a marker, not a bubble
    (marker,) = markers(ui)
    assert "Continued" in marker.card.footer.text() and marker.actions_bar is None
    first = row_showing(ui, CUT).actions_bar
    assert first is None or first.ending is None  # no longer the last reply: nothing to continue

    ui.window.close()
    again = open_window()
    again.wait_shown("두 번째 부분입니다.")
    assert len(markers(again)) == 1
    assert CONTINUE_PROMPT not in again.shown()
