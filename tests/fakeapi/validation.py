"""Request validation with the real API's rules and wording (400 invalid_request_error, 404 model).

Checks run in a fixed order: shape and required fields, then the model, then the conversation
rules. Consecutive messages of one role are merged first, as the API does.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from typing import Any

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.catalogue import accepts, allows_prefill, find_model, resolved_id
from tests.fakeapi.sampling_rules import sampling_rules
from tests.fakeapi.server_tool_rules import continues_paused_turn, server_tool_rules
from tests.fakeapi.thinking_rules import thinking_rules

_MAX_CACHE_BREAKPOINTS = 4
_IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
_MAX_IMAGE_BASE64 = 5 * 1024 * 1024
_MAX_IMAGES = 100
_MAX_EDGE, _MANY_IMAGES, _MANY_EDGE = 8000, 20, 2000
_MAX_PDF_PAGES = 100
_ROLES = ("user", "assistant", "system")
_ROLE_NAMES = "'user', 'assistant' or 'system'"
_PREFILL = (
    "This model does not support assistant message prefill. The conversation must end with a "
    "user message."
)
_NON_EMPTY = (
    "all messages must have non-empty content except for the optional final assistant message"
)


@dataclass(slots=True)
class _Turn:
    """Consecutive messages of one role, merged; blocks keep their original positions."""

    role: str
    blocks: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _required_fields(body: dict[str, Any], counting: bool) -> ApiError | None:
    if "model" not in body:
        return ApiError.invalid("model: Field required")
    if not isinstance(body["model"], str):
        return ApiError.invalid("model: Input should be a valid string")
    if not counting:
        if "max_tokens" not in body:
            return ApiError.invalid("max_tokens: Field required")
        if not _is_int(body["max_tokens"]):
            return ApiError.invalid("max_tokens: Input should be a valid integer")
        if body["max_tokens"] < 1:
            return ApiError.invalid("max_tokens: Input should be greater than or equal to 1")
    if "messages" not in body:
        return ApiError.invalid("messages: Field required")
    if not isinstance(body["messages"], list):
        return ApiError.invalid("messages: Input should be a valid list")
    return None


def _model_rules(
    body: dict[str, Any], models: list[dict[str, Any]], counting: bool
) -> ApiError | None:
    model = body["model"]
    if not accepts(models, model):
        return ApiError(404, "not_found_error", f"model: {model}")
    messages = body["messages"]
    last = messages[-1] if messages else None
    prefill = isinstance(last, dict) and last.get("role") == "assistant"
    if prefill and not allows_prefill(model) and not continues_paused_turn(last or {}):
        return ApiError.invalid(_PREFILL)
    entry = find_model(models, model)
    limit = entry.get("max_tokens") if entry else None
    if not counting and _is_int(limit) and body["max_tokens"] > limit:
        return ApiError.invalid(
            f"max_tokens: {body['max_tokens']} > {limit}, which is the maximum allowed number "
            f"of output tokens for {resolved_id(models, model)}"
        )
    return None


def _text_rule(block: dict[str, Any], where: str) -> ApiError | None:
    text = block.get("text")
    if not isinstance(text, str):
        return None
    if text == "":
        return ApiError.invalid(f"{where}: text content blocks must be non-empty")
    if not text.strip():
        return ApiError.invalid(f"{where}: text content blocks must contain non-whitespace text")
    return None


def _image_type_and_size(data: bytes) -> tuple[str, int, int] | None:
    """(media type, width, height) from an image's header; None when it is no image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        return "image/png", int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return (
            "image/gif",
            int.from_bytes(data[6:8], "little"),
            int.from_bytes(data[8:10], "little"),
        )
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP" and len(data) >= 30:
        chunk = data[12:16]
        if chunk == b"VP8X":
            w, h = (
                int.from_bytes(data[24:27], "little") + 1,
                int.from_bytes(data[27:30], "little") + 1,
            )
            return "image/webp", w, h
        if chunk == b"VP8L":
            bits = int.from_bytes(data[21:25], "little")
            return "image/webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
        w, h = int.from_bytes(data[26:28], "little"), int.from_bytes(data[28:30], "little")
        return "image/webp", w & 0x3FFF, h & 0x3FFF
    if data[:3] == b"\xff\xd8\xff":
        k = 2
        while k + 9 < len(data) and data[k] == 0xFF:
            marker, length = data[k + 1], int.from_bytes(data[k + 2 : k + 4], "big")
            if marker in range(0xC0, 0xD0) and marker not in (0xC4, 0xC8, 0xCC):
                h, w = (
                    int.from_bytes(data[k + 5 : k + 7], "big"),
                    int.from_bytes(data[k + 7 : k + 9], "big"),
                )
                return "image/jpeg", w, h
            k += 2 + length
        return "image/jpeg", 0, 0
    return None


