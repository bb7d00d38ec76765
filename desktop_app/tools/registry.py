"""`ToolRegistry`: the tools offered in a request, found by the name Claude calls them by.

Built-ins are registered first; MCP servers add and remove their tools as they start and
stop. A name already taken keeps its first owner, so no server can shadow a built-in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.core.tool_calls import Tool


class ToolRegistry:
    def __init__(self, tools: Iterable[Tool] = ()) -> None:
        self._tools: dict[str, Tool] = {}
        for tool in tools:
            self.add(tool)

    def add(self, tool: Tool) -> bool:
        """Register `tool`; False (and nothing changes) when its name is taken."""
        if tool.name in self._tools:
            return False
        self._tools[tool.name] = tool
        return True

    def remove_source(self, source: str) -> None:
        self._tools = {n: t for n, t in self._tools.items() if t.source != source}

    def tools(self) -> list[Tool]:
        return list(self._tools.values())

    def definitions(self) -> list[dict[str, Any]]:
        return [tool.definition() for tool in self._tools.values()]

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)
