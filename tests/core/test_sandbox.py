"""The code sandbox a conversation ran in: kept with the reply's usage (and through storage's
JSON), named again while it will still live when the request runs, let go near its end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.core.conversation import Message, Role, Usage, text_block
from desktop_app.core.sandbox import MARGIN, expiry, reusable_container

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def reply(usage: Usage | None, message_id: int = 2) -> Message:
    return Message(message_id, 1, Role.ASSISTANT, [text_block("끝")], usage=usage)


def sandbox(expires: datetime, name: str = "container_011Cabc") -> Usage:
    return Usage(10, 5, container_id=name, container_expires_at=expires.isoformat())


def test_the_usage_keeps_the_sandbox_through_its_json_and_a_sum() -> None:
    usage = sandbox(NOW + timedelta(hours=1))
    assert Usage.from_dict(usage.to_dict()) == usage
    assert "container" not in Usage(1, 2).to_dict()
    later = sandbox(NOW + timedelta(hours=2), "container_011Clater")
    assert (usage + later).container_id == "container_011Clater"
    assert (later + Usage(1, 1)).container_expires_at == later.container_expires_at


def test_the_last_live_sandbox_is_named_again_and_one_near_its_end_is_not() -> None:
    question = Message(1, 1, Role.USER, [text_block("파일을 만들어 줘")])
    live = sandbox(NOW + timedelta(minutes=30))
    history = [question, reply(live), reply(Usage(3, 4), 3)]  # a later reply ran no code
    assert reusable_container(history, NOW) == "container_011Cabc"
    ending = sandbox(NOW + MARGIN - timedelta(seconds=1))
    assert reusable_container([question, reply(ending)], NOW) is None
    assert reusable_container([question, reply(None)], NOW) is None


def test_an_unreadable_or_zulu_expiry() -> None:
    assert expiry(Usage(container_id="c", container_expires_at="soon")) is None
    zulu = Usage(container_id="c", container_expires_at="2026-12-04T10:00:00Z")
    assert expiry(zulu) == NOW + timedelta(hours=1)
