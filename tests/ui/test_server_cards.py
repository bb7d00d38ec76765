"""Anthropic's own tools in the chat: a card per call that grows as Claude writes it, its
result under it (links, page, output), errors in plain words, unknown blocks kept as
"unsupported content"; the same cards when the conversation is opened again from storage."""

from __future__ import annotations

import dataclasses

from desktop_app.core.server_tool_words import error_words
from desktop_app.ui.widgets.server_card import ServerCard
from tests.fakeapi import FakeApi
from tests.fakeapi.replies import Reply, ReplyKind
from tests.fakeapi.server_replies import (
    Page,
    code_execution,
    file_edit,
    unknown_block,
    web_fetch,
    web_search,
)
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.test_message_actions import bar_under

SEOUL = [
    Page("서울 날씨 — 기상청", "https://weather.example/seoul", "맑음, 최고 7도", "2 hours ago"),
    Page("Seoul weather", "https://example.org/seoul"),
]


def server_cards(driver: ChatDriver) -> list[ServerCard]:
    found: list[ServerCard] = []
    for card in driver.window.chat.cards.values():
        if card.server_cards is not None:
            found.extend(card.server_cards.cards.values())
    return found


def wait_cards(driver: ChatDriver, count: int) -> list[ServerCard]:
    driver.qtbot.waitUntil(lambda: len(server_cards(driver)) >= count, timeout=WAIT_MS)
    return server_cards(driver)


def reopened(open_window: WindowFactory, first: ChatDriver) -> ChatDriver:
    """The same conversation in a window built anew, its cards made from storage."""
    conversation_id = first.current().id
    first.wait_idle()
    first.window.close()
    second = open_window()
    second.window.open_conversation(conversation_id)
    return second


