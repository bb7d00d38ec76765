"""A named system prompt the user keeps in the settings, offered per conversation and as the
default for new ones."""

from __future__ import annotations

from dataclasses import dataclass

MAX_NAME_LENGTH = 80


@dataclass(frozen=True, slots=True)
class SystemPromptPreset:
    name: str
    text: str

    @classmethod
    def from_json(cls, data: object) -> SystemPromptPreset | None:
        """None for anything but an object with a non-blank string name and a string text."""
        if isinstance(data, SystemPromptPreset):
            return data
        if not isinstance(data, dict):
            return None
        name, text = data.get("name"), data.get("text")
        if not isinstance(name, str) or not isinstance(text, str) or not name.strip():
            return None
        return cls(name.strip()[:MAX_NAME_LENGTH], text)


def system_prompt_presets(value: object) -> tuple[SystemPromptPreset, ...]:
    """Presets from JSON or code: damaged items are skipped, and a name kept once (the first)."""
    if not isinstance(value, (list, tuple)):
        return ()
    kept: dict[str, SystemPromptPreset] = {}
    for item in value:
        preset = SystemPromptPreset.from_json(item)
        if preset is not None and preset.name not in kept:
            kept[preset.name] = preset
    return tuple(kept.values())
