"""What Parley knows of a model: names, limits and capabilities, from the Models API."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ModelInfo:
    id: str
    display_name: str
    created_at: str = ""  # RFC 3339; sorts chronologically as text
    max_input_tokens: int | None = None
    max_tokens: int | None = None
    line: str | None = None  # "haiku" | "sonnet" | "opus" | …, when the API says
    lifecycle: str = "active"
    capabilities: dict[str, Any] = field(default_factory=dict)

    def supports(self, capability: str) -> bool:
        value = self.capabilities.get(capability)
        return bool(value.get("supported")) if isinstance(value, dict) else False

    @property
    def family(self) -> str:
        """The model line, trusting the API's `line` and falling back to the id."""
        if self.line:
            return self.line
        for name in ("haiku", "sonnet", "opus"):
            if name in self.id:
                return name
        return ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "display_name": self.display_name,
            "created_at": self.created_at,
            "max_input_tokens": self.max_input_tokens,
            "max_tokens": self.max_tokens,
            "line": self.line,
            "lifecycle": self.lifecycle,
            "capabilities": self.capabilities,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelInfo:
        return cls(
            id=str(data["id"]),
            display_name=str(data.get("display_name") or data["id"]),
            created_at=str(data.get("created_at") or ""),
            max_input_tokens=data.get("max_input_tokens"),
            max_tokens=data.get("max_tokens"),
            line=data.get("line"),
            lifecycle=str(data.get("lifecycle") or "active"),
            capabilities=dict(data.get("capabilities") or {}),
        )


def _flag(supported: bool) -> dict[str, bool]:
    return {"supported": supported}


def _capabilities(*, adaptive: bool, efforts: tuple[str, ...]) -> dict[str, Any]:
    """Capabilities in the Models API's shape, for the models built in below."""
    levels = ("low", "medium", "high", "max")
    return {
        "image_input": _flag(True),
        "pdf_input": _flag(True),
        "thinking": {
            "supported": True,
            "types": {
                "adaptive": _flag(adaptive),
                "between_tools": _flag(adaptive),
                "disabled": _flag(True),
                "enabled": _flag(True),
            },
        },
        "effort": {"supported": bool(efforts)} | {k: _flag(k in efforts) for k in levels},
    }


_CLAUDE_46_EFFORTS = ("low", "medium", "high", "max")

# Used when the Models API cannot be reached and nothing is cached yet; capabilities as
# documented for these models, so the offline app still offers thinking.
FALLBACK_MODELS: tuple[ModelInfo, ...] = (
    ModelInfo(
        "claude-sonnet-4-6", "Claude Sonnet 4.6", "2026-02-17", 1_000_000, 64_000, "sonnet",
        capabilities=_capabilities(adaptive=True, efforts=_CLAUDE_46_EFFORTS),
    ),
    ModelInfo(
        "claude-opus-4-6", "Claude Opus 4.6", "2026-02-05", 1_000_000, 128_000, "opus",
        capabilities=_capabilities(adaptive=True, efforts=_CLAUDE_46_EFFORTS),
    ),
    ModelInfo(
        "claude-haiku-4-5-20251001", "Claude Haiku 4.5", "2025-10-01", 200_000, 64_000, "haiku",
        capabilities=_capabilities(adaptive=False, efforts=()),
    ),
)  # fmt: skip

DEFAULT_MAX_TOKENS = 8192


def default_model(models: list[ModelInfo] | tuple[ModelInfo, ...]) -> ModelInfo:
    """The newest active Sonnet, else the newest active model, else the fallback Sonnet."""
    active = [m for m in models if m.lifecycle == "active"] or list(models)
    for pick in ([m for m in active if m.family == "sonnet"], active):
        if pick:
            return max(pick, key=lambda m: m.created_at)
    return FALLBACK_MODELS[0]


def cheapest_model(
    models: list[ModelInfo] | tuple[ModelInfo, ...],
    price: Callable[[str], float | None] | None = None,
) -> ModelInfo:
    """The active model whose input + output price per million tokens (`price`, None when
    unknown) is lowest, the newest on a tie; for titles and summaries. With no price known,
    the newest active Haiku (the cheapest line), else the built-in Haiku."""
    active = [m for m in models if m.lifecycle == "active"]
    priced = [(cost, m) for m in active if price is not None and (cost := price(m.id)) is not None]
    if priced:
        newest_first = sorted(priced, key=lambda pair: pair[1].created_at, reverse=True)
        return min(newest_first, key=lambda pair: pair[0])[1]
    haikus = [m for m in models if m.family == "haiku" and m.lifecycle == "active"]
    return max(haikus, key=lambda m: m.created_at) if haikus else FALLBACK_MODELS[2]
