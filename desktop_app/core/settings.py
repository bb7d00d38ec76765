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
from desktop_app.core.server_tools import ServerTools
from desktop_app.core.system_prompt_preset import SystemPromptPreset, system_prompt_presets

Theme = Literal["system", "light", "dark"]
SendKey = Literal["enter", "ctrl_enter"]
CacheTtl = Literal["5m", "1h"]
# 8,192 tokens hold a long answer, a screenshot review or a few hundred lines of code, yet
# cap a runaway reply at about 8× a typical one; and a smaller max_tokens counts less against
# the output-tokens-per-minute rate limit, which the API estimates from it.
DEFAULT_REPLY_LIMIT = 8192
LANGUAGES = ("", "en", "ko")
MAX_FONT_SIZE = 40
# Every field of a Literal type, with the values it may hold; anything else gives its default.
_CHOICES: dict[str, tuple[str, ...]] = {
    "theme": ("system", "light", "dark"),
    "send_key": ("enter", "ctrl_enter"),
    "cache_ttl": ("5m", "1h"),
    "language": LANGUAGES,
}
_FLAGS = (
    "prompt_caching",
    "run_command_enabled",
    "auto_allow_read_only",
    "reopen_last",
    "notifications",
    "default_thinking",
)


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


# Here, not in budget.py: settings load before the first paint, the budget's report after.
def valid_budget(value: object) -> float | None:
    """A monthly budget from settings or input: a positive number, or None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if value > 0 and value == value and value != float("inf") else None


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


def _url_ok(url: str) -> bool:
    """'' or an http(s) address with a host: what the SDK can take as its base URL."""
    return url == "" or valid_base_url(url)


def valid_base_url(url: str) -> bool:
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0]
    return scheme in ("http", "https") and bool(host) and not any(c.isspace() for c in url)


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

    # max_tokens of a reply when its conversation sets none (core/reply_limit.py applies it).
    default_max_tokens: int = DEFAULT_REPLY_LIMIT
    language: str = ""  # '' follows the environment; else "en" or "ko"
    font_size: int = 0  # points; 0 = the system's
    send_key: SendKey = "enter"  # the other one of Enter and Ctrl+Enter breaks the line
    reopen_last: bool = True  # open the conversation of the last close at start
    notifications: bool = True
    base_url: str = ""  # '' = Anthropic's; ANTHROPIC_BASE_URL wins when set
    system_prompt_presets: tuple[SystemPromptPreset, ...] = ()
    default_system_preset: str = ""  # the preset new chats start with, by name ('' = none)
    default_thinking: bool = False  # new chats start with extended thinking on
    server_tools_default: dict[str, Any] = field(default_factory=dict)  # ServerTools.to_json
    cache_ttl: CacheTtl = "5m"  # the prompt cache's lifetime new chats start with

    def __post_init__(self) -> None:
        defaults = Settings.__dataclass_fields__
        object.__setattr__(self, "monthly_budget_usd", valid_budget(self.monthly_budget_usd))
        if not _reply_limit_ok(self.default_max_tokens):
            object.__setattr__(self, "default_max_tokens", DEFAULT_REPLY_LIMIT)
        object.__setattr__(self, "review_presets", _presets(self.review_presets))
        object.__setattr__(self, "granted_folders", _folders(self.granted_folders))
        object.__setattr__(self, "mcp_servers", _mcp_servers(self.mcp_servers))
        object.__setattr__(
            self, "system_prompt_presets", system_prompt_presets(self.system_prompt_presets)
        )
        for flag in _FLAGS:
            if not isinstance(getattr(self, flag), bool):
                object.__setattr__(self, flag, defaults[flag].default)
        for name, allowed in _CHOICES.items():
            if getattr(self, name) not in allowed:
                object.__setattr__(self, name, defaults[name].default)
        size = self.font_size
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_FONT_SIZE:
            object.__setattr__(self, "font_size", 0)
        if not isinstance(self.base_url, str) or not _url_ok(self.base_url):
            object.__setattr__(self, "base_url", "")
        if not isinstance(self.default_model, str) or not self.default_model.strip():
            object.__setattr__(self, "default_model", None)
        # Whatever the file held, kept only as far as it reads as switches and options.
        tools = ServerTools.from_json(self.server_tools_default).to_json()
        object.__setattr__(self, "server_tools_default", tools)
        names = {p.name for p in self.system_prompt_presets}
        if self.default_system_preset not in names:
            object.__setattr__(self, "default_system_preset", "")

    def preset_named(self, name: str) -> SystemPromptPreset | None:
        return next((p for p in self.system_prompt_presets if p.name == name), None)

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
