"""The settings window's fields on disk: round trips, and damaged values giving their defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.settings import Settings
from desktop_app.core.system_prompt_preset import SystemPromptPreset

TRANSLATOR = SystemPromptPreset("번역가", "모든 답을 한국어로 번역해 주세요.")
TERSE = SystemPromptPreset("Terse", "Answer in one sentence.")


def test_every_new_field_survives_a_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings().with_(
        language="ko",
        font_size=14,
        send_key="ctrl_enter",
        reopen_last=False,
        notifications=False,
        base_url="http://127.0.0.1:8765",
        system_prompt_presets=(TRANSLATOR, TERSE),
        default_system_preset="번역가",
        default_thinking=True,
        cache_ttl="1h",
        theme="dark",
    )
    chosen.save(path)
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["system_prompt_presets"][0] == {"name": "번역가", "text": TRANSLATOR.text}
    assert on_disk["language"] == "ko"
    loaded = Settings.load(path)
    assert loaded == chosen
    assert loaded.preset_named("Terse") == TERSE


def test_defaults_follow_the_system_and_send_with_enter(tmp_path: Path) -> None:
    loaded = Settings.load(tmp_path / "missing.json")
    assert (loaded.language, loaded.font_size, loaded.send_key) == ("", 0, "enter")
    assert loaded.reopen_last and loaded.notifications
    assert (loaded.base_url, loaded.cache_ttl, loaded.default_thinking) == ("", "5m", False)
    assert loaded.system_prompt_presets == () and loaded.default_system_preset == ""


@pytest.mark.parametrize(
    ("field", "damaged", "default"),
    [
        ("language", "fr", ""),
        ("language", 7, ""),
        ("font_size", -3, 0),
        ("font_size", 400, 0),
        ("font_size", "12", 0),
        ("font_size", True, 0),
        ("send_key", "space", "enter"),
        ("reopen_last", "yes", True),
        ("notifications", 0, True),
        ("base_url", "ftp://example.com", ""),
        ("base_url", "not a url", ""),
        ("base_url", ["http://x"], ""),
        ("cache_ttl", "2h", "5m"),
        ("default_thinking", "on", False),
        ("theme", "purple", "system"),
        ("prompt_caching", None, True),
        ("default_model", 12, None),
        ("system_prompt_presets", "oops", ()),
        ("default_system_preset", "없는 이름", ""),
    ],
)
def test_a_damaged_value_gives_its_default_and_keeps_the_rest(
    tmp_path: Path, field: str, damaged: object, default: object
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({field: damaged, "font_size": 13, "language": "ko"}))
    if field in ("font_size", "language"):
        path.write_text(json.dumps({field: damaged, "notifications": False}))
    loaded = Settings.load(path)
    assert getattr(loaded, field) == default
    kept = ("notifications", False) if field in ("font_size", "language") else ("font_size", 13)
    assert getattr(loaded, kept[0]) == kept[1]


def test_damaged_presets_are_skipped_and_a_name_is_kept_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "system_prompt_presets": [
                    {"name": "번역가", "text": TRANSLATOR.text},
                    {"name": "  ", "text": "blank name"},
                    {"name": "no text"},
                    "a string",
                    {"name": "번역가", "text": "a second one of the same name"},
                    {"name": " Terse ", "text": TERSE.text},
                ],
                "default_system_preset": "Terse",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    loaded = Settings.load(path)
    assert loaded.system_prompt_presets == (TRANSLATOR, TERSE)
    assert loaded.default_system_preset == "Terse"


def test_a_file_that_is_not_json_gives_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\xff{ not json")
    assert Settings.load(path) == Settings()
