"""Makes resources/fonts/ParleyHangul-*.otf: Noto Sans CJK KR cut to Hangul, Latin, punctuation.

Run once by hand when the font should change (`pip install fonttools`, then
`python packaging/hangul_font.py [NotoSansCJK-Regular.ttc folder]`); the output is
committed, so neither a build nor the app needs fontTools. Renamed "Parley Hangul"
as the SIL OFL 1.1 asks of a modified font (resources/fonts/OFL.txt).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

FAMILY = "Parley Hangul"
KOREAN_FACE = 1  # in NotoSansCJK-*.ttc: JP, KR, SC, TC, HK
RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 punctuation and letters
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2000, 0x206F),  # General Punctuation
    (0x2190, 0x2193),  # arrows
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x3200, 0x321E),  # parenthesised Hangul
    (0x3260, 0x327F),  # circled Hangul
    (0xA960, 0xA97F),  # Hangul Jamo Extended-A
    (0xAC00, 0xD7A3),  # Hangul Syllables
    (0xD7B0, 0xD7FF),  # Hangul Jamo Extended-B
    (0xFF01, 0xFF60),  # fullwidth forms
    (0xFFE0, 0xFFE6),  # fullwidth signs
]
ROOT = Path(__file__).resolve().parent.parent


def make(source: Path, weight: str, target: Path) -> None:
    font = TTCollection(str(source)).fonts[KOREAN_FACE]
    options = subset.Options()
    options.layout_features = ["kern", "liga", "locl", "vert", "ljmo", "vjmo", "tjmo", "ccmp"]
    options.hinting = False  # screens today hint on their own; hints are a third of the size
    options.desubroutinize = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for low, high in RANGES for c in range(low, high + 1)])
    subsetter.subset(font)
    names = font["name"]
    postscript = f"ParleyHangul-{weight}"
    for record in names.names:
        match record.nameID:
            case 1 | 16:
                record.string = FAMILY
            case 2 | 17:
                record.string = weight
            case 3:
                record.string = f"{postscript};subset of Noto Sans CJK KR"
            case 4:
                record.string = f"{FAMILY} {weight}"
            case 6:
                record.string = postscript
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        for key in ("FullName", "FamilyName"):
            if hasattr(top, key):
                setattr(top, key, FAMILY if key == "FamilyName" else f"{FAMILY} {weight}")
    font.save(str(target))


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/fonts/opentype/noto")
    for weight in ("Regular", "Bold"):
        target = ROOT / "resources" / "fonts" / f"ParleyHangul-{weight}.otf"
        make(folder / f"NotoSansCJK-{weight}.ttc", weight, target)
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
