"""`current_time`: the date and time where the user is, with the zone."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop_app.core.tool_calls import Tool, ToolContext, ToolOutcome


class ClockTool(Tool):
    name = "current_time"
    description = "The current local date and time, with the UTC offset and zone name."
    read_only = True
    timeout = 5.0

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        now = datetime.now().astimezone()
        return ToolOutcome(f"{now.isoformat(timespec='seconds')} ({now.tzname()}, {now:%A})")
