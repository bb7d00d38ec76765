"""The `parley` fixture: the CLI as a real process, on the test's PARLEY_HOME and local API.

Each run is forked from a per-worker starter that has the SDK imported (warm_start.py),
unless the test's locale or PYTHON* variables differ from the starter's.
PARLEY_TEST_COLD_CLI=1 starts every run as a plain process instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.warm_start import WarmStarter, run_plain

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


@pytest.fixture(scope="session")
def warm_starters():  # type: ignore[no-untyped-def]
    """The worker's starter, launched by the first run that needs one."""
    started: list[WarmStarter] = []
    yield started
    for starter in started:
        starter.close()


@pytest.fixture
def parley(fakeapi, parley_home, warm_starters):  # type: ignore[no-untyped-def]
    def run(
        *args: str,
        stdin: str | None = None,
        key: str | None = "test-key",
        keyring: str = "keyring.backends.fail.Keyring",
    ):
        env = _environment(fakeapi, parley_home, key, keyring)
        if not warm_starters and not os.environ.get("PARLEY_TEST_COLD_CLI"):
            warm_starters.append(WarmStarter.launch(env))
        if warm_starters and warm_starters[0].suits(env):
            return warm_starters[0].run(list(args), env, stdin, timeout=60)
        return run_plain(list(args), env, stdin, timeout=60)

    return run
