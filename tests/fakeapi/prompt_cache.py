"""An in-memory prompt cache that reports usage the way the API does.

A request's prompt is a chain of blocks (tools, then system, then messages). A block carrying
`cache_control` (or the last block, with top-level `cache_control`) is a breakpoint: its prefix
is written once it reaches the model's minimum length, and a later request reads the longest
cached prefix found at or up to 20 blocks before one of its breakpoints. An entry lives 5 minutes
(or 1 hour) from its last write or read; `advance(seconds)` moves the cache's clock in tests.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from tests.fakeapi.token_estimate import block_tokens, request_tokens, text_tokens

_LOOKBACK_BLOCKS = 20
Ttl = Literal["5m", "1h"]
TTL_SECONDS: dict[Ttl, float] = {"5m": 300.0, "1h": 3600.0}

# The documented minimum cacheable prompt length per model (id prefixes, longest match wins).
MINIMUM_CACHEABLE_TOKENS: dict[str, int] = {
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
_DEFAULT_MINIMUM = 1024


def minimum_tokens_for(model: str) -> int:
    best = max((p for p in MINIMUM_CACHEABLE_TOKENS if model.startswith(p)), key=len, default="")
    return MINIMUM_CACHEABLE_TOKENS.get(best, _DEFAULT_MINIMUM)


@dataclass(frozen=True, slots=True)
class CacheUsage:
    """Input-side usage of one request, split the way `usage` reports it."""

    input_tokens: int
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0
    ephemeral_5m_input_tokens: int = 0
    ephemeral_1h_input_tokens: int = 0


@dataclass(slots=True)
class _Entry:
    tokens: int
    ttl: Ttl
    expires: float


@dataclass(frozen=True, slots=True)
class _Segment:
    key: str  # hash of the whole prefix up to and including this block
    tokens: int  # cumulative tokens of that prefix
    ttl: Ttl | None  # set when the block is a breakpoint


def _ttl_of(marker: Any) -> Ttl | None:
    if not isinstance(marker, dict):
        return None
    return "1h" if marker.get("ttl") == "1h" else "5m"


def _blocks(body: dict[str, Any]) -> list[tuple[Any, int, Ttl | None]]:
    """(identity, tokens, breakpoint ttl) of each cacheable block, in prompt order."""
    found: list[tuple[Any, int, Ttl | None]] = []

    def add(kind: str, block: Any, extra_tokens: int = 0) -> None:
        marker = block.get("cache_control") if isinstance(block, dict) else None
        identity = (
            {k: v for k, v in block.items() if k != "cache_control"}
            if isinstance(block, dict)
            else block
        )
        tokens = extra_tokens + (
            text_tokens(json.dumps(identity)) if kind == "tool" else block_tokens(identity)
        )
        found.append(((kind, identity), tokens, _ttl_of(marker)))

    for tool in body.get("tools") or []:
        add("tool", tool)
    system = body.get("system")
    for block in [system] if isinstance(system, str) else system or []:
        add("system", block)
    for message in body.get("messages") or []:
        if not isinstance(message, dict):
            continue
        content = message.get("content", "")
        for position, block in enumerate(content if isinstance(content, list) else [content]):
            # A message's overhead rides on its first block, matching request_tokens().
            first = position == 0
            add(str(message.get("role")) + (":first" if first else ""), block, 4 if first else 0)
    auto = _ttl_of(body.get("cache_control"))
    if auto is not None and found and found[-1][2] is None:
        identity, tokens, _ = found[-1]
        found[-1] = (identity, tokens, auto)
    return found


def _segments(model: str, body: dict[str, Any]) -> list[_Segment]:
    chain = hashlib.sha256(model.encode())
    total = 0
    segments = []
    for identity, tokens, ttl in _blocks(body):
        chain.update(json.dumps(identity, sort_keys=True, ensure_ascii=False).encode())
        total += tokens
        segments.append(_Segment(chain.hexdigest(), total, ttl))
    return segments


class PromptCache:
    """Cached prefixes by key, each until its TTL runs out; bounded, oldest evicted first.
    Thread-safe. `minimum_tokens` set overrides every model's documented minimum."""

    def __init__(
        self,
        minimum_tokens: int | None = None,
        capacity: int = 512,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.minimum_tokens = minimum_tokens
        self.clock = clock
        self._offset = 0.0
        self._capacity = capacity
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def now(self) -> float:
        return self.clock() + self._offset

    def advance(self, seconds: float) -> None:
        """Move the cache's clock forward, as if `seconds` had passed."""
        with self._lock:
            self._offset += seconds

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._offset = 0.0

    def __len__(self) -> int:
        with self._lock:
            self._evict_expired(self.now())
            return len(self._entries)

    def minimum_for(self, model: str) -> int:
        return self.minimum_tokens if self.minimum_tokens is not None else minimum_tokens_for(model)

    def _evict_expired(self, now: float) -> None:
        for key in [k for k, entry in self._entries.items() if entry.expires <= now]:
            del self._entries[key]

    def account(self, model: str, body: dict[str, Any]) -> CacheUsage:
        """Usage for this request, recording the prefixes it writes and refreshing those it
        reads."""
        total = request_tokens(body)
        segments = _segments(model, body)
        breakpoints = [i for i, segment in enumerate(segments) if segment.ttl is not None]
        if not breakpoints:
            return CacheUsage(input_tokens=total)
        minimum = self.minimum_for(model)
        with self._lock:
            now = self.now()
            self._evict_expired(now)
            read = 0
            for point in breakpoints:
                for i in range(point, max(-1, point - _LOOKBACK_BLOCKS), -1):
                    entry = self._entries.get(segments[i].key)
                    if entry is not None:
                        # A hit refreshes the entry's lifetime at no extra cost.
                        entry.expires = now + TTL_SECONDS[entry.ttl]
                        self._entries.move_to_end(segments[i].key)
                        read = max(read, segments[i].tokens)
                        break
            written: dict[Ttl, int] = {"5m": 0, "1h": 0}
            covered = read
            for point in breakpoints:
                segment = segments[point]
                ttl: Ttl = segment.ttl or "5m"
                if segment.tokens < minimum:
                    continue
                if segment.tokens > covered:
                    written[ttl] += segment.tokens - covered
                    covered = segment.tokens
                known = self._entries.get(segment.key)
                lifetime = TTL_SECONDS[ttl]
                if known is None or known.expires < now + lifetime:
                    self._entries[segment.key] = _Entry(segment.tokens, ttl, now + lifetime)
                self._entries.move_to_end(segment.key)
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)
        creation = written["5m"] + written["1h"]
        return CacheUsage(
            input_tokens=max(0, total - read - creation),
            cache_creation_input_tokens=creation,
            cache_read_input_tokens=read,
            ephemeral_5m_input_tokens=written["5m"],
            ephemeral_1h_input_tokens=written["1h"],
        )
