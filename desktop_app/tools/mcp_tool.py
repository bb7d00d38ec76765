"""`McpTool`: one tool of a running MCP server, as the core's `Tool`.

Its key's fingerprint covers the server's command, arguments and env names and the tool's
whole definition, so a grant made for one version does not cover another.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import mcp_types

from desktop_app.core.conversation import Block, text_block
from desktop_app.core.tool_calls import Tool, ToolContext, ToolOutcome
from desktop_app.tools.mcp_config import McpServerConfig

Caller = Callable[[str, dict[str, Any], float], Awaitable[ToolOutcome]]


class McpTool(Tool):
    read_only = False  # a server's own "read-only" hint is its claim, not Parley's knowledge

    def __init__(
        self, config: McpServerConfig, tool: mcp_types.Tool, call: Caller, timeout: float
    ) -> None:
        self.name = tool.name
        self.description = tool.description or tool.title or ""
        schema = tool.input_schema if isinstance(tool.input_schema, dict) else {}
        self.input_schema = {"type": "object", **schema}
        self.source = config.name
        self.mcp_definition = tool  # as the server listed it
        self.timeout = timeout
        extras = tool.model_dump(
            mode="json", include={"title", "output_schema", "annotations"}, exclude_none=True
        )
        self.identity = (*config.identity(), json.dumps(extras, sort_keys=True))
        self._call = call

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        return await self._call(self.name, arguments, self.timeout)


def outcome_from_result(result: mcp_types.CallToolResult) -> ToolOutcome:
    """A tools/call result as tool_result content; what Claude cannot take becomes a note."""
    blocks = [_block(item) for item in result.content]
    if not blocks and result.structured_content is not None:
        blocks = [text_block(json.dumps(result.structured_content, ensure_ascii=False))]
    if result.is_error:
        text = " ".join(b["text"] for b in blocks if b.get("type") == "text")
        return ToolOutcome(text or "The tool reported an error without saying why.", True)
    if all(b.get("type") == "text" for b in blocks):
        return ToolOutcome("\n".join(b["text"] for b in blocks))
    return ToolOutcome(blocks)


def _block(item: object) -> Block:
    if isinstance(item, mcp_types.TextContent):
        return text_block(item.text)
    if isinstance(item, mcp_types.ImageContent):
        return {
            "type": "image",
            "source": {"type": "base64", "media_type": item.mime_type, "data": item.data},
        }
    if isinstance(item, mcp_types.ResourceLink):
        return text_block(f"[resource: {item.uri}]")
    if isinstance(item, mcp_types.EmbeddedResource):
        resource = item.resource
        if isinstance(resource, mcp_types.TextResourceContents):
            return text_block(resource.text)
        return text_block(f"[binary resource: {resource.uri}]")
    return text_block(f"[{getattr(item, 'type', 'unknown')} content Parley cannot pass on]")
