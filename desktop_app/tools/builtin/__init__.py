"""Parley's own tools, chosen by the user's settings."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.settings import Settings
from desktop_app.core.tool_calls import Tool
from desktop_app.tools.builtin.clock import ClockTool
from desktop_app.tools.builtin.fetch import FetchTool
from desktop_app.tools.builtin.files import ListFilesTool, ReadFileTool, SearchFilesTool
from desktop_app.tools.builtin.folder_access import FolderAccess
from desktop_app.tools.builtin.run_command import RunCommandTool
from desktop_app.tools.builtin.write_file import WriteFileTool


def builtin_tools(settings: Settings, data_dir: Path) -> list[Tool]:
    """Clock and fetch always; file tools when a folder is granted; run_command when enabled."""
    tools: list[Tool] = [ClockTool(), FetchTool()]
    if settings.granted_folders:
        access = FolderAccess([Path(f) for f in settings.granted_folders], data_dir)
        tools += [
            ListFilesTool(access),
            ReadFileTool(access),
            SearchFilesTool(access),
            WriteFileTool(access),
        ]
    if settings.run_command_enabled:
        tools.append(RunCommandTool())
    return tools
