"""The window in Korean: no English left on the main screens, and a language change applied
while it is open retranslates it in place, the draft and open conversation kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.core import i18n
from desktop_app.ui.language import apply_language
from tests.fakeapi import FakeApi, Reply
from tests.i18n.pseudo_korean import KOREAN_TS, hangulise, pseudo_catalogue
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.window_language import english_left


@pytest.fixture
def korean(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """The environment of a Korean desktop; English again afterwards."""
    monkeypatch.setenv("LANGUAGE", "ko")
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    yield
    monkeypatch.setenv("LANGUAGE", "en")
    apply_language(qapp, "en")


@pytest.fixture
def pseudo_korean(korean: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every marked string translated (Latin letters turned to Hangul): whatever English is
    left on screen never went through tr()."""
    pseudo_catalogue(KOREAN_TS, tmp_path / "translations")
    monkeypatch.setenv("PARLEY_TRANSLATIONS", str(tmp_path / "translations"))


def open_main_screens(ui: ChatDriver, claude_env: FakeApi) -> list[QDialog]:
    """A conversation with a reply and its actions, the Usage window and the Tools dialog."""
    claude_env.queue(Reply.text("서울입니다."), Reply.text("한국의 수도"))
    ui.send("한국의 수도는 어디인가요?")
    ui.wait_shown("서울입니다.")
    ui.wait_idle()
    ui.qtbot.waitUntil(lambda: ui.titles() == ["한국의 수도"], timeout=5000)
    window = ui.window
    window.on_usage_requested()
    window.options.on_tools_requested()
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(dialogs) == 2
    return dialogs


def test_every_marked_string_reaches_the_window(
    pseudo_korean: None, claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = open_window()
    dialogs = open_main_screens(ui, claude_env)
    left = english_left(ui.window, *dialogs)
    assert left == [], "English that never went through tr():\n" + "\n".join(left)
    assert ui.window.sidebar.new_button.text() == hangulise("New chat")
    assert QLocale().language() == QLocale.Language.Korean
    # Qt's own words (dialog buttons, the text boxes' context menus) come from qtbase_ko.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "복사(&C)"
    for dialog in dialogs:
        dialog.close()


def test_the_korean_catalogue_leaves_no_english_on_the_main_screens(
    korean: None, claude_env: FakeApi, open_window: WindowFactory
) -> None:
    """With the real parley_ko.ts: fails, naming each string, until every one is translated."""
    ui = open_window()
    dialogs = open_main_screens(ui, claude_env)
    left = english_left(ui.window, *dialogs)
    for dialog in dialogs:
        dialog.close()
    assert left == [], "Untranslated on the Korean window:\n" + "\n".join(left)


def test_a_language_chosen_while_open_retranslates_the_window_in_place(
    pseudo_korean: None,
    claude_env: FakeApi,
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")  # the window starts in English
    ui = open_window()
    claude_env.queue(Reply.text("네, 그렇습니다."), Reply.text("질문"))
    ui.send("질문 하나")
    ui.wait_shown("네, 그렇습니다.")
    ui.wait_idle()
    ui.type("보내지 않은 초안")
    window = ui.window
    conversation = window.current_id
    assert window.sidebar.new_button.text() == "New chat"
    assert window.composer.send_button.text() == "Send"

    apply_language(qapp, "ko")  # what the settings window does
    ui.process()
    assert i18n.current_language() == "ko"
    assert window.sidebar.new_button.text() == hangulise("New chat")
    assert window.composer.send_button.text() == hangulise("Send")
    assert window.sidebar.search.placeholderText() == hangulise("Search  (Ctrl+K)")
    assert window.composer.text() == "보내지 않은 초안"  # nothing the user wrote changes
    assert window.current_id == conversation
    assert "네, 그렇습니다." in ui.texts()
    left = english_left(window)
    assert left == [], "\n".join(left)

    apply_language(qapp, "en")
    ui.process()
    assert window.sidebar.new_button.text() == "New chat"
    assert window.composer.send_button.text() == "Send"
    assert window.composer.text() == "보내지 않은 초안"


def test_the_other_screens_have_every_string_marked(
    pseudo_korean: None, claude_env: FakeApi, open_window: WindowFactory
) -> None:
    """Dialogs met less often: system prompt, presets, API key, a tool's permission, backups,
    batches, and the drop overlay, empty state and editing banner of the main window."""
    from desktop_app import paths
    from desktop_app.core.permissions import ToolCallRequest, ToolKey
    from desktop_app.storage.backups import Backups
    from desktop_app.ui.dialogs.api_key_dialog import ApiKeyDialog
    from desktop_app.ui.dialogs.backups_dialog import BackupsDialog
    from desktop_app.ui.dialogs.permission_dialog import PermissionDialog
    from desktop_app.ui.dialogs.preset_dialog import PresetDialog
    from desktop_app.ui.dialogs.system_prompt_dialog import SystemPromptDialog

    ui = open_window()
    window = ui.window
    empty = english_left(window)  # a new conversation: the empty state and its presets
    window.batches.on_batches_requested()
    window.batches.on_new_batch_requested()
    request = ToolCallRequest(
        "toolu_1", ToolKey("builtin", "read_file", "x"), "파일을 읽습니다", {"path": "메모.txt"}, 1
    )

    async def check(_key: str) -> None: ...

    dialogs = [
        SystemPromptDialog("간결하게 답하세요.", window),
        PresetDialog(window.options.settings.review_presets, window),
        ApiKeyDialog(check, lambda _key: True, "", window),  # type: ignore[arg-type]
        PermissionDialog(request, window),
        BackupsDialog(Backups(paths.database_path()), window),
    ]
    for dialog in dialogs:
        dialog.show()
    claude_env.queue(Reply.error(400, message="요청 형식이 잘못되었습니다"))
    ui.send("잘못된 요청")
    ui.wait_error()  # the error card: its sentence (core) and its buttons
    window.composer.set_editing(True, files=2)
    overlay = window.drop_overlay.show_overlay() if hasattr(window, "drop_overlay") else None
    shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
    left = sorted(set(empty + english_left(window, *shown, *([overlay] if overlay else []))))
    for dialog in shown:
        dialog.close()
    assert left == [], "English that never went through tr():\n" + "\n".join(left)
