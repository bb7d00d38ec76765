"""The model catalogue served by /v1/models, and which model ids POST /v1/messages accepts.

Entries carry every field of the SDK's ModelInfo, capabilities with all keys present. Besides
the catalogue, ids recorded in the shared cassettes stay accepted so old recordings replay.
"""

from __future__ import annotations

import copy
from typing import Any

_ALIASES = {
    "claude-haiku-4-5": "claude-haiku-4-5-20251001",
    "claude-sonnet-4-5": "claude-sonnet-4-5-20250929",
    "claude-opus-4-1": "claude-opus-4-1-20250805",
}

# Retired or alias ids found in the recorded traffic (../shared/cassettes), kept callable here.
RECORDED_MODEL_IDS = frozenset(
    {
        "claude-sonnet-4-0",
        "claude-sonnet-4-20250514",
        "claude-3-5-sonnet-20241022",
        "claude-3-5-sonnet-20240620",
        "claude-3-5-haiku-20241022",
        "claude-3-haiku-20240307",
        "claude-3-opus-20240229",
        "claude-3-sonnet-20240229",
        "claude-2.1",
        "claude-2.0",
    }
)

# Claude 4.6 models refuse a conversation ending with an assistant message (no prefill).
_NO_PREFILL = frozenset({"claude-opus-4-6", "claude-sonnet-4-6"})


def _flag(supported: bool) -> dict[str, bool]:
    return {"supported": supported}


def _capabilities(
    *, generation_46: bool, effort: tuple[str, ...] = (), tool_calling_code: bool = True
) -> dict[str, Any]:
    return {
        "batch": _flag(True),
        "citations": _flag(True),
        "code_execution": _flag(tool_calling_code),
        "context_management": {
            "clear_thinking_20251015": _flag(True),
            "clear_tool_uses_20250919": _flag(True),
            "compact_20260112": _flag(generation_46),
            "supported": True,
        },
        "effort": {
            "high": _flag("high" in effort),
            "low": _flag("low" in effort),
            "max": _flag("max" in effort),
            "medium": _flag("medium" in effort),
            "supported": bool(effort),
            "xhigh": _flag("xhigh" in effort),
        },
        "image_input": _flag(True),
        "pdf_input": _flag(True),
        "server_tools": {
            "code_execution": _flag(True),
            "supported": True,
            "web_search": _flag(True),
        },
        "structured_outputs": _flag(True),
        "thinking": {
            "supported": True,
            "types": {
                "adaptive": _flag(generation_46),
                "between_tools": _flag(generation_46),
                "disabled": _flag(True),
                "enabled": _flag(True),
            },
        },
    }


def _model(
    model_id: str,
    display_name: str,
    created_at: str,
    line: str,
    *,
    max_input_tokens: int,
    max_tokens: int,
    capabilities: dict[str, Any],
    deprecated_at: str | None = None,
    retires_at: str | None = None,
) -> dict[str, Any]:
    return {
        "type": "model",
        "id": model_id,
        "display_name": display_name,
        "created_at": created_at,
        "capabilities": capabilities,
        "deprecated_at": deprecated_at,
        "lifecycle": "deprecated" if deprecated_at else "active",
        "line": line,
        "max_input_tokens": max_input_tokens,
        "max_tokens": max_tokens,
        "retires_at": retires_at,
    }


_MODELS = [
    _model(
        "claude-sonnet-4-6", "Claude Sonnet 4.6", "2026-02-17T00:00:00Z", "sonnet",
        max_input_tokens=1_000_000, max_tokens=64_000,
        capabilities=_capabilities(generation_46=True, effort=("low", "medium", "high", "max")),
    ),
    _model(
        "claude-opus-4-6", "Claude Opus 4.6", "2026-02-05T00:00:00Z", "opus",
        max_input_tokens=1_000_000, max_tokens=128_000,
        capabilities=_capabilities(generation_46=True, effort=("low", "medium", "high", "max")),
    ),
    _model(
        "claude-haiku-4-5-20251001", "Claude Haiku 4.5", "2025-10-15T00:00:00Z", "haiku",
        max_input_tokens=200_000, max_tokens=64_000,
        capabilities=_capabilities(generation_46=False, tool_calling_code=False),
    ),
    _model(
        "claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", "2025-09-29T00:00:00Z", "sonnet",
        max_input_tokens=200_000, max_tokens=64_000,
        capabilities=_capabilities(generation_46=False),
        # Retirement date as in the SDK's own deprecation table (anthropic/_data).
        deprecated_at="2026-06-01T00:00:00Z", retires_at="2026-11-30T00:00:00Z",
    ),
    _model(
        "claude-opus-4-1-20250805", "Claude Opus 4.1", "2025-08-05T00:00:00Z", "opus",
        max_input_tokens=200_000, max_tokens=32_000,
        capabilities=_capabilities(generation_46=False, tool_calling_code=False),
        deprecated_at="2026-02-05T00:00:00Z", retires_at="2026-08-05T00:00:00Z",
    ),
]  # fmt: skip


def default_models() -> list[dict[str, Any]]:
    """A fresh copy of the catalogue, newest first (the API's order)."""
    return copy.deepcopy(_MODELS)


def find_model(models: list[dict[str, Any]], model_id: str) -> dict[str, Any] | None:
    """The catalogue entry for an id or alias, whatever its lifecycle."""
    wanted = _ALIASES.get(model_id, model_id)
    return next((entry for entry in models if entry.get("id") == wanted), None)


def accepts(models: list[dict[str, Any]], model_id: str) -> bool:
    entry = find_model(models, model_id)
    if entry is not None:
        return entry.get("lifecycle") != "retired"
    return model_id in RECORDED_MODEL_IDS


def allows_prefill(model_id: str) -> bool:
    return model_id not in _NO_PREFILL


def resolved_id(models: list[dict[str, Any]], model_id: str) -> str:
    """The id a response names: aliases resolve to the dated model, as the API does."""
    entry = find_model(models, model_id)
    return str(entry["id"]) if entry is not None else model_id


def model_page(
    models: list[dict[str, Any]],
    *,
    limit: int = 20,
    after_id: str | None = None,
    before_id: str | None = None,
    lifecycles: frozenset[str] = frozenset({"active", "deprecated"}),
) -> dict[str, Any]:
    """One page of GET /v1/models: data, has_more, first_id, last_id."""
    listed = [entry for entry in models if entry.get("lifecycle", "active") in lifecycles]
    ids = [entry["id"] for entry in listed]
    if before_id is not None:
        end = ids.index(before_id) if before_id in ids else 0
        start = max(0, end - limit)
        data, has_more = listed[start:end], start > 0
    else:
        start = ids.index(after_id) + 1 if after_id in ids else (len(ids) if after_id else 0)
        data, has_more = listed[start : start + limit], start + limit < len(listed)
    return {
        "data": copy.deepcopy(data),
        "has_more": has_more,
        "first_id": data[0]["id"] if data else None,
        "last_id": data[-1]["id"] if data else None,
    }
