"""Every `.ts` holds exactly the strings the code marks: lupdate on a copy adds or drops none.

When this fails, run `python packaging/translations.py` and commit the refreshed `.ts`.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.build_scripts import load

translations = load("translations")

Key = tuple[str, str, str]


def messages(ts: Path) -> set[Key]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for context in root.iter("context")
        for m in context.iter("message")
        if m.find("translation[@type='vanished']") is None
    }


@pytest.mark.parametrize("ts", translations.ts_files(), ids=lambda p: p.name)
def test_translation_sources_match_the_code(ts: Path, tmp_path: Path) -> None:
    copy = shutil.copyfile(ts, tmp_path / ts.name)
    translations.update_sources([copy])
    now, fresh = messages(ts), messages(copy)
    assert sorted(fresh - now) == [], f"new strings not in {ts.name}: run packaging/translations.py"
    assert sorted(now - fresh) == [], f"{ts.name} keeps strings the code dropped"


def test_there_is_a_korean_catalogue() -> None:
    assert [p.name for p in translations.ts_files()] == ["parley_ko.ts"]


def test_the_default_presets_are_marked_word_for_word() -> None:
    """ui/preset_words.py marks the default presets for translation: the same texts as
    core/settings.py, or the catalogue would never match them."""
    from desktop_app.core.settings import DEFAULT_REVIEW_PRESETS
    from desktop_app.ui.preset_words import DEFAULT_WORDS

    assert list(DEFAULT_WORDS) == [t for p in DEFAULT_REVIEW_PRESETS for t in (p.label, p.prompt)]
