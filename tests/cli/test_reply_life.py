"""A reply's life in `parley ask`, run as a real process: killed or signalled mid-stall, cut
short before message_stop, left streaming by a dead process, and sent twice at once."""

from __future__ import annotations

import contextlib
import os
import pty
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.conversation import MessageState, Role
from desktop_app.storage.conversation_store import SqliteConversationStore
from tests.cli.test_tool_prompt import ROOT, environment
from tests.fakeapi import FakeApi, Reply

PARTIAL = "서울은 한국의 수도이며 인구는 약 "


def _read_until(process: subprocess.Popen[str], wanted: str, timeout: float = 30) -> str:
    """Read the process's stdout until `wanted` has been printed."""
    assert process.stdout is not None
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted.encode() not in seen:
        assert time.monotonic() < deadline, seen.decode(errors="replace")
        chunk = process.stdout.buffer.read1(4096)  # type: ignore[attr-defined]
        assert chunk, f"the output ended early: {seen.decode(errors='replace')!r}"
        seen += chunk
    return seen.decode()


def _db(parley_home: Path) -> Path:
    return parley_home / "parley.sqlite3"


def _age_all(parley_home: Path, seconds: float) -> None:
    """Make every message's last write `seconds` old, as if time had passed since."""
    with sqlite3.connect(_db(parley_home)) as conn:
        conn.execute("UPDATE messages SET updated_at = ?", (time.time() - seconds,))


def test_a_kill_during_a_stall_loses_nothing_older_than_a_second_and_reads_interrupted(
    fakeapi: FakeApi, parley_home: Path, parley_process, parley
):
    fakeapi.queue(Reply.stall(after_text=PARTIAL, seconds=60))
    process = parley_process("ask", "한국의 수도와 인구는?")
    _read_until(process, PARTIAL)
    time.sleep(1.5)  # nothing arrives now: only the flush timer can write the text
    process.send_signal(signal.SIGKILL)
    process.wait(10)

    with SqliteConversationStore(_db(parley_home)) as store:
        (conv,) = store.list_conversations()
        reply = store.messages(conv.id)[-1]
        assert (reply.role, reply.text) == (Role.ASSISTANT, PARTIAL)
        assert reply.state is MessageState.STREAMING  # its heartbeat is still recent

    _age_all(parley_home, 30)  # the heartbeat stopped with the process
    shown = parley("show", str(conv.id))
    assert shown.returncode == 0
    assert "## Claude *(interrupted)*" in shown.stdout and PARTIAL.strip() in shown.stdout

    fakeapi.queue(Reply.text("약 940만 명입니다."))
    again = parley("ask", "--continue", str(conv.id), "계속해 주세요")
    assert again.returncode == 0, again.stderr
    sent = fakeapi.message_requests()[1]["messages"]  # then its title is asked for
    assert [(t["role"], t["content"][-1]["text"]) for t in sent] == [
        ("user", "한국의 수도와 인구는?"),
        ("assistant", PARTIAL),
        ("user", "계속해 주세요"),
    ]


@pytest.mark.parametrize("ending", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_keeps_the_partial_marked_interrupted_and_exits_plainly(
    fakeapi: FakeApi, parley_home: Path, parley_process, ending: signal.Signals
):
    fakeapi.queue(Reply.stall(after_text=PARTIAL, seconds=60))
    process = parley_process("ask", "한국의 수도와 인구는?")
    _read_until(process, PARTIAL)
    process.send_signal(ending)
    _out, err = process.communicate(timeout=20)

    assert process.returncode == 128 + ending.value
    assert err.strip().splitlines() == [
        f"parley: interrupted by {ending.name}; the reply so far is kept in conversation 1,"
        " marked interrupted"
    ]
    with SqliteConversationStore(_db(parley_home)) as store:
        assert store.mark_interrupted(stale_after=0) == 0  # nothing was left "streaming"
        question, reply = store.messages(1)
        assert reply.state is MessageState.INTERRUPTED and reply.text == PARTIAL
        assert question.state is MessageState.COMPLETE
    assert len(fakeapi.message_requests()) == 1  # no title asked for an interrupted reply


def test_a_stream_ending_without_message_stop_exits_non_zero_with_one_sentence(
    fakeapi: FakeApi, parley_home: Path, parley
):
    fakeapi.queue(Reply.without_stop(PARTIAL))
    result = parley("ask", "한국의 수도와 인구는?")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "parley: The connection closed before the reply ended; what arrived is kept."
    ]
    assert PARTIAL in result.stdout
    with SqliteConversationStore(_db(parley_home)) as store:
        reply = store.messages(1)[-1]
        assert (reply.state, reply.text) == (MessageState.FAILED, PARTIAL)
    assert len(fakeapi.message_requests()) == 1  # no title request


