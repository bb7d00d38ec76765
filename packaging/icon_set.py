"""The app icon at every size desktops ask for, rendered from resources/icons/parley.svg with Qt.

Run at build time only: the PNGs (and .ico / .icns) are generated, never committed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_icon_set(svg: Path, out_dir: Path) -> list[Path]:
    """Write a freedesktop `hicolor` tree (scalable SVG + PNGs) under out_dir, plus the
    platform's own icon file (parley.ico on Windows, parley.icns on macOS); return the files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image

    written: list[Path] = []
    scalable = out_dir / "hicolor" / "scalable" / "apps" / "parley.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    for size in PNG_SIZES:
        path = out_dir / "hicolor" / f"{size}x{size}" / "apps" / "parley.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    # Qt picks the format by suffix and writes one image per .ico/.icns: the largest each takes.
    for name, size in (("parley.ico", 256), ("parley.icns", 512)):
        path = out_dir / name
        if render(size).save(str(path)):
            written.append(path)
    return written
