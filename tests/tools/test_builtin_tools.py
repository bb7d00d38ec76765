"""Clock, fetch and run_command against real clocks, a real local server and real processes."""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.core.settings import Settings
from desktop_app.core.tool_calls import ToolContext, ToolError
from desktop_app.tools.builtin import builtin_tools
from desktop_app.tools.builtin.clock import ClockTool
from desktop_app.tools.builtin.fetch import FetchTool
from desktop_app.tools.builtin.run_command import RunCommandTool
from tests.tools.local_site import local_site

CTX = ToolContext(1)
PAGE = b"""<html><head><style>p{color:red}</style><script>var secret=1;</script></head>
<body><h1>Title</h1><p>First &amp; second.</p></body></html>"""


def test_clock_gives_an_aware_iso_time():
    text = asyncio.run(ClockTool().run({}, CTX)).content
    assert isinstance(text, str)
    stamp = datetime.fromisoformat(text.split(" ")[0])
    assert stamp.tzinfo is not None


def test_fetch_turns_html_into_text():
    with local_site({"/p": ("text/html; charset=utf-8", PAGE)}) as url:
        out = asyncio.run(FetchTool().run({"url": url + "/p"}, CTX))
    assert isinstance(out.content, str)
    assert "Title" in out.content and "First & second." in out.content
    assert "secret" not in out.content and "color" not in out.content and not out.is_error


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:1", 42])
def test_fetch_refuses_other_schemes(url):
    with pytest.raises(ToolError):
        asyncio.run(FetchTool().run({"url": url}, CTX))


def test_fetch_caps_the_size():
    with local_site({"/big": ("text/plain", b"a" * 3_000_000)}) as url:
        out = asyncio.run(FetchTool().run({"url": url + "/big"}, CTX))
    assert isinstance(out.content, str)
    assert len(out.content) < 110_000 and out.content.endswith("[cut: the page is longer]")


def test_run_command_takes_argv_without_a_shell(tmp_path: Path):
    tool = RunCommandTool()
    marker = tmp_path / "pwned"
    argv = ["echo", f"$(touch {marker}); ls | wc"]
    assert (
        asyncio.run(tool.preview({"argv": argv}))
        == 'argv: ["echo", "$(touch ' + str(marker) + '); ls | wc"]'
    )
    out = asyncio.run(tool.run({"argv": argv}, CTX))
    assert isinstance(out.content, str)
    assert "exit code 0" in out.content and "ls | wc" in out.content and not marker.exists()


def test_run_command_passes_no_secret_to_the_program(monkeypatch: pytest.MonkeyPatch):
    secrets = {
        "ANTHROPIC_API_KEY": "sk-ant-secret-1",
        "GITHUB_TOKEN": "ghp-secret-2",
        "DB_PASSWORD": "secret-3",
        "AWS_SECRET_ACCESS_KEY": "secret-4",
        "LC_API_KEY": "secret-5",  # an allowed prefix does not let a secret's name through
        "PARLEY_HOME": "/somewhere",
    }
    for name, value in secrets.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    monkeypatch.setenv("LC_TIME", "ko_KR.UTF-8")
    monkeypatch.setenv("BASH_FUNC_x%%", "() { echo hi; }")
    out = asyncio.run(RunCommandTool().run({"argv": ["env"]}, CTX))
    assert isinstance(out.content, str) and "exit code 0" in out.content
    for name, value in secrets.items():
        assert name not in out.content and value not in out.content
    assert "BASH_FUNC" not in out.content
    assert "LANG=ko_KR.UTF-8" in out.content and "LC_TIME=ko_KR.UTF-8" in out.content
    assert "PATH=" in out.content


def test_run_command_times_out_and_kills(tmp_path: Path):
    tool = RunCommandTool(timeout=0.3)
    code = "import time, pathlib, sys; time.sleep(5); pathlib.Path(sys.argv[1]).touch()"
    marker = tmp_path / "late"

    async def run():
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(
                tool.run({"argv": [sys.executable, "-c", code, str(marker)]}, CTX), tool.timeout
            )

    asyncio.run(run())
    assert not marker.exists()


@pytest.mark.parametrize("argv", [None, [], "ls -la", [1, 2]])
def test_run_command_wants_a_list_of_strings(argv):
    with pytest.raises(ToolError):
        asyncio.run(RunCommandTool().run({"argv": argv}, CTX))


def test_the_settings_choose_the_built_ins(tmp_path: Path):
    names = [t.name for t in builtin_tools(Settings(), tmp_path)]
    assert names == ["current_time", "fetch"]
    everything = Settings(granted_folders=(str(tmp_path),), run_command_enabled=True)
    names = [t.name for t in builtin_tools(everything, tmp_path / "data")]
    assert "run_command" in names and "read_file" in names and "write_file" in names
