"""One request as the fake server received it, for tests to inspect.

Its repr masks credentials, so a failing assertion never prints a key.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

_SECRET_HEADERS = frozenset({"x-api-key", "authorization"})


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """Method, path (no query), lower-case headers, parsed JSON body (None if none or invalid)."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    query: dict[str, list[str]] = field(default_factory=dict)
    received_at: float = field(default_factory=time.monotonic)

    @property
    def api_key(self) -> str | None:
        """The key the client sent, as x-api-key or (anthropic ≥ 2.x) Authorization: Bearer."""
        bearer = self.headers.get("authorization", "")
        return self.headers.get("x-api-key") or bearer.removeprefix("Bearer ").strip() or None

    def __repr__(self) -> str:
        shown = {k: ("***" if k in _SECRET_HEADERS else v) for k, v in self.headers.items()}
        return (
            f"RecordedRequest(method={self.method!r}, path={self.path!r}, headers={shown!r}, "
            f"body={self.body!r}, query={self.query!r})"
        )
