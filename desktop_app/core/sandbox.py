"""The code-execution sandbox (the API's "container") a conversation last ran code in.

The next request names it while it lives, so files Claude wrote there are still there and
the same sandbox's time is billed rather than a new one's. A sandbox about to expire is let
go: naming an expired one is refused by the API.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from desktop_app.core.conversation import Message, Role, Usage

MARGIN = timedelta(minutes=2)  # a request takes a while to arrive and run; clocks differ


def expiry(usage: Usage) -> datetime | None:
    """When the usage's sandbox expires (aware, UTC), if it names one with a readable time."""
    if not usage.container_id or not usage.container_expires_at:
        return None
    try:
        when = datetime.fromisoformat(usage.container_expires_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def last_sandbox(history: Sequence[Message]) -> Usage | None:
    """The usage of the last reply in `history` that ran code, if any."""
    for message in reversed(history):
        if message.role is Role.ASSISTANT and message.usage and message.usage.container_id:
            return message.usage
    return None


def reusable_container(history: Sequence[Message], now: datetime) -> str | None:
    """The id of the conversation's sandbox if it will still live when the request runs."""
    usage = last_sandbox(history)
    if usage is None:
        return None
    expires = expiry(usage)
    return usage.container_id if expires is not None and expires - MARGIN > now else None
