"""Project-wide promises: lint and types clean, layers respected, CI runs the README's command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_ruff_lint_and_format_are_clean():
    lint = _tool("ruff", "check", ".")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = _tool("ruff", "format", "--check", ".")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_is_clean():
    result = _tool("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_imports_no_qt_sdk_sqlite_or_keyring():
    pattern = re.compile(
        r"^\s*(from|import)\s+(PySide6|qasync|anthropic|httpx2|sqlite3|keyring)\b", re.M
    )
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "desktop_app" / "core").rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_only_ui_and_app_import_qt_and_only_claude_imports_the_sdk():
    qt = re.compile(r"^\s*(from|import)\s+(PySide6|qasync)\b", re.M)
    sdk = re.compile(r"^\s*(from|import)\s+(anthropic|httpx2)\b", re.M)
    for path in (ROOT / "desktop_app").rglob("*.py"):
        rel = path.relative_to(ROOT / "desktop_app").as_posix()
        text = path.read_text(encoding="utf-8")
        if qt.search(text):
            assert rel.startswith("ui/") or rel == "app.py", rel
        if sdk.search(text):
            assert rel.startswith("claude/"), rel


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("# 2. install the test dependencies and run the whole suite\n", 1)[1]
    command = block.splitlines()[0].strip()
    assert command.startswith("python3.12 -m venv")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command in ci
