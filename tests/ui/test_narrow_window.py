"""The main window at 700, 960, 1280 and 1920 pixels wide, with Korean everywhere: no control
sticks out of its parent, none overlaps a sibling, and no label or button is cut short."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QSplitterHandle,
    QWidget,
)

from desktop_app.core.conversation import Role
from desktop_app.ui.widgets.elided_label import ElidedLabel
from tests.fakeapi import FakeApi
from tests.ui.chat_driver import ChatDriver

WIDTHS = (700, 960, 1280, 1920)
TITLE = "쿼키랜드 여행 계획에 대한 아주 긴 대화 제목입니다 — 일정, 예산, 숙소"
DRAFT = (
    "쿼키랜드에서 꼭 가봐야 할 맛집 다섯 곳과 각 식당의 대표 메뉴, 가격대, 예약 필요 여부를"
    " 알려 주세요. 가능하면 현지인이 자주 가는 곳으로 부탁드립니다."
)
REPLY = "## 쿼키랜드 3일 일정\n\n| 날짜 | 장소 |\n|---|---|\n| 1일차 | 쿼키시티 구시가지 |\n\n끝."
USAGE = "마지막 답장: 입력 12,345 · 출력 6,789 · $0.1234 — 대화 전체: 입력 98,765 · $1.2345"


def laid_out_widgets(root: QWidget) -> list[QWidget]:
    """Visible widgets placed by layouts: not what scrolls inside a view, nor windows."""
    found = []
    pending = [root]
    while pending:
        widget = pending.pop()
        for child in widget.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if not child.isVisible() or child.isWindow() or isinstance(child, QSplitterHandle):
                continue  # a splitter's handle reaches over its neighbours to be easy to grab
            found.append(child)
            if not isinstance(child, QAbstractScrollArea):  # its content scrolls on purpose
                pending.append(child)
    return found


def problems(root: QWidget) -> list[str]:
    found = []
    for widget in laid_out_widgets(root):
        parent = widget.parentWidget()
        assert parent is not None
        name = f"{type(widget).__name__}#{widget.objectName()}"
        inside = QRect(0, 0, parent.width(), parent.height())
        if widget.width() > 0 and widget.height() > 0 and not inside.contains(widget.geometry()):
            found.append(f"{name} {widget.geometry().getRect()} outside its parent {inside}")
        content = widget.widget() if isinstance(widget, QScrollArea) else None
        if content is not None and content.width() > widget.viewport().width():
            found.append(f"{name}: content {content.width()} wide in {widget.viewport().width()}")
        if isinstance(widget, ElidedLabel):
            continue  # shortens its text on purpose, the whole of it in a tooltip
        label = isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()
        if label and widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{name} {widget.text()!r} cut: {widget.width()} wide")
        button = isinstance(widget, QAbstractButton) and widget.text()
        if button and widget.minimumSizeHint().width() > widget.width() + 1:
            found.append(f"{name} {widget.text()!r} cut: {widget.width()} wide")
    for widget in laid_out_widgets(root):
        siblings = [
            other
            for other in laid_out_widgets(widget.parentWidget() or root)
            if other.parentWidget() is widget.parentWidget() and other is not widget
        ]
        for other in siblings:
            if widget.geometry().intersects(other.geometry()) and id(widget) < id(other):
                found.append(
                    f"{type(widget).__name__}#{widget.objectName()} overlaps "
                    f"{type(other).__name__}#{other.objectName()}"
                )
    return found


@pytest.mark.parametrize("width", WIDTHS)
def test_nothing_is_clipped_or_overlaps(
    width: int, ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    conversation = ui.store.create_conversation("claude-sonnet-4-5", title=TITLE)
    ui.store.add_message(conversation.id, Role.USER, [{"type": "text", "text": DRAFT}])
    ui.store.add_message(
        conversation.id,
        Role.ASSISTANT,
        [{"type": "text", "text": REPLY}],
        model="claude-sonnet-4-5",
    )
    ui.window.list_model.reload()
    ui.window.open_conversation(conversation.id)
    ui.window.composer.set_text(DRAFT)
    ui.window.composer.status.estimate_label.setText("≈ 1,234 tokens · $0.0037")
    ui.window.composer.status.estimate_label.show()
    ui.window.usage_label.setText(USAGE)
    window = ui.window
    assert window.minimumSizeHint().width() <= width
    window.resize(width, 800)
    QApplication.processEvents()
    ui.qtbot.waitUntil(lambda: window.width() == width, timeout=5000)
    for _ in range(3):
        QApplication.processEvents()
    assert problems(window) == []
    composer = window.composer
    assert composer.geometry().right() < composer.parentWidget().width()
    for button in (composer.send_button, composer.model_picker, composer.reply_limit_button):
        assert button.isVisible() and button.width() >= button.minimumSizeHint().width()
