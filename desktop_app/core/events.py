"""Typed stream events: a union told apart by class, consumed with `match`.

The Claude adapter turns the SDK's raw stream into the *wire* events below; the
ChatSession passes the deltas on and adds the *session* events, so a view
model sees one stream from ReplyStarted to ReplyFinished or ReplyFailed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.core.conversation import Block, Conversation, Message, Usage
from desktop_app.core.errors import ApiError
from desktop_app.core.permissions import ContinueRequest, ToolCallRequest
from desktop_app.core.tool_status import ToolStatus

# Wire events: one content block's life, plus message-level facts.


@dataclass(frozen=True, slots=True)
class MessageStarted:
    """The API accepted the request; `usage` holds the input side."""

    model: str
    usage: Usage


@dataclass(frozen=True, slots=True)
class BlockStarted:
    """A content block begins; `block` is its initial JSON (text "", tool_use input {})."""

    index: int
    block: Block


@dataclass(frozen=True, slots=True)
class TextDelta:
    index: int
    text: str


@dataclass(frozen=True, slots=True)
class ThinkingDelta:
    index: int
    text: str


@dataclass(frozen=True, slots=True)
class SignatureDelta:
    index: int
    signature: str


@dataclass(frozen=True, slots=True)
class InputJsonDelta:
    """A fragment of a tool_use block's JSON arguments."""

    index: int
    partial_json: str


@dataclass(frozen=True, slots=True)
class CitationDelta:
    """One source a text block cites (search result, document span), before its text."""

    index: int
    citation: dict[str, Any]


@dataclass(frozen=True, slots=True)
class BlockStopped:
    index: int


@dataclass(frozen=True, slots=True)
class MessageDelta:
    """Sent near the end: why the model stopped, and output usage so far."""

    stop_reason: str | None
    usage: Usage
    stop_sequence: str | None = None  # which of the request's stop sequences ended it


@dataclass(frozen=True, slots=True)
class MessageStopped:
    """message_stop: the reply is whole. A stream that ends without it was cut short."""


WireEvent = (
    MessageStarted
    | BlockStarted
    | TextDelta
    | ThinkingDelta
    | SignatureDelta
    | InputJsonDelta
    | CitationDelta
    | BlockStopped
    | MessageDelta
    | MessageStopped
)

# Session events: what a view model or the CLI needs beyond the deltas.


@dataclass(frozen=True, slots=True)
class UserMessageAdded:
    message: Message


@dataclass(frozen=True, slots=True)
class ReplyStarted:
    """An assistant message exists in the store (state STREAMING) and will fill."""

    message: Message


@dataclass(frozen=True, slots=True)
class ToolUseRequested:
    """The model asked for a tool; its result follows as a new user message."""

    tool_use_id: str
    name: str
    input: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ToolCallWaiting:
    """The call waits for the user's answer (the gate has been asked)."""

    request: ToolCallRequest


@dataclass(frozen=True, slots=True)
class ToolCallRunning:
    tool_use_id: str
    name: str


@dataclass(frozen=True, slots=True)
class ToolCallFinished:
    """The call is answered; `duration` is seconds spent running (0 if it never ran)."""

    tool_use_id: str
    name: str
    status: ToolStatus
    duration: float
    preview: str
    is_error: bool


@dataclass(frozen=True, slots=True)
class ContinueAsked:
    """The turn reached its tool-round cap; the gate was asked whether to go on."""

    request: ContinueRequest


@dataclass(frozen=True, slots=True)
class ReplyFinished:
    """The assistant message is final (COMPLETE or STOPPED) and stored."""

    message: Message


@dataclass(frozen=True, slots=True)
class ReplyFailed:
    """The reply failed; `message` holds what arrived (state FAILED), if anything."""

    error: ApiError
    message: Message | None


@dataclass(frozen=True, slots=True)
class RetryScheduled:
    """The request failed before any reply arrived; it is sent again after `delay` s."""

    attempt: int
    delay: float
    error: ApiError


@dataclass(frozen=True, slots=True)
class TitleChanged:
    conversation: Conversation


SessionEvent = (
    WireEvent
    | UserMessageAdded
    | ReplyStarted
    | ToolUseRequested
    | ToolCallWaiting
    | ToolCallRunning
    | ToolCallFinished
    | ContinueAsked
    | RetryScheduled
    | ReplyFinished
    | ReplyFailed
    | TitleChanged
)
