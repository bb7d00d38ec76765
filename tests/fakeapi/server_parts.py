"""The blocks of a reply that Anthropic's own tools fill: their streamed shapes as parts.

A server tool's call streams like a tool_use (input_json_delta pieces) under
`server_tool_use`; its result arrives whole in content_block_start and closes at once; a
text that cites opens with `"citations": []`, then one citations_delta per source, then its
text (as recorded: llm-anthropic test_web_search, pydantic-ai code execution stream).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ServerToolUsePart:
    tool_id: str
    name: str  # web_search, web_fetch, code_execution, bash_code_execution, …
    input_json: str


@dataclass(frozen=True, slots=True)
class ResultPart:
    """A server tool's result block, sent whole (kept as JSON text: immutable, key order kept)."""

    block_json: str

    @property
    def block(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.block_json)
        return value

    @property
    def is_error(self) -> bool:
        content = self.block.get("content")
        return isinstance(content, dict) and "error_code" in content


@dataclass(frozen=True, slots=True)
class CitedTextPart:
    text: str
    citations_json: tuple[str, ...]  # each one citation object

    @property
    def citations(self) -> list[dict[str, Any]]:
        return [json.loads(c) for c in self.citations_json]


ServerPart = ServerToolUsePart | ResultPart | CitedTextPart

# usage.server_tool_use counts these calls (code execution is billed by time, not counted).
COUNTED = {"web_search": "web_search_requests", "web_fetch": "web_fetch_requests"}


def server_tool_usage(parts: tuple[object, ...]) -> dict[str, int] | None:
    """usage.server_tool_use for a reply's parts; None when no server tool ran."""
    calls = [p for p in parts if isinstance(p, ServerToolUsePart)]
    if not calls:
        return None
    failed = {p.block.get("tool_use_id") for p in parts if isinstance(p, ResultPart) and p.is_error}
    counts = dict.fromkeys(COUNTED.values(), 0)
    for call in calls:
        if call.name in COUNTED and call.tool_id not in failed:
            counts[COUNTED[call.name]] += 1
    return {"web_search_requests": counts["web_search_requests"],
            "web_fetch_requests": counts["web_fetch_requests"]}  # fmt: skip


SANDBOXED = {"code_execution", "bash_code_execution", "text_editor_code_execution"}


def uses_container(parts: tuple[object, ...]) -> bool:
    """Whether code ran: the reply then names its sandbox container (message_delta, message)."""
    return any(isinstance(p, ServerToolUsePart) and p.name in SANDBOXED for p in parts)
