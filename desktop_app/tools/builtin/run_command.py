"""`run_command`: run one program with an argv list, no shell; off unless the user enables it.

It always asks (no conversation-wide or permanent grant covers it), the request shows the
exact argv, and it is killed at its timeout or when the user stops the reply. The program
gets an allow-listed environment: Parley's own secrets (the API key above all) never pass.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
from collections.abc import Mapping
from typing import Any

from desktop_app.core.tool_calls import Tool, ToolContext, ToolError, ToolOutcome

MAX_OUTPUT = 64 * 1024

# What a program needs to find itself, its files and its language; nothing else is passed.
_PASSED = frozenset(
    {"PATH", "HOME", "USER", "LOGNAME", "SHELL", "LANG", "LANGUAGE", "TERM", "TZ", "TMPDIR"}
)
_SECRET = re.compile(r"KEY|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|COOKIE|SESSION", re.IGNORECASE)


def child_environment(environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    """The environment a command runs with: the allow-list and the locale (LC_*), minus
    anything named like a secret, and minus exported shell functions."""
    return {
        name: value
        for name, value in environ.items()
        if (name in _PASSED or name.startswith("LC_"))
        and not _SECRET.search(name)
        and not value.startswith("()")
    }


class RunCommandTool(Tool):
    name = "run_command"
    description = (
        "Run one program with arguments (an argv list; no shell, so no pipes, globs or "
        "variables) and return its exit code and output."
    )
    input_schema = {  # noqa: RUF012
        "type": "object",
        "properties": {
            "argv": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "cwd": {"type": "string"},
        },
        "required": ["argv"],
    }
    always_asks = True

    def __init__(self, timeout: float = 60.0) -> None:
        self.timeout = timeout

    @staticmethod
    def _argv(arguments: dict[str, Any]) -> list[str]:
        argv = arguments.get("argv")
        if not isinstance(argv, list) or not argv or not all(isinstance(a, str) for a in argv):
            raise ToolError("`argv` must be a non-empty list of strings.")
        return argv

    async def preview(self, arguments: dict[str, Any]) -> str:
        return "argv: " + json.dumps(self._argv(arguments), ensure_ascii=False)

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        argv = self._argv(arguments)
        cwd = arguments.get("cwd") if isinstance(arguments.get("cwd"), str) else None
        try:
            process = await asyncio.create_subprocess_exec(
                *argv,
                cwd=cwd,
                env=child_environment(),
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as error:
            raise ToolError(f"Could not start {argv[0]!r}: {error}") from None
        try:
            out, err = await process.communicate()
        except BaseException:  # timed out or stopped: the program must not outlive the call
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
            raise
        text = f"exit code {process.returncode}\n--- stdout\n{_cap(out)}\n--- stderr\n{_cap(err)}"
        return ToolOutcome(text, is_error=process.returncode != 0)


def _cap(data: bytes) -> str:
    text = data[:MAX_OUTPUT].decode("utf-8", errors="replace")
    return text + ("\n[cut]" if len(data) > MAX_OUTPUT else "")
