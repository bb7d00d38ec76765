"""The window's side of a reply's life: a signal or closing it keeps the partial as
interrupted; a reply left streaming by a dead process shows as interrupted, a live one does
not; the window as a real process quits cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.core.conversation import MessageState, Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.ui.signal_watch import SignalWatch
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory

ROOT = Path(__file__).resolve().parents[2]
PARTIAL = "창이 닫히기 전까지 받은 답변 "


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_closes_the_window_and_keeps_the_partial_interrupted(
    ready_window: ChatDriver, claude_env: FakeApi, ending: signal.Signals
) -> None:
    ui = ready_window
    watch = SignalWatch()
    watch.received.connect(ui.window.on_signal_received)
    try:
        claude_env.queue(Reply.stall(after_text=PARTIAL, seconds=60))
        ui.send("긴 답을 주세요")
        ui.wait_shown(PARTIAL.strip())
        os.kill(os.getpid(), ending)  # a real signal, through the wakeup socket
        ui.qtbot.waitUntil(lambda: not ui.window.isVisible(), timeout=5000)
        ui.qtbot.waitUntil(lambda: not ui.window.view_model.busy_ids(), timeout=5000)
    finally:
        watch.close()
    with SqliteConversationStore(paths.database_path()) as other:
        question, reply = other.messages(other.list_conversations()[0].id)
        assert reply.state is MessageState.INTERRUPTED and reply.text == PARTIAL
        assert question.state is MessageState.COMPLETE
        assert other.mark_interrupted(stale_after=0) == 0  # nothing left "streaming"


def test_closing_the_window_mid_reply_keeps_it_interrupted_not_stopped(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    claude_env.queue(Reply.stall(after_text=PARTIAL, seconds=60))
    ui.send("긴 답을 주세요")
    ui.wait_shown(PARTIAL.strip())
    ui.window.close()
    ui.qtbot.waitUntil(lambda: not ui.window.view_model.busy_ids(), timeout=5000)
    reply = ui.store.messages(ui.window.current_id or 1)[-1]
    assert reply.state is MessageState.INTERRUPTED and reply.text == PARTIAL


def test_a_dead_processes_reply_shows_interrupted_and_a_live_one_is_left_alone(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    with SqliteConversationStore(paths.database_path()) as cli:
        dead = cli.create_conversation("claude-sonnet-4-6", title="죽은 프로세스")
        cli.add_message(dead.id, Role.USER, [text_block("질문")])
        dead_reply = cli.add_message(
            dead.id, Role.ASSISTANT, [text_block("반쯤 쓴 답")], state=MessageState.STREAMING
        )
        live = cli.create_conversation("claude-sonnet-4-6", title="살아 있는 프로세스")
        cli.add_message(live.id, Role.USER, [text_block("질문")])
        live_reply = cli.add_message(
            live.id, Role.ASSISTANT, [text_block("쓰는 중")], state=MessageState.STREAMING
        )
    with sqlite3.connect(paths.database_path()) as conn:  # its process died a minute ago
        conn.execute(
            "UPDATE messages SET updated_at = ? WHERE id = ?", (time.time() - 60, dead_reply.id)
        )
    ui = open_window()
    ui.window.open_conversation(dead.id)
    card = ui.window.chat.cards[dead_reply.id]
    assert card.footer.text().startswith("Interrupted")
    with sqlite3.connect(paths.database_path()) as conn:
        states = dict(conn.execute("SELECT id, state FROM messages"))
    assert states[dead_reply.id] == "interrupted"  # marked at start-up
    assert states[live_reply.id] == "streaming"  # a running `parley ask`: left alone


@pytest.mark.qt_no_exception_capture  # no Qt here; an earlier test's late callback is not ours
def test_the_window_process_quits_cleanly_on_sigterm(fakeapi: FakeApi, parley_home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC_", "PARLEY_"))}
    env.update(
        PARLEY_HOME=str(parley_home),
        ANTHROPIC_BASE_URL=fakeapi.url,
        ANTHROPIC_API_KEY="test-key",
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        # The model list is asked for after the first paint, on the running qasync loop.
        while not any(r.path.startswith("/v1/models") for r in fakeapi.requests):
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err


def test_a_reply_shown_while_written_elsewhere_turns_interrupted_when_its_writer_dies(
    claude_env: FakeApi, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop_app.storage.rows.STALE_AFTER", 1.0)  # not ten seconds' wait
    ui = open_window()
    with SqliteConversationStore(paths.database_path()) as cli:  # a `parley ask` writing
        conv = cli.create_conversation("claude-sonnet-4-6", title="터미널")
        cli.add_message(conv.id, Role.USER, [text_block("질문")])
        reply = cli.add_message(
            conv.id, Role.ASSISTANT, [text_block("쓰는 중")], state=MessageState.STREAMING
        )
    ui.window.outside.check()
    ui.window.open_conversation(conv.id)
    assert ui.window.chat.cards[reply.id].footer.text() == "Writing…"
    ui.window.outside.check()  # nothing new was committed, and it is still fresh
    assert ui.window.chat.cards[reply.id].footer.text() == "Writing…"
    time.sleep(1.2)  # its process died: no heartbeat, and no commit to announce it
    ui.window.outside.check()
    ui.qtbot.waitUntil(
        lambda: ui.window.chat.cards[reply.id].footer.text().startswith("Interrupted"),
        timeout=5000,
    )
