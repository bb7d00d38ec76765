"""The first paint shows the window's frame (issue 13, point 3): the list, the composer taking
keys, the menu titles and the status line, without the chat's modules. What attaches after the
paint fills that frame: the bars and the list stay where they were painted, and the composer
keeps its bottom edge and width (its options, once the models are in, may take a second line).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.app import after_first_paint, build_main_window, open_store
from desktop_app.core.conversation import Role, text_block
from desktop_app.ui.language import apply_language
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import close_window

pytestmark = pytest.mark.usefixtures("claude_env")


def place(widget: QWidget) -> tuple[int, int, int, int]:
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    return top_left.x(), top_left.y(), widget.width(), widget.height()


def frame_places(window: MainWindow) -> dict[str, tuple[int, ...]]:
    x, y, width, height = place(window.composer)
    return {
        "composer_bottom": (x, y + height, width),
        "box_width": (place(window.composer.edit)[2],),
        "status": place(window.statusBar()),
        "menus": place(window.menuBar()),
        "list": place(window.sidebar.list),
    }


@pytest.mark.parametrize("language", ["en", "ko"])
def test_what_attaches_after_the_paint_moves_nothing_painted(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, parley_home: Path, language: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    store = open_store()
    kept = store.create_conversation("claude-sonnet-4-6", title="쿼키랜드의 수도")
    store.add_message(kept.id, Role.USER, [text_block("쿼키랜드의 수도는 어디인가요?")])
    store.add_message(kept.id, Role.ASSISTANT, [text_block("**퀴크빌**입니다.")])
    apply_language(app, language)
    window = build_main_window(app, store, first_paint_only=True)
    try:
        window.show()
        qtbot.waitExposed(window)
        composer = window.composer
        assert not window.attached
        assert window.focusWidget() is composer.edit  # keys go there
        assert [a.text() for a in window.menuBar().actions()]  # the titles, not yet filled
        assert not any(a.menu().actions() for a in window.menuBar().actions())
        # Nothing empty shows: the model picker and the reply limit wait for their content.
        assert composer.model_picker.isHidden() and composer.reply_limit_button.isHidden()
        assert composer.attach_button.isVisible()
        assert not window.sidebar.search.isClearButtonEnabled()  # its icon: after the paint
        painted = frame_places(window)
        qtbot.keyClicks(composer.edit, "typed early")  # before the rest is in (QTest: ASCII only)

        after_first_paint(window, renderer_first=True)
        window.start_connection()
        qtbot.waitUntil(lambda: window.attached and window.memory.restored, timeout=10_000)
        qtbot.waitUntil(lambda: window.current_id == kept.id)
        assert composer.model_picker.isVisible() and composer.reply_limit_button.isVisible()
        assert window.sidebar.search.isClearButtonEnabled()
        assert window.composer.text() == "typed early"
        assert frame_places(window) == painted
    finally:
        close_window(qtbot, window)
        window.deleteLater()
        store.close()
        apply_language(app, "en")
