"""LaTeX formulas as images for a reply's text: ziamath typesets them to SVG, Qt draws the SVG.

Each image is drawn in the theme's text colour at twice the screen's density and kept
(the same formula in the same look is typeset once). Qt centres an inline image half an
x-height above the text's baseline, so an inline image is padded until its middle lies
`shift` (that half x-height) above the formula's baseline: the two baselines then meet.
A formula ziamath cannot read is None: the caller shows its source.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

SCALE = 2  # pixels per logical pixel: sharp on HiDPI screens, fine when scaled down
# ziamath's size is its font's em in pixels; its math font (STIX Two) sets smaller than the
# text's sans at one size, so it is scaled to match the text's x-height.
PX_PER_PT = 96 / 72 * 1.3
DISPLAY_SCALE = 1.15  # display formulas sit on a line of their own, a little larger
SOURCE = 0x100000 + 7  # QTextFormat.UserProperty + 7: the formula's LaTeX, for copying

_lock = threading.Lock()  # ziamath keeps module-wide settings: one typesetting at a time


@dataclass(frozen=True, slots=True)
class Formula:
    image: QImage
    width: float  # logical pixels
    height: float


def typeset(
    latex: str, *, display: bool, colour: str, point_size: float, shift: float = 0.0
) -> Formula | None:
    """The formula drawn, or None when its LaTeX cannot be read."""
    return _typeset(latex.strip(), display, colour, round(point_size, 1), round(shift, 1))


@lru_cache(maxsize=512)
def _typeset(
    latex: str, display: bool, colour: str, point_size: float, shift: float
) -> Formula | None:
    svg = _svg(latex, display, colour, point_size)
    if svg is None:
        return None
    renderer = QSvgRenderer(QByteArray(svg[0].encode()))
    if not renderer.isValid():
        return None
    box = renderer.viewBoxF()
    above, below = -box.top(), box.bottom()  # ziamath puts the baseline at y = 0
    if display:
        top, height = 0.0, box.height()
    else:
        half = max(above - shift, below + shift)
        top, height = shift + half - above, 2 * half  # where the formula's top goes
    width = box.width()
    image = QImage(QSize(round(width * SCALE) + 1, round(height * SCALE) + 1),
                   QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(SCALE, SCALE)
    renderer.render(painter, QRectF(0, top, width, box.height()))
    painter.end()
    image.setDevicePixelRatio(SCALE)
    return Formula(image, width, height)


def _svg(latex: str, display: bool, colour: str, point_size: float) -> tuple[str] | None:
    import ziamath  # ~160 ms: the renderer's warm-up thread loads it before any reply shows

    size = point_size * PX_PER_PT * (DISPLAY_SCALE if display else 1.0)
    with _lock:
        ziamath.config.svg2 = False  # SVG 1.1 paths: Qt's SVG renderer draws no <symbol>/<use>
        try:
            drawn = ziamath.Latex(latex, size=size, color=colour, inline=not display)
            return (drawn.svg(),)
        except Exception as error:  # ziamath raises many kinds for LaTeX it cannot read
            log.info("Formula left as source (%s): %.80s", type(error).__name__, latex)
            return None
