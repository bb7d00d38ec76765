"""Where a tool call stands; kept apart so the transcript can name states without
loading the permission machinery (hashlib and friends) before the first paint."""

from __future__ import annotations

from enum import Enum


class ToolStatus(Enum):
    WAITING = "waiting"  # for the user's approval
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    DENIED = "denied"
    TIMED_OUT = "timed_out"
    STOPPED = "stopped"
    UNKNOWN = "unknown"  # the model named a tool Parley does not have
    INTERRUPTED = "interrupted"  # Parley closed while it ran (found in a stored history)
