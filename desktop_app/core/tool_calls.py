"""What a tool is to the core: its definition, how it runs, and what a run gives back.

Built-in tools and MCP tools both subclass `Tool`; the loop reaches them through a
`ToolSource` (the registry), so the core never imports the tools package.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from desktop_app.core.conversation import Block
from desktop_app.core.permissions import BUILT_IN, ToolKey, fingerprint


class ToolError(Exception):
    """A tool's refusal or failure in plain words; it goes to Claude as an is_error result."""


@dataclass(frozen=True, slots=True)
class ToolOutcome:
    content: str | list[Block]
    is_error: bool = False

    def preview(self, limit: int = 200) -> str:
        if isinstance(self.content, str):
            text = self.content
        else:
            text = " ".join(b.get("text", f"[{b.get('type')}]") for b in self.content)
        return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class ToolContext:
    conversation_id: int


class Tool:
    """One callable tool. Subclasses set the class attributes and implement `run`."""

    name: str = ""
    description: str = ""
    input_schema: dict[str, Any] = {"type": "object", "properties": {}}  # noqa: RUF012
    source: str = BUILT_IN
    read_only: bool = False
    always_asks: bool = False  # True: no conversation-wide or permanent grant covers it
    timeout: float = 60.0
    identity: tuple[str, ...] = ()  # more of what must not change unnoticed (an MCP command)

    @property
    def key(self) -> ToolKey:
        return ToolKey(
            self.source,
            self.name,
            fingerprint(
                self.source, self.name, self.description, self.input_schema, *self.identity
            ),
        )

    def definition(self) -> dict[str, Any]:
        """The entry for the request's `tools` list."""
        return {
            "name": self.name,
            "description": self.description,
            "input_schema": self.input_schema,
        }

    async def preview(self, arguments: dict[str, Any]) -> str:
        """Extra text for the approval request (write_file shows a diff); "" for none."""
        return ""

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        raise NotImplementedError


class ToolSource(Protocol):
    """The tools offered to Claude: their definitions, and lookup by the name it uses."""

    def definitions(self) -> list[dict[str, Any]]: ...

    def get(self, name: str) -> Tool | None: ...


class NoTools:
    def definitions(self) -> list[dict[str, Any]]:
        return []

    def get(self, name: str) -> Tool | None:
        return None
