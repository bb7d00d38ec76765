"""Where a request's prompt-cache breakpoints go: the last tool, the system prompt, the end.

The API caches a prompt's prefix up to each `cache_control` marker, allows at most four markers
per request (the top-level automatic one included) and silently skips a prefix shorter than the
model's minimum cacheable length, so a marker only goes where its prefix is long enough.
"""

from __future__ import annotations

import json
import math
from typing import Any, Literal

CacheTtl = Literal["5m", "1h"]
MAX_BREAKPOINTS = 4

# Minimum cacheable prompt length per model (Anthropic's prompt-caching guide, checked
# 2026-12): model-id prefixes, longest match wins; anything unknown gets the largest.
_MINIMUM_TOKENS = {
    "claude-opus-4-7": 4096,
    "claude-opus-4-6": 4096,
    "claude-opus-4-5": 4096,
    "claude-haiku-4-5": 4096,
    "claude-opus-4": 1024,
    "claude-sonnet-4": 1024,
    "claude-3-7-sonnet": 1024,
    "claude-3-5-sonnet": 1024,
    "claude-3-opus": 1024,
    "claude-3-5-haiku": 2048,
    "claude-3-haiku": 2048,
}
_UNKNOWN_MINIMUM = 4096


def minimum_cacheable_tokens(model: str) -> int:
    """The shortest prefix `model` caches, in tokens."""
    best = max((p for p in _MINIMUM_TOKENS if model.startswith(p)), key=len, default=None)
    return _UNKNOWN_MINIMUM if best is None else _MINIMUM_TOKENS[best]


def estimated_tokens(value: Any) -> int:
    """A cheap token estimate of any JSON value: four ASCII characters a token, and a token
    for each other character (Hangul syllables take one or more each)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    wide = sum(1 for ch in text if ord(ch) > 127)
    return math.ceil((len(text) - wide) / 4) + wide


def marker(ttl: CacheTtl) -> dict[str, str]:
    # All markers carry the same TTL: the API wants 1-hour markers before 5-minute ones.
    return {"type": "ephemeral", "ttl": "1h"} if ttl == "1h" else {"type": "ephemeral"}


def markers_in(messages: list[dict[str, Any]]) -> int:
    """How many `cache_control` markers the messages already carry."""
    count = 0
    for message in messages:
        content = message.get("content")
        for block in content if isinstance(content, list) else []:
            if isinstance(block, dict) and "cache_control" in block:
                count += 1
    return count


def place(params: dict[str, Any], ttl: CacheTtl) -> None:
    """Mark the end (automatic caching), then the last tool and the system prompt where
    their prefix reaches the model's minimum, within the API's four markers."""
    room = MAX_BREAKPOINTS - markers_in(params.get("messages", []))
    if room <= 0:
        return
    params["cache_control"] = marker(ttl)
    room -= 1
    minimum = minimum_cacheable_tokens(str(params.get("model", "")))
    tools: list[dict[str, Any]] = params.get("tools") or []
    prefix = sum(estimated_tokens(t) for t in tools)
    if tools and prefix >= minimum and room > 0 and "cache_control" not in tools[-1]:
        params["tools"] = [*tools[:-1], {**tools[-1], "cache_control": marker(ttl)}]
        room -= 1
    system = params.get("system")
    if isinstance(system, str) and system:
        prefix += estimated_tokens(system)
        if prefix >= minimum and room > 0:
            params["system"] = [{"type": "text", "text": system, "cache_control": marker(ttl)}]
