"""The Settings window: each page's controls change the settings on disk and take effect at
once in the running window, with no OK or restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app import paths
from desktop_app.core.settings import Settings
from desktop_app.ui.settings.account_page import AccountPage
from desktop_app.ui.settings.appearance_page import AppearancePage
from desktop_app.ui.settings.behaviour_page import BehaviourPage
from desktop_app.ui.settings.cost_page import CostPage
from desktop_app.ui.settings.models_page import ModelsPage
from desktop_app.ui.theme import DARK, LIGHT
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import WAIT_MS, ChatDriver, type_into
from tests.ui.conftest import WindowFactory
from tests.ui.settings_driver import open_page, open_settings, pick

pytestmark = pytest.mark.usefixtures("claude_env")


def stored() -> Settings:
    return Settings.load(paths.settings_path())


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_one_window_that_reopens_on_the_page_last_seen(ready_window: ChatDriver) -> None:
    window = open_settings(ready_window)
    assert [p.title for p in window.pages] == [
        "Account",
        "Models",
        "Tools",
        "Cost",
        "Appearance",
        "Behaviour",
        "Data",
    ]
    assert not window.isModal()
    window.show_page(CostPage)
    window.close()
    again = open_settings(ready_window)
    assert again is window
    assert isinstance(again.current_page, CostPage)
    ready_window.send("still typing beside it")  # not modal: the chat goes on
    again.close()


def test_theme_choice_flips_the_palette_at_once_and_persists(ready_window: ChatDriver) -> None:
    page = open_page(ready_window, AppearancePage)
    pick(page.theme_combo, "dark")
    assert window_colour() == DARK.window
    assert stored().theme == "dark"
    assert ready_window.window.menus._theme_actions["dark"].isChecked()
    pick(page.theme_combo, "light")
    assert window_colour() == LIGHT.window
    assert stored().theme == "light"


def test_the_view_menu_switches_the_theme_too(ready_window: ChatDriver) -> None:
    page = open_page(ready_window, AppearancePage)
    ready_window.window.menus._theme_actions["dark"].trigger()
    assert window_colour() == DARK.window
    assert page.theme_combo.currentData() == "dark"  # the page follows a change made elsewhere
    assert stored().theme == "dark"


def _ink_width(text: str) -> int:
    """How wide `text` paints in the application font: the columns holding any dark pixel."""
    label = QLabel(text)
    label.setFont(QApplication.font())
    label.setStyleSheet("background: white; color: black;")
    label.adjustSize()
    image = QImage(label.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    label.render(image)
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(image.height()))
    ]
    return columns[-1] - columns[0] + 1 if columns else 0


def test_font_size_changes_the_app_font_and_korean_still_renders(
    ready_window: ChatDriver,
) -> None:
    page = open_page(ready_window, AppearancePage)
    before = _ink_width("한국어 글꼴")
    assert before > 0
    page.font_spin.setValue(16)
    assert QApplication.font().pointSizeF() == 16
    assert stored().font_size == 16
    after = _ink_width("한국어 글꼴")
    assert after > before * 1.3  # Hangul drawn, and drawn larger
    assert QFontMetrics(QApplication.font()).horizontalAdvance("한") > 0
    page.font_spin.setValue(page.font_spin.minimum())  # "Default"
    assert stored().font_size == 0
    assert abs(_ink_width("한국어 글꼴") - before) <= 2


def test_language_is_stored_and_announced(ready_window: ChatDriver) -> None:
    page = open_page(ready_window, AppearancePage)
    chosen: list[str] = []
    page.language_chosen.connect(chosen.append)
    applied: list[str] = []
    ready_window.window.menus.on_language = applied.append
    assert page.language_combo.itemText(page.language_combo.findData("ko")) == "한국어"
    pick(page.language_combo, "ko")
    assert stored().language == "ko"
    assert chosen == ["ko"] and applied == ["ko"]
    pick(page.language_combo, "")
    assert stored().language == "" and applied == ["ko", ""]


def test_ctrl_enter_setting_makes_enter_break_the_line(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    page = open_page(ready_window, BehaviourPage)
    pick(page.send_key_combo, "ctrl_enter")
    assert stored().send_key == "ctrl_enter"
    edit = ready_window.window.composer.edit
    edit.setFocus()
    type_into(ready_window.qtbot, edit, "첫 줄")
    ready_window.qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_into(ready_window.qtbot, edit, "둘째 줄")
    assert edit.toPlainText() == "첫 줄\n둘째 줄"
    assert not claude_env.message_requests()
    claude_env.queue(Reply.text("받았어요."), Reply.text("Title"))
    ready_window.qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ready_window.wait_shown("받았어요.")
    assert claude_env.message_requests()[0]["messages"][0]["content"][0]["text"] == (
        "첫 줄\n둘째 줄"
    )
    pick(page.send_key_combo, "enter")
    claude_env.queue(Reply.text("Again."))
    ready_window.wait_idle()
    ready_window.send("Enter sends again")
    ready_window.wait_shown("Again.")


def test_base_url_reaches_the_next_client(
    ready_window: ChatDriver, claude_env: FakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(ready_window, AccountPage)
    assert "ANTHROPIC_BASE_URL" in page.url_note.text()  # the variable wins, and it says so
    monkeypatch.delenv("ANTHROPIC_BASE_URL")
    page.url_edit.setText("ftp://nowhere")
    page.url_edit.editingFinished.emit()
    assert page.message.isVisibleTo(page) and stored().base_url == ""
    page.url_edit.setText(claude_env.url + "/")
    page.url_edit.editingFinished.emit()
    assert not page.message.isVisibleTo(page)
    assert stored().base_url == claude_env.url
    connection = ready_window.window.connection
    assert connection.base_url == claude_env.url
    session = connection.session
    assert session is not None and claude_env.url in repr(session.client)
    claude_env.queue(Reply.text("Through the address set."), Reply.text("Title"))
    ready_window.send("Which server?")
    ready_window.wait_shown("Through the address set.")


def test_the_key_is_shown_only_by_its_tail(ready_window: ChatDriver) -> None:
    page = open_page(ready_window, AccountPage)
    text = page.key_label.text()
    assert "environment variable" in text
    assert "test-key" not in text  # the fixture's key, never shown whole


def test_reopen_last_off_opens_no_conversation_at_start(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    first = open_window()
    claude_env.queue(Reply.text("기억해 둘 답."), Reply.text("Title"))
    first.send("기억해 주세요")
    first.wait_shown("기억해 둘 답.")
    first.wait_idle()
    page = open_page(first, BehaviourPage)
    page.reopen_check.setChecked(False)
    assert stored().reopen_last is False
    first.window.close()
    second = open_window()
    second.qtbot.wait(200)
    assert second.window.current_id is None
    assert second.window.list_model.rowCount() == 1  # kept, just not opened


def test_models_page_sets_what_the_next_send_uses(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    page = open_page(ready_window, ModelsPage)
    haiku = "claude-haiku-4-5-20251001"
    ready_window.qtbot.waitUntil(lambda: page.model_combo.findData(haiku) >= 0)
    pick(page.model_combo, haiku)
    page.limit_spin.setValue(3000)
    page.limit_spin.editingFinished.emit()
    panel = page.presets_panel
    ready_window.click(panel.add_button)
    panel.name_edit.setText("번역가")
    panel.name_edit.editingFinished.emit()
    panel.text_edit.setPlainText("모든 답을 한국어로 하세요.")
    panel.commit_text()
    pick(panel.default_combo, "번역가")
    settings = stored()
    assert settings.default_model == "claude-haiku-4-5-20251001"
    assert settings.default_max_tokens == 3000
    assert [(p.name, p.text) for p in settings.system_prompt_presets] == [
        ("번역가", "모든 답을 한국어로 하세요.")
    ]
    assert settings.default_system_preset == "번역가"
    assert ready_window.window.composer.current_model() == "claude-haiku-4-5-20251001"
    claude_env.queue(Reply.text("네."), Reply.text("Title"))
    ready_window.send("Hello")
    ready_window.wait_shown("네.")
    request = claude_env.message_requests()[0]
    assert request["model"] == "claude-haiku-4-5-20251001"
    assert request["max_tokens"] == 3000
    assert request["system"] == "모든 답을 한국어로 하세요."


def test_a_duplicate_preset_name_is_refused_inline(ready_window: ChatDriver) -> None:
    page = open_page(ready_window, ModelsPage)
    panel = page.presets_panel
    ready_window.click(panel.add_button)
    ready_window.click(panel.add_button)
    assert [p.name for p in stored().system_prompt_presets] == ["New preset", "New preset 2"]
    panel.name_edit.setText("New preset")
    panel.name_edit.editingFinished.emit()
    assert page.message.isVisibleTo(page) and "already" in page.message.text()
    assert [p.name for p in stored().system_prompt_presets] == ["New preset", "New preset 2"]
    ready_window.click(panel.remove_button)
    assert [p.name for p in stored().system_prompt_presets] == ["New preset"]


def test_cost_page_budget_and_cache_lifetime(ready_window: ChatDriver, claude_env: FakeApi) -> None:
    page = open_page(ready_window, CostPage)
    page.budget_box.setValue(0.01)
    page.budget_box.editingFinished.emit()
    assert stored().monthly_budget_usd == 0.01
    pick(page.ttl_combo, "1h")
    assert stored().cache_ttl == "1h"
    claude_env.queue(Reply.text("Cached an hour."), Reply.text("Title"))
    ready_window.send("Hi")
    ready_window.wait_shown("Cached an hour.")
    assert ready_window.current().cache_ttl == "1h"
    ready_window.wait_idle()
    ready_window.qtbot.waitUntil(
        lambda: ready_window.window.budget.status().budget == 0.01, timeout=WAIT_MS
    )


def test_a_preset_fills_the_system_prompt_dialog(ready_window: ChatDriver) -> None:
    from desktop_app.ui.dialogs.system_prompt_dialog import SystemPromptDialog

    page = open_page(ready_window, ModelsPage)
    panel = page.presets_panel
    ready_window.click(panel.add_button)
    panel.name_edit.setText("요약")
    panel.name_edit.editingFinished.emit()
    panel.text_edit.setPlainText("세 문장으로 요약하세요.")
    panel.commit_text()
    page.window().close()
    ready_window.click(ready_window.window.composer.system_button)
    ready_window.qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), SystemPromptDialog), timeout=WAIT_MS
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SystemPromptDialog)
    pick(dialog.preset_combo, "세 문장으로 요약하세요.")
    assert dialog.prompt() == "세 문장으로 요약하세요."
    dialog.accept()
    assert ready_window.window.options.draft.system_prompt == "세 문장으로 요약하세요."
