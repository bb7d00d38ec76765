"""MCP server settings in Claude Desktop's `mcpServers` shape, and importing them from its file.

An entry is {"command": str, "args": [str, …], "env": {str: str}}; only stdio servers are
supported, so entries for remote servers (a "url" instead of a "command") are skipped.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.permissions import BUILT_IN


class McpConfigError(ValueError):
    """A server entry or a Claude Desktop file Parley cannot use, said plainly."""


@dataclass(frozen=True, slots=True)
class McpServerConfig:
    name: str
    command: str
    args: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()  # pairs, so the config stays hashable

    @classmethod
    def from_entry(cls, name: str, entry: object) -> McpServerConfig:
        if not name.strip() or name == BUILT_IN:
            raise McpConfigError(f"{name!r} cannot be the name of an MCP server.")
        if not isinstance(entry, Mapping):
            raise McpConfigError(f"The MCP server {name!r} is not described by an object.")
        command = entry.get("command")
        if not isinstance(command, str) or not command.strip():
            raise McpConfigError(f"The MCP server {name!r} has no command to run.")
        args = entry.get("args", [])
        if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
            raise McpConfigError(f"The arguments of the MCP server {name!r} must be strings.")
        env = entry.get("env") or {}
        if not isinstance(env, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in env.items()
        ):
            raise McpConfigError(
                f"The environment of the MCP server {name!r} must map text to text."
            )
        return cls(name, command, tuple(args), tuple(sorted(env.items())))

    def to_entry(self) -> dict[str, Any]:
        return {"command": self.command, "args": list(self.args), "env": dict(self.env)}

    def identity(self) -> tuple[str, ...]:
        """What a grant depends on besides the tool's definition; env values (often secrets
        that get rotated) are left out, env names are not."""
        return (
            "mcp",
            self.command,
            json.dumps(list(self.args)),
            json.dumps(sorted(k for k, _ in self.env)),
        )


def import_claude_desktop(path: Path) -> dict[str, dict[str, Any]]:
    """The stdio servers of a claude_desktop_config.json, as entries for `Settings.mcp_servers`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise McpConfigError(f"There is no Claude Desktop settings file at {path}.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise McpConfigError(f"Could not read {path}: {error}.") from None
    try:
        data = json.loads(text)
    except ValueError as error:
        line = getattr(error, "lineno", None)
        where = f" (line {line})" if line else ""
        raise McpConfigError(f"{path} is not valid JSON{where}.") from None
    servers = data.get("mcpServers") if isinstance(data, dict) else None
    if not isinstance(servers, dict) or not servers:
        raise McpConfigError(f"{path} lists no MCP servers.")
    entries: dict[str, dict[str, Any]] = {}
    for name, entry in servers.items():
        try:
            entries[name] = McpServerConfig.from_entry(str(name), entry).to_entry()
        except McpConfigError:
            continue  # a remote ("url") or broken entry; the rest still import
    if not entries:
        raise McpConfigError(f"{path} has no MCP server Parley can start (only stdio servers).")
    return entries


def default_claude_desktop_config_path(
    platform: str = sys.platform,
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """Where Claude Desktop keeps its settings on this system."""
    home = home if home is not None else Path.home()
    environ = environ if environ is not None else os.environ
    name = Path("Claude") / "claude_desktop_config.json"
    if platform == "darwin":
        return home / "Library" / "Application Support" / name
    if platform == "win32":
        appdata = environ.get("APPDATA")
        return (Path(appdata) if appdata else home / "AppData" / "Roaming") / name
    config = environ.get("XDG_CONFIG_HOME")
    return (Path(config) if config else home / ".config") / name
