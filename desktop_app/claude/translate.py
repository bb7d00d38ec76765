"""Turns the SDK's raw stream events and exceptions into the core's own types.

Unknown event, block and delta types are skipped or kept as plain JSON, so a
newer API never breaks an older Parley.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import anthropic
import httpx2

from desktop_app.core.conversation import Block, Usage
from desktop_app.core.errors import ApiError, ErrorKind
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
from desktop_app.core.model_info import ModelInfo


def usage_of(usage: Any) -> Usage:
    if usage is None:
        return Usage()
    split = getattr(usage, "cache_creation", None)
    server = getattr(usage, "server_tool_use", None)
    return Usage(
        getattr(usage, "input_tokens", 0) or 0,
        getattr(usage, "output_tokens", 0) or 0,
        getattr(usage, "cache_creation_input_tokens", 0) or 0,
        getattr(usage, "cache_read_input_tokens", 0) or 0,
        getattr(split, "ephemeral_1h_input_tokens", 0) or 0,
        str(getattr(usage, "service_tier", "") or ""),
        getattr(server, "web_search_requests", 0) or 0,
        getattr(server, "web_fetch_requests", 0) or 0,
    )


def _iso(container: Any) -> str:
    expires: Any = getattr(container, "expires_at", None)  # a datetime, as the SDK parses it
    return expires.isoformat() if hasattr(expires, "isoformat") else str(expires or "")


def block_of(model: Any) -> Block:
    """A content block (or citation) as the API sent it: the SDK's `to_dict` keeps only the
    fields the JSON held, so what goes back on the next turn is what came (encrypted_content,
    encrypted_index and unknown types included); top-level nulls are dropped, as the API
    takes an absent field for null."""
    data = model.to_dict() if hasattr(model, "to_dict") else dict(model)
    return {k: v for k, v in data.items() if v is not None}


def wire_event(event: Any) -> WireEvent | None:
    match getattr(event, "type", None):
        case "message_start":
            return MessageStarted(event.message.model, usage_of(event.message.usage))
        case "content_block_start":
            return BlockStarted(event.index, block_of(event.content_block))
        case "content_block_delta":
            delta = event.delta
            match getattr(delta, "type", None):
                case "text_delta":
                    return TextDelta(event.index, delta.text)
                case "thinking_delta":
                    return ThinkingDelta(event.index, delta.thinking)
                case "signature_delta":
                    return SignatureDelta(event.index, delta.signature)
                case "input_json_delta":
                    return InputJsonDelta(event.index, delta.partial_json)
                case "citations_delta":
                    return CitationDelta(event.index, block_of(delta.citation))
            return None
        case "content_block_stop":
            return BlockStopped(event.index)
        case "message_delta":
            delta = event.delta
            usage = usage_of(event.usage)
            if (container := getattr(delta, "container", None)) is not None:
                usage = replace(
                    usage, container_id=container.id, container_expires_at=_iso(container)
                )
            return MessageDelta(delta.stop_reason, usage, getattr(delta, "stop_sequence", None))
        case "message_stop":
            return MessageStopped()
    return None  # ping and types this Parley does not know


def model_info_of(model: Any) -> ModelInfo:
    caps = getattr(model, "capabilities", None)
    created = getattr(model, "created_at", None)
    return ModelInfo(
        id=model.id,
        display_name=model.display_name or model.id,
        created_at=created.isoformat() if created is not None else "",
        max_input_tokens=getattr(model, "max_input_tokens", None),
        max_tokens=getattr(model, "max_tokens", None),
        line=getattr(model, "line", None),
        lifecycle=getattr(model, "lifecycle", None) or "active",
        capabilities=caps.to_dict() if caps is not None else {},
    )


_KIND_BY_STATUS = {
    400: ErrorKind.INVALID_REQUEST,
    401: ErrorKind.AUTH,
    403: ErrorKind.PERMISSION,
    404: ErrorKind.NOT_FOUND,
    413: ErrorKind.TOO_LARGE,
    429: ErrorKind.RATE_LIMITED,
    529: ErrorKind.OVERLOADED,
}
_KIND_BY_TYPE = {
    "invalid_request_error": ErrorKind.INVALID_REQUEST,
    "authentication_error": ErrorKind.AUTH,
    "permission_error": ErrorKind.PERMISSION,
    "not_found_error": ErrorKind.NOT_FOUND,
    "request_too_large": ErrorKind.TOO_LARGE,
    "rate_limit_error": ErrorKind.RATE_LIMITED,
    "overloaded_error": ErrorKind.OVERLOADED,
    "api_error": ErrorKind.SERVER,
}


def kind_of_error_type(error_type: str) -> ErrorKind:
    """The kind of an error body's `type` (a batch's errored result carries one)."""
    return _KIND_BY_TYPE.get(error_type, ErrorKind.SERVER)


def _error_body(body: object) -> tuple[str, str]:
    """(type, message) from an error body such as {"type":"error","error":{…}}."""
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("type") or ""), str(inner.get("message") or "")
    return "", ""


def _retry_after(response: httpx2.Response | None) -> float | None:
    if response is None:
        return None
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def api_error_of(exc: BaseException) -> ApiError:
    """The core's ApiError for anything the SDK or transport can raise."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, anthropic.APIStatusError):
        error_type, message = _error_body(exc.body)
        status = exc.status_code
        kind = _KIND_BY_TYPE.get(error_type) or _KIND_BY_STATUS.get(status)
        if kind is None:
            kind = ErrorKind.SERVER if status >= 500 or status == 200 else ErrorKind.INVALID_REQUEST
        return ApiError(
            kind,
            detail=message,
            status=status,
            retry_after=_retry_after(exc.response),
            request_id=exc.request_id,
        )
    if isinstance(exc, anthropic.APITimeoutError):
        return ApiError(ErrorKind.STALLED)
    if isinstance(exc, anthropic.APIResponseValidationError | ValueError):
        return ApiError(ErrorKind.MALFORMED, detail=type(exc).__name__)
    if isinstance(exc, anthropic.APIConnectionError):
        return ApiError(ErrorKind.OFFLINE)
    if isinstance(exc, httpx2.TimeoutException):
        return ApiError(ErrorKind.STALLED)
    if isinstance(exc, httpx2.TransportError):
        return ApiError(ErrorKind.DROPPED)
    return ApiError(ErrorKind.MALFORMED, detail=type(exc).__name__)
