"""Crash safety and sharing: a killed writer loses nothing committed; GUI and CLI write at once."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.core.conversation import MessageState, Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore

ROOT = Path(__file__).resolve().parents[2]

_CRASHING_WRITER = """
import os, signal, sys
from pathlib import Path
from desktop_app.core.conversation import MessageState, Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore

store = SqliteConversationStore(Path(sys.argv[1]))
conversation = store.create_conversation("m", title="crash")
store.add_message(conversation.id, Role.USER, [text_block("question")])
reply = store.add_message(conversation.id, Role.ASSISTANT, [], state=MessageState.STREAMING)
store.update_message(reply.id, [text_block("partial")], state=MessageState.STREAMING)
store.update_message(reply.id, [text_block("partial answer")], state=MessageState.STREAMING)
if sys.argv[2] == "exit":
    os._exit(0)
os.kill(os.getpid(), signal.SIGKILL)
"""

_CLI_WRITER = """
import sys
from pathlib import Path
from desktop_app.core.conversation import MessageState, Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore

with SqliteConversationStore(Path(sys.argv[1])) as store:
    conversation = store.create_conversation("m", title="cli")
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(int(sys.argv[2])):
        reply = store.add_message(conversation.id, Role.ASSISTANT, [], state=MessageState.STREAMING)
        store.update_message(reply.id, [text_block(f"cli {i}")], state=MessageState.COMPLETE)
        store.search("cli")
"""


@pytest.mark.parametrize("death", ["exit", "sigkill"])
def test_a_writer_killed_mid_stream_keeps_its_partial_text(db_path: Path, death: str):
    result = subprocess.run(
        [sys.executable, "-c", _CRASHING_WRITER, str(db_path), death],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == (0 if death == "exit" else -signal.SIGKILL), result.stderr
    # No close ran: the committed pages are still only in the write-ahead log.
    assert Path(f"{db_path}-wal").stat().st_size > 0

    with SqliteConversationStore(db_path) as store:
        [conversation] = store.list_conversations()
        question, reply = store.messages(conversation.id)
        assert (reply.text, reply.state) == ("partial answer", MessageState.STREAMING)
        assert store.mark_interrupted(stale_after=0) == 1  # its writer is known dead
        assert store.messages(conversation.id)[1].state is MessageState.INTERRUPTED
        assert [h.message_id for h in store.search("partial")] == [reply.id]
        assert question.text == "question"


def test_gui_and_cli_write_at_the_same_time_without_locking_errors(db_path: Path):
    rounds = 150
    with SqliteConversationStore(db_path) as gui:
        conversation = gui.create_conversation("m", title="gui")
        clis = [
            subprocess.Popen(
                [sys.executable, "-c", _CLI_WRITER, str(db_path), str(rounds)],
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for cli in clis:
            assert cli.stdout is not None and cli.stdout.readline() == "ready\n"
        for cli in clis:
            assert cli.stdin is not None
            cli.stdin.write("go\n")
            cli.stdin.flush()

        errors: list[BaseException] = []

        def gui_thread() -> None:
            try:
                for i in range(rounds):
                    reply = gui.add_message(
                        conversation.id, Role.ASSISTANT, [], state=MessageState.STREAMING
                    )
                    gui.update_message(
                        reply.id, [text_block(f"gui {i}")], state=MessageState.COMPLETE
                    )
                    gui.list_conversations()
            except BaseException as error:
                errors.append(error)

        worker = threading.Thread(target=gui_thread)
        worker.start()
        worker.join()
        outputs = [cli.communicate(timeout=120) for cli in clis]
        assert errors == []
        assert [cli.returncode for cli in clis] == [0, 0], [err for _, err in outputs]

        counts = sorted((c.title, len(gui.messages(c.id))) for c in gui.list_conversations())
        assert counts == [("cli", rounds), ("cli", rounds), ("gui", rounds)]
        assert all(m.state is MessageState.COMPLETE for m in gui.messages(conversation.id))
