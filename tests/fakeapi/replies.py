"""Scripted replies for the fake server: what the next POST /v1/messages gets.

A generated reply (text, thinking, tool use, and the failure modes that start as a stream) is
streamed for a stream=true request and returned as the equivalent JSON Message otherwise; raw
SSE and JSON replies are sent exactly as given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal

from tests.fakeapi.identifiers import signature_for, tool_use_id
from tests.fakeapi.server_parts import ServerPart

StopReason = Literal["end_turn", "max_tokens", "stop_sequence", "tool_use", "pause_turn", "refusal"]


class ReplyKind(Enum):
    MESSAGE = "message"
    SSE = "sse"
    JSON = "json"
    ERROR = "error"
    STREAM_ERROR = "stream_error"
    DROP = "drop"
    STALL = "stall"
    MALFORMED = "malformed"
    NO_STOP = "no_stop"


@dataclass(frozen=True, slots=True)
class TextPart:
    text: str


@dataclass(frozen=True, slots=True)
class ThinkingPart:
    thinking: str
    signature: str


@dataclass(frozen=True, slots=True)
class ToolUsePart:
    tool_id: str
    name: str
    input_json: str  # kept as JSON text so the value stays immutable and keeps its key order

    @property
    def input(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.input_json)
        return value


Part = TextPart | ThinkingPart | ToolUsePart | ServerPart


def thinking_parts(thinking: str | None) -> tuple[Part, ...]:
    return () if thinking is None else (ThinkingPart(thinking, signature_for(thinking)),)


@dataclass(frozen=True, slots=True)
class Reply:
    """One scripted reply; build it with the classmethods."""

    kind: ReplyKind
    parts: tuple[Part, ...] = ()
    chunk: int = 8
    delay: float | None = None
    stop_reason: StopReason = "end_turn"
    model: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    error_type: str | None = None
    message: str | None = None
    retry_after: float | None = None
    seconds: float = 0.0
    stall_after: int | None = None  # a stall after this many input_json_delta events

    @classmethod
    def text(
        cls,
        text: str,
        *,
        chunk: int = 8,
        delay: float | None = None,
        thinking: str | None = None,
        stop_reason: StopReason = "end_turn",
        model: str | None = None,
        input_tokens: int | None = None,
        output_tokens: int | None = None,
    ) -> Reply:
        """A text answer, `chunk` characters per delta; `thinking` adds a signed block first."""
        return cls(
            ReplyKind.MESSAGE,
            (*thinking_parts(thinking), TextPart(text)),
            chunk=max(1, chunk),
            delay=delay,
            stop_reason=stop_reason,
            model=model,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
        )

    @classmethod
    def tool_use(
        cls,
        name: str,
        input: dict[str, Any],
        *,
        text: str = "",
        tool_id: str | None = None,
        thinking: str | None = None,
        delay: float | None = None,
        chunk: int = 8,
        stall_after: int | None = None,
        seconds: float = 60.0,
    ) -> Reply:
        """Optional thinking and text, then a tool_use block; stop_reason "tool_use". The
        input JSON streams `chunk` characters per delta, after an empty first one as the API
        sends. With `stall_after`, the stream stops after that many input_json_delta events
        (the empty one counts) for `seconds` or until `FakeApi.release_stalls()`, then ends
        normally."""
        leading = (TextPart(text),) if text else ()
        tool = ToolUsePart(tool_id or tool_use_id(), name, json.dumps(input, ensure_ascii=False))
        return cls(
            ReplyKind.MESSAGE if stall_after is None else ReplyKind.STALL,
            (*thinking_parts(thinking), *leading, tool),
            chunk=max(1, chunk),
            delay=delay,
            stop_reason="tool_use",
            seconds=seconds,
            stall_after=stall_after,
        )

    @classmethod
    def sse(cls, body: str | bytes) -> Reply:
        """A recorded SSE body, replayed byte for byte."""
        return cls(ReplyKind.SSE, body=body.encode() if isinstance(body, str) else body)

    @classmethod
    def json(
        cls, body: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None
    ) -> Reply:
        """A raw JSON response with this status and extra headers."""
        encoded = json.dumps(body, ensure_ascii=False).encode()
        return cls(
            ReplyKind.JSON, status=status, body=encoded, headers=tuple((headers or {}).items())
        )

    @classmethod
    def error(
        cls,
        status: int,
        error_type: str | None = None,
        message: str | None = None,
        *,
        retry_after: float | None = None,
    ) -> Reply:
        """An HTTP error with the API's body; type and message default by status."""
        return cls(
            ReplyKind.ERROR,
            status=status,
            error_type=error_type,
            message=message,
            retry_after=retry_after,
        )

    @classmethod
    def stream_error(
        cls,
        error_type: str = "overloaded_error",
        message: str = "Overloaded",
        *,
        after_text: str = "Partial ",
    ) -> Reply:
        """A stream that carries `after_text`, then `event: error`, then ends."""
        parts = (TextPart(after_text),) if after_text else ()
        return cls(ReplyKind.STREAM_ERROR, parts, error_type=error_type, message=message)

    @classmethod
    def drop(cls, after_text: str = "Partial ") -> Reply:
        """A stream that carries `after_text`, then the socket closes mid-body."""
        return cls(ReplyKind.DROP, (TextPart(after_text),) if after_text else ())

    @classmethod
    def stall(cls, after_text: str = "Partial ", seconds: float = 30.0) -> Reply:
        """A stream that carries `after_text`, then sends nothing for `seconds`, then finishes."""
        parts = (TextPart(after_text),) if after_text else ()
        return cls(ReplyKind.STALL, parts, seconds=seconds)

    @classmethod
    def without_stop(cls, text: str, *, chunk: int = 8, delay: float | None = None) -> Reply:
        """A text reply whose stream ends cleanly after message_delta, without message_stop
        (a proxy or a server cut it short); not streamed, it is the whole JSON reply."""
        return cls(ReplyKind.NO_STOP, (TextPart(text),), chunk=max(1, chunk), delay=delay)

    @classmethod
    def malformed(cls) -> Reply:
        """HTTP 200 whose body is neither valid JSON nor valid SSE data."""
        return cls(ReplyKind.MALFORMED)
