"""Token estimates: about four characters per token, images by their pixel area.

Only the order of magnitude matters to clients; the figures are stable for the same input.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from typing import Any

# The API downsizes images above ~1.15 megapixels; tokens ≈ width·height / 750.
_MAX_IMAGE_PIXELS = 1_150_000
_UNKNOWN_IMAGE_TOKENS = 1_600
_DOCUMENT_PAGE_TOKENS = 1_500


def text_tokens(text: str) -> int:
    return math.ceil(len(text) / 4)


def _png_size(data: str) -> tuple[int, int] | None:
    try:
        head = base64.b64decode(data[:64] + "=" * (-len(data[:64]) % 4))
    except (binascii.Error, ValueError):
        return None
    if head[:8] != b"\x89PNG\r\n\x1a\n" or len(head) < 24:
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def _image_tokens(source: dict[str, Any]) -> int:
    size = _png_size(str(source.get("data", ""))) if source.get("type") == "base64" else None
    if size is None:
        return _UNKNOWN_IMAGE_TOKENS
    return max(1, math.ceil(min(size[0] * size[1], _MAX_IMAGE_PIXELS) / 750))


def block_tokens(block: Any) -> int:
    """Tokens of one content block (or a plain string content)."""
    if isinstance(block, str):
        return text_tokens(block)
    if not isinstance(block, dict):
        return text_tokens(json.dumps(block))
    match block.get("type"):
        case "text":
            return text_tokens(str(block.get("text", "")))
        case "thinking":
            return text_tokens(str(block.get("thinking", "")))
        case "redacted_thinking":
            return text_tokens(str(block.get("data", ""))) // 4
        case "image":
            source = block.get("source")
            return _image_tokens(source if isinstance(source, dict) else {})
        case "document":
            source = block.get("source")
            if isinstance(source, dict) and source.get("type") == "text":
                return text_tokens(str(source.get("data", "")))  # a plain-text document
            return _DOCUMENT_PAGE_TOKENS
        case "tool_use" | "server_tool_use":
            return text_tokens(str(block.get("name", ""))) + text_tokens(
                json.dumps(block.get("input", {}))
            )
        case "tool_result":
            content = block.get("content", "")
            if isinstance(content, list):
                return 3 + sum(block_tokens(item) for item in content)
            return 3 + text_tokens(str(content))
        case _:
            return text_tokens(json.dumps(block))


def content_tokens(content: Any) -> int:
    if isinstance(content, list):
        return sum(block_tokens(block) for block in content)
    return block_tokens(content)


def request_tokens(body: dict[str, Any]) -> int:
    """Input tokens of a Messages request: system, messages and tool definitions."""
    total = 3
    system = body.get("system")
    if system:
        total += content_tokens(system)
    for tool in body.get("tools") or []:
        # A cache marker is an instruction, not prompt text.
        if isinstance(tool, dict):
            tool = {k: v for k, v in tool.items() if k != "cache_control"}
        total += text_tokens(json.dumps(tool))
    for message in body.get("messages") or []:
        if isinstance(message, dict):
            total += 4 + content_tokens(message.get("content", ""))
    return total
