"""Run by test_crash_mid_tool: a session whose allowed tool announces itself, then hangs."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.chat_session import ChatSession
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.tool_calls import Tool, ToolContext, ToolOutcome
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.tools.registry import ToolRegistry
from tests.core.tool_doubles import ScriptedGate


class Hang(Tool):
    name = "hang"
    description = "Says it runs, then never returns."

    async def run(self, arguments: dict[str, Any], context: ToolContext) -> ToolOutcome:
        print("RUNNING", flush=True)
        await asyncio.Event().wait()
        return ToolOutcome("never")


async def main(url: str, db: Path) -> None:
    store = SqliteConversationStore(db)
    client = AnthropicClient("k", url, max_retries=0)
    session = ChatSession(
        store,
        client,
        ModelCatalogue(db.parent / "models.json"),
        tools=ToolRegistry([Hang()]),
        gate=ScriptedGate(),
    )
    conv = store.create_conversation("claude-sonnet-4-6", title="t")
    async for _event in session.send(conv.id, "go"):
        pass


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2])))
