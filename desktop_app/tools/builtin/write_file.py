"""`write_file`: create or replace a text file in a granted folder; always asks, with a diff.

The write goes through `private_file.replacing`, with this tool's checks run again just
before the rename: a symlink, a hard link or a swapped folder turns the write into a refusal.
"""

from __future__ import annotations

import asyncio
import difflib
import os
import stat
from pathlib import Path
from typing import Any

from desktop_app import private_file
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
        path = self.access.resolve_unlinked(arguments.get("path"))
        content = arguments.get("content")
        if not isinstance(content, str):
            raise ToolError("`content` must be a string.")
        if len(content.encode()) > MAX_WRITE_BYTES:
            raise ToolError(f"The content is over {MAX_WRITE_BYTES} bytes.")
        if path.is_dir():
            raise ToolError(f"{path} is a folder.")
        _existing(path)
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
        try:
            await asyncio.to_thread(self._write, path, content.encode())
        except private_file.WriteRefused as error:
            raise ToolError(f"Refused to write {path}: {error.strerror}.") from None
        except OSError as error:
            raise ToolError(f"Could not write {path}: {error.strerror or error}.") from None
        return ToolOutcome(f"Wrote {len(content.encode())} bytes to {path}.")

    def _write(self, path: Path, data: bytes) -> None:
        before = _existing(path)
        mode = stat.S_IMODE(before.st_mode) if before else _new_file_mode()

        def still_safe() -> None:
            # Checked again once the folder is held and just before the rename: the path may
            # have been swapped for a link since it was approved.
            if Path(os.path.realpath(path.parent)) != path.parent:
                raise ToolError(f"Refused to write {path}: a folder on its path was replaced.")
            _existing(path)

        with private_file.replacing(path, mode=mode, verify=still_safe) as file:
            file.write(data)


def _existing(path: Path) -> os.stat_result | None:
    """The target's status if it exists; ToolError if it is no plain file with one name."""
    try:
        found = path.lstat()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ToolError(f"{path} cannot be checked: {error.strerror or error}.") from None
    if stat.S_ISLNK(found.st_mode):
        raise ToolError(f"Refused {path}: it is a symbolic link.")
    if not stat.S_ISREG(found.st_mode):
        raise ToolError(f"Refused {path}: it is not a regular file.")
    if found.st_nlink > 1:
        raise ToolError(
            f"Refused {path}: it is a hard link shared with {found.st_nlink - 1} other name(s), "
            "possibly outside the granted folders."
        )
    return found


def _new_file_mode() -> int:
    """0644 less the process's umask, as an editor would create the file."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o644 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    umask = os.umask(0o077)  # elsewhere only setting it tells it; set briefly to the strictest
    os.umask(umask)
    return 0o644 & ~umask
