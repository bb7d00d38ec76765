"""The window under umask 0: its database (with -wal and -shm), settings, models cache and
attachments are the owner's alone while it runs, and so is a usage export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakeapi import FakeApi, Reply
from tests.file_modes import exposed, loose_umask, mode, names
from tests.ui.attachment_driver import drop, file_mime, png_file, wait_prepared
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.test_usage_view import open_usage, set_budget


@pytest.fixture
def umask_zero() -> Iterator[None]:
    with loose_umask():
        yield


def test_the_windows_files_are_the_owners_alone(
    umask_zero: None,
    claude_env: FakeApi,
    open_window: WindowFactory,
    parley_home: Path,
    tmp_path: Path,
):
    ui: ChatDriver = open_window()
    drop(ui, file_mime(png_file(tmp_path, "로그인 화면.png", 320, 200)))
    wait_prepared(ui, 1)
    claude_env.queue(Reply.text("버튼이 너무 작습니다."), Reply.text("화면 검토"))
    ui.send("검토해 주세요")
    ui.wait_shown("버튼이 너무 작습니다.")
    ui.wait_idle()
    usage = open_usage(ui)
    set_budget(ui, usage, 25.0)  # saves settings.json
    assert usage.export_to(tmp_path / "사용량.csv")
    usage.close()
    made = names(parley_home)
    expected = {"parley.sqlite3", "parley.sqlite3-wal", "parley.sqlite3-shm", "settings.json"}
    assert expected <= made, made
    assert any(name.startswith("attachments/") and len(name) > 70 for name in made), made
    assert exposed(parley_home) == []
    assert mode(tmp_path / "사용량.csv") == 0o600
