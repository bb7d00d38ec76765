"""A local, offline estimate of a request's input tokens, for when count_tokens cannot answer.

Rules of thumb, not a tokenizer: Anthropic's docs say about 3.5 characters of English a
token; Hangul and CJK characters take about one token each; images cost width·height/750
after the API's own downsizing; a PDF page about 1,500 tokens of text plus its image.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from desktop_app.core.attachments import METADATA, REFERENCE, image_tokens

LATIN_CHARS_PER_TOKEN = 3.5
PDF_PAGE_TOKENS = 2_250  # ~1,500 of text and ~750 for the page as an image
UNKNOWN_IMAGE_TOKENS = 1_600  # an image of unknown size: the most the API lets one cost
MESSAGE_OVERHEAD = 4  # role markers and separators around each turn
REQUEST_OVERHEAD = 8


# Hangul (jamo and syllables), CJK ideographs, kana and fullwidth forms: about a token each.
_WIDE = re.compile(
    "[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0010ffff]"
)


def text_tokens(text: str) -> int:
    wide = len(text) - len(_WIDE.sub("", text))  # counted in C: this runs on the UI thread
    return wide + math.ceil((len(text) - wide) / LATIN_CHARS_PER_TOKEN)


def _source_tokens(block: dict[str, Any]) -> int:
    """An image or document: its stored estimate, else from what the block says of it."""
    details = block.get(METADATA)
    source = block.get("source")
    source = source if isinstance(source, dict) else {}
    if isinstance(details, dict) and details.get("tokens"):
        return int(details["tokens"])
    if block.get("type") == "image":
        if isinstance(details, dict) and details.get("width") and details.get("height"):
            return image_tokens(int(details["width"]), int(details["height"]))
        return UNKNOWN_IMAGE_TOKENS
    if source.get("type") == "text":
        return text_tokens(str(source.get("data", "")))
    pages = int(details.get("pages") or 0) if isinstance(details, dict) else 0
    if source.get("type") == REFERENCE or source.get("media_type") == "application/pdf":
        return max(1, pages) * PDF_PAGE_TOKENS
    return text_tokens(json.dumps(source, ensure_ascii=False))


def block_tokens(block: Any) -> int:
    if isinstance(block, str):
        return text_tokens(block)
    if not isinstance(block, dict):
        return 0
    kind = block.get("type")
    if kind == "text":
        return text_tokens(str(block.get("text", "")))
    if kind in ("image", "document"):
        return _source_tokens(block)
    if kind == "thinking":
        return text_tokens(str(block.get("thinking", "")))
    if kind == "redacted_thinking":
        return 0  # the API does not count earlier turns' thinking either
    if kind == "tool_result":
        content = block.get("content", "")
        inner = content if isinstance(content, list) else [content]
        return MESSAGE_OVERHEAD + sum(block_tokens(b) for b in inner)
    shown = {k: v for k, v in block.items() if k not in ("cache_control", METADATA)}
    return text_tokens(json.dumps(shown, ensure_ascii=False))


def request_tokens(params: dict[str, Any]) -> int:
    """Input tokens of a Messages request (its `to_params()` or a count_tokens body)."""
    total = REQUEST_OVERHEAD
    system = params.get("system")
    if isinstance(system, str):
        total += text_tokens(system)
    elif isinstance(system, list):
        total += sum(block_tokens(b) for b in system)
    for tool in params.get("tools") or []:
        shown = {k: v for k, v in tool.items() if k != "cache_control"}
        total += text_tokens(json.dumps(shown, ensure_ascii=False))
    for message in params.get("messages") or []:
        content = message.get("content", "")
        blocks = content if isinstance(content, list) else [content]
        total += MESSAGE_OVERHEAD + sum(block_tokens(b) for b in blocks)
    return total


__all__ = ["request_tokens", "text_tokens"]
