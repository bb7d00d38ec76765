"""`McpConnection`: one running stdio MCP server — its process, session, state and calls.

A task holds the SDK's context managers open (anyio scopes must close in the task that
opened them); calls from other tasks go through the session. A server that dies is noticed
by the call it breaks, or by a ping while idle, and is then marked failed.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from typing import Any

import anyio
import mcp_types
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.shared.exceptions import MCPError

from desktop_app.core.tool_calls import ToolOutcome
from desktop_app.tools.mcp_config import McpServerConfig
from desktop_app.tools.mcp_status import McpStartError
from desktop_app.tools.mcp_tool import outcome_from_result

_CLOSE_TIMEOUT = 10.0  # the SDK's own shutdown is bounded at about 6 s


class McpConnection:
    def __init__(
        self,
        config: McpServerConfig,
        on_failed: Callable[[McpConnection, str], None],
        *,
        watch_interval: float = 10.0,
    ) -> None:
        self.config = config
        self._on_failed = on_failed
        self._watch_interval = watch_interval
        self._session: ClientSession | None = None
        self._task: asyncio.Task[None] | None = None
        self._closing = asyncio.Event()
        self._in_flight = 0
        self._failed = False
        # The server's stderr, kept for the failure message instead of cluttering ours.
        self._errlog = tempfile.TemporaryFile(  # noqa: SIM115 (closed by close())
            "w+", encoding="utf-8", errors="replace"
        )

    async def open(self, timeout: float) -> list[mcp_types.Tool]:
        """Start the server and list its tools; McpStartError with a plain reason otherwise."""
        ready: asyncio.Future[list[mcp_types.Tool]] = asyncio.get_running_loop().create_future()
        self._task = asyncio.create_task(self._serve(ready))
        try:
            return await asyncio.wait_for(asyncio.shield(ready), timeout)
        except TimeoutError:
            await self.close()
            raise McpStartError(
                f"The MCP server {self.config.name!r} did not answer within {timeout:g} s."
            ) from None
        except asyncio.CancelledError:
            await self.close()
            raise

    async def close(self) -> None:
        self._closing.set()
        task = self._task
        if task is not None and not task.done():
            try:
                await asyncio.wait_for(asyncio.shield(task), _CLOSE_TIMEOUT)
            except TimeoutError:
                task.cancel()
        self._errlog.close()

    async def call(self, tool: str, arguments: dict[str, Any], timeout: float) -> ToolOutcome:
        session = self._session
        server = self.config.name
        if session is None or self._failed:
            return ToolOutcome(f"The MCP server {server!r} is not running.", True)
        self._in_flight += 1
        try:
            result = await session.call_tool(tool, arguments, read_timeout_seconds=timeout)
        except MCPError as error:
            if error.code == mcp_types.CONNECTION_CLOSED:
                return ToolOutcome(self._fail(f"It stopped while running {tool!r}."), True)
            if error.code == mcp_types.REQUEST_TIMEOUT:
                return ToolOutcome(f"{tool!r} took longer than {timeout:g} s.", True)
            return ToolOutcome(f"The MCP server {server!r} refused {tool!r}: {error}", True)
        except (anyio.ClosedResourceError, anyio.BrokenResourceError, OSError):
            return ToolOutcome(self._fail(f"It stopped while running {tool!r}."), True)
        except Exception as error:  # e.g. a result that breaks its own output schema
            return ToolOutcome(f"The MCP server {server!r} gave an unusable answer: {error}", True)
        finally:
            self._in_flight -= 1
        return outcome_from_result(result)

    async def _serve(self, ready: asyncio.Future[list[mcp_types.Tool]]) -> None:
        params = StdioServerParameters(
            command=self.config.command, args=list(self.config.args), env=dict(self.config.env)
        )
        try:
            async with (
                stdio_client(params, errlog=self._errlog) as (read, write),
                ClientSession(read, write) as session,
            ):
                await session.initialize()
                tools = await _list_tools(session)
                self._session = session
                ready.set_result(tools)
                await self._watch(session)
        except Exception as error:
            reason = self._explain(error)
            if not ready.done():
                ready.set_exception(McpStartError(reason))
            elif not self._closing.is_set():
                self._fail(reason)
        finally:
            self._session = None
            if not ready.done():
                ready.cancel()

    async def _watch(self, session: ClientSession) -> None:
        """Wait to be closed; meanwhile ping when idle so a dead server is noticed unprompted."""
        while not self._closing.is_set():
            try:
                await asyncio.wait_for(self._closing.wait(), self._watch_interval)
            except TimeoutError:
                if self._in_flight:
                    continue  # the running call will notice a crash itself
                try:
                    await asyncio.wait_for(session.send_ping(), self._watch_interval)
                except Exception:
                    self._fail("It stopped answering.")

    def _fail(self, reason: str) -> str:
        """Mark the server failed (once) and let it wind down; returns the message."""
        message = f"The MCP server {self.config.name!r} failed. {reason}{self._stderr_tail()}"
        if not self._failed:
            self._failed = True
            self._closing.set()
            self._on_failed(self, message)
        return message

    def _explain(self, error: BaseException) -> str:
        if isinstance(error, BaseExceptionGroup) and error.exceptions:
            return self._explain(error.exceptions[0])
        if isinstance(error, FileNotFoundError):
            return f"Could not start {self.config.command!r}: no such program."
        if isinstance(error, PermissionError):
            return f"Could not start {self.config.command!r}: not allowed to run it."
        if isinstance(error, MCPError) and error.code == mcp_types.CONNECTION_CLOSED:
            return f"The MCP server {self.config.name!r} exited.{self._stderr_tail()}"
        return f"The MCP server {self.config.name!r} failed: {error}{self._stderr_tail()}"

    def _stderr_tail(self, lines: int = 3) -> str:
        try:
            self._errlog.seek(0)
            text = self._errlog.read()
        except (OSError, ValueError):
            return ""
        tail = [line for line in text.splitlines() if line.strip()][-lines:]
        return (" It said: " + " / ".join(tail)) if tail else ""


async def _list_tools(session: ClientSession) -> list[mcp_types.Tool]:
    tools: list[mcp_types.Tool] = []
    cursor: str | None = None
    while True:
        params = mcp_types.PaginatedRequestParams(cursor=cursor) if cursor else None
        page = await session.list_tools(params=params)
        tools.extend(page.tools)
        cursor = page.next_cursor
        if not cursor:
            return tools
