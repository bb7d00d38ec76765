"""Caching in the real window: each reply's cache share and saving, the conversation's saving,
and the per-conversation 1-hour cache option reaching the requests."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.ui.dialogs.system_prompt_dialog import SystemPromptDialog
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import ChatDriver
from tests.ui.test_message_actions import bar_under

# ~3,000 tokens: above the 1,024-token minimum of the Sonnet models.
LONG_PROMPT = "당신은 화면 캡처를 검토하는 디자이너입니다. Review spacing, contrast and copy. " * 90


def open_system_prompt(ui: ChatDriver) -> SystemPromptDialog:
    ui.click(ui.window.composer.system_button)
    ui.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SystemPromptDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SystemPromptDialog)
    return dialog


def set_system_prompt(ui: ChatDriver, prompt: str, *, hour: bool | None = None) -> None:
    dialog = open_system_prompt(ui)
    dialog.edit.setPlainText(prompt)
    if hour is not None and dialog.cache_check.isChecked() != hour:
        ui.click(dialog.cache_check)
    dialog.accept()
    ui.qtbot.waitUntil(lambda: not dialog.isVisible())


def choose_model(ui: ChatDriver, model_id: str) -> None:
    picker = ui.window.composer.model_picker
    index = next(i for i in range(picker.count()) if picker.itemData(i) == model_id)
    picker.setCurrentIndex(index)
    picker.activated.emit(index)


def talk(ui: ChatDriver, fakeapi: FakeApi, question: str, answer: str) -> None:
    fakeapi.queue(Reply.text(answer), Reply.text("캐시 검토"))  # the title takes the second
    ui.send(question)
    ui.wait_shown(answer)
    ui.wait_idle()


def test_the_second_reply_shows_its_cache_share_and_saving(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    choose_model(ui, "claude-sonnet-4-6")
    set_system_prompt(ui, LONG_PROMPT)
    talk(ui, claude_env, "첫 화면을 봐 주세요", "First review.")
    first = bar_under(ui, "First review.").info.text()
    assert "cache write +$" in first and "from cache" not in first  # a write costs more
    talk(ui, claude_env, "두 번째 화면은요?", "Second review.")

    bar = bar_under(ui, "Second review.")
    info = bar.info.text()
    assert "% from cache, saved $" in info
    share = int(info.split(" % from cache")[0].rsplit(" · ", 1)[-1])
    assert share >= 90
    assert "read from the prompt cache" in bar.info.toolTip()
    assert "plain input $3.00" in bar.info.toolTip()
    status = ui.window.usage_label.text()
    assert " by caching" in status and ("saved $" in status or "more so far" in status)


def test_the_one_hour_option_is_kept_and_reaches_the_requests(
    ready_window: ChatDriver, claude_env: FakeApi
) -> None:
    ui = ready_window
    choose_model(ui, "claude-sonnet-4-6")
    dialog = open_system_prompt(ui)
    # The write price is said from the model's prices: Sonnet's 1-hour write is $6 on $3.
    assert "writes cost 2× input instead of 1.25×" in dialog.cache_check.text()
    assert "0.1× input" in dialog.cache_check.toolTip()
    assert not dialog.cache_check.isChecked()
    dialog.reject()
    set_system_prompt(ui, LONG_PROMPT, hour=True)  # before the chat exists: its draft keeps it
    talk(ui, claude_env, "한 시간 캐시", "Kept for an hour.")

    assert ui.current().cache_ttl == "1h"
    sent = [b for b in claude_env.message_requests() if b["model"] == "claude-sonnet-4-6"]
    assert sent[-1]["cache_control"] == {"type": "ephemeral", "ttl": "1h"}
    assert sent[-1]["system"][-1]["cache_control"] == {"type": "ephemeral", "ttl": "1h"}
    reply = ui.store.messages(ui.current().id)[-1]
    assert reply.usage is not None and reply.usage.cache_creation_1h_input_tokens > 0

    again = open_system_prompt(ui)  # an existing chat shows its choice, and stores a change
    assert again.cache_check.isChecked() and again.prompt() == LONG_PROMPT.strip()
    ui.click(again.cache_check)
    again.accept()
    assert ui.current().cache_ttl == "5m"
    talk(ui, claude_env, "다시 5분", "Back to five minutes.")
    sent = [b for b in claude_env.message_requests() if b["model"] == "claude-sonnet-4-6"]
    assert sent[-1]["cache_control"] == {"type": "ephemeral"}
