"""Loading threads stand aside at their imports while the GUI thread runs a start-up step,
and never for long: one the GUI thread waits for must not hang it."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from desktop_app.ui import worker_pause


def _module(folder: Path, name: str) -> str:
    (folder / f"{name}.py").write_text("VALUE = '불러옴'\n", encoding="utf-8")
    return name


def _importer(names: list[str], done: threading.Event) -> threading.Thread:
    def run() -> None:
        worker_pause.join()
        try:
            for name in names:
                __import__(name)
        finally:
            worker_pause.leave()
            done.set()

    return threading.Thread(target=run, daemon=True)


@pytest.fixture
def module_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_a_member_waits_at_its_import_until_the_step_ends(
    module_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_pause, "MAX_WAIT_S", 30.0)  # the machine's load cannot matter
    name = _module(module_dir, "pause_probe_ko_모듈")
    done = threading.Event()
    with worker_pause.held():
        _importer([name], done).start()
        assert not done.wait(0.3)  # the GUI thread's step is under way: the import waits
        assert name not in sys.modules
    assert done.wait(10)
    assert sys.modules[name].VALUE == "불러옴"


def test_a_long_step_holds_a_member_back_only_once(
    module_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker_pause, "MAX_WAIT_S", 0.05)
    names = [_module(module_dir, f"pause_probe_{n}") for n in range(5)]
    done = threading.Event()
    with worker_pause.held():  # as a GUI step waiting on an import the member is in
        _importer(names, done).start()
        assert done.wait(10)  # five imports, one wait: no hang
    assert all(name in sys.modules for name in names)


def test_other_threads_never_wait(module_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_pause, "MAX_WAIT_S", 30.0)
    name = _module(module_dir, "pause_probe_free")
    done = threading.Event()

    def run() -> None:
        __import__(name)
        done.set()

    with worker_pause.held():
        threading.Thread(target=run, daemon=True).start()
        assert done.wait(10)
