"""Answers one assistant turn's tool calls: gate each, run it, and build the tool_results.

Calls are handled one after another in the order Claude gave them, and their results go
back together in that order. Every path ends in a result — allowed, denied, failed, timed
out, unknown or stopped — so the next request is always valid.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from desktop_app.core.conversation import Block
from desktop_app.core.events import (
    SessionEvent,
    ToolCallFinished,
    ToolCallRunning,
    ToolCallWaiting,
    ToolUseRequested,
)
from desktop_app.core.permissions import (
    Decision,
    PermissionGate,
    PermissionPolicy,
    ToolCallRequest,
)
from desktop_app.core.tool_calls import Tool, ToolContext, ToolError, ToolOutcome, ToolSource
from desktop_app.core.tool_status import ToolStatus

T = TypeVar("T")
STOPPED_TEXT = "Stopped by the user before this tool finished."
INTERRUPTED_TEXT = "Parley closed before this tool finished; it may or may not have run."


class _StoppedByUser(Exception):
    pass


def tool_result(
    tool_use_id: str, outcome: ToolOutcome, status: ToolStatus, duration: float = 0.0
) -> Block:
    """A tool_result block; `parley` holds status and duration for the transcript (it is
    removed before the request is sent)."""
    block: Block = {"type": "tool_result", "tool_use_id": tool_use_id, "content": outcome.content}
    if outcome.is_error:
        block["is_error"] = True
    block["parley"] = {"status": status.value, "duration": round(duration, 3)}
    return block


def pending_results(content: list[Block]) -> list[Block]:
    """What a crash leaves as the answer to each call of `content`: an honest error."""
    return [
        tool_result(b["id"], ToolOutcome(INTERRUPTED_TEXT, True), ToolStatus.INTERRUPTED)
        for b in content
        if b.get("type") == "tool_use"
    ]


async def deny_all(request: ToolCallRequest) -> Decision:
    return Decision.deny("no one was there to approve it")


class ToolRunner:
    """Runs the calls of one turn; `stop()` cancels the wait or the run under way."""

    def __init__(
        self,
        tools: ToolSource,
        policy: PermissionPolicy,
        gate: PermissionGate | None,
        conversation_id: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.tools = tools
        self.policy = policy
        self.gate = gate
        self.conversation_id = conversation_id
        self.clock = clock
        self.stopped = False
        self._task: asyncio.Future[Any] | None = None

    def stop(self) -> None:
        self.stopped = True
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def answer(
        self, content: list[Block], results: list[Block]
    ) -> AsyncIterator[SessionEvent]:
        """Answer each tool_use of `content`, appending one tool_result per call to `results`."""
        for block in content:
            if block.get("type") != "tool_use":
                continue
            arguments: dict[str, Any] = block.get("input") or {}
            yield ToolUseRequested(block["id"], block["name"], arguments)
            async for event in self._one(block["id"], block["name"], arguments, results):
                yield event

    async def _one(
        self, call_id: str, name: str, arguments: dict[str, Any], results: list[Block]
    ) -> AsyncIterator[SessionEvent]:
        tool = self.tools.get(name)
        duration = 0.0
        if tool is None:
            outcome = ToolOutcome(f"Parley has no tool named {name!r}.", True)
            status = ToolStatus.UNKNOWN
        elif self.stopped:
            outcome, status = ToolOutcome(STOPPED_TEXT, True), ToolStatus.STOPPED
        else:
            request = await self._request(call_id, tool, arguments)
            decision = self.policy.decide(request, read_only=tool.read_only)
            if decision is None:
                yield ToolCallWaiting(request)
                decision = await self._ask(request)
                self.policy.record(request, decision)
            if self.stopped:
                outcome, status = ToolOutcome(STOPPED_TEXT, True), ToolStatus.STOPPED
            elif not decision.allow:
                outcome, status = _denied(decision), ToolStatus.DENIED
            else:
                yield ToolCallRunning(call_id, name)
                started = self.clock()
                outcome, status = await self._run(tool, arguments)
                duration = self.clock() - started
        results.append(tool_result(call_id, outcome, status, duration))
        yield ToolCallFinished(call_id, name, status, duration, outcome.preview(), outcome.is_error)

    async def _request(
        self, call_id: str, tool: Tool, arguments: dict[str, Any]
    ) -> ToolCallRequest:
        try:
            preview = await tool.preview(arguments)
        except Exception as error:  # a preview is a courtesy; the call is still asked
            preview = f"(no preview: {error})"
        return ToolCallRequest(
            call_id,
            tool.key,
            tool.description,
            arguments,
            self.conversation_id,
            broad_grants_allowed=not tool.always_asks,
            preview=preview,
        )

    async def _ask(self, request: ToolCallRequest) -> Decision:
        """The gate's answer; no gate, an error or a cancellation is a refusal."""
        if self.gate is None:
            return await deny_all(request)
        try:
            return await self._cancellable(self.gate.ask(request))
        except _StoppedByUser:
            return Decision.deny("stopped by the user")
        except Exception:
            return Decision.deny()

    async def _run(self, tool: Tool, arguments: dict[str, Any]) -> tuple[ToolOutcome, ToolStatus]:
        context = ToolContext(self.conversation_id)
        try:
            outcome = await self._cancellable(
                asyncio.wait_for(tool.run(arguments, context), tool.timeout)
            )
        except _StoppedByUser:
            return ToolOutcome(STOPPED_TEXT, True), ToolStatus.STOPPED
        except TimeoutError:
            text = f"The tool {tool.name!r} took longer than {tool.timeout:g} s and was stopped."
            return ToolOutcome(text, True), ToolStatus.TIMED_OUT
        except ToolError as error:
            return ToolOutcome(str(error), True), ToolStatus.FAILED
        except Exception as error:
            return ToolOutcome(f"The tool failed: {type(error).__name__}: {error}", True), (
                ToolStatus.FAILED
            )
        return outcome, ToolStatus.FAILED if outcome.is_error else ToolStatus.DONE

    async def _cancellable(self, step: Awaitable[T]) -> T:
        self._task = asyncio.ensure_future(step)
        if self.stopped:  # stopped before the step began: nothing would cancel it later
            self._task.cancel()
        try:
            return await self._task
        except asyncio.CancelledError:
            if self.stopped:
                raise _StoppedByUser from None
            raise
        finally:
            self._task = None


def _denied(decision: Decision) -> ToolOutcome:
    text = "The user denied this tool call."
    if decision.reason:
        text += f" Reason: {decision.reason}"
    return ToolOutcome(text, True)
