"""The composer's model picker (prices and what each model suits) and its Max control (the
conversation's max_tokens, and the default for new chats), in the real window."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop_app.core.model_info import ModelInfo
from desktop_app.core.pricing import Pricing
from desktop_app.paths import settings_path
from desktop_app.ui.widgets.model_item_delegate import DETAILS_ROLE, model_details
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory


def details_of(ui: ChatDriver, model_id: str) -> str:
    picker = ui.window.composer.model_picker
    return str(picker.itemData(picker.findData(model_id), DETAILS_ROLE) or "")


def test_the_picker_shows_prices_and_what_each_model_suits(ready_window: ChatDriver) -> None:
    ui = ready_window
    ui.qtbot.waitUntil(lambda: bool(details_of(ui, "claude-haiku-4-5-20251001")))
    assert details_of(ui, "claude-sonnet-4-6") == (
        "$3 / $15 per M tokens · balanced: most work, code, screenshots"
    )
    assert details_of(ui, "claude-haiku-4-5-20251001").startswith("$1 / $5 per M tokens · fast")
    assert details_of(ui, "claude-opus-4-6").endswith("hardest problems, long agentic work")
    picker = ui.window.composer.model_picker
    index = picker.findData("claude-sonnet-4-6")
    assert picker.itemData(index, Qt.ItemDataRole.ToolTipRole) == details_of(
        ui, "claude-sonnet-4-6"
    )
    # The closed picker shows the name only; the open list is wide enough for the details.
    assert picker.currentText() == "Claude Sonnet 4.6"
    view = picker.view()
    haiku = view.model().index(picker.findData("claude-haiku-4-5-20251001"), 0)
    two_lines = view.sizeHintForIndex(haiku)
    assert two_lines.height() >= 2 * picker.fontMetrics().height()
    assert picker.width() < two_lines.width() <= view.minimumWidth()


def test_an_unknown_model_says_its_price_is_unknown() -> None:
    mystery = ModelInfo("claude-mystery-9", "Claude Mystery 9")
    assert model_details(mystery, Pricing.load().price(mystery.id)) == "price unknown"


def test_max_is_kept_per_conversation_and_can_become_the_default(
    ready_window: ChatDriver, claude_env: FakeApi, open_window: WindowFactory
) -> None:
    ui = ready_window
    button = ui.window.composer.reply_limit_button
    assert button.text() == "Max 8k"
    button.actions_by_limit[2048].trigger()  # a new chat, before its first message
    assert button.text() == "Max 2k"
    claude_env.queue(Reply.text("짧은 대답."), Reply.text("제목"))
    ui.send("짧게 대답해 주세요")
    ui.wait_shown("짧은 대답.")
    ui.wait_idle()
    assert claude_env.message_requests()[0]["max_tokens"] == 2048
    assert ui.current().max_tokens == 2048

    assert button.use_as_default is not None
    button.use_as_default.trigger()
    assert json.loads(settings_path().read_text(encoding="utf-8"))["default_max_tokens"] == 2048
    button.actions_by_limit[0].trigger()  # back to the default, which is now 2,048
    assert ui.current().max_tokens is None and button.text() == "Max 2k"

    ui.window.close()
    again = open_window()  # a restart: the default stays, and reaches the session
    assert again.window.composer.reply_limit_button.text() == "Max 2k"
    claude_env.queue(Reply.text("네."))
    again.send("한 번 더")
    again.wait_shown("네.")
    again.wait_idle()
    assert claude_env.message_requests()[-1]["max_tokens"] == 2048
