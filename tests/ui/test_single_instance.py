"""One Parley per data folder: a second launch hands its arguments to the running one and
ends; two data folders run side by side; a hung one is reported, never doubled; a socket
left by a killed Parley does not stop the next start. Real processes, offscreen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakeapi import FakeApi

ROOT = Path(__file__).resolve().parents[2]
START_WITHIN = 60.0  # seconds; a loaded CI machine starts Qt slowly
LISTENING = "Listening for second launches"


class Parley:
    """`python -m desktop_app` on one data folder."""

    def __init__(self, home: Path, fakeapi: FakeApi) -> None:
        self.home = home
        self.env = {
            **os.environ,
            "PARLEY_HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            "ANTHROPIC_API_KEY": "test-key",
            "ANTHROPIC_BASE_URL": fakeapi.url,
        }
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no desktop notifications wanted here

    @property
    def log(self) -> str:
        path = self.home / "logs" / "parley.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "desktop_app", *args],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def start_primary(self, *args: str) -> subprocess.Popen[str]:
        process = self.start(*args)
        deadline = time.monotonic() + START_WITHIN
        while self.log.count(LISTENING) < self._listened + 1:
            if process.poll() is not None:
                pytest.fail(f"Parley ended ({process.returncode}): {process.communicate()}")
            if time.monotonic() > deadline:
                pytest.fail("Parley did not start listening")
            time.sleep(0.05)
        self._listened += 1
        return process

    _listened = 0

    def run(self, *args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # closes the window as its close box does
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture
def parley(parley_home: Path, fakeapi: FakeApi) -> Iterator[Parley]:
    yield Parley(parley_home, fakeapi)


def test_a_second_launch_hands_its_arguments_over_and_ends(parley: Parley) -> None:
    from desktop_app import paths

    first = parley.start_primary()
    socket = paths.instance_socket_path()
    assert socket.exists()
    assert socket.stat().st_mode & 0o077 == 0  # the user's alone, and so is its folder
    assert socket.parent.stat().st_mode & 0o077 == 0
    assert paths.instance_lock_path().stat().st_mode & 0o077 == 0
    try:
        began = time.monotonic()
        second = parley.run("--quick")
        took = time.monotonic() - began
        assert second.returncode == 0, second.stderr
        assert second.stderr == ""
        assert took < 15  # it ended; it did not open a window of its own and wait
        assert "A second launch asked: LaunchRequest(quick=True" in parley.log
        assert first.poll() is None  # the first goes on
        third = parley.run()
        assert third.returncode == 0, third.stderr
        assert parley.log.count("A second launch asked") == 2
        assert "quick=False" in parley.log
    finally:
        stop(first)
    assert first.returncode == 0


def test_two_data_folders_run_side_by_side(
    parley: Parley, tmp_path: Path, fakeapi: FakeApi
) -> None:
    other = Parley(tmp_path / "다른-폴더", fakeapi)
    first = parley.start_primary()
    try:
        second = other.start_primary()  # a window of its own, not a hand-over
        try:
            assert first.poll() is None and second.poll() is None
            assert "A second launch asked" not in parley.log + other.log
        finally:
            stop(second)
    finally:
        stop(first)


def test_a_hung_parley_is_reported_and_not_doubled(parley: Parley) -> None:
    first = parley.start_primary()
    try:
        first.send_signal(signal.SIGSTOP)  # alive, holding its lock, answering nothing
        second = parley.run("--quick")
        assert second.returncode != 0
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, second.stderr
        assert "already running" in lines[0] and "does not answer" in lines[0]
        assert "Traceback" not in second.stderr
    finally:
        first.send_signal(signal.SIGCONT)
        stop(first)
    assert parley.log.count(LISTENING) == 1  # no second window ever started


def test_a_socket_left_by_a_killed_parley_does_not_stop_the_next(parley: Parley) -> None:
    from desktop_app import paths

    first = parley.start_primary()
    first.kill()  # kill -9: no chance to remove its socket
    first.wait()
    stop(first)
    assert paths.instance_socket_path().exists()
    again = parley.start_primary()
    try:
        handed = parley.run()
        assert handed.returncode == 0, handed.stderr
        assert "A second launch asked" in parley.log
    finally:
        stop(again)


QUICK_ONLY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.app import run_gui
from desktop_app.ui.quick_ask_window import QuickAskWindow

def look():
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    if not shown:
        QTimer.singleShot(50, look)
        return
    print('shown:', sorted(type(w).__name__ for w in shown), flush=True)
    next(w for w in shown if isinstance(w, QuickAskWindow)).close()

QTimer.singleShot(0, look)
sys.exit(run_gui(['parley', '--quick']))
"""


def test_parley_quick_alone_shows_the_quick_window_only_and_ends_with_it(parley: Parley) -> None:
    done = subprocess.run(
        [sys.executable, "-c", QUICK_ONLY],
        env=parley.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=START_WITHIN,
    )
    assert done.returncode == 0, done.stderr
    assert "shown: ['QuickAskWindow']" in done.stdout  # not the main window


def test_open_id_opens_that_conversation_at_start_and_from_a_second_launch(
    parley: Parley,
) -> None:
    from desktop_app import paths
    from desktop_app.app import open_store
    from desktop_app.core.conversation import Role, text_block
    from desktop_app.core.view_state import ViewState

    store = open_store()
    ids = []
    for title in ("첫 대화", "둘째 대화", "셋째 대화"):
        conversation = store.create_conversation("claude-sonnet-4-6", title=title)
        store.add_message(conversation.id, Role.USER, [text_block(title)])
        ids.append(conversation.id)
    store.close()
    first = parley.start_primary("--open", str(ids[0]))  # not the newest, which opens else
    stop(first)
    assert ViewState.load(paths.view_state_path()).conversation_id == ids[0]
    again = parley.start_primary()
    try:
        assert parley.run("--open", str(ids[1])).returncode == 0
        assert parley.run("--open", "999").returncode == 0  # none such: the window stays put
    finally:
        stop(again)
    assert "No conversation 999 to open" in parley.log
    assert ViewState.load(paths.view_state_path()).conversation_id == ids[1]


NO_QT_NETWORK = """
import sys
from desktop_app import paths
from desktop_app.instance_lock import InstanceLock

class NoKerberos:  # as on a system without libgssapi_krb5, which libQt6Network links
    def find_spec(self, name, path=None, target=None):
        if name == 'PySide6.QtNetwork':
            raise ImportError(
                'libgssapi_krb5.so.2: cannot open shared object file: No such file or directory'
            )

held = InstanceLock.try_acquire(paths.instance_lock_path())  # the running Parley's
sys.meta_path.insert(0, NoKerberos())
from desktop_app.__main__ import main
sys.exit(main(['--quick']))
"""


def test_without_qt_network_a_second_launch_says_what_to_install(parley: Parley) -> None:
    done = subprocess.run(
        [sys.executable, "-c", NO_QT_NETWORK],
        env=parley.env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=START_WITHIN,
    )
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "libgssapi_krb5.so.2" in lines[0] and "libgssapi-krb5-2" in lines[0]
