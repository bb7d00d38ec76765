"""Capture: Parley steps aside, the screen is grabbed, and the whole of it or a dragged region
becomes a picture to attach. Where the system refuses screen grabs (Wayland, a headless
session) the user is told plainly and offered Ctrl+V instead.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, QObject, QRect, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPixmap, QScreen
from PySide6.QtWidgets import QWidget

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.region_selector import RegionSelector

CaptureMode = Literal["screen", "region"]
STEP_ASIDE_MS = 300  # for the window to vanish from the screen before it is grabbed
CANNOT_GRAB = QT_TRANSLATE_NOOP(
    "ScreenCapture",
    "The screen could not be captured here ({why}). Take a screenshot with the system's "
    "own tool and paste it with Ctrl+V.",
)


class ScreenCapture(QObject):
    captured = Signal(QImage)
    failed = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.running = False
        self.selector: RegionSelector | None = None
        self._restore = False

    def start(self, mode: CaptureMode) -> None:
        self.running = True
        self._restore = self.window.isVisible()
        self.window.hide()
        QTimer.singleShot(STEP_ASIDE_MS, lambda: self.on_stepped_aside(mode))

    def on_stepped_aside(self, mode: CaptureMode) -> None:
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        picture = grab(screen)
        problem = blank_reason(picture)
        if problem:
            self._end()
            self.failed.emit(
                QCoreApplication.translate("ScreenCapture", CANNOT_GRAB).format(why=problem)
            )
            return
        if mode == "screen":
            self._end()
            self.captured.emit(picture.toImage())
            return
        self.selector = RegionSelector(picture, screen)
        self.selector.selected.connect(lambda area: self.on_selector_selected(picture, area))
        self.selector.cancelled.connect(self._end)
        self.selector.showFullScreen()
        self.selector.activateWindow()

    def on_selector_selected(self, picture: QPixmap, area: QRect) -> None:
        self._end()
        self.captured.emit(picture.copy(area).toImage())

    def _end(self) -> None:
        self.running = False
        self.selector = None
        if self._restore:
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()


def grab(screen: QScreen | None) -> QPixmap:
    return screen.grabWindow(0) if screen is not None else QPixmap()


def blank_reason(picture: QPixmap) -> str:
    """Why a grab holds no picture of the screen, or "": a null, or all black or transparent,
    result is what Wayland and headless sessions give instead of an error."""
    if picture.isNull() or picture.width() < 2 or picture.height() < 2:
        return QCoreApplication.translate("ScreenCapture", "the system gave no picture")
    sample = picture.toImage().scaled(24, 24)
    colours = {sample.pixelColor(x, y).rgba() for x in range(24) for y in range(24)}
    if len(colours) == 1 and QColor.fromRgba(colours.pop()).lightness() == 0:
        return QCoreApplication.translate("ScreenCapture", "the picture came back blank")
    return ""
