"""`FolderAccess`: the one check between a path Claude names and the user's disk.

A path is judged on its resolved real path (symlinks followed), so `..`, absolute paths,
symlinks pointing out and look-alike prefixes (`/granted_evil` beside `/granted`) fail.
Parley's own data folder is never reachable, even inside a granted folder. For writing,
`resolve_unlinked` also refuses any symlink below the granted folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.core.tool_calls import ToolError


class FolderAccess:
    def __init__(self, folders: list[Path], data_dir: Path) -> None:
        self.folders = [Path(os.path.realpath(f)) for f in folders]
        # As the user named them too: a symlink above a granted folder is the user's choice.
        self._roots = {*self.folders, *(Path(os.path.abspath(f)) for f in folders)}
        self.data_dir = Path(os.path.realpath(data_dir))

    def describe(self) -> str:
        return ", ".join(str(f) for f in self.folders) or "(none)"

    def resolve(self, raw: object) -> Path:
        """The real path of `raw` if it is inside a granted folder; ToolError otherwise.

        Relative paths start at the first granted folder. The path need not exist."""
        if not isinstance(raw, str) or not raw.strip():
            raise ToolError("A path is required.")
        if "\0" in raw:
            raise ToolError("The path contains a NUL character.")
        if not self.folders:
            raise ToolError("No folder has been granted to Parley's file tools.")
        candidate = Path(raw)
        if ".." in candidate.parts:
            raise ToolError(f"Refused {raw!r}: paths may not contain '..'.")
        if not candidate.is_absolute():
            candidate = self.folders[0] / candidate
        real = Path(os.path.realpath(candidate))
        if not self.inside(real):
            raise ToolError(
                f"Refused {raw!r}: it is outside the granted folders ({self.describe()})."
            )
        return real

    def resolve_unlinked(self, raw: object) -> Path:
        """`resolve`, refusing a path that is a symlink or goes through one below a granted
        folder: a write lands exactly where the path says, or nowhere."""
        real = self.resolve(raw)
        assert isinstance(raw, str)  # resolve refused anything else
        step = Path(os.path.normpath(self.folders[0] / raw))
        while step not in self._roots and step != step.parent:
            if step.is_symlink():
                raise ToolError(
                    f"Refused {raw!r}: {step} is a symbolic link; "
                    "files are written only at their real path."
                )
            step = step.parent
        return real

    def inside(self, real: Path) -> bool:
        """Whether an already resolved path is in a granted folder and not Parley's data."""
        if real == self.data_dir or real.is_relative_to(self.data_dir):
            return False
        return any(real == f or real.is_relative_to(f) for f in self.folders)