def _decoded(source: dict[str, Any]) -> bytes | None:
    try:
        return base64.b64decode(str(source.get("data", "")), validate=True)
    except (binascii.Error, ValueError):
        return None


def _image_rule(block: dict[str, Any], where: str, many: bool) -> ApiError | None:
    source = block.get("source")
    if not isinstance(source, dict) or source.get("type") != "base64":
        return None  # url and file sources are not checked here
    media_type = source.get("media_type")
    if media_type not in _IMAGE_TYPES:
        return ApiError.invalid(
            f"{where}.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', "
            "'image/gif' or 'image/webp'"
        )
    size = len(str(source.get("data", "")))
    if size > _MAX_IMAGE_BASE64:
        return ApiError.invalid(
            f"{where}.image.source.base64: image exceeds 5 MB maximum: {size} bytes > "
            f"{_MAX_IMAGE_BASE64} bytes"
        )
    data = _decoded(source)
    found = _image_type_and_size(data) if data else None
    if found is None:
        return ApiError.invalid(f"{where}.image.source.base64.data: Could not process image")
    if found[0] != media_type:
        return ApiError.invalid(
            f"{where}.image.source.base64.data: The image was specified using the {media_type} "
            f"media type, but the image appears to be a {found[0]} image"
        )
    edge = max(found[1], found[2])
    if edge > _MAX_EDGE or (many and edge > _MANY_EDGE):
        limit = f"for many-image requests: {_MANY_EDGE}" if edge <= _MAX_EDGE else f": {_MAX_EDGE}"
        return ApiError.invalid(
            f"{where}.image.source.base64.data: At least one of the image dimensions exceed max "
            f"allowed size {limit} pixels"
        )
    return None


def _document_rule(block: dict[str, Any], where: str) -> ApiError | None:
    source = block.get("source")
    if not isinstance(source, dict):
        return ApiError.invalid(f"{where}.document.source: Field required")
    if source.get("type") == "text":
        if source.get("media_type") != "text/plain":
            return ApiError.invalid(
                f"{where}.document.source.text.media_type: Input should be 'text/plain'"
            )
        return None
    if source.get("type") != "base64":
        return None
    if source.get("media_type") != "application/pdf":
        return ApiError.invalid(
            f"{where}.document.source.base64.media_type: Input should be 'application/pdf'"
        )
    data = _decoded(source)
    if not data or b"%PDF-" not in data[:1024]:
        return ApiError.invalid(
            f"{where}.document.source.base64.data: The PDF specified was not valid."
        )
    if len(re.findall(rb"/Type\s*/Page\b", data)) > _MAX_PDF_PAGES:
        return ApiError.invalid(f"A maximum of {_MAX_PDF_PAGES} PDF pages may be provided.")
    return None


def _media_rules(messages: list[Any]) -> ApiError | None:
    """The API's limits on images and PDFs, across the whole request."""
    found = [
        (f"messages.{i}.content.{j}", block)
        for i, message in enumerate(messages)
        if isinstance(message, dict) and isinstance(message.get("content"), list)
        for j, block in enumerate(message["content"])
        if isinstance(block, dict) and block.get("type") in ("image", "document")
    ]
    images = sum(1 for _, block in found if block["type"] == "image")
    if images > _MAX_IMAGES:
        return ApiError.invalid(f"messages: Too many images: {images} > {_MAX_IMAGES} per request")
    for where, block in found:
        if block["type"] == "image":
            error = _image_rule(block, where, images > _MANY_IMAGES)
        else:
            error = _document_rule(block, where)
        if error:
            return error
    return None


def _block_rules(block: Any, i: int, j: int) -> ApiError | None:
    where = f"messages.{i}.content.{j}"
    if not isinstance(block, dict) or "type" not in block:
        return ApiError.invalid(f"{where}.type: Field required")
    match block["type"]:
        case "text":
            return _text_rule(block, "messages")
        case "thinking" if not block.get("signature"):
            if "signature" in block:
                return ApiError.invalid(f"{where}: Invalid `signature` in `thinking` block")
            return ApiError.invalid(f"{where}.thinking.signature: Field required")
        case "redacted_thinking" if not block.get("data"):
            return ApiError.invalid(f"{where}.redacted_thinking.data: Field required")
        case "tool_use" if not block.get("id"):
            return ApiError.invalid(f"{where}.tool_use.id: Field required")
        case "tool_result" if not block.get("tool_use_id"):
            return ApiError.invalid(f"{where}.tool_result.tool_use_id: Field required")
    return None


