"""The SSE grammar of a streamed message, event by event, as the real API writes it.

message_start, then per block content_block_start / content_block_delta… / content_block_stop
(a ping after the first start), message_delta, message_stop. Data lines are compact JSON, padded
with spaces before the closing brace like the real stream; the ping is written as the API does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tests.fakeapi.planned_message import PlannedMessage
from tests.fakeapi.replies import Part, TextPart, ThinkingPart, ToolUsePart
from tests.fakeapi.server_parts import CitedTextPart, ResultPart, ServerToolUsePart


@dataclass(frozen=True, slots=True)
class SseEvent:
    """One `event:` / `data:` pair."""

    name: str
    data: dict[str, Any]

    @property
    def is_delta(self) -> bool:
        return self.name == "content_block_delta"

    def encode(self, padding: int = 0) -> bytes:
        if self.name == "ping":
            text = json.dumps(self.data)  # the API writes this one with spaces: {"type": "ping"}
        else:
            text = json.dumps(self.data, ensure_ascii=False, separators=(",", ":"))
            text = text[:-1] + " " * padding + "}"
        return f"event: {self.name}\ndata: {text}\n\n".encode()


PING = SseEvent("ping", {"type": "ping"})


def error_event(error_type: str, message: str) -> SseEvent:
    return SseEvent("error", {"type": "error", "error": {"type": error_type, "message": message}})


def _pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def block_events(index: int, part: Part, chunk: int) -> list[SseEvent]:
    """content_block_start, its deltas and content_block_stop for one block."""

    def delta(body: dict[str, Any]) -> SseEvent:
        return SseEvent(
            "content_block_delta", {"type": "content_block_delta", "index": index, "delta": body}
        )

    match part:
        case TextPart(text=text):
            opening: dict[str, Any] = {"type": "text", "text": ""}
            deltas = [
                delta({"type": "text_delta", "text": piece}) for piece in _pieces(text, chunk)
            ]
        case ThinkingPart(thinking=thinking, signature=signature):
            opening = {"type": "thinking", "thinking": "", "signature": ""}
            # Recorded thinking ends with an empty thinking_delta, then the signature.
            deltas = [
                delta({"type": "thinking_delta", "thinking": piece})
                for piece in [*_pieces(thinking, chunk), ""]
            ]
            deltas.append(delta({"type": "signature_delta", "signature": signature}))
        case ToolUsePart(tool_id=tool_id, name=name, input_json=input_json):
            opening = {
                "type": "tool_use",
                "id": tool_id,
                "name": name,
                "input": {},
                "caller": {"type": "direct"},
            }
            # Recorded tool input opens with an empty fragment, then the JSON in pieces.
            deltas = [
                delta({"type": "input_json_delta", "partial_json": piece})
                for piece in ["", *_pieces(input_json if input_json != "{}" else "", chunk)]
            ]
        case ServerToolUsePart(tool_id=tool_id, name=name, input_json=input_json):
            opening = {"type": "server_tool_use", "id": tool_id, "name": name, "input": {}}
            deltas = [
                delta({"type": "input_json_delta", "partial_json": piece})
                for piece in ["", *_pieces(input_json if input_json != "{}" else "", chunk)]
            ]
        case ResultPart():
            opening, deltas = part.block, []  # a result arrives whole
        case CitedTextPart(text=text):
            opening = {"citations": [], "type": "text", "text": ""}
            deltas = [
                delta({"type": "citations_delta", "citation": citation})
                for citation in part.citations
            ]
            deltas += [
                delta({"type": "text_delta", "text": piece}) for piece in _pieces(text, chunk)
            ]
    start = SseEvent(
        "content_block_start",
        {"type": "content_block_start", "index": index, "content_block": opening},
    )
    stop = SseEvent("content_block_stop", {"type": "content_block_stop", "index": index})
    return [start, *deltas, stop]


def message_events(message: PlannedMessage, chunk: int) -> list[SseEvent]:
    """The whole stream for a message, in order."""
    events = [SseEvent("message_start", {"type": "message_start", "message": message.start_json()})]
    for index, part in enumerate(message.parts):
        events += block_events(index, part, chunk)
        if index == 0:
            events.insert(2, PING)
    if not message.parts:
        events.append(PING)
    events.append(SseEvent("message_delta", message.delta_json()))
    events.append(SseEvent("message_stop", {"type": "message_stop"}))
    return events
