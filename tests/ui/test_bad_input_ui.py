"""Bad input in the real window: a key pasted with a smart quote or a line break, a dirty
ANTHROPIC_API_KEY, and text files or prompt CSVs that are not UTF-8, against the fake API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.pricing import Pricing
from desktop_app.core.settings import Settings
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.ui.claude_connection import ConnectionState
from desktop_app.ui.dialogs.api_key_dialog import ApiKeyDialog
from desktop_app.ui.dialogs.new_batch_dialog import NewBatchDialog
from tests.fakeapi import FakeApi, Reply
from tests.secret_service import SecretService
from tests.ui.attachment_driver import drop, file_mime, refusal_texts, sent_blocks, wait_prepared
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import WindowFactory

SECRET = "sk-ant-api03-Wx9_pasted-key"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The real `keyring` package with no backend, as on a desktop without a Secret Service."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def paste_and_save(ui: ChatDriver, dialog: ApiKeyDialog, text: str) -> None:
    """Paste `text` from the clipboard into the key field, as a user does, and press Save."""
    dialog.key_edit.clear()
    QGuiApplication.clipboard().setText(text)
    ui.qtbot.keyClick(dialog.key_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ui.click(dialog.save_button)


def test_a_pasted_key_that_no_header_can_carry_is_refused_in_words(
    claude_env: FakeApi,
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY")
    ui = open_window(ready=False)
    dialog = ui.wait_key_dialog()

    paste_and_save(ui, dialog, f"“{SECRET}”")  # copied with a web page's smart quotes
    assert dialog.status.isVisible()
    assert dialog.status.text().startswith(
        "The pasted key holds U+201C LEFT DOUBLE QUOTATION MARK (character 1 of 29), which no "
        "API key has."
    )
    assert SECRET not in dialog.status.text()

    paste_and_save(ui, dialog, SECRET.replace("W", "Ｗ"))  # a full-width letter
    assert "U+FF37 FULLWIDTH LATIN CAPITAL LETTER W (character 14 of" in dialog.status.text()

    # QLineEdit keeps what the clipboard holds, line break and all.
    paste_and_save(ui, dialog, f"{SECRET[:20]}\n{SECRET[20:]}")
    assert dialog.status.text().startswith("The pasted key has a line break inside it")
    assert dialog.status.text().endswith("Paste it again on one line.")
    assert claude_env.requests == []  # nothing was sent with any of them
    assert dialog.isVisible() and ui.window.connection.state is ConnectionState.NEEDS_KEY

    paste_and_save(ui, dialog, f"  {SECRET}\r\n")  # blanks around it are only trimmed
    ui.qtbot.waitUntil(lambda: dialog.save_button.text() == "Continue", timeout=WAIT_MS)
    ui.click(dialog.save_button)  # no keyring here: kept for the session
    ui.wait_ready()
    assert {r.api_key for r in claude_env.requests} == {SECRET}


def test_a_dirty_key_in_the_environment_opens_the_prompt_saying_why(
    claude_env: FakeApi,
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", f"{SECRET[:14]}\n{SECRET[14:]}")
    ui = open_window(ready=False)
    dialog = ui.wait_key_dialog()
    assert ui.window.connection.state is ConnectionState.NEEDS_KEY
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert (
        "The key in the ANTHROPIC_API_KEY environment variable has a line break inside it "
        "(character 15 of 28)." in texts
    )
    assert "Fix the variable, or paste a key below for this session." in texts
    assert SECRET[14:] not in texts
    assert claude_env.requests == []

    ui.enter_key(SECRET)
    ui.wait_ready()
    claude_env.queue(Reply.text("연결되었습니다."))
    ui.send("연결됐나요?")
    ui.wait_shown("연결되었습니다.")
    assert {r.api_key for r in claude_env.requests} == {SECRET}


def test_text_files_that_are_not_utf8_are_read_as_korean_with_a_warning_or_refused(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
) -> None:
    ui = ready_window
    korean = tmp_path / "회의록.txt"
    korean.write_bytes("회의록\n1. 예산 검토\n2. 일정 확정\n".encode("cp949"))
    western = tmp_path / "notes.txt"
    western.write_bytes("Réunion: budget prévu".encode("latin-1"))
    drop(ui, file_mime(korean, western))
    ui.qtbot.waitUntil(lambda: len(refusal_texts(ui)) == 1, timeout=WAIT_MS)
    wait_prepared(ui, 1)
    [refused] = refusal_texts(ui)
    assert refused.startswith(
        "notes.txt: it is not UTF-8 text (it looks like Windows-1252, Western European). "
        "Save it as UTF-8"
    )
    tile = next(iter(ui.window.composer.attachments.tray.tiles.values()))
    assert tile.name.text() == "회의록.txt"
    assert tile.detail.text() == "Not UTF-8: read as CP949"
    assert tile.detail.objectName() == "attachmentNote"  # in the warning colour
    assert "Read as CP949 (Korean, EUC-KR): it is not UTF-8." in tile.toolTip()

    claude_env.queue(Reply.text("요약: 예산과 일정."), Reply.text("회의록"))
    ui.send("요약해 주세요")
    ui.wait_shown("요약: 예산과 일정.")
    document, _text = sent_blocks(claude_env)  # text files go as text, headed by their name
    assert document["type"] == "text"
    assert str(document["text"]).startswith('<file name="회의록.txt">\n회의록\n1. 예산 검토')


def test_a_prompt_csv_saved_by_korean_excel_in_the_new_batch_dialog(
    qtbot: QtBot, parley_home: Path, tmp_path: Path
) -> None:
    dialog = NewBatchDialog(
        ModelCatalogue(paths.models_cache_path()),
        Pricing.load(),
        Settings(),
        AttachmentStore(paths.attachments_dir()),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    table = tmp_path / "질문들.csv"
    table.write_bytes("prompt,note\n서울의 인구는?,a\n부산의 명소는?,b\n".encode("cp949"))
    dialog.use_prompt_file(table)
    qtbot.waitUntil(lambda: len(dialog.sources()) == 2, timeout=WAIT_MS)
    assert [s.prompt for s in dialog.sources()] == ["서울의 인구는?", "부산의 명소는?"]
    assert dialog.refusals.text() == "질문들.csv is not UTF-8: read as CP949 (Korean, EUC-KR)."

    western = tmp_path / "prompts.csv"
    western.write_bytes("prompt\nQuelle est la capitale? Déjà vu\n".encode("latin-1"))
    dialog.use_prompt_file(western)
    qtbot.waitUntil(lambda: "prompts.csv" in dialog.refusals.text(), timeout=WAIT_MS)
    assert dialog.refusals.text().startswith(
        "Left out: prompts.csv: it is not UTF-8 text (it looks like Windows-1252"
    )
    assert "iconv -f WINDOWS-1252 -t UTF-8" in dialog.refusals.text()
    assert dialog.sources() == [] and not dialog.submit_button.isEnabled()


def test_a_dirty_key_in_the_keyring_is_named_and_replaced(
    claude_env: FakeApi,
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    secret_service: SecretService,
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY")
    keyring.set_password("Parley", "anthropic-api-key", f"“{SECRET}”")  # from an older paste
    try:
        ui = open_window(ready=False)
        dialog = ui.wait_key_dialog()
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert (
            "The key kept in the system keyring holds U+201C LEFT DOUBLE QUOTATION MARK "
            "(character 1 of 29), which no API key has. Paste the key below to replace it."
        ) in texts
        assert claude_env.requests == []
        paste_and_save(ui, dialog, f" {SECRET}\n")
        ui.qtbot.waitUntil(lambda: ui.key_dialog() is None, timeout=WAIT_MS)  # kept: no Continue
        ui.wait_ready()
        assert keyring.get_password("Parley", "anthropic-api-key") == SECRET
        assert {r.api_key for r in claude_env.requests} == {SECRET}
    finally:
        keyring.delete_password("Parley", "anthropic-api-key")
