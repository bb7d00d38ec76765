"""One Messages API request, built from a conversation's history.

The history is made valid before it is sent: unfinished tool calls and unsigned
thinking are dropped, turns of the same role are merged, and every tool_use is
answered by a tool_result in the next user turn — the API rejects anything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.cache_breakpoints import CacheTtl, place
from desktop_app.core.conversation import Block, Message, MessageState, Role, is_server_result
from desktop_app.core.request_options import RequestOptions

SENDABLE_STATES = (
    MessageState.COMPLETE,
    MessageState.STOPPED,
    MessageState.INTERRUPTED,
    MessageState.FAILED,
)


@dataclass(frozen=True, slots=True)
class Request:
    model: str
    max_tokens: int
    messages: list[dict[str, Any]]
    system: str = ""
    tools: list[dict[str, Any]] = field(default_factory=list)
    cache: bool = True  # prompt caching: the end, and the tools and system prompt when long
    cache_ttl: CacheTtl = "5m"
    thinking: dict[str, Any] | None = None
    output_config: dict[str, Any] | None = None  # e.g. {"effort": "high"}
    # temperature, top_p, top_k, stop sequences
    options: RequestOptions = field(default_factory=RequestOptions)
    container: str | None = None  # the code sandbox to run in again (core/sandbox.py)

    def to_params(self) -> dict[str, Any]:
        """Keyword arguments for `messages.create`, exactly as the API takes them."""
        params: dict[str, Any] = {
            "model": self.model,
            "max_tokens": self.max_tokens,
            "messages": self.messages,
        }
        if self.system:
            params["system"] = self.system
        if self.tools:
            params["tools"] = self.tools
        if self.cache:
            place(params, self.cache_ttl)
        if self.thinking:
            params["thinking"] = self.thinking
        if self.output_config:
            params["output_config"] = self.output_config
        params.update(self.options.params())
        if self.container:
            params["container"] = self.container
        return params


def _for_api(block: Block) -> Block:
    """The block as the API takes it: Parley's own notes (a call's status) stay home."""
    if block.get("type") == "tool_result" and "parley" in block:
        return {k: v for k, v in block.items() if k != "parley"}
    return block


def _sendable_blocks(message: Message) -> list[Block]:
    """The blocks of a message that may go back to the API as they are."""
    if message.state is MessageState.COMPLETE:
        return [_for_api(b) for b in message.content]
    # A reply cut short: keep text, signed thinking, and Anthropic's own tool calls that got
    # their results; our tool calls never finished. The stand-in answers to calls that a
    # crash cut short are kept: they are true.
    answered = {b.get("tool_use_id") for b in message.content if is_server_result(b)}
    keep: list[Block] = []
    for block in message.content:
        kind = block.get("type")
        if (
            (kind == "text" and block.get("text"))
            or (kind == "thinking" and block.get("signature"))
            or kind == "redacted_thinking"
            or (kind == "tool_result" and message.role is Role.USER)
            or (kind == "server_tool_use" and block.get("id") in answered)
            or is_server_result(block)
        ):
            keep.append(_for_api(block))
    return keep


def is_paused(message: Message) -> bool:
    """A reply the API paused mid-turn (a long server tool run): sent back as the last turn,
    it is continued, not taken for a prefill."""
    return message.role is Role.ASSISTANT and message.stop_reason == "pause_turn"


def build_messages(history: list[Message]) -> list[dict[str, Any]]:
    """Turn stored messages into a valid `messages` array for the API."""
    turns: list[dict[str, Any]] = []
    paused = False
    for message in history:
        if message.state not in SENDABLE_STATES:
            continue
        blocks = _sendable_blocks(message)
        if not blocks:
            continue
        paused = is_paused(message)
        if turns and turns[-1]["role"] == message.role.value:
            turns[-1]["content"].extend(blocks)
        else:
            turns.append({"role": message.role.value, "content": list(blocks)})
    while turns and turns[0]["role"] != Role.USER.value:
        turns.pop(0)
    _pair_tool_calls(turns)
    # A reply must be requested after a user turn; a trailing assistant turn
    # would be taken as a prefill, so it is dropped, unless it is a paused one to continue.
    while turns and turns[-1]["role"] != Role.USER.value and not paused:
        turns.pop()
    return turns


def _pair_tool_calls(turns: list[dict[str, Any]]) -> None:
    """Make every tool_use answered in the next turn, and every tool_result asked for."""
    for i, turn in enumerate(turns):
        if turn["role"] != Role.ASSISTANT.value:
            if i == 0 or turns[i - 1]["role"] != Role.ASSISTANT.value:
                asked: set[str] = set()
            else:
                asked = {b["id"] for b in turns[i - 1]["content"] if b.get("type") == "tool_use"}
            turn["content"] = [
                b
                for b in turn["content"]
                if b.get("type") != "tool_result" or b.get("tool_use_id") in asked
            ]
            continue
        asked_ids = [b["id"] for b in turn["content"] if b.get("type") == "tool_use"]
        if not asked_ids:
            continue
        answered = set()
        if i + 1 < len(turns):
            answered = {
                b.get("tool_use_id")
                for b in turns[i + 1]["content"]
                if b.get("type") == "tool_result"
            }
        missing = [tid for tid in asked_ids if tid not in answered]
        if missing:
            turn["content"] = [
                b
                for b in turn["content"]
                if not (b.get("type") == "tool_use" and b["id"] in missing)
            ]
    # Dropping blocks can empty a turn; drop those and merge what then touches.
    merged: list[dict[str, Any]] = []
    for turn in turns:
        if not turn["content"]:
            continue
        if merged and merged[-1]["role"] == turn["role"]:
            merged[-1]["content"].extend(turn["content"])
        else:
            merged.append(turn)
    turns[:] = merged