def _message_rules(messages: list[Any]) -> tuple[ApiError | None, list[_Turn]]:
    if not messages:
        return ApiError.invalid("messages: at least one message is required"), []
    turns: list[_Turn] = []
    last = len(messages) - 1
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in _ROLES:
            return ApiError.invalid(f"messages.{i}.role: Input should be {_ROLE_NAMES}"), []
        if "content" not in message:
            return ApiError.invalid(f"messages.{i}.content: Field required"), []
        role, content = message["role"], message["content"]
        if role == "system":
            # anthropic 2.x types allow system messages in the list; their rules are not
            # documented, so they are accepted and left out of turn and tool pairing checks.
            continue
        if not turns and role != "user":
            return ApiError.invalid('messages: first message must use the "user" role'), []
        final_assistant = i == last and role == "assistant"
        if content in ("", []) and not final_assistant:
            return ApiError.invalid(f"messages.{i}: {_NON_EMPTY}"), []
        if not isinstance(content, (str, list)):
            return ApiError.invalid(f"messages.{i}.content: Input should be a valid list"), []
        if isinstance(content, str):
            content = [{"type": "text", "text": content}] if content else []
        if not turns or turns[-1].role != role:
            turns.append(_Turn(role))
        for j, block in enumerate(content):
            if error := _block_rules(block, i, j):
                return error, []
            turns[-1].blocks.append((i, j, block))
    return _final_whitespace_rule(messages[-1]), turns


def _final_whitespace_rule(message: dict[str, Any]) -> ApiError | None:
    if message["role"] != "assistant":
        return None
    content = message["content"]
    tail = content if isinstance(content, str) else (content[-1] if content else None)
    text = tail.get("text") if isinstance(tail, dict) and tail.get("type") == "text" else tail
    if isinstance(text, str) and text and text != text.rstrip():
        return ApiError.invalid(
            "messages: final assistant content cannot end with trailing whitespace"
        )
    return None


def _tool_pairing_rules(turns: list[_Turn]) -> ApiError | None:
    for t, turn in enumerate(turns):
        if turn.role == "assistant":
            uses = [(i, b["id"]) for i, _, b in turn.blocks if b.get("type") == "tool_use"]
            if not uses:
                continue
            answered: set[Any] = set()
            following = turns[t + 1].blocks if t + 1 < len(turns) else []
            for _, _, block in following:
                if block.get("type") != "tool_result":
                    break
                answered.add(block.get("tool_use_id"))
            missing = [(i, tool_id) for i, tool_id in uses if tool_id not in answered]
            if missing:
                return ApiError.invalid(
                    f"messages.{missing[0][0]}: `tool_use` ids were found without `tool_result` "
                    f"blocks immediately after: {', '.join(str(m[1]) for m in missing)}. Each "
                    "`tool_use` block must have a corresponding `tool_result` block in the next "
                    "message."
                )
        else:
            previous = turns[t - 1].blocks if t > 0 else []
            known = {b.get("id") for _, _, b in previous if b.get("type") == "tool_use"}
            for i, j, block in turn.blocks:
                if block.get("type") == "tool_result" and block.get("tool_use_id") not in known:
                    return ApiError.invalid(
                        f"messages.{i}.content.{j}: unexpected `tool_use_id` found in "
                        f"`tool_result` blocks: {block.get('tool_use_id')}. Each `tool_result` "
                        "block must have a corresponding `tool_use` block in the previous message."
                    )
    return None


def _system_and_cache_rules(body: dict[str, Any]) -> ApiError | None:
    system = body.get("system")
    blocks = system if isinstance(system, list) else []
    for block in blocks:
        if isinstance(block, dict) and (error := _text_rule(block, "system")):
            return error
    marked = [b for b in [*(body.get("tools") or []), *blocks] if isinstance(b, dict)]
    for message in body["messages"]:
        content = message.get("content")
        marked += [b for b in content if isinstance(b, dict)] if isinstance(content, list) else []
    count = sum(1 for block in marked if block.get("cache_control"))
    count += 1 if body.get("cache_control") else 0
    if count > _MAX_CACHE_BREAKPOINTS:
        return ApiError.invalid(
            f"A maximum of {_MAX_CACHE_BREAKPOINTS} blocks with cache_control may be provided. "
            f"Found {count}."
        )
    return None


def check_request(
    body: Any, models: list[dict[str, Any]], *, counting: bool = False
) -> ApiError | None:
    """The error the API would answer this Messages (or count_tokens) body with, if any."""
    if not isinstance(body, dict):
        return ApiError.invalid("Input should be a valid dictionary")
    if error := _required_fields(body, counting) or _model_rules(body, models, counting):
        return error
    if error := thinking_rules(body, models, counting=counting):
        return error
    if error := sampling_rules(body, resolved_id(models, body["model"])):
        return error
    error, turns = _message_rules(body["messages"])
    if error:
        return error
    return (
        _tool_pairing_rules(turns)
        or server_tool_rules(body)
        or _media_rules(body["messages"])
        or _system_and_cache_rules(body)
    )
