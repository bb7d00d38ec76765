"""The bundled Hangul font: it covers Korean, and a desktop without any Korean font shows
Hangul in it while Latin keeps the desktop's font (a real process, fontconfig cut down)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.ui.hangul_font import FAMILY, FILES, install_hangul_font

ROOT = Path(__file__).resolve().parents[2]
GREETING = "안녕하세요, 쿼키랜드"
LATIN_FONTS = ("dejavu/DejaVuSans.ttf", "liberation/LiberationSans-Regular.ttf")

# Run in a child: the app's own start (make_application), then a shown label's Korean text
# laid out as the window paints it; prints the family each glyph run was drawn with.
CHILD = """
import json, sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel
from desktop_app.app import make_application

app = make_application([])
label = QLabel(sys.argv[1])
label.show()
app.processEvents()
runs = {}
for text in (sys.argv[1], "Hello"):
    layout = QTextLayout(text, label.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    runs[text] = sorted({run.rawFont().familyName() for run in layout.glyphRuns()})
image = label.grab().toImage()
pixels = [image.pixel(x, y) for x in range(image.width()) for y in range(image.height())]
runs["inked"] = len(set(pixels))
print(json.dumps(runs))
"""


def test_the_font_covers_hangul_and_latin_but_stays_small(qtbot: QtBot) -> None:
    install_hangul_font(always=True)
    assert FAMILY in QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    metrics = QFontMetrics(QFont(FAMILY))
    assert all(metrics.inFontUcs4(ord(char)) for char in GREETING)
    for name in FILES:
        path = paths.resource("fonts", name)
        raw = QRawFont(str(path), 12)  # the file itself, no fallback
        assert raw.familyName() == FAMILY
        for char in GREETING + "ㄱㅎ가힣AZaz09.,?!「」":
            assert raw.supportsCharacter(ord(char)), (name, char)
        assert not raw.supportsCharacter(ord("漢"))  # a Korean-only cut: no Han characters
        assert path.stat().st_size < 3_000_000
    licence = paths.resource("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Reserved Font Name" in licence


def run_child(tmp_path: Path, *, with_font: bool) -> dict[str, object]:
    """The child under a fontconfig that knows one Latin font and no Korean one."""
    latin = next((Path("/usr/share/fonts/truetype", f) for f in LATIN_FONTS), None)
    if latin is None or not latin.is_file():
        pytest.skip("no DejaVu or Liberation Sans to stand for the desktop's Latin font")
    fonts = tmp_path / "fonts"
    fonts.mkdir(exist_ok=True)
    (fonts / latin.name).write_bytes(latin.read_bytes())
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
        f"<dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    script = CHILD
    if not with_font:  # a bare QApplication instead of Parley's
        script = script.replace(
            "desktop_app.app import make_application", "PySide6.QtWidgets import QApplication"
        )
        script = script.replace("make_application([])", "QApplication([])")
    done = subprocess.run(
        [sys.executable, "-c", script, GREETING],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_desktop_without_korean_fonts_draws_hangul_with_the_bundled_one(
    tmp_path: Path,
) -> None:
    shown = run_child(tmp_path, with_font=True)
    assert FAMILY in shown[GREETING]
    assert FAMILY not in shown["Hello"]  # Latin keeps the desktop's font
    assert isinstance(shown["inked"], int) and shown["inked"] > 2  # text was drawn, not blank
    bare = run_child(tmp_path, with_font=False)  # the same desktop, without Parley's font
    assert FAMILY not in bare[GREETING]
