"""The `parley` fixture: the CLI as a real process, on the test's PARLEY_HOME and local API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def parley(fakeapi, parley_home):
    def run(
        *args: str,
        stdin: str | None = None,
        key: str | None = "test-key",
        keyring: str = "keyring.backends.fail.Keyring",
    ):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC_", "PARLEY_"))}
        env.update(
            PARLEY_HOME=str(parley_home),
            ANTHROPIC_BASE_URL=fakeapi.url,
            PYTHON_KEYRING_BACKEND=keyring,
        )
        if key:
            env["ANTHROPIC_API_KEY"] = key
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
