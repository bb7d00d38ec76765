"""McpServerManager's listeners: told of every status change until removed, against the real
fake MCP server (tests/tools/mcp_server_fake.py)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from desktop_app.tools.mcp import McpServerManager, McpServerStatus, McpState
from desktop_app.tools.registry import ToolRegistry

SERVER = str(Path(__file__).with_name("mcp_server_fake.py"))


def test_a_removed_listener_hears_nothing_more_and_the_others_go_on() -> None:
    manager = McpServerManager(
        ToolRegistry([]), {"fake": {"command": sys.executable, "args": [SERVER]}}
    )
    kept: list[McpState] = []
    dropped: list[McpState] = []

    def keep(_name: str, status: McpServerStatus) -> None:
        kept.append(status.state)

    def drop(_name: str, status: McpServerStatus) -> None:
        dropped.append(status.state)

    manager.add_listener(keep)
    manager.add_listener(drop)
    assert manager.listeners == (keep, drop)

    async def scenario() -> None:
        assert (await manager.start("fake")).state is McpState.RUNNING
        manager.remove_listener(drop)
        await manager.stop("fake")

    asyncio.run(asyncio.wait_for(scenario(), 30))
    assert kept == [McpState.STARTING, McpState.RUNNING, McpState.STOPPED]
    assert dropped == [McpState.STARTING, McpState.RUNNING]
    assert manager.listeners == (keep,)
    manager.remove_listener(drop)  # again, or never added: nothing happens
    manager.remove_listener(lambda _name, _status: None)
    assert manager.listeners == (keep,)
