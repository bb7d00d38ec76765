"""A complete stand-in for the Korean catalogue: every message of the real `.ts` "translated"
by turning its Latin letters into Hangul, placeholders kept. A window that shows any Latin
text under it shows a string that never went through tr()/translate()."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.i18n.catalogue_files import compile_ts

KOREAN_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "parley_ko.ts"

# Placeholders and markup that must survive translation untouched.
KEPT = re.compile(r"\{[^{}]*\}|%\(\w+\)[sdr]|%L?n|%\d|%[sdr]|<[^>]+>|&\w+;|\*\.\w+|\\n")
LATIN = re.compile(r"[A-Za-z]")


def hangulise(text: str) -> str:
    out, at = [], 0
    for kept in KEPT.finditer(text):
        out.append(LATIN.sub(_syllable, text[at : kept.start()]))
        out.append(kept.group())
        at = kept.end()
    out.append(LATIN.sub(_syllable, text[at:]))
    return "".join(out)


def _syllable(match: re.Match[str]) -> str:
    return chr(0xAC00 + (ord(match.group().lower()) - ord("a")) * 28 * 3)


def pseudo_catalogue(source_ts: Path, folder: Path, language: str = "ko") -> Path:
    """Writes `parley_<language>.ts` (and its `.qm`) into `folder` with every message translated."""
    tree = ET.parse(source_ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        source = message.findtext("source") or ""
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            ET.SubElement(translation, "numerusform").text = hangulise(source)
            translation.text = None
        else:
            translation.text = hangulise(source)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"parley_{language}.ts"
    tree.write(target, encoding="utf-8", xml_declaration=True)
    compile_ts(target)
    return target
