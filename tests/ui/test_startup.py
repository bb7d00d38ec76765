"""Start-up failures end in a plain message and an exit code, never a traceback."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import paths
from desktop_app.app import EXIT_DATABASE, run_gui


@pytest.fixture
def restored_hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_gui installs process-wide hooks; put them back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))


def answer_message_box(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.accept()
    else:
        QTimer.singleShot(20, lambda: answer_message_box(seen))


@pytest.mark.usefixtures("restored_hooks")
def test_a_database_from_a_newer_parley_is_refused_plainly(qapp: QApplication) -> None:
    db = paths.database_path()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 9999")
    before = db.read_bytes()
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_message_box(seen))
    assert run_gui(["parley"]) == EXIT_DATABASE
    assert len(seen) == 1
    assert "newer version of Parley" in seen[0]
    assert "Traceback" not in seen[0]
    assert db.read_bytes() == before


@pytest.mark.usefixtures("restored_hooks")
def test_a_file_that_is_not_a_database_is_refused_plainly(qapp: QApplication) -> None:
    Path(paths.database_path()).write_bytes(b"this is not sqlite at all" * 100)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_message_box(seen))
    assert run_gui(["parley"]) == EXIT_DATABASE
    assert "not a Parley database" in seen[0]


def test_the_window_paints_before_the_sdk_is_imported(tmp_path: Path) -> None:
    """In a fresh process: up to the first paint, neither anthropic nor keyring is loaded."""
    script = (
        "import sys\n"
        "from desktop_app.app import run_gui\n"
        "code = run_gui(['parley'])\n"
        "names = ('anthropic', 'httpx2', 'keyring')\n"
        "print('loaded:', sorted(m for m in names if m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    env = {
        **os.environ,
        "PARLEY_HOME": str(tmp_path / "home"),
        "PARLEY_STARTUP_PROBE": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "ANTHROPIC_API_KEY": "test-key",
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "loaded: []" in done.stdout
    assert "sdk_loaded=0" in done.stdout
    assert "Traceback" not in done.stderr
