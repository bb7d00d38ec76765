"""The window in Korean: no English left on the main screens, and a language change applied
while it is open retranslates it in place, the draft and open conversation kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
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
