"""The icon set rendered at build time: every hicolor size, square and not blank."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.packaging.build_scripts import PACKAGING, load

icon_set = load("icon_set")


def test_every_size_is_rendered_from_the_svg(tmp_path: Path, qapp: QApplication) -> None:
    # pytest-qt's QApplication first: a QGuiApplication made here would break later widget tests.
    written = icon_set.render_icon_set(PACKAGING.parent / "resources/icons/parley.svg", tmp_path)
    assert tmp_path / "hicolor/scalable/apps/parley.svg" in written
    for size in icon_set.PNG_SIZES:
        image = QImage(str(tmp_path / f"hicolor/{size}x{size}/apps/parley.png"))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255 and corner.alpha() == 0  # drawn, with rounded corners
