"""The composer's "Web & code" switches: what they turn on goes into the request's tools,
is kept per conversation (a new chat starts from the settings' default), and reopens with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.core.server_tools import CODE_EXECUTION, WEB_SEARCH, ServerTools
from desktop_app.core.settings import Settings
from desktop_app.ui.dialogs.web_options_dialog import WebOptionsDialog
from desktop_app.ui.widgets.server_tools_button import ServerToolsButton
from tests.fakeapi import FakeApi
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory
from tests.ui.test_server_cards import wait_cards


def tool_types(request: dict[str, Any]) -> set[str]:
    """Anthropic's tools in the request (Parley's own carry no type)."""
    tools = request.get("tools") or []
    return {str(t["type"]) for t in tools if isinstance(t, dict) and t.get("type")}


def last_chat_request(api: FakeApi) -> dict[str, Any]:
    """The last request of the chat itself (the titler asks on its own)."""
    chat = [r for r in api.message_requests() if "short title" not in str(r["messages"][0])]
    return chat[-1]


def switch(driver: ChatDriver, name: str) -> None:
    action = driver.window.composer.server_tools_button.actions_by_name[name]
    assert action.isEnabled(), action.toolTip()
    action.trigger()


def checked(driver: ChatDriver) -> set[str]:
    actions = driver.window.composer.server_tools_button.actions_by_name
    return {name for name, action in actions.items() if action.isChecked()}


def test_switches_go_into_the_request_and_stay_with_their_conversation(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = open_window()
    switch(driver, "web_search")
    assert driver.window.composer.server_tools_button.text() == "Web && code: 1"
    driver.send("서울 날씨 오늘")  # nothing queued: the echo searches, as the tools allow
    [card] = wait_cards(driver, 1)
    driver.wait_idle()
    searched = card.title_text()
    assert searched == "Searching the web for “서울 날씨 오늘”"
    assert WEB_SEARCH in tool_types(last_chat_request(claude_env))
    first = driver.current().id
    assert driver.store.request_options(first).server_tools.web_search

    driver.window.on_new_requested()
    assert checked(driver) == set()
    driver.send("Plain question")
    driver.wait_idle()
    assert tool_types(last_chat_request(claude_env)) == set()

    driver.window.open_conversation(first)
    driver.qtbot.waitUntil(lambda: checked(driver) == {"web_search"})
    switch(driver, "web_search")  # off again, for this conversation only
    assert not driver.store.request_options(first).server_tools.web_search
    [stored] = wait_cards(driver, 1)  # the reopened reply's card, built from storage
    assert stored.title_text() == searched


def test_new_chats_start_with_the_settings_default(
    claude_env: FakeApi, open_window: WindowFactory, parley_home: Path
) -> None:
    Settings(server_tools_default={"code_execution": True}).save(paths.settings_path())
    driver = open_window()
    assert checked(driver) == {"code_execution"}
    driver.send("실행해 봐")
    driver.wait_idle()
    assert CODE_EXECUTION in tool_types(last_chat_request(claude_env))
    assert driver.store.request_options(driver.current().id).server_tools.code_execution
    [card] = wait_cards(driver, 1)
    assert card.title_text() == "Running code" and "실행해 봐" in card.code.text()


def test_web_options_go_into_the_tool_definitions(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = open_window()
    switch(driver, "web_search")
    driver.window.options.server_tools.on_options_requested()
    dialog = driver.window.findChild(WebOptionsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.max_uses.setValue(3)
    dialog.allowed.setText("weather.example, kma.go.kr")
    dialog.blocked.setText("spam.example")
    dialog.on_ok_clicked()  # both lists: refused in words, the dialog stays
    assert dialog.isVisible() and "not both" in dialog.problem.text()
    dialog.blocked.clear()
    dialog.city.setText("서울")
    dialog.country.setText("kr")
    dialog.timezone.setText("Asia/Seoul")
    dialog.on_ok_clicked()
    assert not dialog.isVisible()
    driver.send("서울 날씨")
    driver.wait_idle()
    [search] = [t for t in last_chat_request(claude_env)["tools"] if t.get("type") == WEB_SEARCH]
    assert search["max_uses"] == 3
    assert search["allowed_domains"] == ["weather.example", "kma.go.kr"]
    assert search["user_location"] == {
        "type": "approximate",
        "city": "서울",
        "country": "KR",
        "timezone": "Asia/Seoul",
    }
    web = driver.store.request_options(driver.current().id).server_tools.web
    assert web.max_uses == 3 and web.city == "서울"


def test_a_tool_the_model_does_not_take_is_disabled_and_says_why(qtbot: QtBot) -> None:
    button = ServerToolsButton()
    qtbot.addWidget(button)
    offered = {"web_search": True, "web_fetch": False, "code_execution": True}
    button.show_tools(ServerTools(web_fetch=True), offered)
    fetch = button.actions_by_name["web_fetch"]
    assert not fetch.isEnabled()
    assert fetch.toolTip() == "The chosen model does not take this tool"
    assert button.text() == "Web && code"  # switched on, but not sent with this model
    with qtbot.assertNotEmitted(button.changed):
        fetch.trigger()
