"""Assembles streamed wire events into the content blocks of one assistant reply.

Text arrives in thousands of small deltas, so fragments are kept in lists and
joined on demand: appending to a growing string per token would be quadratic.
"""

from __future__ import annotations

import json
from typing import Any

from desktop_app.core.conversation import Block, Usage, is_server_result
from desktop_app.core.events import (
    BlockStarted,
    BlockStopped,
    CitationDelta,
    InputJsonDelta,
    MessageDelta,
    MessageStarted,
    MessageStopped,
    SignatureDelta,
    TextDelta,
    ThinkingDelta,
    WireEvent,
)

# Which key of a block each kind of delta grows.
_GROWING_KEY = {TextDelta: "text", ThinkingDelta: "thinking", SignatureDelta: "signature"}


class _Block:
    __slots__ = ("base", "citations", "done", "parts")

    def __init__(self, base: Block) -> None:
        self.base = {k: v for k, v in base.items() if v is not None}
        self.parts: dict[str, list[str]] = {}
        self.citations: list[dict[str, Any]] = []
        self.done = False

    def grow(self, key: str, fragment: str) -> None:
        self.parts.setdefault(key, []).append(fragment)

    def build(self) -> Block:
        block = dict(self.base)
        for key, parts in self.parts.items():
            if key == "partial_json":
                block["input"] = _parse_input("".join(parts))
            else:
                block[key] = str(block.get(key) or "") + "".join(parts)
        if self.citations:
            block["citations"] = [*(block.get("citations") or []), *self.citations]
        return block


def _parse_input(text: str) -> Any:
    if not text.strip():
        return {}
    try:
        return json.loads(text)
    except ValueError:
        return {"_unparsed": text}


class ReplyBuilder:
    def __init__(self) -> None:
        self._blocks: dict[int, _Block] = {}
        self.model: str | None = None
        self.stop_reason: str | None = None
        self.stop_sequence: str | None = None
        self._start_usage = Usage()
        self._delta_usage: Usage | None = None
        self.finished = False  # message_stop arrived: only then is the reply whole
        self.changes = 0  # grows with every event applied: a flush writes only when it moved

    def apply(self, event: WireEvent) -> None:
        self.changes += 1
        match event:
            case MessageStarted(model=model, usage=usage):
                self.model = model
                self._start_usage = usage
            case BlockStarted(index=index, block=block):
                self._blocks[index] = _Block(block)
            case TextDelta(index=i, text=t) | ThinkingDelta(index=i, text=t):
                self._grow(i, _GROWING_KEY[type(event)], t)
            case SignatureDelta(index=i, signature=s):
                self._grow(i, "signature", s)
            case InputJsonDelta(index=i, partial_json=fragment):
                self._grow(i, "partial_json", fragment)
            case CitationDelta(index=i, citation=citation):
                self._grow(i, "text", "")
                self._blocks[i].citations.append(citation)
            case BlockStopped(index=i):
                if i in self._blocks:
                    self._blocks[i].done = True
            case MessageDelta(stop_reason=reason, usage=usage, stop_sequence=sequence):
                self.stop_reason = reason or self.stop_reason
                self.stop_sequence = sequence or self.stop_sequence
                self._delta_usage = usage
            case MessageStopped():
                self.finished = True

    def _grow(self, index: int, key: str, fragment: str) -> None:
        block = self._blocks.get(index)
        if block is None:  # a delta without its start: tolerate, as the SDK does
            block = self._blocks[index] = _Block({"type": "text" if key == "text" else key})
        block.grow(key, fragment)

    @property
    def usage(self) -> Usage:
        """Input side from message_start; output (and any later figures) from message_delta."""
        start, delta = self._start_usage, self._delta_usage
        if delta is None:
            return start
        return Usage(
            delta.input_tokens or start.input_tokens,
            delta.output_tokens or start.output_tokens,
            delta.cache_creation_input_tokens or start.cache_creation_input_tokens,
            delta.cache_read_input_tokens or start.cache_read_input_tokens,
            delta.cache_creation_1h_input_tokens or start.cache_creation_1h_input_tokens,
            web_search_requests=delta.web_search_requests,  # counted at the end alone
            web_fetch_requests=delta.web_fetch_requests,
            container_id=delta.container_id,  # named at the end alone
            container_expires_at=delta.container_expires_at,
        )

    def content(self) -> list[Block]:
        """Every block, as the API would return it in a non-streamed reply."""
        return [self._blocks[i].build() for i in sorted(self._blocks)]

    def partial_content(self) -> list[Block]:
        """What may be kept of an unfinished reply: blocks that are valid on their own (a
        server tool's call only with its result, which the API requires beside it)."""
        answered = {
            b.base.get("tool_use_id")
            for b in self._blocks.values()
            if b.done and is_server_result(b.base)
        }
        keep: list[Block] = []
        for i in sorted(self._blocks):
            block = self._blocks[i].build()
            kind = block.get("type")
            if kind == "text":
                if block.get("text"):
                    keep.append(block)
            elif kind == "thinking":
                if block.get("signature") and self._blocks[i].done:
                    keep.append(block)
            elif kind == "tool_use":
                continue  # a call cut short can never be answered
            elif kind == "server_tool_use":
                if block.get("id") in answered:
                    keep.append(block)
            elif self._blocks[i].done:
                keep.append(block)
        return keep

    @property
    def text(self) -> str:
        return "".join(b.get("text", "") for b in self.content() if b.get("type") == "text")