def test_two_processes_sending_at_once_make_two_branches(
    fakeapi: FakeApi, parley_home: Path, parley_process, parley
):
    fakeapi.queue(Reply.text("처음 답"), Reply.text("Title"))
    assert parley("ask", "처음 질문").returncode == 0
    fakeapi.queue(Reply.stall(after_text="첫째 답 ", seconds=60), Reply.text("둘째 답"))
    first = parley_process("ask", "--continue", "1", "첫째 질문")
    _read_until(first, "첫째 답")
    second = parley("ask", "--continue", "1", "둘째 질문")
    assert second.returncode == 0, second.stderr
    fakeapi.release_stalls()
    _out, err = first.communicate(timeout=20)
    assert first.returncode == 0, err

    texts = [
        [b["text"] for t in body["messages"] for b in t["content"]]
        for body in fakeapi.message_requests()[2:]
    ]
    assert texts == [["처음 질문", "처음 답", "첫째 질문"], ["처음 질문", "처음 답", "둘째 질문"]]
    with SqliteConversationStore(_db(parley_home)) as store:
        _asked, answered = store.messages(1)[:2]
        tails = {}
        for leaf_text in ("첫째 답 ", "둘째 답"):
            with sqlite3.connect(_db(parley_home)) as conn:
                (leaf,) = conn.execute("SELECT id FROM messages WHERE text = ?", (leaf_text,))
            branch = store.messages(1, leaf[0])
            tails[leaf_text] = [(m.role, m.text, m.state) for m in branch[2:]]
            assert branch[1].id == answered.id
        assert tails["첫째 답 "] == [
            (Role.USER, "첫째 질문", MessageState.COMPLETE),
            (Role.ASSISTANT, "첫째 답 ", MessageState.COMPLETE),
        ]
        assert tails["둘째 답"] == [
            (Role.USER, "둘째 질문", MessageState.COMPLETE),
            (Role.ASSISTANT, "둘째 답", MessageState.COMPLETE),
        ]


def test_sigterm_while_a_tool_waits_for_its_y_n_ends_at_once(fakeapi: FakeApi, parley_home: Path):
    """The y/N question is read without a blocked thread, so the exit does not wait for Enter."""
    fakeapi.queue(Reply.tool_use("current_time", {}, text="시계를 볼게요."), Reply.text("T"))
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        os.chdir(ROOT)
        os.execve(
            sys.executable,
            [sys.executable, "-m", "desktop_app", "ask", "몇 시예요?"],
            environment(fakeapi, parley_home),
        )
    done = (0, 0)
    try:
        seen = b""
        while b"[y/N]" not in seen:
            seen += os.read(fd, 4096)
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        while (done := os.waitpid(pid, os.WNOHANG))[0] == 0:
            assert time.monotonic() < deadline, "still waiting for the answer after SIGTERM"
            with contextlib.suppress(OSError):
                seen += os.read(fd, 4096)
            time.sleep(0.05)
    finally:
        if done[0] == 0:  # not reaped: it hung; end it
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(done[1]) == 128 + signal.SIGTERM.value, seen
    assert b"interrupted by SIGTERM; the conversation so far is kept in conversation 1" in seen
    with SqliteConversationStore(_db(parley_home)) as store:
        assert store.mark_interrupted(stale_after=0) == 0  # nothing left "streaming"
        _question, call, answer = store.messages(1)
        assert call.state is MessageState.COMPLETE and answer.state is MessageState.COMPLETE
        assert answer.content[0]["is_error"] is True  # stopped before it ran, and said so
