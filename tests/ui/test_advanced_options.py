"""The composer's Advanced fold in the real window: temperature, top-p, top-k and stop sequences
set in its panel go into the request (as the local server recorded it), stay with their
conversation (its web tools untouched), start unset in a new chat, and never let a request
go out that the model would refuse."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.core.request_options import RequestOptions
from desktop_app.core.server_tools import ServerTools
from desktop_app.ui.widgets.advanced_button import AdvancedButton
from desktop_app.ui.widgets.advanced_panel import AdvancedPanel
from tests.fakeapi import FakeApi
from tests.ui.chat_driver import ChatDriver, type_into
from tests.ui.conftest import WindowFactory
from tests.ui.test_server_tool_switches import last_chat_request, switch


def open_panel(driver: ChatDriver) -> AdvancedPanel:
    button = driver.window.composer.advanced_button
    driver.click(button)
    panel = driver.window.options.sampling.panel
    assert panel is not None
    driver.qtbot.waitUntil(panel.isVisible)
    return panel


def add_stop(driver: ChatDriver, panel: AdvancedPanel, text: str) -> None:
    type_into(driver.qtbot, panel.stop_edit, text)
    driver.click(panel.add_button)


def test_options_reach_the_request_and_stay_with_their_conversation(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = open_window()
    button = driver.window.composer.advanced_button
    assert button.text() == "Advanced" and not button.property("active")
    switch(driver, "web_search")
    panel = open_panel(driver)
    assert panel.temperature.text() == "Default" and panel.top_k.text() == "Default"
    panel.temperature.setValue(0.3)
    add_stop(driver, panel, "끝.")
    add_stop(driver, panel, "###")
    assert [panel.stops.item(i).text() for i in range(panel.stops.count())] == ["끝.", "###"]
    assert button.text() == "T 0.3 · 2 stops" and button.property("active")
    panel.hide()

    driver.send("조용히 답해 주세요")
    driver.wait_idle()
    sent = last_chat_request(claude_env)
    assert sent["temperature"] == 0.3 and sent["stop_sequences"] == ["끝.", "###"]
    assert "top_p" not in sent and "top_k" not in sent
    first = driver.current().id
    kept = driver.store.request_options(first)
    assert kept.temperature == 0.3 and kept.stop_sequences == ("끝.", "###")
    assert kept.server_tools.web_search  # the web switch is kept beside them

    driver.window.on_new_requested()
    assert button.text() == "Advanced"
    driver.send("Plain question")
    driver.wait_idle()
    plain = last_chat_request(claude_env)
    assert "temperature" not in plain and "stop_sequences" not in plain

    driver.window.open_conversation(first)
    driver.qtbot.waitUntil(lambda: button.text() == "T 0.3 · 2 stops")
    panel = open_panel(driver)
    assert panel.temperature.value() == 0.3
    panel.stops.setCurrentRow(1)
    driver.click(panel.remove_button)
    assert driver.store.request_options(first).stop_sequences == ("끝.",)
    driver.click(panel.reset_button)
    assert button.text() == "Advanced" and panel.temperature.text() == "Default"
    assert driver.store.request_options(first) == RequestOptions(
        server_tools=ServerTools(web_search=True)
    )


def test_what_the_model_cannot_take_is_disabled_and_said(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = open_window()
    assert driver.window.composer.current_model() == "claude-sonnet-4-6"
    panel = open_panel(driver)
    panel.temperature.setValue(0.5)
    assert not panel.top_p.isEnabled()  # this model takes one of the two
    assert "not both" in panel.notes["top_p"].text() and panel.notes["top_p"].isVisible()
    panel.temperature.setValue(panel.temperature.minimum())  # back to Default
    assert panel.top_p.isEnabled() and not panel.notes["top_p"].isVisible()
    panel.top_k.setValue(20)
    panel.hide()

    thinking = driver.window.composer.thinking_button
    switch_on = next(a for a in thinking.menu().actions() if a.isCheckable())
    switch_on.trigger()  # thinking on: top-k is no longer taken
    button = driver.window.composer.advanced_button
    assert button.text().startswith("⚠") and "top-k" in button.toolTip()
    panel = open_panel(driver)
    assert panel.top_k.isEnabled()  # it holds a value: it stays, to be cleared
    assert panel.notes["top_k"].objectName() == "advancedProblem"
    assert panel.temperature.maximum() == 1.0 and panel.temperature.minimum() == 0.95
    assert "only be 1" in panel.notes["temperature"].text()

    before = len(claude_env.message_requests())
    driver.send("생각해서 답해 줘")
    card = driver.wait_error()
    assert "top-k cannot be set" in card.label.text()
    assert len(claude_env.message_requests()) == before  # refused here, never sent
    assert driver.window.composer.text() == "생각해서 답해 줘"  # nothing stored: given back
    assert driver.store.messages(driver.current().id) == []
    panel = open_panel(driver)
    panel.top_k.setValue(0)
    assert not panel.top_k.isEnabled() and "cannot be set" in panel.notes["top_k"].text()
    assert not button.text().startswith("⚠")


def test_the_button_says_what_is_set(qtbot: QtBot) -> None:
    button = AdvancedButton()
    qtbot.addWidget(button)
    button.show_options(RequestOptions(top_p=0.9, top_k=40, stop_sequences=("\n\n",)), [])
    assert button.text() == "P 0.9 · K 40 · 1 stop"
    assert "samples differently" in button.toolTip()


def test_closing_the_panel_keeps_what_was_typed_but_not_confirmed(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = open_window()
    panel = open_panel(driver)
    type_into(driver.qtbot, panel.stop_edit, "그만")  # typed, never added with Enter or Add
    panel.top_k.lineEdit().setText("40")  # typed into the box, never confirmed
    driver.qtbot.keyClick(panel, "\x1b")  # Esc closes the popup
    driver.qtbot.waitUntil(lambda: not panel.isVisible())
    assert driver.window.composer.advanced_button.text() == "K 40 · 1 stop"
    driver.send("짧게 답해 줘")
    driver.wait_idle()
    sent = last_chat_request(claude_env)
    assert sent["stop_sequences"] == ["그만"] and sent["top_k"] == 40
    assert panel.stop_edit.text() == ""
