"""`parley ask` with tools: y/N on a real pty, `--allow`, and denial with no terminal."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.fakeapi import Reply

ROOT = Path(__file__).resolve().parents[2]


def environment(fakeapi, parley_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC_", "PARLEY_"))}
    env.update(
        PARLEY_HOME=str(parley_home),
        ANTHROPIC_BASE_URL=fakeapi.url,
        ANTHROPIC_API_KEY="test-key",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def no_tty(fakeapi, parley_home, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI with no controlling terminal at all (a new session), as under cron."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "ask", *args],
        capture_output=True,
        text=True,
        env=environment(fakeapi, parley_home),
        cwd=ROOT,
        timeout=60,
        start_new_session=True,
        stdin=subprocess.DEVNULL,
    )


def on_pty(fakeapi, parley_home, answer: bytes, *args: str) -> tuple[int, str]:
    """The CLI on a pseudo-terminal; `answer` is typed when the y/N question appears."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal
        os.chdir(ROOT)
        os.execve(
            sys.executable,
            [sys.executable, "-m", "desktop_app", "ask", *args],
            environment(fakeapi, parley_home),
        )
    seen = b""
    answered = False
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if not answered and b"[y/N]" in seen:
            os.write(fd, answer)
            answered = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


def tool_result(fakeapi) -> dict:
    return fakeapi.message_requests()[1]["messages"][-1]["content"][0]


def test_yes_on_the_terminal_runs_the_tool(fakeapi, parley_home):
    fakeapi.queue(Reply.tool_use("current_time", {}), Reply.text("It is late."), Reply.text("T"))
    code, screen = on_pty(fakeapi, parley_home, b"y\n", "what time is it?")
    assert code == 0, screen
    assert "'current_time' (built-in)" in screen and "Allow this call? [y/N]" in screen
    result = tool_result(fakeapi)
    assert "is_error" not in result and result["content"][:2] == "20"
    assert "It is late." in screen


def test_no_or_just_enter_denies(fakeapi, parley_home):
    fakeapi.queue(Reply.tool_use("current_time", {}), Reply.text("Fine."), Reply.text("T"))
    code, screen = on_pty(fakeapi, parley_home, b"\n", "what time is it?")
    assert code == 0, screen
    result = tool_result(fakeapi)
    assert result["is_error"] is True and "denied" in result["content"]


def test_without_a_terminal_every_call_is_denied_and_claude_is_told(fakeapi, parley_home):
    fakeapi.queue(Reply.tool_use("current_time", {}), Reply.text("No clock."), Reply.text("T"))
    result = no_tty(fakeapi, parley_home, "what time is it?")
    assert result.returncode == 0, result.stderr
    sent = tool_result(fakeapi)
    assert sent["is_error"] is True and "no terminal" in sent["content"]
    assert "'current_time': denied" in result.stderr and "Traceback" not in result.stderr


def test_allow_pre_approves_one_tool_for_this_run(fakeapi, parley_home):
    fakeapi.queue(
        Reply.tool_use("current_time", {}),
        Reply.tool_use("fetch", {"url": "http://127.0.0.1:9/"}),
        Reply.text("ok"),
        Reply.text("T"),
    )
    result = no_tty(fakeapi, parley_home, "--allow", "current_time", "time and a page?")
    assert result.returncode == 0, result.stderr
    first = fakeapi.message_requests()[1]["messages"][-1]["content"][0]
    second = fakeapi.message_requests()[2]["messages"][-1]["content"][0]
    assert "is_error" not in first
    assert second["is_error"] is True and "no terminal" in second["content"]


def test_write_file_refusals_reach_claude_as_plain_tool_errors(fakeapi, parley_home, tmp_path):
    granted, outside = tmp_path / "작업 폴더", tmp_path / "바깥"
    granted.mkdir()
    outside.mkdir()
    (outside / "비밀.txt").write_text("비밀\n", encoding="utf-8")
    os.link(outside / "비밀.txt", granted / "링크.txt")
    parley_home.mkdir()
    settings = {"granted_folders": [str(granted)]}
    (parley_home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    fakeapi.queue(
        Reply.tool_use("write_file", {"path": "링크.txt", "content": "덮어쓰기\n"}),
        Reply.tool_use("write_file", {"path": "새 메모.txt", "content": "안녕\n"}),
        Reply.text("하나는 거절되었습니다."),
        Reply.text("T"),
    )
    result = no_tty(fakeapi, parley_home, "--allow", "write_file", "두 파일을 써 주세요")
    assert result.returncode == 0, result.stderr
    refused = fakeapi.message_requests()[1]["messages"][-1]["content"][0]
    assert refused["is_error"] is True
    assert refused["content"].startswith(f"Refused {granted / '링크.txt'}: it is a hard link")
    written = fakeapi.message_requests()[2]["messages"][-1]["content"][0]
    assert "is_error" not in written and written["content"].startswith("Wrote 7 bytes")
    assert (outside / "비밀.txt").read_text(encoding="utf-8") == "비밀\n"
    assert (granted / "새 메모.txt").read_text(encoding="utf-8") == "안녕\n"
    assert "Traceback" not in result.stderr
