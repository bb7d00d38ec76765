"""Replies rendered as Markdown in a real text view: code, tables, task lists, links, images,
and the streaming path that writes each closed block once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from pytestqt.qtbot import QtBot

from desktop_app.ui.rendering.document_style import DocumentStyle
from desktop_app.ui.rendering.markdown_stream import MarkdownStream
from desktop_app.ui.theme import DARK, LIGHT
from desktop_app.ui.widgets.text_view import TextView
from tests.fakeapi import FakeApi

CODE = 'def greet(name: str) -> str:\n    return f"Hello {name}"  # say it'


def blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def code_lines(document: QTextDocument) -> list[QTextBlock]:
    """The blocks of code: in a framed box, not its header line."""
    found = []
    for block in blocks(document):
        in_frame = QTextCursor(block).currentFrame() is not document.rootFrame()
        fixed = any(span.format.fontFixedPitch() for span in block.textFormats())
        if in_frame and fixed:
            found.append(block)
    return found


def colours(block_list: list[QTextBlock]) -> set[str]:
    return {
        span.format.foreground().color().name()
        for block in block_list
        for span in block.textFormats()
        if span.format.hasProperty(QTextFormat.Property.ForegroundBrush)
    }


@pytest.fixture
def view(qtbot: QtBot) -> TextView:
    text_view = TextView()
    text_view.resize(700, 200)
    qtbot.addWidget(text_view)
    text_view.show()
    return text_view


def render(view: TextView, text: str, look: object = LIGHT) -> MarkdownStream:
    stream = MarkdownStream(view.document(), DocumentStyle.of(look))  # type: ignore[arg-type]
    view.code_blocks = stream.code_blocks
    stream.set_text(text)
    return stream


def test_a_closed_code_block_is_highlighted_and_copied_whole(view: TextView) -> None:
    stream = render(view, f"Before.\n\n```python\n{CODE}\n```\n\nAfter.")
    lines = code_lines(view.document())
    assert [b.text() for b in lines] == CODE.split("\n")
    assert len(colours(lines)) >= 3  # keywords, strings, comments each have their colour
    assert stream.code_blocks == [CODE]
    href = next(
        span.format.anchorHref()
        for block in blocks(view.document())
        for span in block.textFormats()
        if span.format.anchorHref().startswith("parley-copy:")
    )
    view.anchorClicked.emit(QUrl(href))
    assert QGuiApplication.clipboard().text() == CODE


def test_dark_and_light_colour_code_differently(view: TextView, qtbot: QtBot) -> None:
    render(view, f"```python\n{CODE}\n```")
    light = colours(code_lines(view.document()))
    other = TextView()
    qtbot.addWidget(other)
    render(other, f"```python\n{CODE}\n```", DARK)
    dark = colours(code_lines(other.document()))
    assert light and dark and light != dark


def test_an_open_fence_stays_plain_until_it_closes(view: TextView) -> None:
    stream = MarkdownStream(view.document(), DocumentStyle.of(LIGHT))
    stream.feed("Here:\n\n```python\n")
    stream.feed(CODE + "\n")
    lines = code_lines(view.document())
    assert [b.text() for b in lines] == CODE.split("\n")
    assert len(colours(lines)) <= 1
    assert stream.code_blocks == []  # no Copy until the code is whole
    stream.feed("```\n")
    assert len(colours(code_lines(view.document()))) >= 3  # coloured at once, before more text
    assert stream.code_blocks == [CODE]


def test_a_gfm_table_becomes_a_table(view: TextView) -> None:
    render(view, "| Name | Count |\n|:-----|------:|\n| 쿼키랜드 | 12 |\n| b | 3 |\n")
    tables = [f for f in view.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    assert (table.rows(), table.columns()) == (3, 2)
    cell = table.cellAt(1, 0).firstCursorPosition().block()
    assert cell.text() == "쿼키랜드"
    count = table.cellAt(1, 1).firstCursorPosition().block()
    assert count.text() == "12"
    assert count.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    head = table.cellAt(0, 0).firstCursorPosition().block()
    assert head.textFormats()[0].format.fontWeight() >= 700


def test_a_task_list_shows_checkboxes(view: TextView) -> None:
    render(view, "- [ ] write tests\n- [x] write code\n- plain item\n")
    items = {b.text(): b for b in blocks(view.document()) if b.textList() is not None}
    assert set(items) == {"write tests", "write code", "plain item"}
    unchecked = QTextBlockFormat.MarkerType.Unchecked
    checked = QTextBlockFormat.MarkerType.Checked
    assert items["write tests"].blockFormat().marker() == unchecked
    assert items["write code"].blockFormat().marker() == checked
    assert items["plain item"].blockFormat().marker() == QTextBlockFormat.MarkerType.NoMarker


def test_prose_formats(view: TextView) -> None:
    render(view, "# Title\n\nSome ~~old~~ **new** `code`.\n\n> quoted words\n")
    found = list(blocks(view.document()))
    assert found[0].text() == "Title" and found[0].blockFormat().headingLevel() == 1
    text = found[1].text()
    spans = {
        text[s.start : s.start + s.length]: QTextCharFormat(s.format)
        for s in found[1].textFormats()
    }
    assert spans["old"].fontStrikeOut()
    assert spans["new"].fontWeight() >= 700
    assert spans["code"].fontFixedPitch()
    quote = next(b for b in found if b.text() == "quoted words")
    assert quote.textFormats()[0].format.fontItalic()
    assert quote.blockFormat().leftMargin() > 0


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def url_catcher() -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    for scheme in ("http", "https", "file"):
        # PySide takes the slot's name as str at run time, whatever its stubs say.
        QDesktopServices.setUrlHandler(scheme, catcher, "open")  # type: ignore[arg-type]
    yield catcher
    for scheme in ("http", "https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def click_text(qtbot: QtBot, view: TextView, text: str) -> None:
    position = view.toPlainText().index(text) + 1
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_link_opens_in_the_browser_and_loads_nothing_here(
    view: TextView, qtbot: QtBot, url_catcher: UrlCatcher, fakeapi: FakeApi
) -> None:
    page = f"{fakeapi.url}/a-page"
    render(view, f"See [the docs]({page}) and [a file](file:///etc/passwd).")
    click_text(qtbot, view, "the docs")
    qtbot.waitUntil(lambda: url_catcher.opened == [page])
    click_text(qtbot, view, "a file")
    qtbot.wait(50)
    assert url_catcher.opened == [page]  # only web and mail links are handed on
    assert fakeapi.requests == []  # the link went to the browser; Parley asked nothing


def test_a_bare_url_becomes_a_link_but_code_stays_code(
    view: TextView, qtbot: QtBot, url_catcher: UrlCatcher
) -> None:
    render(view, "Docs: https://docs.example.org/guide — or `https://not.a.link/` in code.")
    click_text(qtbot, view, "docs.example.org")
    qtbot.waitUntil(lambda: url_catcher.opened == ["https://docs.example.org/guide"])
    hrefs = [
        span.format.anchorHref()
        for block in blocks(view.document())
        for span in block.textFormats()
        if span.format.isAnchor()
    ]
    assert hrefs == ["https://docs.example.org/guide"]


def test_images_in_a_reply_are_never_fetched(
    view: TextView, qtbot: QtBot, fakeapi: FakeApi
) -> None:
    image = f"{fakeapi.url}/cat.png"
    render(view, f'Look: ![a cat]({image})\n\n<img src="{fakeapi.url}/raw.png">')
    view.repaint()
    qtbot.wait(50)
    for block in blocks(view.document()):
        assert not any(span.format.isImageFormat() for span in block.textFormats())
    text = view.toPlainText()
    assert "[image: a cat]" in text
    assert "<img src=" in text  # raw HTML is shown as the text it is
    assert f'href="{image}"' in view.document().toHtml()
    assert fakeapi.requests == []


LONG = "\n\n".join(
    [
        "# Streaming",
        "A first paragraph with **bold** text.",
        "- one\n- two\n- three",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        f"```python\n{CODE}\n```",
        "> a quote",
        "Last paragraph, still being written when the stream is cut.",
    ]
)


def test_streaming_writes_each_closed_block_once(view: TextView, qtbot: QtBot) -> None:
    stream = MarkdownStream(view.document(), DocumentStyle.of(LIGHT))
    feeds = 0
    marked = False
    for start in range(0, len(LONG), 5):
        stream.feed(LONG[start : start + 5])
        feeds += 1
        first = view.document().begin()
        if not marked and first.text() == "Streaming" and "A first" in view.toPlainText():
            first.setUserState(7)  # a mark that would vanish were the heading written again
            marked = True
    stream.finish()
    assert marked and view.document().begin().userState() == 7
    block_count = 7
    # Each feed writes its open block once, plus the blocks it closed (each closed once).
    assert stream.block_writes <= feeds + block_count
    whole = TextView()
    qtbot.addWidget(whole)
    whole_stream = MarkdownStream(whole.document(), DocumentStyle.of(LIGHT))
    whole_stream.set_text(LONG)
    assert whole_stream.block_writes == block_count
    view.document().begin().setUserState(-1)
    assert view.document().toHtml() == whole.document().toHtml()


def test_a_finished_reply_rewrites_only_its_last_block(view: TextView) -> None:
    stream = MarkdownStream(view.document(), DocumentStyle.of(LIGHT))
    stream.feed(LONG)
    before = stream.block_writes
    stream.finish()
    assert stream.block_writes == before + 1
