"""`parley … | head -1`: a reader that goes away is no error. Every command that prints runs as a
real process whose stdout is a real pipe, closed after one line or before the first; stderr
stays empty and the exit code is 0 or 141 (the shell's code for SIGPIPE)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.output import quit_quietly_on_closed_stdout, stdout_reader_gone
from desktop_app.core.conversation import Role, text_block
from desktop_app.paths import database_path
from desktop_app.storage.conversation_store import SqliteConversationStore
from tests.cli.conftest import ROOT, _environment
from tests.core.batch_rig import script_batches
from tests.fakeapi import Reply

CLOSED_PIPE = 141


def seed_history(count: int) -> None:
    """`count` conversations with Korean titles, the first one long."""
    store = SqliteConversationStore(database_path())
    try:
        for n in range(count):
            conversation = store.create_conversation("claude-sonnet-4-6")
            store.update_conversation(conversation.id, title=f"서울 여행 계획 {n} — 맛집과 명소")
            turns = 40 if n == 0 else 1
            for turn in range(turns):
                store.add_message(conversation.id, Role.USER, [text_block(f"질문 {turn} " * 80)])
                store.add_message(
                    conversation.id, Role.ASSISTANT, [text_block(f"답변 {turn} " * 200)]
                )
    finally:
        store.close()


@pytest.fixture
def piped(fakeapi, parley_home):  # type: ignore[no-untyped-def]
    """Runs the CLI with stdout a pipe: `lines` are read, then the reader closes its end
    (lines=0: closed before the command starts, so its very first write finds no reader)."""

    def run(*args: str, lines: int = 1) -> tuple[int, bytes, list[bytes]]:
        env = _environment(fakeapi, parley_home, "test-key", "keyring.backends.fail.Keyring")
        read_end, write_end = os.pipe()
        if lines == 0:
            os.close(read_end)
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", *args],
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        os.close(write_end)
        got: list[bytes] = []
        if lines:
            with os.fdopen(read_end, "rb") as reader:
                got = [reader.readline() for _ in range(lines)]
        assert process.stderr is not None
        err = process.stderr.read()
        code = process.wait(timeout=60)
        process.stderr.close()
        return code, err, got

    return run


def test_head_on_a_long_history_and_a_long_conversation(piped) -> None:  # type: ignore[no-untyped-def]
    seed_history(600)
    for args in (("history",), ("history", "서울"), ("show", "1")):
        code, err, [first] = piped(*args)
        assert err == b"", (args, err.decode())
        assert code in (0, CLOSED_PIPE), args
        assert first.strip(), args  # it did print before the reader left
    code, err, [first] = piped("history")
    assert first.decode("utf-8").startswith("600\t") and "서울 여행 계획 599" in first.decode()


def test_every_printing_command_is_quiet_when_the_reader_is_gone(
    piped, parley, fakeapi, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    seed_history(3)
    script_batches(fakeapi, seconds=0)
    submitted = parley("batch", "submit", "--variants", "2", "--prompt", "한 줄로 답해 주세요")
    assert submitted.returncode == 0, submitted.stderr
    batch_id = submitted.stdout.strip()
    fakeapi.queue(Reply.text("긴 답변입니다. " * 200), Reply.text("T"))
    commands = [
        ("history",),
        ("history", "서울"),
        ("show", "1"),
        ("export", "1", str(tmp_path / "내보내기")),
        ("usage",),
        ("usage", "--json"),
        ("batch", "list"),
        ("batch", "status", batch_id),
        ("batch", "results", batch_id),
        ("batch", "results", batch_id, "--format", "md"),
        ("ask", "--estimate", "서울의 인구는?"),
        ("ask", "서울의 인구는?"),
        ("key", "status"),
    ]
    for args in commands:
        code, err, _ = piped(*args, lines=0)
        assert err == b"", (args, err.decode())
        assert code == CLOSED_PIPE, args
    for args in (("--version",), ("--help",), ("batch", "--help")):
        code, err, _ = piped(*args, lines=0)
        assert err == b"", (args, err.decode())
        assert code in (0, CLOSED_PIPE), args  # argparse itself ignores a failed write


def test_only_a_stdout_without_a_reader_counts_as_closed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A BrokenPipeError from elsewhere (a tool's pipe) must not pass for `| head`: the check
    looks at stdout itself."""
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w") as stdout:
        monkeypatch.setattr(sys, "stdout", stdout)
        assert not stdout_reader_gone()  # a reader is there
        os.close(read_end)
        assert stdout_reader_gone()
        quiet = quit_quietly_on_closed_stdout()
        assert quiet == CLOSED_PIPE
        stdout.write("after the reader left\n")
        stdout.flush()  # goes to /dev/null now: no BrokenPipeError at exit
