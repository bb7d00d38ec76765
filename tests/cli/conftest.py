"""The `parley` fixture: the CLI as a real process, on the test's PARLEY_HOME and local API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _environment(fakeapi, parley_home, key: str | None, keyring: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    # The developer's endpoints and data stay out; a test's own catalogue folder goes in.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("ANTHROPIC_", "PARLEY_")) or k == "PARLEY_TRANSLATIONS"
    }
    env.update(
        PARLEY_HOME=str(parley_home),
        ANTHROPIC_BASE_URL=fakeapi.url,
        PYTHON_KEYRING_BACKEND=keyring,
    )
    if key:
        env["ANTHROPIC_API_KEY"] = key
    return env


@pytest.fixture
def parley_process(fakeapi, parley_home):
    """The CLI started in the background (text pipes), for tests that act while it runs."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str) -> subprocess.Popen[str]:
        env = _environment(fakeapi, parley_home, "test-key", "keyring.backends.fail.Keyring")
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=ROOT,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate()


@pytest.fixture
def parley(fakeapi, parley_home):
    def run(
        *args: str,
        stdin: str | None = None,
        key: str | None = "test-key",
        keyring: str = "keyring.backends.fail.Keyring",
    ):
        env = _environment(fakeapi, parley_home, key, keyring)
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=ROOT,
            timeout=60,
        )

    return run
