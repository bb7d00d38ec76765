"""SIGKILL while a tool runs: the stored history still answers every tool_use."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from desktop_app.core.conversation import MessageState, Role
from desktop_app.core.request import build_messages
from desktop_app.storage.conversation_store import SqliteConversationStore
from tests.fakeapi import Reply

ROOT = Path(__file__).resolve().parents[2]


def test_a_kill_mid_tool_leaves_no_unanswered_tool_use(fakeapi, tmp_path):
    fakeapi.queue(Reply.tool_use("hang", {"x": 1}, text="Running it."), Reply.text("resumed"))
    db = tmp_path / "db.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.core.crash_mid_tool", fakeapi.url, str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == b"RUNNING\n"
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)

    with SqliteConversationStore(db) as store:
        store.mark_interrupted(stale_after=0)  # its process is known dead: no need to wait
        (conv,) = store.list_conversations()
        history = store.messages(conv.id)
        # Stored, not only sent: each tool_use is followed by a message answering it.
        for i, message in enumerate(history):
            for block in message.content:
                if block.get("type") == "tool_use":
                    answers = history[i + 1].content
                    assert any(b.get("tool_use_id") == block["id"] for b in answers)
        assert history[-1].role is Role.USER
        assert history[-1].state is MessageState.INTERRUPTED
        turns = build_messages(history)
        tool_use = turns[1]["content"][-1]
        assert tool_use["type"] == "tool_use"
        (result,) = turns[2]["content"]
        assert result["tool_use_id"] == tool_use["id"] and result["is_error"] is True
        assert "closed before this tool finished" in result["content"]
        assert "parley" not in result
