"""Settings on disk, including the screenshot-review presets the user edits."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.core.settings import DEFAULT_REVIEW_PRESETS, ReviewPreset, Settings


def test_defaults_offer_the_screenshot_review_presets(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "none.json")
    labels = [p.label for p in settings.review_presets]
    assert labels[:4] == [  # the wording, first
        "Review this UI",
        "Extract the text",
        "Extract chart data as a table",
        "Turn this diagram into code",
    ]
    assert all(p.prompt.strip() for p in settings.review_presets)


def test_edited_presets_survive_a_save_and_load_in_order(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    mine = (ReviewPreset("OCR", "Transcribe it."), ReviewPreset("수정", "버그를 찾아 줘."))
    Settings().with_(review_presets=list(mine)).save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["review_presets"][1] == {
        "label": "수정",
        "prompt": "버그를 찾아 줘.",
    }
    assert Settings.load(path).review_presets == mine


def test_an_emptied_list_stays_empty_and_damaged_entries_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings().with_(review_presets=[]).save(path)
    assert Settings.load(path).review_presets == ()
    path.write_text(
        json.dumps(
            {
                "theme": "dark",
                "review_presets": [
                    {"label": "Fine", "prompt": "Do it."},
                    {"label": "", "prompt": "no label"},
                    {"label": "no prompt"},
                    "just a string",
                ],
            }
        ),
        encoding="utf-8",
    )
    loaded = Settings.load(path)
    assert loaded.theme == "dark"
    assert loaded.review_presets == (ReviewPreset("Fine", "Do it."),)
    path.write_text(json.dumps({"review_presets": "oops"}), encoding="utf-8")
    assert Settings.load(path).review_presets == DEFAULT_REVIEW_PRESETS
