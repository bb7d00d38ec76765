"""An MCP server's state as the manager reports it, apart from the MCP SDK.

The SDK takes ~0.8 s to import; with these here, the manager and the settings' panel load
without it, and it loads only when a server is started.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class McpState(Enum):
    STOPPED = "stopped"
    STARTING = "starting"
    RUNNING = "running"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class McpServerStatus:
    state: McpState
    message: str = ""  # why it failed, or a note such as tools left out


class McpStartError(Exception):
    """The server could not be started; the message is for the user."""