def test_a_search_card_grows_while_streaming_and_comes_back_from_storage(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    reply = web_search("서울 날씨 오늘", SEOUL, ["오늘 서울은 맑습니다."], chunk=4)
    held = dataclasses.replace(reply, kind=ReplyKind.STALL, stall_after=5, seconds=30.0)
    claude_env.queue(held)
    driver = open_window()
    driver.send("서울 날씨 알려줘")
    [card] = wait_cards(driver, 1)
    # Held mid-query: the card already says what is being searched, as far as it has come.
    driver.qtbot.waitUntil(lambda: "Searching the web for “서울" in card.title_text())
    assert card.title_text() != "Searching the web for “서울 날씨 오늘”"
    assert card.status_text() == "Working…"
    claude_env.release_stalls()
    driver.wait_shown("오늘 서울은 맑습니다.")
    assert card.title_text() == "Searching the web for “서울 날씨 오늘”"
    assert card.status_text() == "Done" and card.toggle.text() == "2 results"
    assert not card.result_view.isVisibleTo(card)  # collapsed until opened
    driver.click(card.toggle)
    assert card.result_view.isVisibleTo(card)
    assert "서울 날씨 — 기상청 · 2 hours ago" in card.result_text()
    assert 'href="https://weather.example/seoul"' in card.result_view.text()

    again = reopened(open_window, driver)
    again.wait_shown("오늘 서울은 맑습니다.")
    [stored] = wait_cards(again, 1)
    assert stored.title_text() == "Searching the web for “서울 날씨 오늘”"
    assert stored.toggle.text() == "2 results"
    assert "Seoul weather" in stored.result_text()


def test_code_runs_show_their_code_output_and_files(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    claude_env.queue(
        code_execution(
            "python3 -c 'print(\"안녕\")'",
            "안녕\n",
            stderr="warning: 느림\n",
            return_code=3,
            files=["file_011CNha8iCJcU1wXNR6q4V8w"],
            answer=["It printed 안녕."],
        )
    )
    driver = open_window()
    driver.send("Run it")
    driver.wait_shown("It printed 안녕.")
    [card] = wait_cards(driver, 1)
    assert card.title_text() == "Running code"
    assert card.code.text() == "python3 -c 'print(\"안녕\")'"
    assert card.toggle.text() == "Exited with 3"
    text = card.result_text()
    for expected in ("안녕", "warning: 느림", "Return code: 3", "file_011CNha8iCJcU1wXNR6q4V8w"):
        assert expected in text

    bar = bar_under(driver, "It printed 안녕.")
    driver.qtbot.waitUntil(lambda: "code sandbox until" in bar.info.text(), timeout=WAIT_MS)
    assert "runs its code there" in bar.info.toolTip()

    again = reopened(open_window, driver)
    [stored] = wait_cards(again, 1)
    assert stored.code.text() == card.code.text() and stored.result_text() == text
    assert "code sandbox until" in bar_under(again, "It printed 안녕.").info.text()


def test_a_fetch_shows_the_page_and_its_size(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    page = Page("부산 여행 안내", "https://travel.example/busan", "해운대와 광안리. " * 10)
    claude_env.queue(web_fetch(page, ["부산은 바다가 좋습니다."]))
    driver = open_window()
    driver.send("Read https://travel.example/busan")
    driver.wait_shown("부산은 바다가 좋습니다.")
    [card] = wait_cards(driver, 1)
    assert card.title_text() == "Reading https://travel.example/busan"
    assert card.toggle.text() == "Page read"
    assert f"{len(page.text)} characters" in card.result_text()
    assert "부산 여행 안내" in card.result_text()


def test_an_error_result_reads_in_plain_words_without_opening(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    claude_env.queue(
        web_search("또 검색", [], ["I could not search again."], error_code="max_uses_exceeded")
    )
    driver = open_window()
    driver.send("Search once more")
    driver.wait_shown("I could not search again.")
    [card] = wait_cards(driver, 1)
    assert card.status_text() == "Failed"
    assert card.result_view.isVisibleTo(card)
    assert card.result_view.text() == "The tool failed: " + error_words("max_uses_exceeded")
    assert "max_uses_exceeded" not in card.result_view.text()


def test_an_unknown_block_is_shown_as_unsupported_and_kept(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    block = {"type": "hologram_3d", "data": "✨ 별"}
    claude_env.queue(unknown_block(block, "Here is a hologram."))
    driver = open_window()
    driver.send("Show me")
    driver.wait_shown("Here is a hologram.")
    [card] = wait_cards(driver, 1)
    assert card.title_text() == "Unsupported content (hologram_3d)"
    driver.wait_idle()
    [message] = [
        m for m in driver.store.messages(driver.current().id) if m.role.value == "assistant"
    ]
    assert block in message.content  # kept as the API sent it, to be sent back


def test_a_paused_turn_keeps_its_search_card_while_the_reply_goes_on(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    claude_env.queue(
        web_search("부산 날씨", SEOUL[:1], stop_reason="pause_turn"),
        web_search("부산 바다 온도", SEOUL[1:], ["바다는 차갑습니다."]),
    )
    driver = open_window()
    driver.send("부산 날씨와 바다 온도")
    driver.wait_shown("바다는 차갑습니다.")
    driver.wait_idle()
    titles = [card.title_text() for card in wait_cards(driver, 2)]
    assert titles == ["Searching the web for “부산 날씨”", "Searching the web for “부산 바다 온도”"]


def test_the_file_editor_says_which_file_and_shows_what_it_wrote_and_changed(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    script = "print('안녕')\n"
    created = {"type": "text_editor_code_execution_create_result", "is_file_update": False}
    claude_env.queue(
        file_edit({"command": "create", "path": "/tmp/인사.py", "file_text": script}, created,
                  ["Wrote it."]),
        Reply.text("인사 스크립트"),  # the title
        file_edit(
            {"command": "str_replace", "path": "/tmp/인사.py", "old_str": "안녕",
             "new_str": "안녕하세요"},
            {"type": "text_editor_code_execution_str_replace_result", "oldStart": 1,
             "oldLines": 1, "newStart": 1, "newLines": 1,
             "lines": ["-print('안녕')", "+print('안녕하세요')"]},
            ["Changed it."],
        ),
    )  # fmt: skip
    driver = open_window()
    driver.send("Write a greeting script")
    driver.wait_shown("Wrote it.")
    [card] = wait_cards(driver, 1)
    assert card.title_text() == "Writing the file /tmp/인사.py"
    assert card.code.text().strip() == script.strip()  # what it writes, not the word "create"
    assert card.toggle.text() == "File written"
    driver.wait_idle()
    driver.send("Make it polite")
    driver.wait_shown("Changed it.")
    edit = wait_cards(driver, 2)[1]
    assert edit.title_text() == "Editing the file /tmp/인사.py"
    assert edit.toggle.text() == "File edited"
    assert "+print('안녕하세요')" in edit.result_text()


def test_a_fetched_pdf_is_sized_in_bytes_not_in_base64_characters() -> None:
    from desktop_app.ui.widgets.server_result import result_html

    pdf = {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0x" * 1024}
    block = {
        "type": "web_fetch_tool_result",
        "tool_use_id": "srvtoolu_1",
        "content": {
            "type": "web_fetch_result",
            "url": "https://example.org/보고서.pdf",
            "content": {"type": "document", "source": pdf, "title": "보고서"},
        },
    }
    shown = result_html(block)
    assert "PDF, 6 KB" in shown and "characters" not in shown
