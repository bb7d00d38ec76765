"""The SDK's HTTP client, built on one TLS context made once per process.

Loading the system's certificates into a TLS context takes ~100 ms; the SDK would
do it for every client it makes (a new key, a key check, the batch follower's).
The connection makes the context on its loading thread, so no client costs the UI it.
"""

from __future__ import annotations

import functools
import ssl
from typing import Any

import anthropic
import httpcore2


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The SDK's default context (it honours SSL_CERT_FILE and SSL_CERT_DIR), made once."""
    return httpcore2.default_ssl_context()


def sdk_client(api_key: str, base_url: str | None, **options: Any) -> anthropic.AsyncAnthropic:
    """An AsyncAnthropic with the SDK's own transport defaults and the shared TLS context."""
    http = anthropic.DefaultAsyncHttpxClient(verify=tls_context())
    return anthropic.AsyncAnthropic(api_key=api_key, base_url=base_url, http_client=http, **options)
