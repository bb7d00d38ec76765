"""User settings in one typed object, saved as JSON in the data folder.

Includes the screenshot-review presets: prompts offered on the empty composer and the drop
overlay, which the user may edit, reorder or remove (an empty list is kept as chosen).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from desktop_app import private_file
from desktop_app.core.budget import valid_budget
from desktop_app.core.reply_limit import DEFAULT_REPLY_LIMIT

Theme = Literal["system", "light", "dark"]


@dataclass(frozen=True, slots=True)
class ReviewPreset:
    """A prompt one click away: `label` on the button, `prompt` sent with the attachments."""

    label: str
    prompt: str

    @classmethod
    def from_json(cls, data: object) -> ReviewPreset | None:
        if not isinstance(data, dict):
            return None
        label, prompt = data.get("label"), data.get("prompt")
        if not isinstance(label, str) or not isinstance(prompt, str):
            return None
        if not label.strip() or not prompt.strip():
            return None
        return cls(label.strip(), prompt.strip())


DEFAULT_REVIEW_PRESETS: tuple[ReviewPreset, ...] = (
    ReviewPreset(
        "Review this UI",
        "Review this screenshot as an experienced UI designer. List the concrete problems "
        "with layout, alignment, spacing, contrast, typography and wording, most important "
        "first, each with a specific fix.",
    ),
    ReviewPreset(
        "Extract the text",
        "Transcribe all the text in this image exactly, in reading order. Keep its structure: "
        "headings, lists, and tables as Markdown. Mark anything illegible as [illegible].",
    ),
    ReviewPreset(
        "Extract chart data as a table",
        "Read the data in this chart into a Markdown table, with column headers and units. "
        "Then describe the main trend in one sentence, and say which values are estimates.",
    ),
    ReviewPreset(
        "Turn this diagram into code",
        "Turn this diagram into code: for a flowchart, sequence or architecture diagram write "
        "Mermaid; for a user interface write HTML and CSS that reproduce it as closely as you "
        "can. Explain any part you had to guess.",
    ),
    ReviewPreset(
        "Explain this error",
        "This screenshot shows an error. Explain what went wrong, in plain words, and how to "
        "fix it, step by step.",
    ),
    ReviewPreset(
        "Compare",
        "Compare these images and list every visible difference, grouped by area of the screen.",
    ),
)


def _presets(value: object) -> tuple[ReviewPreset, ...]:
    """Presets from JSON or code; a damaged list gives the defaults, damaged items are skipped."""
    if not isinstance(value, (list, tuple)):
        return DEFAULT_REVIEW_PRESETS
    presets = (p if isinstance(p, ReviewPreset) else ReviewPreset.from_json(p) for p in value)
    return tuple(p for p in presets if p is not None)


def _folders(value: object) -> tuple[str, ...]:
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(v for v in value if isinstance(v, str) and v.strip())


def _mcp_servers(value: object) -> dict[str, dict[str, Any]]:
    """Claude Desktop's `mcpServers` shape; entries without a string `command` are dropped."""
    if not isinstance(value, dict):
        return {}
    servers: dict[str, dict[str, Any]] = {}
    for name, entry in value.items():
        command = entry.get("command") if isinstance(entry, dict) else None
        if isinstance(name, str) and isinstance(command, str) and command:
            servers[name] = entry
    return servers


def _reply_limit_ok(value: object) -> bool:
    # bool is an int to Python, and true is no length
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_REPLY_LIMIT


MAX_REPLY_LIMIT = 1_000_000  # far above any model's maximum; each request is capped at its own


@dataclass(frozen=True, slots=True)
class Settings:
    default_model: str | None = None
    theme: Theme = "system"
    prompt_caching: bool = True
    review_presets: tuple[ReviewPreset, ...] = DEFAULT_REVIEW_PRESETS
    # Tools: the folders the file tools may touch, and what needs no question.
    granted_folders: tuple[str, ...] = ()
    run_command_enabled: bool = False
    auto_allow_read_only: bool = False
    mcp_servers: dict[str, dict[str, Any]] = field(default_factory=dict)
    monthly_budget_usd: float | None = None  # None: no budget; else a positive amount

    # max_tokens of a reply when its conversation sets none (see core/reply_limit.py).
    default_max_tokens: int = DEFAULT_REPLY_LIMIT
    language: str = ""  # '' follows the environment; else "en" or "ko"

    def __post_init__(self) -> None:
        object.__setattr__(self, "monthly_budget_usd", valid_budget(self.monthly_budget_usd))
        if not _reply_limit_ok(self.default_max_tokens):
            object.__setattr__(self, "default_max_tokens", DEFAULT_REPLY_LIMIT)
        object.__setattr__(self, "review_presets", _presets(self.review_presets))
        object.__setattr__(self, "granted_folders", _folders(self.granted_folders))
        object.__setattr__(self, "mcp_servers", _mcp_servers(self.mcp_servers))
        if not isinstance(self.language, str):
            object.__setattr__(self, "language", "")
        for flag in ("run_command_enabled", "auto_allow_read_only"):
            if not isinstance(getattr(self, flag), bool):
                object.__setattr__(self, flag, False)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Unknown keys are ignored and a damaged file gives the defaults, never an error."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in data.items() if k in known})
        except TypeError:
            return cls()

    def save(self, path: Path) -> None:
        """Atomically, readable by the owner alone; raises OSError."""
        private_file.write(path, json.dumps(asdict(self), indent=2))

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
