"""`McpServerManager`: start, stop, status and tools of the configured stdio MCP servers.

It runs on whatever asyncio loop calls it (qasync in the window, asyncio.run in the CLI).
A running server's tools join the registry with the server's name as their source and
leave it when the server stops or fails.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from desktop_app.tools.mcp_config import (
    McpConfigError,
    McpServerConfig,
    default_claude_desktop_config_path,
    import_claude_desktop,
)
from desktop_app.tools.mcp_status import McpServerStatus, McpStartError, McpState
from desktop_app.tools.registry import ToolRegistry

if TYPE_CHECKING:  # they bring the MCP SDK (~0.8 s): loaded when a server starts
    from desktop_app.tools.mcp_connection import McpConnection
    from desktop_app.tools.mcp_tool import McpTool

__all__ = [
    "McpConfigError",
    "McpServerConfig",
    "McpServerManager",
    "McpServerStatus",
    "McpState",
    "McpTool",
    "default_claude_desktop_config_path",
    "import_claude_desktop",
]

_API_NAME = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")

Listener = Callable[[str, McpServerStatus], None]


async def _connection_class() -> type[McpConnection]:
    """The MCP SDK is imported at the first server's start, off the loop's thread: ~0.8 s
    of imports that the window would otherwise wait out frozen."""
    name = "desktop_app.tools.mcp_connection"
    module = sys.modules.get(name)
    if module is None:
        module = await asyncio.to_thread(importlib.import_module, name)
    connection: type[McpConnection] = module.McpConnection
    return connection


def __getattr__(name: str) -> Any:
    if name == "McpTool":  # named here as before; the SDK loads with it
        from desktop_app.tools.mcp_tool import McpTool

        return McpTool
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class McpServerManager:
    def __init__(
        self,
        registry: ToolRegistry,
        servers: Mapping[str, Any] | None = None,
        *,
        start_timeout: float = 30.0,
        call_timeout: float = 60.0,
        watch_interval: float = 10.0,
    ) -> None:
        self._registry = registry
        self._start_timeout = start_timeout
        self._call_timeout = call_timeout
        self._watch_interval = watch_interval
        self._configs: dict[str, McpServerConfig] = {}
        self._invalid: dict[str, str] = {}
        self._statuses: dict[str, McpServerStatus] = {}
        self._connections: dict[str, McpConnection] = {}
        self._tools: dict[str, list[McpTool]] = {}
        self._listeners: list[Listener] = []
        self._winding_down: set[asyncio.Task[None]] = set()
        self.configure(servers or {})

    def configure(self, servers: Mapping[str, Any]) -> None:
        """Take new settings (`Settings.mcp_servers`). A running server keeps its old
        process until restarted; a restart uses the new entry and so its new fingerprint."""
        self._configs, self._invalid = {}, {}
        for name, entry in servers.items():
            try:
                self._configs[name] = McpServerConfig.from_entry(name, entry)
            except McpConfigError as error:
                self._invalid[name] = str(error)

    def add_listener(self, listener: Listener) -> None:
        """Called with (server name, status) on every change of a server's status."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        """Stop calling `listener` (added once, removed once; one never added is ignored)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def listeners(self) -> tuple[Listener, ...]:
        return tuple(self._listeners)

    def names(self) -> list[str]:
        return sorted({*self._configs, *self._invalid, *self._connections})

    def status(self, name: str) -> McpServerStatus:
        if name in self._invalid and name not in self._connections:
            return McpServerStatus(McpState.FAILED, self._invalid[name])
        if name not in self._configs and name not in self._connections:
            raise KeyError(name)
        return self._statuses.get(name, McpServerStatus(McpState.STOPPED))

    def tools(self, name: str) -> list[McpTool]:
        return list(self._tools.get(name, []))

    async def start(self, name: str) -> McpServerStatus:
        """Start one server (no-op when it runs); problems end in a FAILED status, not raised."""
        connection_class = await _connection_class()  # before the check: no wait after it
        status = self.status(name)
        if status.state in (McpState.RUNNING, McpState.STARTING) or name not in self._configs:
            return status
        connection = connection_class(
            self._configs[name], self._on_failed, watch_interval=self._watch_interval
        )
        self._connections[name] = connection
        self._set(name, McpServerStatus(McpState.STARTING))
        try:
            listed = await connection.open(self._start_timeout)
        except McpStartError as error:
            await connection.close()
            self._forget(name, connection)
            self._set(name, McpServerStatus(McpState.FAILED, str(error)))
            return self.status(name)
        except BaseException:
            await connection.close()
            self._forget(name, connection)
            self._set(name, McpServerStatus(McpState.STOPPED))
            raise
        if self._connections.get(name) is not connection:
            return self.status(name)  # stopped or failed while the tools were listed
        self._set(name, McpServerStatus(McpState.RUNNING, self._register(connection, listed)))
        return self.status(name)

    async def stop(self, name: str) -> None:
        connection = self._connections.get(name)
        if connection is None:
            if self.status(name).state is McpState.FAILED and name not in self._invalid:
                self._set(name, McpServerStatus(McpState.STOPPED))
            return
        self._forget(name, connection)
        await connection.close()
        self._set(name, McpServerStatus(McpState.STOPPED))

    async def stop_all(self) -> None:
        for name in list(self._connections):
            await self.stop(name)
        if self._winding_down:
            await asyncio.gather(*self._winding_down, return_exceptions=True)

    def _register(self, connection: McpConnection, listed: list[Any]) -> str:
        from desktop_app.tools.mcp_tool import McpTool

        name = connection.config.name
        added: list[McpTool] = []
        left_out: list[str] = []
        for definition in listed:
            tool = McpTool(connection.config, definition, connection.call, self._call_timeout)
            valid = 0 < len(tool.name) <= 64 and set(tool.name) <= _API_NAME
            if valid and self._registry.add(tool):
                added.append(tool)
            else:
                left_out.append(tool.name)
        self._tools[name] = added
        if not left_out:
            return ""
        return "Left out (name taken or not usable): " + ", ".join(sorted(left_out))

    def _on_failed(self, connection: McpConnection, message: str) -> None:
        name = connection.config.name
        if self._connections.get(name) is connection:
            self._forget(name, connection)
            self._set(name, McpServerStatus(McpState.FAILED, message))
        # The process may linger; reap it without making the failing call wait for that.
        task = asyncio.ensure_future(connection.close())
        self._winding_down.add(task)
        task.add_done_callback(self._winding_down.discard)

    def _forget(self, name: str, connection: McpConnection) -> None:
        if self._connections.get(name) is connection:
            del self._connections[name]
        self._registry.remove_source(name)
        self._tools.pop(name, None)

    def _set(self, name: str, status: McpServerStatus) -> None:
        self._statuses[name] = status
        for listener in list(self._listeners):
            listener(name, status)
