"""The composer's cost of the next send and the context window's fill, in the real window
against the local API: one count after a pause, the cache, the offline "≈", the 80 % warning."""

from __future__ import annotations

import httpx2
from PySide6.QtCore import Qt

from desktop_app.core.conversation import Role, Usage, text_block
from desktop_app.ui.send_estimator import DEBOUNCE_MS
from tests.fakeapi import FakeApi, Reply
from tests.ui.attachment_driver import png_file, wait_prepared
from tests.ui.chat_driver import ChatDriver
from tests.ui.conftest import WindowFactory, close_window
from tests.ui.test_message_actions import started

COUNT_PATH = "/v1/messages/count_tokens"


def counts(fakeapi: FakeApi) -> list[dict]:
    return [r.body for r in fakeapi.requests if r.path == COUNT_PATH]


def server_count(fakeapi: FakeApi, body: dict) -> int:
    """The server's own count of `body` (the request is recorded too)."""
    headers = {"x-api-key": "test-key", "anthropic-version": "2023-06-01"}
    answer = httpx2.post(f"{fakeapi.url}{COUNT_PATH}", json=body, headers=headers)
    return int(answer.json()["input_tokens"])


def estimate_text(ui: ChatDriver) -> str:
    label = ui.window.composer.status.estimate_label
    return label.text() if label.isVisible() else ""


def test_typing_sends_one_count_after_the_pause_and_the_same_draft_is_not_counted_again(
    ready_window: ChatDriver, claude_env: FakeApi
):
    ui = ready_window
    ui.type("이 화면의 여백이 맞나요? Check the spacing")
    assert counts(claude_env) == []  # not while typing
    ui.qtbot.waitUntil(lambda: "tokens" in estimate_text(ui), timeout=5_000)
    sent = counts(claude_env)
    assert len(sent) == 1
    assert sent[0]["messages"][-1]["content"][-1]["text"].startswith("이 화면의 여백이")
    tokens = server_count(claude_env, sent[0])
    shown = estimate_text(ui)
    assert shown.startswith(f"{tokens:,} tokens · $") and "≈" not in shown

    ui.window.composer.set_text("")
    ui.qtbot.waitUntil(lambda: estimate_text(ui) == "", timeout=5_000)
    ui.type("이 화면의 여백이 맞나요? Check the spacing")
    ui.qtbot.waitUntil(lambda: estimate_text(ui) == shown, timeout=5_000)
    ui.qtbot.wait(DEBOUNCE_MS + 200)
    assert len(counts(claude_env)) == 2  # ours and the test's own: the second from the cache

    ui.type("!")
    ui.qtbot.waitUntil(lambda: len(counts(claude_env)) == 3, timeout=5_000)


def test_with_the_server_down_the_local_estimate_shows_with_a_tilde(
    ready_window: ChatDriver, claude_env: FakeApi
):
    ui = ready_window
    claude_env.stop()
    ui.type("안녕하세요 Claude")
    ui.qtbot.waitUntil(lambda: estimate_text(ui).startswith("≈ "), timeout=10_000)
    assert "tokens · $" in estimate_text(ui)


def test_a_conversation_near_the_models_limit_warns_and_offers_a_summary(
    claude_env: FakeApi, open_window: WindowFactory
):
    ui = open_window()
    store = ui.store
    model = "claude-haiku-4-5-20251001"  # 200,000 input tokens
    conversation = store.create_conversation(model, "", "긴 대화")
    store.add_message(conversation.id, Role.USER, [text_block("질문")])
    store.add_message(
        conversation.id,
        Role.ASSISTANT,
        [text_block("답")],
        model=model,
        usage=Usage(2_000, 500, cache_read_input_tokens=160_000),
    )
    ui.window.open_conversation(conversation.id)
    status = ui.window.composer.status
    ui.qtbot.waitUntil(lambda: status.meter_label.isVisible(), timeout=5_000)
    assert status.meter_label.text() == "81% of context"  # 162,500 of 200,000
    assert status.meter_label.property("warning") is True
    assert "162,500 of 200,000" in status.meter.toolTip()
    assert status.summary_button.isVisible()

    fresh = store.create_conversation(model, "", "짧은 대화")
    store.add_message(fresh.id, Role.USER, [text_block("질문")])
    store.add_message(
        fresh.id, Role.ASSISTANT, [text_block("답")], model=model, usage=Usage(1_000, 100)
    )
    ui.window.open_conversation(fresh.id)
    assert status.meter_label.text() == "1% of context"
    assert status.meter_label.property("warning") is False
    assert not status.summary_button.isVisible()


