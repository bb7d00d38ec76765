"""A ticked check box shows a tick in both themes (it showed a bare filled square): the style
sheet names an image drawn in the colour of text on the accent, and that image is there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.ui.theme import DARK, LIGHT, Colours, style_sheet


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_the_tick_image_exists_and_is_drawn_in_the_text_on_accent_colour(colours: Colours) -> None:
    sheet = style_sheet(colours)
    [path] = re.findall(r'QCheckBox::indicator:checked \{[^}]*image: url\("([^"]+)"\)', sheet)
    tick = Path(path).read_text(encoding="utf-8")
    assert f'stroke="{colours.accent_text.lower()}"' in tick.lower()
