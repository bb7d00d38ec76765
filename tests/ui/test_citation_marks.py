"""Cited passages in a reply: a superscript "[n]" after each (one number per source), whose
tooltip holds the passage and its source; the same after reopening; copying keeps "[n]"."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QTextCharFormat, QTextCursor

from desktop_app.ui.widgets.message_card import MessageCard
from tests.fakeapi import FakeApi
from tests.fakeapi.server_replies import Cite, cited, web_search
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.test_server_cards import SEOUL, reopened

# Shaped as the API writes it (the recorded web search): plain and cited text in blocks of
# their own, the spaces between sentences too, all of one paragraph.
ANSWER = [
    "오늘 날씨입니다. ",
    Cite("서울은 맑습니다.", "맑음, 최고 7도", page=0),
    " ",
    Cite("It is cold.", "Seoul is cold in December", page=1),
    " ",
    Cite("최고 7도입니다.", "최고 7도", page=0),
]
PARAGRAPH = "오늘 날씨입니다. 서울은 맑습니다.[1] It is cold.[2] 최고 7도입니다.[1]"


def reply_card(driver: ChatDriver, text: str) -> MessageCard:
    def found() -> MessageCard | None:
        for card in driver.window.chat.cards.values():
            if text in card.body.toPlainText():
                return card
        return None

    driver.qtbot.waitUntil(lambda: found() is not None, timeout=WAIT_MS)
    card = found()
    assert card is not None
    return card


def format_at(card: MessageCard, needle: str) -> QTextCharFormat:
    """The character format in the middle of `needle`'s first appearance in the body."""
    at = card.body.toPlainText().index(needle) + len(needle) // 2
    cursor = QTextCursor(card.body.document())
    cursor.setPosition(at + 1)
    return cursor.charFormat()


def test_cited_passages_get_numbered_raised_markers_with_their_source(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    claude_env.queue(web_search("서울 날씨", SEOUL, ANSWER))
    driver = open_window()
    driver.send("서울 날씨?")
    card = reply_card(driver, "서울은 맑습니다.[1]")
    driver.wait_idle()
    text = card.body.toPlainText()
    assert text == PARAGRAPH  # one paragraph, and a source keeps its number
    mark = format_at(card, "[1]")
    assert mark.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    assert format_at(card, "맑습니다").verticalAlignment() != mark.verticalAlignment()
    tip = mark.toolTip()
    assert "“맑음, 최고 7도”" in tip
    assert "서울 날씨 — 기상청 — https://weather.example/seoul" in tip

    # Hovering the marker finds the same text the marker carries.
    cursor = QTextCursor(card.body.document())
    cursor.setPosition(text.index("[2]") + 1)
    rect = card.body.cursorRect(cursor)
    hovered = card.body.mark_tip_at(rect.center().toPointF())
    assert hovered is not None and "Seoul is cold in December" in hovered
    assert "https://example.org/seoul" in hovered

    again = reopened(open_window, driver)
    stored = reply_card(again, "It is cold.[2]")
    assert stored.body.toPlainText() == PARAGRAPH
    assert format_at(stored, "[2]").toolTip() == format_at(card, "[2]").toolTip()


def test_a_document_citation_names_the_document_and_its_characters(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    quote = "갑은 을에게 매월 말일 임대료를 지급한다."
    passage = Cite("임대료는 매월 말일에 냅니다.", quote, document=0, end=len(quote))
    claude_env.queue(cited([dataclasses.replace(passage, document_title="계약서.txt")]))
    driver = open_window()
    driver.send("언제 내나요?")
    card = reply_card(driver, "냅니다.[1]")
    tip = format_at(card, "[1]").toolTip()
    assert f"“{quote}”" in tip and f"계약서.txt, characters 0–{len(quote)}" in tip


def test_markers_appear_while_the_reply_is_still_streaming(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    tail = " ".join(f"문장 {i}." for i in range(60))  # still streaming when the mark shows
    reply = web_search("서울 날씨", SEOUL, [*ANSWER, "\n\n" + tail], chunk=3)
    claude_env.queue(dataclasses.replace(reply, delay=0.02))
    driver = open_window()
    driver.send("서울 날씨?")
    card = reply_card(driver, "맑습니다.[1]")
    assert driver.busy()
    mark = format_at(card, "[1]")
    assert mark.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    assert "“맑음, 최고 7도”" in mark.toolTip()
    driver.wait_shown("문장 59.")
    driver.wait_idle()
    text = card.body.toPlainText()
    assert text.startswith(PARAGRAPH + "\n")  # streamed, it reads as the stored reply does
    assert text.count("[1]") == 2 and text.count("[2]") == 1
    assert format_at(card, "[2]").toolTip().endswith("https://example.org/seoul")
