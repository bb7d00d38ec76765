"""The real AsyncAnthropic client as the fake server's tests build it: quickly.

Each new client would otherwise load the system CA bundle (~25 ms); the fake server speaks plain
HTTP, so one shared TLS context is enough for every client in the run.
"""

from __future__ import annotations

import ssl
from typing import Any

from anthropic import AsyncAnthropic, DefaultAsyncHttpxClient

_TLS = ssl.create_default_context()


def sdk_client(base_url: str, *, api_key: str | None = "test", **options: Any) -> AsyncAnthropic:
    """An AsyncAnthropic for `base_url`, no retries unless `max_retries` is given."""
    options.setdefault("max_retries", 0)
    return AsyncAnthropic(
        base_url=base_url,
        api_key=api_key,
        http_client=DefaultAsyncHttpxClient(verify=_TLS),
        **options,
    )
