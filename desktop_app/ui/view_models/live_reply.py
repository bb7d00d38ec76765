"""What one conversation's exchange in flight has produced so far, as the chat view paints it.

Plain Python, no Qt: session events go in, text fragments come out. Fragments are
kept in lists so a view can take only what is new since it last looked; joining
the whole text per frame would make long replies quadratic. Tool calls are kept the
same way, their JSON arguments growing fragment by fragment until the block stops.
"""

from __future__ import annotations

import json
from typing import Any

from desktop_app.core.citation_numbers import CitationNumbers
from desktop_app.core.conversation import Message
from desktop_app.core.events import (
    BlockStarted,
    BlockStopped,
    CitationDelta,
    InputJsonDelta,
    ReplyFailed,
    ReplyFinished,
    ReplyStarted,
    SessionEvent,
    TextDelta,
    ThinkingDelta,
    UserMessageAdded,
)
from desktop_app.core.server_tool_words import PARLEY_KINDS
from desktop_app.ui.view_models.reply_problem import ReplyProblem


class LiveToolUse:
    """One tool_use block as it streams: id and name at once, the arguments in fragments."""

    __slots__ = ("arguments", "complete", "json_parts", "name", "tool_use_id")

    def __init__(self, tool_use_id: str, name: str) -> None:
        self.tool_use_id = tool_use_id
        self.name = name
        self.json_parts: list[str] = []
        self.complete = False  # the block stopped: `arguments` holds the parsed JSON
        self.arguments: dict[str, Any] = {}

    def finish(self) -> None:
        self.complete = True
        try:
            parsed = json.loads("".join(self.json_parts) or "{}")
        except ValueError:
            parsed = None
        self.arguments = parsed if isinstance(parsed, dict) else {}


class LiveServerBlock:
    """A block Parley does not write itself (a server tool's call or result, or a type no
    client knows yet): whole from its start, except a call's input, which grows in fragments."""

    __slots__ = ("block", "complete", "json_parts")

    def __init__(self, block: dict[str, Any]) -> None:
        self.block = block
        self.json_parts: list[str] = []
        self.complete = block.get("type") != "server_tool_use"

    def current(self) -> dict[str, Any]:
        """The block as far as it has come: a call's input parsed from its partial JSON."""
        if self.block.get("type") != "server_tool_use" or not self.json_parts:
            return self.block
        return {**self.block, "input": partial_input("".join(self.json_parts))}


def partial_input(text: str) -> dict[str, Any]:
    """JSON arguments cut off mid-string read as far as they go: `{"query": "서울 날` gives
    {"query": "서울 날"}; what cannot be read so gives {}."""
    for ending in ("", '"}', "}"):
        try:
            parsed = json.loads(text + ending)
        except ValueError:
            continue
        return parsed if isinstance(parsed, dict) else {}
    return {}


class LiveReply:
    """One exchange: the text being sent, then the assistant message as it streams."""

    def __init__(self, pending_text: str | None) -> None:
        self.pending_text: str | None = pending_text  # until the store holds the user message
        self.message: Message | None = None  # the assistant message being written
        self.text_parts: list[str] = []
        self.thinking_parts: list[str] = []
        self.tool_names: list[str] = []
        self.tool_uses: list[LiveToolUse] = []  # of the assistant message being written
        self.server_blocks: list[LiveServerBlock] = []  # of the assistant message, in order
        self.citations = CitationNumbers()  # markers follow their passages into text_parts
        self._cited: dict[int, list[dict[str, Any]]] = {}  # text block index → its sources
        self.problem: ReplyProblem | None = None
        self.done = False
        self._block_kinds: dict[int, str] = {}
        self._after_text = False  # the block before was text: the next text flows on
        self._tool_blocks: dict[int, LiveToolUse] = {}
        self._server_blocks: dict[int, LiveServerBlock] = {}

    @property
    def streaming(self) -> bool:
        return self.message is not None and not self.done

    @property
    def stored_user_message(self) -> bool:
        return self.pending_text is None

    def text(self) -> str:
        return "".join(self.text_parts)

    def thinking(self) -> str:
        return "".join(self.thinking_parts)

    def apply(self, event: SessionEvent) -> bool:
        """Take one event in; True when text, thinking or a tool call grew (a repaint is due)."""
        match event:
            case UserMessageAdded():
                self.pending_text = None
            case ReplyStarted(message=message):
                self._start_message(message)
            case BlockStarted(index=index, block=block):
                return self._start_block(index, block)
            case TextDelta(text=text) if text:
                self.text_parts.append(text)
                return True
            case ThinkingDelta(text=text) if text:
                self.thinking_parts.append(text)
                return True
            case InputJsonDelta(index=index, partial_json=fragment) if fragment:
                use = self._tool_blocks.get(index)
                if use is not None:
                    use.json_parts.append(fragment)
                    return True
                served = self._server_blocks.get(index)
                if served is not None:
                    served.json_parts.append(fragment)
                    return True
            case CitationDelta(index=index, citation=citation):
                self._cited.setdefault(index, []).append(citation)
            case BlockStopped(index=index) if index in self._cited:
                # The passage is whole: its markers go after it, as the stored reply shows them.
                self.text_parts.append("".join(map(self.citations.marker, self._cited.pop(index))))
                return True
            case BlockStopped(index=index) if index in self._server_blocks:
                self._server_blocks[index].complete = True
                return True
            case BlockStopped(index=index) if index in self._tool_blocks:
                self._tool_blocks[index].finish()
                return True
            case ReplyFinished(message=message):
                self.message = message
                self.done = True
            case ReplyFailed(message=message):
                if message is not None:
                    self.message = message
                self.done = True
            case _:
                pass
        return False

    def _start_message(self, message: Message) -> None:
        # A tool round starts a second assistant message: begin again from empty.
        self.message = message
        self.done = False
        self.text_parts = []
        self.thinking_parts = []
        self.tool_uses = []
        self.server_blocks = []
        self.citations = CitationNumbers()
        self._cited = {}
        self._block_kinds = {}
        self._after_text = False  # the block before was text: the next text flows on
        self._tool_blocks = {}
        self._server_blocks = {}

    def _start_block(self, index: int, block: dict[str, object]) -> bool:
        kind = str(block.get("type", ""))
        self._block_kinds[index] = kind
        after_text, self._after_text = self._after_text, kind == "text"
        if kind == "text":
            start = str(block.get("text") or "")
            grew = False
            if self.text_parts and not after_text:
                # After a tool call or a search, a new paragraph; text after text flows on
                # (a cited passage is a block of its own): as Message.text joins them.
                self.text_parts.append("\n\n")
                grew = True
            if start:
                self.text_parts.append(start)
                grew = True
            return grew
        if kind == "thinking" and self.thinking_parts:
            self.thinking_parts.append("\n\n")
        elif kind in ("tool_use", "server_tool_use"):
            self.tool_names.append(str(block.get("name", "tool")))
            if kind == "tool_use":  # server tools run at Anthropic: no card of ours
                use = LiveToolUse(str(block.get("id", "")), str(block.get("name", "tool")))
                self._tool_blocks[index] = use
                self.tool_uses.append(use)
                return True
        if kind not in PARLEY_KINDS:
            served = LiveServerBlock(dict(block))
            self._server_blocks[index] = served
            self.server_blocks.append(served)
            return True
        return False
