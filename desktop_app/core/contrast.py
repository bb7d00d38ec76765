"""Colour contrast by WCAG 2.1: the ratio of two colours, and a colour nudged until it reads.

Used where colours come from outside the theme (Pygments' syntax styles): each is kept
in its hue and darkened or lightened only as far as AA's 4.5:1 asks.
"""

from __future__ import annotations

import colorsys

AA_TEXT = 4.5


def _channels(hex_colour: str) -> tuple[float, float, float]:
    digits = hex_colour.lstrip("#")
    red, green, blue = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return red, green, blue


def luminance(hex_colour: str) -> float:
    """Relative luminance of an sRGB colour written `#rrggbb`."""
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _channels(hex_colour)
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: str, background: str, minimum: float = AA_TEXT) -> str:
    """`colour` itself when it reads on `background`, else the nearest shade (same hue and
    saturation, lightness moved away from the background's) that does."""
    if contrast(colour, background) >= minimum:
        return colour
    hue, lightness, saturation = colorsys.rgb_to_hls(*_channels(colour))
    darker = luminance(background) > 0.18  # dark text on a light ground, else lighter text
    # Bisect between the colour's own lightness (fails) and black or white (passes).
    failing, passing = lightness, (0.0 if darker else 1.0)
    for _ in range(20):  # far below one 8-bit step
        middle = (failing + passing) / 2
        if contrast(_hex(hue, middle, saturation), background) >= minimum:
            passing = middle
        else:
            failing = middle
    found = _hex(hue, passing, saturation)
    if contrast(found, background) >= minimum:
        return found
    return "#000000" if darker else "#ffffff"  # rounding to 8 bits lost the last fraction


def _hex(hue: float, lightness: float, saturation: float) -> str:
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return "#" + "".join(f"{round(c * 255):02x}" for c in (red, green, blue))
