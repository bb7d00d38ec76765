"""Tools and gates for loop tests: real `Tool` subclasses and gates that answer as scripted."""

from __future__ import annotations

import asyncio
from typing import Any

from desktop_app.core.permissions import ContinueRequest, Decision, GrantScope, ToolCallRequest
from desktop_app.core.tool_calls import Tool, ToolContext, ToolError, ToolOutcome

CASSETTES = "/work/shared/cassettes/derived"


class EchoTool(Tool):
    description = "Echo the arguments back."
    input_schema = {"type": "object", "properties": {"name": {"type": "string"}}}  # noqa: RUF012

    def __init__(self, name: str = "echo", *, read_only: bool = False) -> None:
        self.name = name
        self.read_only = read_only
        self.calls: list[dict[str, Any]] = []

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        self.calls.append(arguments)
        return ToolOutcome(f"{self.name} got {arguments}")


class SlowTool(Tool):
    name = "slow"
    description = "Sleeps."

    def __init__(self, seconds: float = 30.0, timeout: float = 60.0) -> None:
        self.seconds = seconds
        self.timeout = timeout
        self.started = asyncio.Event()
        self.cancelled = False

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        self.started.set()
        try:
            await asyncio.sleep(self.seconds)
        except asyncio.CancelledError:
            self.cancelled = True
            raise
        return ToolOutcome("slept")


class BrokenTool(Tool):
    name = "broken"
    description = "Always fails."

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        raise ToolError("the disk is on fire")


class ScriptedGate:
    """Answers by tool name (default: allow once); records every request it was asked."""

    def __init__(
        self, answers: dict[str, Decision] | None = None, *, go_on: bool | None = False
    ) -> None:
        self.answers = answers or {}
        self.asked: list[ToolCallRequest] = []
        self.continues: list[ContinueRequest] = []
        self.go_on = go_on

    async def ask(self, request: ToolCallRequest) -> Decision:
        self.asked.append(request)
        return self.answers.get(request.name, Decision(True, GrantScope.ONCE))

    async def ask_continue(self, request: ContinueRequest) -> bool:
        self.continues.append(request)
        if self.go_on is None:
            raise RuntimeError("the dialog broke")
        return self.go_on


class SilentGate:
    """Records each request and never answers: an unanswered dialog."""

    def __init__(self) -> None:
        self.asked: list[ToolCallRequest] = []
        self.waiting = asyncio.Event()

    async def ask(self, request: ToolCallRequest) -> Decision:
        self.asked.append(request)
        self.waiting.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async def ask_continue(self, request: ContinueRequest) -> bool:
        await asyncio.Event().wait()
        return True
