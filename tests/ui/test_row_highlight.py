"""The sidebar rows show which conversation is open and which one the mouse is over (their
delegate reads the row's state only once a row can have one)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette

from desktop_app.ui.widgets.conversation_list import ConversationList
from tests.fakeapi import FakeApi
from tests.ui.chat_driver import ChatDriver
from tests.ui.test_sidebar import chat


def colour_in_row(listing: ConversationList, row: int) -> QColor:
    """The background painted just inside the row's rounded box, left of its title."""
    rect = listing.visualRect(listing.model().index(row, 0))
    image = listing.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round((rect.left() + 8) * ratio), round(rect.center().y() * ratio))


def role_colours(listing: ConversationList, role: QPalette.ColorRole) -> set[str]:
    palette = listing.palette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    return {palette.color(group, role).name() for group in groups}


def test_open_row_is_highlighted_and_hovered_row_marked(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    chat(ui, claude_env, "쿼키랜드의 수도는?", "퀴크빌입니다.", "쿼키랜드 수도")
    chat(ui, claude_env, "두 번째 질문", "두 번째 답.", "두 번째 대화")
    listing = ui.window.sidebar.list
    assert ui.titles() == ["두 번째 대화", "쿼키랜드 수도"]
    assert listing.currentIndex().row() == 0
    highlight = role_colours(listing, QPalette.ColorRole.Highlight)
    assert colour_in_row(listing, 0).name() in highlight
    assert colour_in_row(listing, 1).name() not in highlight
    # With the mouse over the other row, it gets the hover colour; the open row keeps its own.
    hovered = listing.visualRect(listing.model().index(1, 0)).center()
    ui.qtbot.mouseMove(listing.viewport(), QPoint(hovered.x(), hovered.y()))
    ui.qtbot.waitUntil(lambda: listing.underMouse())
    button = role_colours(listing, QPalette.ColorRole.Button)
    ui.qtbot.waitUntil(lambda: colour_in_row(listing, 1).name() in button)
    assert colour_in_row(listing, 0).name() in highlight
