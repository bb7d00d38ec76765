"""A reply that ends while Parley is not in front is announced on the desktop (through a real
freedesktop Notifications service on a private bus), and a click opens its conversation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app import paths
from desktop_app.core.conversation import Role, text_block
from desktop_app.core.settings import Settings
from desktop_app.ui.desktop_integration import DesktopIntegration
from tests.fake_notifications import NotificationService, notification_service  # noqa: F401
from tests.fakeapi import FakeApi, Reply
from tests.ui.chat_driver import WAIT_MS, ChatDriver
from tests.ui.conftest import WindowFactory

ANSWER = "제주도는 한국에서 가장 큰 섬입니다. 한라산이 그 한가운데에 솟아 있고, 바다가 둘러싸요."


@pytest.fixture
def integrated(
    claude_env: FakeApi,
    open_window: WindowFactory,
    notification_service: NotificationService,  # noqa: F811
) -> Iterator[tuple[ChatDriver, DesktopIntegration]]:
    ui = open_window()
    desktop = DesktopIntegration(ui.window)
    desktop.start()
    ui.qtbot.waitUntil(lambda: desktop.notifier.desktop is not None, timeout=WAIT_MS)
    yield ui, desktop
    desktop.close()


def titled(ui: ChatDriver, title: str) -> int:
    conversation = ui.store.create_conversation("claude-sonnet-4-6", title=title)
    ui.store.add_message(conversation.id, Role.USER, [text_block("안녕")])
    ui.store.add_message(conversation.id, Role.ASSISTANT, [text_block("안녕하세요")])
    ui.window.list_model.put_first(ui.store.get_conversation(conversation.id))
    ui.window.open_conversation(conversation.id)
    return conversation.id


def activate(ui: ChatDriver) -> None:
    ui.window.show()
    ui.window.activateWindow()
    ui.qtbot.waitUntil(ui.window.isActiveWindow, timeout=WAIT_MS)


def send_then_look_away(ui: ChatDriver, claude_env: FakeApi, text: str) -> None:
    claude_env.queue(Reply.text(ANSWER, chunk=4, delay=0.05))
    activate(ui)
    ui.send(text)
    ui.qtbot.waitUntil(ui.busy, timeout=WAIT_MS)
    ui.window.showMinimized()  # the user went to another program while it streams
    ui.qtbot.waitUntil(lambda: QApplication.activeWindow() is None or ui.window.isMinimized())


def test_a_reply_ending_unseen_is_notified_and_a_click_opens_it(
    integrated: tuple[ChatDriver, DesktopIntegration],
    claude_env: FakeApi,
    notification_service: NotificationService,  # noqa: F811
) -> None:
    ui, _desktop = integrated
    conversation_id = titled(ui, "제주 여행 계획")
    send_then_look_away(ui, claude_env, "제주도는 어떤 곳이야?")
    ui.qtbot.waitUntil(lambda: len(notification_service.shown) == 1, timeout=WAIT_MS)
    shown = notification_service.shown[0]
    assert shown.signature == "susssasa{sv}i"  # the spec's types: a real server refuses others
    assert shown.app_name == "Parley"
    assert shown.summary == "제주 여행 계획"
    assert shown.body.startswith("제주도는 한국에서 가장 큰 섬입니다.")
    assert "default" in shown.actions
    ui.window.open_conversation(None)  # elsewhere meanwhile
    notification_service.invoke(shown.id)
    ui.qtbot.waitUntil(lambda: ui.window.current_id == conversation_id, timeout=WAIT_MS)
    assert ui.window.isVisible() and not ui.window.isMinimized()
    assert ANSWER in ui.shown()


def test_no_notification_while_the_window_is_in_front(
    integrated: tuple[ChatDriver, DesktopIntegration],
    claude_env: FakeApi,
    notification_service: NotificationService,  # noqa: F811
) -> None:
    ui, desktop = integrated
    titled(ui, "서울 맛집")
    claude_env.queue(Reply.text(ANSWER, chunk=8, delay=0.01))
    activate(ui)
    ui.send("추천해 줘")
    ui.wait_idle()
    ui.wait_shown(ANSWER)
    ui.qtbot.wait(300)  # a notification, if one were sent, would be on the bus by now
    assert notification_service.shown == []
    assert desktop.notifier.last.startswith("제주도는")  # the ending was seen, not announced


def test_no_notification_when_the_user_turned_them_off(
    claude_env: FakeApi,
    open_window: WindowFactory,
    notification_service: NotificationService,  # noqa: F811
) -> None:
    Settings().with_(notifications=False).save(paths.settings_path())
    ui = open_window()
    desktop = DesktopIntegration(ui.window)
    desktop.start()
    ui.qtbot.waitUntil(lambda: desktop.notifier.desktop is not None, timeout=WAIT_MS)
    titled(ui, "부산")
    send_then_look_away(ui, claude_env, "부산 날씨는?")
    ui.wait_idle()
    ui.qtbot.wait(300)
    assert notification_service.shown == []
    desktop.close()


def test_a_batch_ending_unseen_is_notified_with_its_counts_and_a_click_opens_batches(
    claude_env: FakeApi,
    open_window: WindowFactory,
    notification_service: NotificationService,  # noqa: F811
) -> None:
    from desktop_app.ui.dialogs.batches_window import BatchesWindow
    from tests.ui.test_batches_window import batch_window, submit_variants, wait_sent

    ui = batch_window(open_window, claude_env, seconds=1.5)
    desktop = DesktopIntegration(ui.window)
    desktop.start()
    try:
        ui.qtbot.waitUntil(lambda: desktop.notifier.desktop is not None, timeout=WAIT_MS)
        view = submit_variants(ui, 2, prompt="이 문장을 영어로 옮겨 주세요")
        wait_sent(ui.qtbot, view)
        view.close()
        ui.window.showMinimized()
        ui.qtbot.waitUntil(lambda: len(notification_service.shown) == 1, timeout=WAIT_MS)
        shown = notification_service.shown[0]
        assert shown.summary == "Batch ended"
        assert "2 succeeded" in shown.body
        notification_service.invoke(shown.id)

        def batches_shown() -> bool:
            found = ui.window.findChild(BatchesWindow)
            return found is not None and found.isVisible()

        ui.qtbot.waitUntil(batches_shown, timeout=WAIT_MS)
        assert ui.window.isVisible() and not ui.window.isMinimized()
    finally:
        desktop.close()


def look_away(ui: ChatDriver) -> None:
    ui.window.showMinimized()
    ui.qtbot.waitUntil(lambda: QApplication.activeWindow() is None or ui.window.isMinimized())


def test_a_failed_reply_is_notified_as_failed(
    integrated: tuple[ChatDriver, DesktopIntegration],
    claude_env: FakeApi,
    notification_service: NotificationService,  # noqa: F811
) -> None:
    ui, _desktop = integrated
    titled(ui, "긴 문서 요약")
    claude_env.queue(Reply.error(400, "invalid_request_error", "prompt is too long"))
    look_away(ui)
    ui.send("이 문서를 요약해 줘")
    ui.qtbot.waitUntil(lambda: len(notification_service.shown) == 1, timeout=WAIT_MS)
    shown = notification_service.shown[0]
    assert shown.summary == "긴 문서 요약"
    assert shown.body.startswith("The reply failed: ")
    assert "too long" in shown.body


def test_without_a_notification_service_or_tray_the_status_bar_says_it(
    claude_env: FakeApi, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    ui = open_window()
    desktop = DesktopIntegration(ui.window)
    desktop.start()
    try:
        assert desktop.tray.icon is None  # no tray offscreen
        titled(ui, "제주 여행 계획")
        claude_env.queue(Reply.text(ANSWER, chunk=8, delay=0.01))
        look_away(ui)
        ui.send("제주도는 어떤 곳이야?")
        ui.wait_idle()
        message = ui.window.statusBar().currentMessage()
        assert message.startswith("제주 여행 계획: 제주도는 한국에서 가장 큰 섬입니다.")
        assert desktop.notifier.desktop is None
    finally:
        desktop.close()
