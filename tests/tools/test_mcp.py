"""MCP over stdio with a real server written with the mcp SDK (tests/tools/mcp_server_fake.py):
tools listed and called through ChatSession, errors, a crashing server, fingerprints, import."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.permissions import (
    Grant,
    GrantScope,
    MemoryGrantStore,
    PermissionPolicy,
    ToolCallRequest,
)
from desktop_app.core.settings import Settings
from desktop_app.core.tool_calls import ToolContext
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.tools.builtin.clock import ClockTool
from desktop_app.tools.mcp import (
    McpConfigError,
    McpServerConfig,
    McpServerManager,
    McpState,
    McpTool,
    default_claude_desktop_config_path,
    import_claude_desktop,
)
from desktop_app.tools.registry import ToolRegistry
from tests.core.tool_doubles import ScriptedGate
from tests.fakeapi import Reply

SERVER = str(Path(__file__).with_name("mcp_server_fake.py"))
CONTEXT = ToolContext(conversation_id=1)


def entry(*args: str, env: dict[str, str] | None = None) -> dict[str, object]:
    return {"command": sys.executable, "args": [SERVER, *args], "env": env or {}}


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 30))


def test_tools_are_called_through_chat_session_and_answer_the_model(fakeapi, tmp_path: Path):
    registry = ToolRegistry([ClockTool()])
    manager = McpServerManager(registry, {"fake": entry(env={"PARLEY_TEST_SECRET": "s3"})})
    seen: list[tuple[str, McpState]] = []
    manager.add_listener(lambda name, status: seen.append((name, status.state)))
    store = SqliteConversationStore(tmp_path / "db.sqlite3")
    gate = ScriptedGate()
    session = ChatSession(
        store,
        AnthropicClient("k", fakeapi.url, max_retries=0),
        ModelCatalogue(tmp_path / "models.json"),
        tools=registry,
        gate=gate,
    )
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    fakeapi.queue(Reply.tool_use("add", {"a": 2, "b": 40}), Reply.text("It is 42."))

    async def scenario():
        status = await manager.start("fake")
        assert status.state is McpState.RUNNING, status.message
        names = {t.name for t in manager.tools("fake")}
        assert names == {"add", "secret_name", "boom", "die", "die_soon"}
        assert all(t.source == "fake" and not t.read_only for t in manager.tools("fake"))
        [event async for event in session.send(conv.id, "What is 2 + 40?")]
        tools = {t.name: t for t in manager.tools("fake")}
        secret = await tools["secret_name"].run({}, CONTEXT)
        failed = await tools["boom"].run({}, CONTEXT)
        await manager.stop("fake")
        after_stop = await tools["add"].run({"a": 1, "b": 1}, CONTEXT)
        restarted = await manager.start("fake")
        again = await registry.get("add").run({"a": 1, "b": 1}, CONTEXT)  # type: ignore[union-attr]
        await manager.stop_all()
        return secret, failed, after_stop, restarted, again

    secret, failed, after_stop, restarted, again = run(scenario())
    store.close()

    first, second = fakeapi.message_requests()
    assert "add" in [t["name"] for t in first["tools"]]
    result = second["messages"][-1]["content"][0]
    assert result["type"] == "tool_result" and result["content"] == "42"
    assert not result.get("is_error")
    assert [(r.name, r.source) for r in gate.asked] == [("add", "fake")]
    assert gate.asked[0].arguments == {"a": 2, "b": 40}
    assert secret.content == "s3" and not secret.is_error
    assert failed.is_error and "boom" in str(failed.content)
    assert after_stop.is_error and "not running" in str(after_stop.content)
    assert restarted.state is McpState.RUNNING and again.content == "2"
    assert manager.status("fake").state is McpState.STOPPED
    assert [t.name for t in registry.tools()] == ["current_time"]
    assert [state for _, state in seen[:3]] == [
        McpState.STARTING,
        McpState.RUNNING,
        McpState.STOPPED,
    ]


def test_a_server_that_dies_mid_call_gives_an_error_and_is_marked_failed():
    registry = ToolRegistry()
    manager = McpServerManager(registry, {"fake": entry()}, watch_interval=0.1)

    async def scenario():
        await manager.start("fake")
        outcome = await registry.get("die").run({}, CONTEXT)  # type: ignore[union-attr]
        status = manager.status("fake")
        tools_after = registry.tools()
        # Restart, then a server that exits while idle is noticed by the watch.
        assert (await manager.start("fake")).state is McpState.RUNNING
        await registry.get("die_soon").run({}, CONTEXT)  # type: ignore[union-attr]
        while manager.status("fake").state is McpState.RUNNING:
            await asyncio.sleep(0.05)
        await manager.stop_all()
        return outcome, status, tools_after

    outcome, status, tools_after = run(scenario())
    assert outcome.is_error
    assert "stopped while running 'die'" in str(outcome.content)
    assert "going down now" in str(outcome.content)  # the server's stderr, for the user
    assert status.state is McpState.FAILED and "going down now" in status.message
    assert tools_after == []
    assert manager.status("fake").state is McpState.FAILED
    assert "stopped answering" in manager.status("fake").message


def test_changed_command_args_env_or_definitions_need_approval_again():
    grants = MemoryGrantStore()
    policy = PermissionPolicy(grants)

    def ask(tool: McpTool) -> ToolCallRequest:
        return ToolCallRequest("tu_1", tool.key, tool.description, {"a": 1, "b": 2}, 1)

    async def add_tool(args: str) -> McpTool:
        manager = McpServerManager(ToolRegistry(), {"fake": entry(args)})
        await manager.start("fake")
        tool = next(t for t in manager.tools("fake") if t.name == "add")
        await manager.stop("fake")
        return tool

    async def scenario():
        # Three separate starts (two of the same version), side by side to save time.
        return await asyncio.gather(add_tool("v1"), add_tool("v1"), add_tool("v2"))

    v1, v1_again, v2 = run(scenario())
    grants.add_grant(Grant(GrantScope.ALWAYS, v1.key, True))
    assert v1_again.key == v1.key  # a restart alone keeps the grant
    assert policy.decide(ask(v1_again), read_only=False) is not None
    assert v2.description != v1.description and v2.key != v1.key
    assert policy.decide(ask(v2), read_only=False) is None

    # The same tool definition behind another command, arguments or env names.
    base = McpServerConfig.from_entry("fake", entry("v1"))
    variants = [
        McpServerConfig.from_entry("fake", {**entry("v1"), "command": "/usr/bin/python3"}),
        McpServerConfig.from_entry("fake", entry("v1", "--verbose")),
        McpServerConfig.from_entry("fake", entry("v1", env={"TOKEN": "x"})),
    ]
    mcp_def = v1.mcp_definition
    assert McpTool(base, mcp_def, _never, 60).key == v1.key
    for config in variants:
        changed = McpTool(config, mcp_def, _never, 60)
        assert changed.key != v1.key, config
        assert policy.decide(ask(changed), read_only=False) is None
    # Only env names count: a rotated secret keeps the grant.
    rotated = McpServerConfig.from_entry("fake", entry("v1", env={"TOKEN": "y"}))
    assert (
        McpTool(rotated, mcp_def, _never, 60).key == McpTool(variants[2], mcp_def, _never, 60).key
    )


async def _never(name, arguments, timeout):
    raise AssertionError("not called")


def test_start_failures_are_plain_statuses(tmp_path: Path):
    manager = McpServerManager(
        ToolRegistry(),
        {
            "missing": {"command": str(tmp_path / "no-such-server")},
            "broken": {"command": "x", "args": "not a list"},
        },
    )
    status = run(manager.start("missing"))
    assert status.state is McpState.FAILED and "no such program" in status.message
    assert manager.status("broken").state is McpState.FAILED
    assert "arguments" in manager.status("broken").message
    assert run(manager.start("broken")).state is McpState.FAILED
    with pytest.raises(KeyError):
        manager.status("nobody")


def test_import_claude_desktop(tmp_path: Path):
    config = tmp_path / "claude_desktop_config.json"
    config.write_text(
        json.dumps(
            {
                "globalShortcut": "Ctrl+Space",
                "mcpServers": {
                    "files": {"command": "npx", "args": ["-y", "server-fs", "/tmp"]},
                    "gh": {"command": "gh-mcp", "env": {"GITHUB_TOKEN": "t"}},
                    "remote": {"url": "https://example.com/mcp"},
                },
            }
        )
    )
    servers = import_claude_desktop(config)
    assert servers == {
        "files": {"command": "npx", "args": ["-y", "server-fs", "/tmp"], "env": {}},
        "gh": {"command": "gh-mcp", "args": [], "env": {"GITHUB_TOKEN": "t"}},
    }
    # What it returns is what Settings keeps and saves.
    settings = Settings(mcp_servers=servers)
    settings.save(tmp_path / "settings.json")
    assert Settings.load(tmp_path / "settings.json").mcp_servers == servers

    with pytest.raises(McpConfigError, match="no Claude Desktop settings file"):
        import_claude_desktop(tmp_path / "absent.json")
    config.write_text('{"mcpServers": {\n  "x": }')
    with pytest.raises(McpConfigError, match=r"not valid JSON \(line 2\)"):
        import_claude_desktop(config)
    config.write_text('{"theme": "dark"}')
    with pytest.raises(McpConfigError, match="lists no MCP servers"):
        import_claude_desktop(config)
    config.write_text('{"mcpServers": {"remote": {"url": "https://example.com"}}}')
    with pytest.raises(McpConfigError, match="only stdio"):
        import_claude_desktop(config)


def test_default_claude_desktop_config_path():
    home = Path("/home/ann")
    name = Path("Claude/claude_desktop_config.json")
    assert default_claude_desktop_config_path("linux", home, {}) == home / ".config" / name
    assert (
        default_claude_desktop_config_path("linux", home, {"XDG_CONFIG_HOME": "/cfg"})
        == Path("/cfg") / name
    )
    assert (
        default_claude_desktop_config_path("darwin", home, {})
        == home / "Library/Application Support" / name
    )
    assert (
        default_claude_desktop_config_path("win32", home, {"APPDATA": "/appdata"})
        == Path("/appdata") / name
    )
