"""Request rules for Anthropic's own tools: their definitions in `tools`, and their blocks sent
back in the history unchanged.

Definitions follow the SDK's parameter types (web_search_20250305, web_fetch_20250910,
code_execution_20250825 and their later versions). The blobs this server hands out
(encrypted_content, encrypted_index) carry a frame (identifiers.opaque_blob) that any edit
breaks: a client that re-serialises or trims them gets the 400 the real API answers with
for content it cannot decrypt.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from tests.fakeapi.api_error import ApiError

SERVER_TOOLS = {
    "web_search": ("web_search_20250305", "web_search_20260209", "web_search_20260318"),
    "web_fetch": (
        "web_fetch_20250910",
        "web_fetch_20260209",
        "web_fetch_20260309",
        "web_fetch_20260318",
    ),
    "code_execution": (
        "code_execution_20250522",
        "code_execution_20250825",
        "code_execution_20260120",
        "code_execution_20260521",
    ),
}
_NAMES = {version: name for name, versions in SERVER_TOOLS.items() for version in versions}
_WITH_DOMAINS = ("web_search", "web_fetch")
_RESULTS = {
    "web_search_tool_result",
    "web_fetch_tool_result",
    "code_execution_tool_result",
    "bash_code_execution_tool_result",
    "text_editor_code_execution_tool_result",
}


def _intact(blob: Any) -> bool:
    try:
        raw = base64.b64decode(blob, validate=True) if isinstance(blob, str) else b""
    except (binascii.Error, ValueError):
        return False
    return raw.startswith(b"\x12") and raw.endswith(b"\x18\x04")


def _definition_rules(tools: Any) -> ApiError | None:
    for i, tool in enumerate(tools if isinstance(tools, list) else []):
        kind = tool.get("type") if isinstance(tool, dict) else None
        if kind in (None, "custom") or not isinstance(kind, str):
            continue
        if kind not in _NAMES:
            if any(kind.startswith(f"{name}_") for name in SERVER_TOOLS):
                return ApiError.invalid(f"tools.{i}: Input tag '{kind}' found using 'type' does "
                                        "not match any of the expected tags")  # fmt: skip
            continue  # another tool family (bash, text editor, memory…): not checked here
        name = _NAMES[kind]
        if tool.get("name") != name:
            return ApiError.invalid(f"tools.{i}.{kind}.name: Input should be '{name}'")
        uses = tool.get("max_uses")
        if uses is not None and (not isinstance(uses, int) or isinstance(uses, bool) or uses < 1):
            return ApiError.invalid(f"tools.{i}.{kind}.max_uses: Input should be greater than 0")
        if name in _WITH_DOMAINS and tool.get("allowed_domains") and tool.get("blocked_domains"):
            return ApiError.invalid(
                f"tools.{i}.{kind}: Cannot specify both allowed_domains and blocked_domains"
            )
        location = tool.get("user_location")
        if location is not None and (
            name != "web_search"
            or not isinstance(location, dict)
            or location.get("type") != "approximate"
        ):
            return ApiError.invalid(f"tools.{i}.{kind}.user_location.type: Input should be "
                                    "'approximate'")  # fmt: skip
    return None


def _block_rules(block: dict[str, Any], where: str, calls: set[str]) -> ApiError | None:
    kind = block.get("type")
    if kind == "server_tool_use":
        if not str(block.get("id", "")).startswith("srvtoolu_"):
            return ApiError.invalid(f"{where}.server_tool_use.id: String should match pattern "
                                    "'^srvtoolu_[a-zA-Z0-9_]+$'")  # fmt: skip
        calls.add(block["id"])
    elif kind in _RESULTS:
        if block.get("tool_use_id") not in calls:
            return ApiError.invalid(
                f"{where}: `{kind}` block(s) provided when previous message does not contain "
                "a corresponding `server_tool_use` block"
            )
        content = block.get("content")
        for n, result in enumerate(content if isinstance(content, list) else []):
            if isinstance(result, dict) and not _intact(result.get("encrypted_content")):
                return ApiError.invalid(f"{where}.content.{n}: Invalid `encrypted_content`")
    elif kind == "text":
        for n, citation in enumerate(block.get("citations") or []):
            located = isinstance(citation, dict) and "encrypted_index" in citation
            if located and not _intact(citation["encrypted_index"]):
                return ApiError.invalid(f"{where}.citations.{n}: Invalid `encrypted_index`")
    return None


def continues_paused_turn(message: dict[str, Any]) -> bool:
    """A last, assistant, turn in which a server tool ran: a turn the API paused (stop_reason
    pause_turn), sent back to be continued, which no model refuses as a prefill."""
    content = message.get("content")
    blocks = content if isinstance(content, list) else []
    return any(isinstance(b, dict) and b.get("type") == "server_tool_use" for b in blocks)


def server_tool_rules(body: dict[str, Any]) -> ApiError | None:
    """The 400 the API gives for a bad server tool definition or a server block sent back
    altered, or None."""
    if error := _definition_rules(body.get("tools")):
        return error
    for i, message in enumerate(body.get("messages") or []):
        content = message.get("content") if isinstance(message, dict) else None
        if not isinstance(content, list) or message.get("role") != "assistant":
            continue
        calls: set[str] = set()
        for j, block in enumerate(content):
            if isinstance(block, dict) and (
                error := _block_rules(block, f"messages.{i}.content.{j}", calls)
            ):
                return error
    return None
