"""The assistant message a generated reply stands for, in the API's JSON shapes.

Key order follows recent recordings (2026): model, id, type, role, content, stop_reason,
stop_sequence, stop_details, usage; usage with the cache split, service_tier, inference_geo.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fakeapi.identifiers import container_id, message_id
from tests.fakeapi.prompt_cache import CacheUsage
from tests.fakeapi.replies import Part, Reply, TextPart, ThinkingPart, ToolUsePart
from tests.fakeapi.server_parts import (
    CitedTextPart,
    ResultPart,
    ServerToolUsePart,
    server_tool_usage,
    uses_container,
)
from tests.fakeapi.token_estimate import text_tokens


def part_tokens(part: Part) -> int:
    match part:
        case TextPart(text=text):
            return text_tokens(text)
        case ThinkingPart(thinking=thinking):
            return text_tokens(thinking) + 8
        case (
            ToolUsePart(name=name, input_json=input_json)
            | ServerToolUsePart(name=name, input_json=input_json)
        ):
            return 20 + text_tokens(name) + text_tokens(input_json)
        case CitedTextPart(text=text):
            return text_tokens(text)
        case ResultPart():
            return 0  # the result's tokens count as input on the next turn, not as output


def block_json(part: Part) -> dict[str, Any]:
    """The complete content block, as in a non-streaming response."""
    match part:
        case TextPart(text=text):
            return {"type": "text", "text": text}
        case ThinkingPart(thinking=thinking, signature=signature):
            return {"type": "thinking", "thinking": thinking, "signature": signature}
        case ToolUsePart():
            return {
                "type": "tool_use",
                "id": part.tool_id,
                "name": part.name,
                "input": part.input,
                "caller": {"type": "direct"},
            }
        case ServerToolUsePart(tool_id=tool_id, name=name, input_json=input_json):
            return {"type": "server_tool_use", "id": tool_id, "name": name,
                    "input": json.loads(input_json)}  # fmt: skip
        case ResultPart():
            return part.block
        case CitedTextPart(text=text):
            return {"citations": part.citations, "type": "text", "text": text}


@dataclass(frozen=True, slots=True)
class PlannedMessage:
    """Everything needed to send one assistant message, streamed or whole."""

    id: str
    model: str
    parts: tuple[Part, ...]
    stop_reason: str
    stop_sequence: str | None
    cache: CacheUsage
    output_tokens: int
    container: dict[str, str] | None = None  # where code ran, as the API names it

    def __post_init__(self) -> None:
        if self.container is None and uses_container(self.parts):
            expires = datetime.now(UTC) + timedelta(hours=1)
            container = {
                "id": container_id(),
                "expires_at": expires.isoformat().replace("+00:00", "Z"),
            }
            object.__setattr__(self, "container", container)

    @classmethod
    def of(
        cls, reply: Reply, model: str, cache: CacheUsage, stop_sequence: str | None = None
    ) -> PlannedMessage:
        if reply.input_tokens is not None:
            cache = CacheUsage(
                reply.input_tokens,
                cache.cache_creation_input_tokens,
                cache.cache_read_input_tokens,
                cache.ephemeral_5m_input_tokens,
                cache.ephemeral_1h_input_tokens,
            )
        output = reply.output_tokens
        if output is None:
            output = max(1, sum(part_tokens(part) for part in reply.parts))
        return cls(
            message_id(), reply.model or model, reply.parts, reply.stop_reason, stop_sequence,
            cache, output,
        )  # fmt: skip

    @property
    def thinking_tokens(self) -> int:
        return sum(part_tokens(p) for p in self.parts if isinstance(p, ThinkingPart))

    def _input_usage(self) -> dict[str, Any]:
        return {
            "input_tokens": self.cache.input_tokens,
            "cache_creation_input_tokens": self.cache.cache_creation_input_tokens,
            "cache_read_input_tokens": self.cache.cache_read_input_tokens,
        }

    def _usage(self, output_tokens: int, *, details: bool) -> dict[str, Any]:
        usage = self._input_usage()
        usage["cache_creation"] = {
            "ephemeral_5m_input_tokens": self.cache.ephemeral_5m_input_tokens,
            "ephemeral_1h_input_tokens": self.cache.ephemeral_1h_input_tokens,
        }
        usage["output_tokens"] = output_tokens
        if details and self.thinking_tokens:
            usage["output_tokens_details"] = {"thinking_tokens": self.thinking_tokens}
        if details and (server := server_tool_usage(self.parts)) is not None:
            usage["server_tool_use"] = server  # not in message_start: no tool has run yet
        usage["service_tier"] = "standard"
        usage["inference_geo"] = "not_available"
        return usage

    def _envelope(
        self, content: list[dict[str, Any]], usage: dict[str, Any], *, finished: bool
    ) -> dict[str, Any]:
        return {
            "model": self.model,
            "id": self.id,
            "type": "message",
            "role": "assistant",
            "content": content,
            "stop_reason": self.stop_reason if finished else None,
            "stop_sequence": self.stop_sequence if finished else None,
            "stop_details": None,
            **({"container": self.container} if self.container and finished else {}),
            "usage": usage,
        }

    def start_json(self) -> dict[str, Any]:
        """The message inside message_start: no content yet, the input side of usage."""
        return self._envelope([], self._usage(1, details=False), finished=False)

    def to_json(self) -> dict[str, Any]:
        """The whole message, as a non-streaming response."""
        content = [block_json(part) for part in self.parts]
        usage = self._usage(self.output_tokens, details=True)
        return self._envelope(content, usage, finished=True)

    def delta_json(self) -> dict[str, Any]:
        """The message_delta event's body: the stop reason and cumulative usage."""
        usage = self._input_usage()
        usage["output_tokens"] = self.output_tokens
        if self.thinking_tokens:
            usage["output_tokens_details"] = {"thinking_tokens": self.thinking_tokens}
        if (server := server_tool_usage(self.parts)) is not None:
            usage["server_tool_use"] = server
        return {
            "type": "message_delta",
            "delta": {
                "stop_reason": self.stop_reason,
                "stop_sequence": self.stop_sequence,
                "stop_details": None,
                **({"container": self.container} if self.container else {}),
            },
            "usage": usage,
        }
