"""The built app under test (dist/parley or PARLEY_FROZEN_DIR) and an X server to show it on.

Without a build the frozen tests skip on a developer's machine but fail in CI (CI=true),
where a missing build means the packaging step broke.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.xvfb import private_xvfb

ROOT = Path(__file__).resolve().parents[2]
RUN_LIMIT = 120.0  # seconds; a guard against a hung process, not a speed check


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def skip_or_fail(message: str) -> None:
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def frozen_dir() -> Path:
    return Path(os.environ.get("PARLEY_FROZEN_DIR") or ROOT / "dist" / "parley")


@dataclass(frozen=True)
class FrozenApp:
    """The onedir bundle, run as a user would: a fresh, minimal environment each time."""

    folder: Path
    home: Path

    @property
    def executable(self) -> Path:
        return self.folder / ("parley.exe" if sys.platform == "win32" else "parley")

    def environment(self, **extra: str) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "PARLEY_HOME": str(self.home / "parley"),
        }
        for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "GNOME_KEYRING_CONTROL"):
            if name in os.environ:
                env[name] = os.environ[name]
        env.update(extra)
        return env

    def run(
        self, *args: str, env: Mapping[str, str] | None = None, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.executable), *args],
            env=dict(env) if env is not None else self.environment(),
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=RUN_LIMIT,
            cwd=self.home,
        )


@pytest.fixture
def frozen(tmp_path: Path) -> FrozenApp:
    folder = frozen_dir()
    app = FrozenApp(folder, tmp_path)
    if not app.executable.is_file():
        skip_or_fail(f"no frozen build at {folder}: run `python packaging/build.py` first")
    return app


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """A private Xvfb server; its DISPLAY value."""
    if not shutil.which("Xvfb"):
        skip_or_fail("Xvfb not found; install: apt-get install xvfb")
    with private_xvfb() as display:
        if display is None:
            pytest.fail("Xvfb did not start")
        yield display
