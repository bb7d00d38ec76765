"""The Claude adapter: AsyncAnthropic behind the core's `ClaudeClient` port.

Importing this module imports the SDK (about a second), so the app imports it
only after its window is on screen.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncGenerator, Callable
from typing import Any

import anthropic
import httpx2

from desktop_app.claude.file_client import AnthropicFileClient, beta_headers
from desktop_app.claude.http_client import sdk_client
from desktop_app.claude.translate import api_error_of, block_of, model_info_of, wire_event
from desktop_app.core.conversation import Block
from desktop_app.core.errors import ApiError, ErrorKind
from desktop_app.core.events import WireEvent
from desktop_app.core.model_info import ModelInfo
from desktop_app.core.request import Request
from desktop_app.core.request_options import SAMPLING_KEYS

# What the SDK or its transport may raise once a request is under way.
_FAILURES = (anthropic.AnthropicError, httpx2.HTTPError, ValueError)


def sdk_arguments(method: Callable[..., Any], params: dict[str, Any]) -> dict[str, Any]:
    """`params` as `method` takes them: what its signature lacks (temperature, top_p and top_k
    in SDK 2.x, or a newer API field) travels in extra_body, as the API reads it."""
    taken = inspect.signature(method).parameters
    arguments = {k: v for k, v in params.items() if k in taken}
    extra = {k: v for k, v in params.items() if k not in taken}
    if extra:
        arguments["extra_body"] = extra
    if headers := beta_headers(params):
        arguments["extra_headers"] = headers
    return arguments


class AnthropicClient:
    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        *,
        max_retries: int = 0,
        timeout: float = 600.0,
    ) -> None:
        # base_url None lets the SDK read ANTHROPIC_BASE_URL itself. The SDK's retries
        # stay off: it would wait out any retry-after silently; core.retry_policy decides.
        self._sdk = sdk_client(api_key, base_url, max_retries=max_retries, timeout=timeout)
        self.files = AnthropicFileClient(self._sdk)  # the Files API, on the same connection

    def __repr__(self) -> str:  # never show the key
        return f"AnthropicClient(base_url={str(self._sdk.base_url)!r})"

    async def stream(self, request: Request) -> AsyncGenerator[WireEvent, None]:
        try:
            create = self._sdk.messages.create
            stream = await create(**sdk_arguments(create, request.to_params()), stream=True)
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        try:
            async for raw in stream:
                event = wire_event(raw)
                if event is not None:
                    yield event
        except anthropic.APITimeoutError:
            raise ApiError(ErrorKind.STALLED) from None
        except anthropic.APIConnectionError:
            # The reply had begun: the line broke mid-way (SDK 2.17 wraps the transport's
            # error as a connection error, which before the reply means offline).
            raise ApiError(ErrorKind.DROPPED) from None
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        finally:
            await stream.close()

    async def complete(self, request: Request) -> list[Block]:
        try:
            create = self._sdk.messages.create
            message = await create(**sdk_arguments(create, request.to_params()))
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        return [block_of(block) for block in message.content]

    async def list_models(self) -> list[ModelInfo]:
        try:
            return [model_info_of(m) async for m in self._sdk.models.list(limit=100)]
        except _FAILURES as exc:
            raise api_error_of(exc) from None

    async def count_tokens(self, request: Request) -> int:
        # The endpoint takes the request's params except max_tokens and sampling, which count
        # no tokens (cache_control included, as in the recorded traffic).
        left_out = {"max_tokens", *SAMPLING_KEYS}
        params = {k: v for k, v in request.to_params().items() if k not in left_out}
        count = self._sdk.messages.count_tokens
        try:
            counted = await count(**sdk_arguments(count, params))
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        return counted.input_tokens

    async def close(self) -> None:
        await self._sdk.close()


__all__ = ["AnthropicClient", "ApiError"]
