"""`write_file`: create or replace a text file in a granted folder; always asks, with a diff."""

from __future__ import annotations

import asyncio
import difflib
import os
from pathlib import Path
from typing import Any

from desktop_app.core.tool_calls import Tool, ToolContext, ToolError, ToolOutcome
from desktop_app.tools.builtin.files import MAX_READ_BYTES, read_text
from desktop_app.tools.builtin.folder_access import FolderAccess

MAX_WRITE_BYTES = 1024 * 1024


class WriteFileTool(Tool):
    name = "write_file"
    description = "Create or replace a text file inside a folder the user granted to Parley."
    input_schema = {  # noqa: RUF012
        "type": "object",
        "properties": {"path": {"type": "string"}, "content": {"type": "string"}},
        "required": ["path", "content"],
    }
    always_asks = True
    timeout = 30.0

    def __init__(self, access: FolderAccess) -> None:
        self.access = access
        self.identity = tuple(str(f) for f in access.folders)

    def _target(self, arguments: dict[str, Any]) -> tuple[Path, str]:
        path = self.access.resolve(arguments.get("path"))
        content = arguments.get("content")
        if not isinstance(content, str):
            raise ToolError("`content` must be a string.")
        if len(content.encode()) > MAX_WRITE_BYTES:
            raise ToolError(f"The content is over {MAX_WRITE_BYTES} bytes.")
        if path.is_dir():
            raise ToolError(f"{path} is a folder.")
        return path, content

    async def preview(self, arguments: dict[str, Any]) -> str:
        """A unified diff of the change, so the person approving sees exactly what changes."""
        path, content = self._target(arguments)
        old = read_text(path, MAX_READ_BYTES)[0] if path.exists() else ""
        diff = difflib.unified_diff(
            old.splitlines(keepends=True),
            content.splitlines(keepends=True),
            fromfile=str(path) if path.exists() else "/dev/null",
            tofile=str(path),
        )
        return "".join(diff) or "(no change)"

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        path, content = self._target(arguments)
        if not path.parent.is_dir():
            raise ToolError(f"The folder {path.parent} does not exist.")
        await asyncio.to_thread(_write, path, content)
        return ToolOutcome(f"Wrote {len(content.encode())} bytes to {path}.")


def _write(path: Path, content: str) -> None:
    tmp = path.with_name(f".{path.name}.parley-tmp")
    tmp.write_text(content, encoding="utf-8")
    os.replace(tmp, path)
