"""Project-wide promises: lint and types clean, layers respected, CI runs the README's command."""

from __future__ import annotations

import re
import shutil
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
    assert command.startswith("packaging/venv test && ")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command in ci


def _launcher(
    tmp_path: Path, pyenv_versions: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    """packaging/venv on a PATH whose only Pythons are pyenv-style shims that fail
    (as `python3.12` does on a pyenv machine without PYENV_VERSION), plus the few
    commands the script uses, so the machine's own Pythons cannot answer."""
    shims = tmp_path / "shims"
    shims.mkdir()
    for name in ("python3.12", "python3.13", "python3.14", "python3", "python"):
        shim = shims / name
        shim.write_text("#!/bin/sh\necho 'pyenv: version not selected' >&2\nexit 127\n")
        shim.chmod(0o755)
    for tool in ("dirname", "ls", "sort", "rm", "tr"):
        (shims / tool).symlink_to(shutil.which(tool) or f"/usr/bin/{tool}")
    root = tmp_path / "pyenv"
    for version, target in pyenv_versions.items():
        bin_dir = root / "versions" / version / "bin"
        bin_dir.mkdir(parents=True)
        (bin_dir / "python3").symlink_to(target)
    # A copy in an empty checkout: the script works in its own checkout's .venv.
    script = tmp_path / "checkout" / "packaging" / "venv"
    script.parent.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "venv", script)
    env = {"PATH": str(shims), "HOME": str(tmp_path), "PYENV_ROOT": str(root)}
    return subprocess.run(
        [str(script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_launcher_finds_a_pyenv_python_when_the_shims_fail(tmp_path):
    old = shutil.which("python3.11") or "/usr/bin/python3"
    found = _launcher(tmp_path, {"3.11.7": old, "3.12.1": sys.executable}, "--which")
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip().endswith("versions/3.12.1/bin/python3")


def test_launcher_says_in_one_sentence_what_to_install_when_no_python_is_new_enough(tmp_path):
    old = shutil.which("python3.11") or "/usr/bin/python3"
    result = _launcher(tmp_path, {"3.11.7": old})
    assert result.returncode == 1
    assert "Python 3.12 or newer" in result.stderr and "install" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
