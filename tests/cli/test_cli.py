"""`parley` in a shell: real processes, real HTTP to the local API, one shared database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakeapi import Reply

ROOT = Path(__file__).resolve().parents[2]


def no_traceback(result):
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_ask_streams_stores_and_history_and_show_find_it(parley, fakeapi):
    fakeapi.queue(Reply.text("서울입니다."), Reply.text("Korean capital"))
    result = parley("ask", "한국의 수도는?")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "서울입니다.\n"
    listing = parley("history")
    assert listing.returncode == 0
    conv_id, _when, model, title = listing.stdout.strip().split("\t")
    assert title == "Korean capital" and model.startswith("claude-sonnet")
    shown = parley("show", conv_id)
    assert "## You\n\n한국의 수도는?" in shown.stdout
    assert "## Claude\n\n서울입니다." in shown.stdout
    assert parley("history", "수도").stdout.startswith(conv_id + "\t")


def test_continue_sends_the_history_and_stdin_prompt(parley, fakeapi):
    fakeapi.queue(Reply.text("one"), Reply.text("T"))
    parley("ask", "first")
    conv_id = parley("history").stdout.split("\t")[0]
    fakeapi.queue(Reply.text("two"))
    result = parley("ask", "--continue", conv_id, "-", stdin="second from stdin\n")
    assert result.returncode == 0 and result.stdout == "two\n"
    last = fakeapi.message_requests()[-1]
    assert [m["role"] for m in last["messages"]] == ["user", "assistant", "user"]
    assert last["messages"][2]["content"][0]["text"] == "second from stdin\n"


def test_json_output_has_usage_and_cost(parley, fakeapi):
    fakeapi.queue(Reply.text("4"), Reply.text("Sum"))
    result = parley(
        "ask", "--json", "--model", "claude-haiku-4-5-20251001", "--system", "terse", "2+2?"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["text"] == "4" and data["model"] == "claude-haiku-4-5-20251001"
    assert data["usage"]["output_tokens"] > 0 and data["cost_usd"] > 0
    assert fakeapi.message_requests()[0]["system"] == "terse"


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (Reply.error(401), "API key was refused"),
        (Reply.error(429, retry_after=90), "Try again in 90 s"),
        (Reply.error(400, message="messages: bad"), "messages: bad"),
        (Reply.drop(), "connection was lost"),
        (Reply.error(400, message="messages: bad"), "rejected"),
    ],
)
def test_api_errors_give_one_plain_line_and_non_zero_exit(parley, fakeapi, reply, words):
    fakeapi.queue(reply)
    result = parley("ask", "hi")
    assert result.returncode == 1
    no_traceback(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parley: ") and words in lines[0]


def test_offline_is_a_plain_error(parley, fakeapi):
    fakeapi.stop()
    result = parley("ask", "hi")
    assert result.returncode == 1
    no_traceback(result)
    assert "offline" in result.stderr


def test_input_errors(parley):
    for args, stdin, words in [
        (("ask", ""), None, "empty"),
        (("ask", "-"), "   ", "empty"),
        (("ask", "--continue", "999", "hi"), None, "no conversation"),
        (("show", "42"), None, "no conversation"),
    ]:
        result = parley(*args, stdin=stdin)
        assert result.returncode == 2, (args, result.stderr)
        no_traceback(result)
        assert words in result.stderr
    missing = parley("ask", "hi", key=None)
    assert missing.returncode == 2 and "no API key" in missing.stderr


def test_unknown_tool_gets_an_error_result_and_the_answer_continues(parley, fakeapi):
    fakeapi.queue(
        Reply.tool_use("lookup", {"q": "x"}), Reply.text("Without tools: 42."), Reply.text("T")
    )
    result = parley("ask", "use a tool")
    assert result.returncode == 0, result.stderr
    assert "Without tools: 42." in result.stdout
    assert "lookup" in result.stderr


def test_key_status_never_prints_the_key(parley):
    result = parley("key", "status", key="sk-ant-secret-value")
    assert result.returncode == 0
    assert "environment" in result.stdout.lower()
    assert "sk-ant-secret-value" not in result.stdout + result.stderr


def test_version(parley):
    result = parley("--version")
    assert result.returncode == 0 and result.stdout.startswith("parley ")


def test_overload_is_retried_then_reported(parley, fakeapi):
    fakeapi.queue(Reply.error(529), Reply.error(529), Reply.error(529))
    result = parley("ask", "hi")
    assert result.returncode == 1
    no_traceback(result)
    assert result.stderr.strip() == "parley: Claude is overloaded right now. Try again shortly."
    assert len(fakeapi.message_requests()) == 3


def test_a_damaged_or_newer_database_is_a_plain_error_and_left_untouched(parley, parley_home):
    parley_home.mkdir(parents=True, exist_ok=True)
    db = parley_home / "parley.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    result = parley("history")
    assert result.returncode == 1
    no_traceback(result)
    assert result.stderr.startswith("parley: ") and len(result.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == b"this is not a database" * 100

    import sqlite3

    db.unlink()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    before = db.read_bytes()
    result = parley("ask", "hi")
    assert result.returncode == 1
    no_traceback(result)
    assert "999" in result.stderr
    assert db.read_bytes() == before


def test_key_set_status_clear_with_the_real_keyring(parley, fakeapi, secret_service, parley_home):
    real = "keyring.backends.SecretService.Keyring"
    secret = "sk-ant-api03-cli-test-key"
    saved = parley("key", "set", stdin=secret + "\n", key=None, keyring=real)
    assert saved.returncode == 0, saved.stderr
    status = parley("key", "status", key=None, keyring=real)
    assert "keyring" in status.stdout.lower() and secret not in status.stdout
    fakeapi.queue(Reply.text("hello from the keyring key"), Reply.text("T"))
    asked = parley("ask", "hi", key=None, keyring=real)
    assert asked.returncode == 0, asked.stderr
    assert fakeapi.message_requests()[0] and fakeapi.requests[0].api_key == secret
    for path in parley_home.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    cleared = parley("key", "clear", key=None, keyring=real)
    assert cleared.returncode == 0
    assert parley("ask", "hi", key=None, keyring=real).returncode == 2


def test_key_set_without_a_keyring_says_so_and_saves_nothing(parley, parley_home):
    result = parley("key", "set", stdin="sk-ant-nowhere\n", key=None)
    assert result.returncode == 1
    no_traceback(result)
    assert "ANTHROPIC_API_KEY" in result.stderr
    assert not any(
        b"sk-ant-nowhere" in p.read_bytes() for p in parley_home.rglob("*") if p.is_file()
    )


def test_a_killed_process_loses_at_most_a_second_of_text(fakeapi, parley_home):
    """SIGKILL mid-reply; the next start finds the partial text, marked interrupted."""
    import signal
    import time

    from desktop_app.core.conversation import MessageState
    from desktop_app.storage.conversation_store import SqliteConversationStore

    fakeapi.queue(Reply.text("tick " * 400, chunk=5, delay=0.01))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC_", "PARLEY_"))}
    env.update(
        PARLEY_HOME=str(parley_home),
        ANTHROPIC_BASE_URL=fakeapi.url,
        ANTHROPIC_API_KEY="k",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "ask", "count"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    seen = b""
    while seen.count(b"tick") < 250:  # about 2.5 s of streaming
        chunk = proc.stdout.read1(4096)  # type: ignore[attr-defined]
        assert chunk, "the stream ended early"
        seen += chunk
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    time.sleep(0.1)

    store = SqliteConversationStore(parley_home / "parley.sqlite3")
    try:
        assert store.mark_interrupted(stale_after=0) == 1  # the process is known dead
        reply = store.messages(store.list_conversations()[0].id)[-1]
        assert reply.state is MessageState.INTERRUPTED
        stored = reply.text.count("tick")
        printed = seen.count(b"tick")
        assert 0 < stored <= printed
        assert printed - stored <= 150, (printed, stored)  # ≤ ~1 s at 100 words/s, plus slack
    finally:
        store.close()


def test_show_and_export_say_when_other_branches_are_left_out(parley, fakeapi, parley_home):
    from desktop_app.core.conversation import Role, text_block
    from desktop_app.storage.conversation_store import SqliteConversationStore

    fakeapi.queue(Reply.text("첫 번째 답"), Reply.text("T"))
    parley("ask", "질문")
    conv_id = parley("history").stdout.split("\t")[0]
    assert "other branches" not in parley("show", conv_id).stdout
    with SqliteConversationStore(parley_home / "parley.sqlite3") as store:
        question = store.messages(int(conv_id))[0]
        store.set_head(int(conv_id), question.id)  # a regenerated answer, as the window makes
        store.add_message(int(conv_id), Role.ASSISTANT, [text_block("두 번째 답")])
    shown = parley("show", conv_id).stdout
    assert "other branches" in shown and "두 번째 답" in shown and "첫 번째 답" not in shown
    out = parley_home / "out"
    assert parley("export", conv_id, str(out)).returncode == 0
    assert "other branches" in (out / "conversation.md").read_text(encoding="utf-8")