def test_continue_with_a_summary_opens_a_linked_conversation_that_survives_a_restart(
    claude_env: FakeApi, open_window: WindowFactory
):
    ui = open_window()
    model = "claude-haiku-4-5-20251001"
    original = ui.store.create_conversation(model, "", "긴 대화")
    ui.store.add_message(original.id, Role.USER, [text_block("버튼 대비를 검토해 주세요.")])
    ui.store.add_message(
        original.id,
        Role.ASSISTANT,
        [text_block("대비가 3.1:1로 낮습니다.")],
        model=model,
        usage=Usage(1_000, 500, cache_read_input_tokens=198_000),
    )
    ui.window.open_conversation(original.id)
    status = ui.window.composer.status
    ui.qtbot.waitUntil(lambda: status.summary_button.isVisible(), timeout=5_000)
    assert status.meter_label.text() == "100% of context"
    claude_env.queue(Reply.text("요약: 버튼 대비를 4.5:1 이상으로 올리기로 했다."))
    ui.click(status.summary_button)
    ui.qtbot.waitUntil(lambda: ui.window.current_id != original.id, timeout=10_000)
    new = ui.current()
    assert new.continued_from == original.id
    assert "4.5:1" in new.system_prompt
    assert status.origin_button.isVisible()
    assert status.origin_button.text() == "Continued from “긴 대화”"
    ui.click(status.origin_button)
    assert ui.window.current_id == original.id
    assert not status.origin_button.isVisible()
    close_window(ui.qtbot, ui.window)

    again = open_window()
    again.window.open_conversation(new.id)
    shown = again.window.composer.status
    assert shown.origin_button.isVisible()
    assert shown.origin_button.text() == "Continued from “긴 대화”"


def test_an_attached_screenshot_and_its_removal_are_counted_again(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path
):
    ui = ready_window
    ui.type("이 화면을 검토해 주세요")
    ui.qtbot.waitUntil(lambda: len(counts(claude_env)) == 1, timeout=5_000)
    ui.qtbot.waitUntil(lambda: "tokens" in estimate_text(ui), timeout=5_000)
    text_only = estimate_text(ui)
    controls = ui.window.composer.attachments
    controls.model.add_files([png_file(tmp_path, "로그인 화면.png", 600, 400)])
    wait_prepared(ui, 1)
    ui.qtbot.waitUntil(lambda: len(counts(claude_env)) == 2, timeout=5_000)
    ui.qtbot.waitUntil(lambda: estimate_text(ui) != text_only, timeout=5_000)
    image = counts(claude_env)[1]["messages"][-1]["content"][0]
    assert image["type"] == "image" and image["source"]["type"] == "base64"
    with_image = estimate_text(ui)
    assert int(with_image.split(" ")[0].replace(",", "")) > int(text_only.split(" ")[0])

    controls.model.remove(controls.model.items()[0].id)
    ui.qtbot.waitUntil(lambda: estimate_text(ui) == text_only, timeout=5_000)
    assert len(counts(claude_env)) == 2  # the text alone was counted before


def test_while_editing_a_question_the_count_is_of_the_edited_branch(
    ready_window: ChatDriver, claude_env: FakeApi
):
    ui = ready_window
    started(ui, claude_env)  # 2+2? Four. 3+3? Six.
    ui.qtbot.keyClick(ui.window.composer.edit, Qt.Key.Key_Up)  # edit the last question
    assert ui.window.composer.editing
    before = len(counts(claude_env))
    ui.type(" 고침")
    ui.qtbot.waitUntil(lambda: len(counts(claude_env)) > before, timeout=5_000)
    texts = [
        block["text"]
        for turn in counts(claude_env)[-1]["messages"]
        for block in turn["content"]
        if block.get("type") == "text"
    ]
    assert texts == ["2+2?", "Four.", "3+3? 고침"]  # not "Six.": the edit replaces 3+3?
