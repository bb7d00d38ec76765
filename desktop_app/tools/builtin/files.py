"""Read-only file tools inside the granted folders: list a folder, read a file, search text.

Every path, including each one met while walking, passes `FolderAccess`, and a file read is
checked again once open; sizes are capped so a huge file or folder gives a clear note
instead of flooding the conversation.
"""

from __future__ import annotations

import asyncio
import codecs
import os
import stat
from pathlib import Path
from typing import Any

from desktop_app.core.text_encoding import NotText, decode_text
from desktop_app.core.tool_calls import Tool, ToolContext, ToolError, ToolOutcome
from desktop_app.tools.builtin.folder_access import FolderAccess

MAX_READ_BYTES = 256 * 1024
MAX_LISTED = 500
MAX_SEARCHED_FILES = 2000
MAX_SEARCHED_BYTES = 1024 * 1024
MAX_HITS = 100
# Never through a link at the last step, nor blocking on a FIFO put where a file was.
_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)  # Windows would translate line ends otherwise
)

_PATH = {"type": "string", "description": "Absolute, or relative to the first granted folder."}


def read_text(path: Path, limit: int) -> tuple[str, bool]:
    """The text (UTF-8 or Korean CP949, damaged bytes replaced) and whether it was cut.

    `path` is a real path already checked; the file opened must still be the one there, so a
    folder on the way swapped for a link after the check cannot show Claude another file."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except OSError as error:
        raise ToolError(f"{path} cannot be read: {error.strerror or error}.") from None
    with os.fdopen(fd, "rb") as handle:
        if not _still_there(path, fd):
            raise ToolError(f"Refused {path}: it was moved or replaced while being read.")
        data = handle.read(limit + 1)
    if b"\0" in data[:8192]:
        raise ToolError(f"{path} looks like a binary file; only text files can be read.")
    return _decoded(data[:limit]), len(data) > limit


def _decoded(chunk: bytes) -> str:
    """UTF-8, or Korean CP949 by the same rule as attached files; else damaged bytes replaced."""
    try:  # not final: the cut at `limit` may split the last character, which is dropped
        return codecs.getincrementaldecoder("utf-8")().decode(chunk, final=False)
    except UnicodeDecodeError:
        pass
    try:
        return decode_text(chunk).text
    except NotText:
        return chunk.decode("utf-8", errors="replace")


def _still_there(path: Path, fd: int) -> bool:
    """Whether `path` still resolves to itself and names the open file."""
    try:
        named, held = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    same = (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)
    return same and stat.S_ISREG(held.st_mode) and os.path.realpath(path) == str(path)


class _FileTool(Tool):
    read_only = True
    timeout = 30.0

    def __init__(self, access: FolderAccess) -> None:
        self.access = access
        self.identity = tuple(str(f) for f in access.folders)


class ListFilesTool(_FileTool):
    name = "list_files"
    description = "List the entries of a folder the user granted to Parley (folders end in /)."
    input_schema = {"type": "object", "properties": {"path": _PATH}, "required": ["path"]}  # noqa: RUF012

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        folder = self.access.resolve(arguments.get("path"))
        return ToolOutcome(await asyncio.to_thread(self._list, folder))

    def _list(self, folder: Path) -> str:
        if not folder.is_dir():
            raise ToolError(f"{folder} is not a folder.")
        names = []
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            if not self.access.inside(Path(os.path.realpath(entry.path))):
                continue  # a symlink out of the granted folders, or Parley's own data
            names.append(entry.name + ("/" if entry.is_dir() else ""))
        shown = names[:MAX_LISTED]
        more = f"\n… and {len(names) - MAX_LISTED} more" if len(names) > MAX_LISTED else ""
        return "\n".join(shown) + more if shown else "(empty folder)"


class ReadFileTool(_FileTool):
    name = "read_file"
    description = "Read a text file inside a folder the user granted to Parley."
    input_schema = {"type": "object", "properties": {"path": _PATH}, "required": ["path"]}  # noqa: RUF012

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        path = self.access.resolve(arguments.get("path"))
        if not path.is_file():
            raise ToolError(f"{path} is not a file.")
        text, cut = await asyncio.to_thread(read_text, path, MAX_READ_BYTES)
        return ToolOutcome(text + (f"\n[cut at {MAX_READ_BYTES} bytes]" if cut else ""))


class SearchFilesTool(_FileTool):
    name = "search_files"
    description = "Find lines containing a text (case-insensitive) in files under a granted folder."
    input_schema = {  # noqa: RUF012
        "type": "object",
        "properties": {"path": _PATH, "query": {"type": "string"}},
        "required": ["path", "query"],
    }

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        root = self.access.resolve(arguments.get("path"))
        query = arguments.get("query")
        if not isinstance(query, str) or not query:
            raise ToolError("A non-empty query is required.")
        return ToolOutcome(await asyncio.to_thread(self._search, root, query.casefold()))

    def _search(self, root: Path, query: str) -> str:
        hits: list[str] = []
        seen = 0
        for folder, dirs, files in os.walk(root, followlinks=False):
            dirs[:] = [d for d in sorted(dirs) if self.access.inside(Path(folder, d).resolve())]
            for name in sorted(files):
                path = Path(os.path.realpath(Path(folder, name)))
                if not self.access.inside(path) or not path.is_file():
                    continue
                seen += 1
                if seen > MAX_SEARCHED_FILES:
                    return "\n".join([*hits, f"[stopped after {MAX_SEARCHED_FILES} files]"])
                try:
                    text, _cut = read_text(path, MAX_SEARCHED_BYTES)
                except (OSError, ToolError):
                    continue
                for number, line in enumerate(text.splitlines(), 1):
                    if query in line.casefold():
                        hits.append(f"{path}:{number}: {line.strip()[:200]}")
                        if len(hits) >= MAX_HITS:
                            return "\n".join([*hits, f"[stopped at {MAX_HITS} matches]"])
        return "\n".join(hits) or "No matches."
