"""Shared fixtures: every test gets its own PARLEY_HOME and no key from the developer's world."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Real Qt widgets, but no screen: set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.fakeapi.fixtures import fakeapi  # noqa: F401
from tests.secret_service import secret_service  # noqa: F401


@pytest.fixture(autouse=True)
def parley_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder, and none of the developer's keys or endpoints."""
    home = tmp_path / "parley-home"
    monkeypatch.setenv("PARLEY_HOME", str(home))
    for name in ("ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "ANTHROPIC_AUTH_TOKEN", "PARLEY_THEME"):
        monkeypatch.delenv(name, raising=False)
    # English unless a test asks for another language (core/language.py reads these).
    for name in ("LC_ALL", "LC_MESSAGES", "PARLEY_TRANSLATIONS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    return home
