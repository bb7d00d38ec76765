"""LaTeX in replies: typeset inline and on its own line, in the theme's text colour, copied as
its source; money stays text and LaTeX that cannot be read shows as it was written."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage, QTextCursor, QTextDocument, QTextFormat
from pytestqt.qtbot import QtBot

from desktop_app.ui.rendering.document_style import DocumentStyle
from desktop_app.ui.rendering.formula import SOURCE
from desktop_app.ui.rendering.markdown_stream import MarkdownStream
from desktop_app.ui.theme import DARK, LIGHT, Colours
from desktop_app.ui.widgets.text_view import TextView

REPLY = (
    "오일러 항등식 $e^{i\\pi}+1=0$ costs $5 and $10, and \\(a^2+b^2=c^2\\).\n\n"
    "$$\n\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}\n$$\n\n"
    "\\[ E = mc^2 \\]\n\n"
    "Broken: $\\frac{1}{$ stays."
)


@pytest.fixture
def view(qtbot: QtBot) -> TextView:
    text_view = TextView()
    text_view.resize(700, 300)
    qtbot.addWidget(text_view)
    text_view.show()
    return text_view


def render(view: TextView, text: str, look: Colours = LIGHT) -> None:
    MarkdownStream(view.document(), DocumentStyle.of(look)).set_text(text)


def formulas(document: QTextDocument) -> list[tuple[str, QImage]]:
    """(source, image) of every formula, in order."""
    found = []
    block = document.begin()
    while block.isValid():
        for span in block.textFormats():
            chars = span.format
            if chars.isImageFormat() and chars.hasProperty(SOURCE):
                name = chars.toImageFormat().name()
                image = document.resource(QTextDocument.ResourceType.ImageResource, name)
                found.append((str(chars.property(SOURCE)), image))
        block = block.next()
    return found


def test_formulas_are_typeset_and_money_stays_text(view: TextView) -> None:
    render(view, REPLY)
    sources = [source for source, _ in formulas(view.document())]
    assert sources == [
        "$e^{i\\pi}+1=0$",
        "\\(a^2+b^2=c^2\\)",
        "$$\n\\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2}\n$$",
        "\\[ E = mc^2 \\]",
    ]
    text = view.document().toPlainText()
    assert "costs $5 and $10, and" in text
    assert "Broken: $\\frac{1}{$ stays." in text  # shown as written, not lost
    assert all(
        isinstance(image, QImage) and not image.isNull() for _, image in formulas(view.document())
    )


def ink(image: QImage) -> QColor:
    """The colour of the formula's strokes: its most opaque pixels."""
    best, colour = -1, QColor()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best:
                best, colour = pixel.alpha(), pixel
    return colour


@pytest.mark.parametrize("look", [LIGHT, DARK], ids=["light", "dark"])
def test_formulas_take_the_themes_text_colour(view: TextView, look: Colours) -> None:
    render(view, REPLY, look)
    for _, image in formulas(view.document()):
        stroke = ink(image)
        wanted = QColor(look.text)
        assert abs(stroke.red() - wanted.red()) < 40 and abs(stroke.blue() - wanted.blue()) < 40


def test_a_formula_is_about_as_tall_as_the_text_around_it(view: TextView) -> None:
    render(view, "Plain x and $x$ beside it.")
    [(_, image)] = formulas(view.document())
    line = view.fontMetrics().height()
    assert 0.6 * line < image.height() / image.devicePixelRatio() < 2.2 * line


def test_copying_a_selection_gives_the_latex_back(view: TextView) -> None:
    render(view, REPLY)
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.copy()
    copied = QGuiApplication.clipboard().text()
    assert "$e^{i\\pi}+1=0$" in copied
    assert "\\frac{\\sqrt{\\pi}}{2}" in copied
    assert "\ufffc" not in copied


def test_a_formula_shows_its_source_on_hover(view: TextView) -> None:
    render(view, "See $x^2$.")
    block = view.document().begin()
    tips = [s.format.toolTip() for s in block.textFormats() if s.format.isImageFormat()]
    assert tips == ["x^2"]
    assert block.textFormats()[1].format.property(QTextFormat.Property.ImageName)
