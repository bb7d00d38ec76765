"""Settings → Data lists the files uploaded to Anthropic (from the fake API, through the SDK),
deletes one there and from Parley's record after a confirmation, and says when there are none."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.core.uploaded_file import UPLOAD_MIN_BYTES, UploadedFile
from desktop_app.ui.settings.data_page import DataPage
from desktop_app.ui.settings.uploaded_files_panel import ID_ROLE, UploadedFilesPanel
from tests.fakeapi import FakeApi
from tests.fakeapi.files import StoredFile
from tests.ui.attachment_driver import drop, file_mime, sent_blocks, wait_prepared
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.settings_driver import open_page
from tests.ui.test_settings_account_data import answer_yes

pytestmark = pytest.mark.usefixtures("claude_env")


def uploaded(fakeapi: FakeApi, ui: ChatDriver, name: str, data: bytes) -> StoredFile:
    """A file at the fake API, and Parley's row saying it uploaded those bytes."""
    stored = fakeapi.files.add(name, "text/plain", data)
    uploads = ui.window.connection.uploads
    assert uploads is not None
    row = UploadedFile(stored.id, name, "text/plain", len(data), stored.created_at.timestamp())
    uploads.store.add(hashlib.sha256(data).hexdigest(), row)
    return stored


def listed(ui: ChatDriver, panel: UploadedFilesPanel, refresh: bool = True) -> list[list[str]]:
    if refresh:
        with ui.qtbot.waitSignal(panel.files_listed, timeout=WAIT_MS):
            panel.refresh_button.click()
    tree = panel.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())
    ]


def test_the_data_page_lists_and_deletes_uploaded_files(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    report = uploaded(claude_env, ui, "분기 보고서.txt", "매출 보고서\n".encode() * 30_000)
    notes = uploaded(claude_env, ui, "notes.pdf", b"%PDF-1.4 " * 100)
    page = open_page(ui, DataPage)
    panel = page.uploaded_files
    ui.qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=WAIT_MS)
    rows = listed(ui, panel, refresh=False)
    assert [r[0] for r in rows] == ["notes.pdf", "분기 보고서.txt"]  # newest first
    assert rows[1][1] == "498 KB"  # 510,000 bytes, as attachments show sizes
    assert rows[0][1] == "900 bytes"
    assert all(r[2] for r in rows)
    assert panel.status.text() == "2 files at Anthropic."
    assert not panel.delete_button.isEnabled()

    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    assert panel.tree.currentItem().data(0, ID_ROLE) == report.id
    answer_yes()
    with ui.qtbot.waitSignal(panel.file_deleted, timeout=WAIT_MS) as deleted:
        ui.click(panel.delete_button)
    assert deleted.args == [report.id]
    assert [f.id for f in claude_env.files.all()] == [notes.id]
    uploads = ui.window.connection.uploads
    assert uploads is not None
    assert [f.file_id for f in uploads.store.files()] == [notes.id]
    ui.qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=WAIT_MS)

    # Deleted elsewhere: Refresh shows none, says so, and Parley forgets its row.
    claude_env.files.delete(notes.id)
    assert listed(ui, panel) == []
    assert panel.status.text().startswith("No files are uploaded to Anthropic.")
    assert uploads.store.files() == []


def test_a_refused_delete_is_kept_and_said(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    ui = ready_window
    kept = uploaded(claude_env, ui, "계약서.txt", b"x" * 1000)
    panel = open_page(ui, DataPage).uploaded_files
    ui.qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    claude_env.stop()  # offline
    answer_yes()
    ui.click(panel.delete_button)
    ui.qtbot.waitUntil(lambda: "offline" in panel.status.text(), timeout=WAIT_MS)
    uploads = ui.window.connection.uploads
    assert uploads is not None
    assert [f.file_id for f in uploads.store.files()] == [kept.id]
    assert panel.delete_button.isEnabled()


def test_a_large_document_sent_from_the_window_is_uploaded_and_listed(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    ui = ready_window
    report = tmp_path / "연간 보고서.txt"
    line = "올해 서울 지점의 매출이 늘었다.\n"
    report.write_text(line * (UPLOAD_MIN_BYTES // len(line.encode()) + 10), encoding="utf-8")
    drop(ui, file_mime(report))
    wait_prepared(ui, 1)
    ui.send("이 보고서를 요약해 줘")
    ui.wait_idle()
    [stored] = claude_env.files.all()
    assert stored.filename == "연간 보고서.txt"
    document = sent_blocks(claude_env)[0]
    assert document["source"] == {"type": "file", "file_id": stored.id}
    panel = open_page(ui, DataPage).uploaded_files
    ui.qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert listed(ui, panel, refresh=False)[0][0] == "연간 보고서.txt"
