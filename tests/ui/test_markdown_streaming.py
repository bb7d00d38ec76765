"""A reply streamed in small pieces renders, at every moment, as its text so far would render
whole, and ends as the finished text renders: `---` as a heading's underline or a rule alike."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextDocument, QTextFormat
from pytestqt.qtbot import QtBot

from desktop_app.core.conversation import Message, Role
from desktop_app.ui.rendering.document_style import DocumentStyle
from desktop_app.ui.rendering.markdown_stream import MarkdownStream
from desktop_app.ui.theme import LIGHT
from desktop_app.ui.view_models.live_reply import LiveReply
from desktop_app.ui.widgets.message_card import MessageCard
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver

MARKDOWN = "\n".join(
    [
        "# 쿼키랜드 안내",
        "쿼키랜드의 수도는 쿼키시티입니다.",
        "이 줄은 제목이 됩니다",
        "---",
        "",
        "A paragraph, then a rule:",
        "",
        "---",
        "",
        "Setext, the long way",
        "===",
        "Text right under a heading, and *emphasis cut **mid** way* with `code`.",
        "- one",
        "- two with [a link][docs]",
        "  - nested 항목",
        "* another list",
        "",
        "1. first",
        "2. second",
        "",
        "3. third after a blank line",
        "",
        "| 이름 | 개수 |",
        "|:-----|-----:|",
        "| 사과 | 12 |",
        "| pear | 3 |",
        "Paragraph interrupted by",
        "```python",
        "print('안녕하세요')",
        "```",
        "- [ ] task",
        "- [x] done",
        "> a quote",
        "lazily continued",
        "",
        "***",
        "    indented code",
        "",
        "[docs]: https://example.com/docs",
        "",
        r"Euler: $e^{i\pi}+1=0$ costs $5 and $10, and \(a^2+b^2\) too.",
        "",
        "$$",
        r"\int_0^1 x\,dx = \frac{1}{2}",
        "$$",
        "",
        "Last line, no newline; an open fence follows",
        "",
        "~~~",
        "still open",
    ]
)


def pieces(text: str, seed: int) -> Iterator[str]:
    """The text in pieces of 1 to 7 characters."""
    chooser = random.Random(seed)
    at = 0
    while at < len(text):
        size = chooser.randint(1, 7)
        yield text[at : at + size]
        at += size


def render(text: str, *, finished: bool) -> tuple[str, list[str]]:
    """How `text` renders when handed over whole: its HTML and the code its Copy links copy."""
    document = QTextDocument()
    stream = MarkdownStream(document, DocumentStyle.of(LIGHT))
    if finished:
        stream.set_text(text)
    else:
        stream.feed(text)
    return document.toHtml(), list(stream.code_blocks)


def shown(card: MessageCard) -> tuple[str, list[str]]:
    assert card.markdown is not None
    return card.body.document().toHtml(), list(card.markdown.code_blocks)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_every_prefix_renders_as_it_would_whole(qtbot: QtBot, seed: int) -> None:
    card = MessageCard(Role.ASSISTANT, LIGHT)
    qtbot.addWidget(card)
    card.resize(640, 400)
    card.show()
    live = LiveReply(None)
    so_far = ""
    for piece in pieces(MARKDOWN, seed):
        live.text_parts.append(piece)
        card.follow(live)
        so_far += piece
        assert shown(card) == render(so_far, finished=False), f"after {so_far[-40:]!r}"
    card.show_message(
        Message(id=1, conversation_id=1, role=Role.ASSISTANT, content=[_text(MARKDOWN)])
    )
    assert shown(card) == render(MARKDOWN, finished=True)


def test_a_dash_line_is_an_underline_under_text_and_a_rule_after_a_blank(qtbot: QtBot) -> None:
    card = MessageCard(Role.ASSISTANT, LIGHT)
    qtbot.addWidget(card)
    live = LiveReply(None)
    text = "제목 줄\n---\n\nBefore a rule\n\n---\n\nAfter"
    for piece in pieces(text, 7):
        live.text_parts.append(piece)
        card.follow(live)
    assert card.markdown is not None
    card.markdown.finish()
    document = card.body.document()
    found = []
    block = document.begin()
    while block.isValid():
        rule = block.blockFormat().hasProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth
        )
        found.append((block.text(), block.blockFormat().headingLevel(), rule))
        block = block.next()
    assert found == [
        ("제목 줄", 2, False),
        ("Before a rule", 0, False),
        ("", 0, True),
        ("After", 0, False),
    ]


def test_a_reply_streamed_from_the_api_renders_like_its_text_at_each_frame(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.text(MARKDOWN, chunk=3, delay=0.002))
    ui.send("마크다운으로 답해 주세요")
    seen: list[str] = []
    wrong: list[str] = []

    def check() -> bool:
        cards = [c for c in ui.window.chat.cards.values() if c.markdown is not None]
        if not cards:
            return False
        card = cards[-1]
        assert card.markdown is not None
        text = card.markdown.text
        if text and (not seen or seen[-1] != text):
            seen.append(text)
            if shown(card) != render(text, finished=card.markdown.finished):
                wrong.append(text[-40:])
        return not ui.busy() and text == MARKDOWN

    ui.qtbot.waitUntil(check, timeout=15_000)
    assert len(seen) > 3  # frames were looked at while the reply streamed
    assert wrong == []
    card = next(c for c in ui.window.chat.cards.values() if c.markdown is not None)
    assert shown(card) == render(MARKDOWN, finished=True)


def _text(text: str) -> dict[str, object]:
    return {"type": "text", "text": text}
