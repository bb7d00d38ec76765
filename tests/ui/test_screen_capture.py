"""Capture: the whole screen, or a region dragged out on a still of it; refused in plain words
where the system gives no picture (as offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPixmap
from pytestqt.qtbot import QtBot

from desktop_app.ui.widgets.region_selector import RegionSelector
from desktop_app.ui.widgets.screen_capture import ScreenCapture, blank_reason
from tests.ui.attachment_driver import picture, refusal_texts, wait_prepared
from tests.ui.chat_driver import WAIT_MS, ChatDriver


def test_capture_grabs_the_screen_or_says_plainly_why_not(ready_window: ChatDriver) -> None:
    ui = ready_window
    controls = ui.window.composer.attachments
    controls.start_capture("screen")
    capture = controls.capture
    assert capture is not None
    ui.qtbot.waitUntil(lambda: not capture.running, timeout=WAIT_MS)
    assert ui.window.isVisible()
    # Offscreen, the grab is blank: refused in words. On a real screen: a screenshot.
    ui.qtbot.waitUntil(
        lambda: bool(refusal_texts(ui)) or (len(controls.model.items()) == 1),
        timeout=WAIT_MS,
    )
    if refusal_texts(ui):
        assert refusal_texts(ui)[0].startswith("The screen could not be captured here")
        assert "Ctrl+V" in refusal_texts(ui)[0]
    else:
        wait_prepared(ui, 1)
        assert controls.model.items()[0].name.startswith("screenshot ")


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_region_selector_reports_the_dragged_area_in_picture_pixels(
    qtbot: QtBot, scale: float
) -> None:
    screen = QGuiApplication.primaryScreen()
    size = screen.geometry().size()
    shot = QPixmap.fromImage(picture(int(size.width() * scale), int(size.height() * scale)))
    selector = RegionSelector(shot, screen)
    qtbot.addWidget(selector)
    selector.show()
    chosen: list[QRect] = []
    selector.selected.connect(chosen.append)
    qtbot.mousePress(selector, Qt.MouseButton.LeftButton, pos=QRect(100, 80, 1, 1).topLeft())
    qtbot.mouseMove(selector, QRect(300, 230, 1, 1).topLeft())
    qtbot.mouseRelease(selector, Qt.MouseButton.LeftButton, pos=QRect(300, 230, 1, 1).topLeft())
    assert chosen == [
        QRect(round(100 * scale), round(80 * scale), round(201 * scale), round(151 * scale))
    ]


def test_esc_cancels_the_region_selector(qtbot: QtBot) -> None:
    screen = QGuiApplication.primaryScreen()
    selector = RegionSelector(QPixmap.fromImage(picture(400, 300)), screen)
    qtbot.addWidget(selector)
    selector.show()
    with qtbot.waitSignal(selector.cancelled, timeout=1000):
        qtbot.keyClick(selector, Qt.Key.Key_Escape)


def test_a_black_or_empty_grab_counts_as_no_picture_but_a_plain_desktop_does_not() -> None:
    black, plain = QPixmap(64, 48), QPixmap(64, 48)
    black.fill(QColor("black"))
    plain.fill(QColor("#3a6ea5"))
    assert blank_reason(QPixmap()) == "the system gave no picture"
    assert blank_reason(black) == "the picture came back blank"
    assert blank_reason(plain) == ""
    assert blank_reason(QPixmap.fromImage(picture(64, 48))) == ""


def test_a_region_chosen_on_the_still_is_attached_cropped(ready_window: ChatDriver) -> None:
    ui = ready_window
    controls = ui.window.composer.attachments
    capture = ScreenCapture(ui.window)
    capture.captured.connect(controls.on_capture_captured)
    capture.on_selector_selected(QPixmap.fromImage(picture(800, 600)), QRect(100, 50, 300, 200))
    wait_prepared(ui, 1)
    [item] = controls.model.items()
    assert item.attachment is not None
    assert (item.attachment.width, item.attachment.height) == (300, 200)
    assert item.name.startswith("screenshot ") and item.name.endswith(".png")
