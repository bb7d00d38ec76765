"""The code-execution containers the local server has handed out. A request may name one
(`container`) to run its code there again while it lives, as the API allows; a reply that
ran code names its container and when it expires (message_delta.delta.container)."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.planned_message import PlannedMessage

LIFETIME = timedelta(hours=1)  # the recorded replies' containers expire about an hour on


class Sandboxes:
    def __init__(self) -> None:
        self._expiry: dict[str, datetime] = {}
        self._lock = threading.Lock()

    def problem(self, body: dict[str, Any]) -> ApiError | None:
        """The API's refusal of the request's `container`, if it names one that is not there."""
        wanted = body.get("container")
        if wanted is None:
            return None
        if not isinstance(wanted, str) or not wanted:
            return ApiError.invalid("container: Input should be a valid string")
        with self._lock:
            expires = self._expiry.get(wanted)
        if expires is None or expires <= datetime.now(UTC):
            return ApiError.invalid(f"Container '{wanted}' was not found or has expired.")
        return None

    def place(self, message: PlannedMessage, body: dict[str, Any]) -> PlannedMessage:
        """The message with its code run in the container asked for (else a new one), which
        then lives another LIFETIME."""
        if message.container is None:
            return message
        wanted = body.get("container")
        name = wanted if isinstance(wanted, str) and wanted else message.container["id"]
        expires = datetime.now(UTC) + LIFETIME
        with self._lock:
            self._expiry[name] = expires
        stamp = expires.isoformat().replace("+00:00", "Z")
        return dataclasses.replace(message, container={"id": name, "expires_at": stamp})

    def clear(self) -> None:
        with self._lock:
            self._expiry.clear()
