"""Failures the server scripts reach the real SDK as the real API's would."""

from __future__ import annotations

from typing import Any

import anthropic
import httpx2
import pytest
from anthropic import AsyncAnthropic

from tests.fakeapi import FakeApi, Reply
from tests.fakeapi.sdk_client import sdk_client

ASK: dict[str, Any] = {
    "model": "claude-haiku-4-5",
    "max_tokens": 256,
    "messages": [{"role": "user", "content": "Hello"}],
}


async def streamed_text(sdk: AsyncAnthropic, received: list[str]) -> str:
    async with sdk.messages.stream(**ASK) as stream:
        async for text in stream.text_stream:
            received.append(text)
        final = await stream.get_final_message()
    return "".join(block.text for block in final.content if block.type == "text")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "exception", "error_type"),
    [
        (400, anthropic.BadRequestError, "invalid_request_error"),
        (401, anthropic.AuthenticationError, "authentication_error"),
        (403, anthropic.PermissionDeniedError, "permission_error"),
        (404, anthropic.NotFoundError, "not_found_error"),
        (413, anthropic.RequestTooLargeError, "request_too_large"),
        (429, anthropic.RateLimitError, "rate_limit_error"),
        (500, anthropic.InternalServerError, "api_error"),
        (529, anthropic.OverloadedError, "overloaded_error"),
    ],
)
@pytest.mark.parametrize("stream", [True, False], ids=["stream", "whole"])
async def test_error_status_maps_to_the_sdk_exception(
    status: int,
    exception: type[anthropic.APIStatusError],
    error_type: str,
    stream: bool,
    fakeapi: FakeApi,
    sdk: AsyncAnthropic,
) -> None:
    fakeapi.queue(Reply.error(status))

    with pytest.raises(exception) as caught:
        if stream:
            await streamed_text(sdk, [])
        else:
            await sdk.messages.create(**ASK)

    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert error.type == error_type
    assert error.request_id is not None and error.request_id.startswith("req_011C")
    assert isinstance(error.body, dict) and error.body["request_id"] == error.request_id


@pytest.mark.asyncio
async def test_error_keeps_a_given_type_and_message(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    fakeapi.queue(Reply.error(400, message="prompt is too long: 300000 tokens > 200000 maximum"))
    with pytest.raises(anthropic.BadRequestError) as caught:
        await sdk.messages.create(**ASK)
    assert caught.value.api_message == "prompt is too long: 300000 tokens > 200000 maximum"


@pytest.mark.asyncio
async def test_retry_after_is_obeyed_then_the_next_reply_is_served(fakeapi: FakeApi) -> None:
    # 0.6 s is above the SDK's own first backoff (at most 0.5 s): only retry-after explains it.
    fakeapi.queue(Reply.error(429, retry_after=0.6), Reply.text("Second time lucky."))
    async with sdk_client(fakeapi.url, max_retries=1) as sdk:
        message = await sdk.messages.create(**ASK)

    assert message.content[0].type == "text"
    assert message.content[0].text == "Second time lucky."
    first, second = fakeapi.requests
    assert second.headers["x-stainless-retry-count"] == "1"
    assert second.received_at - first.received_at >= 0.6


@pytest.mark.asyncio
async def test_overloaded_is_retried_but_bad_request_is_not(fakeapi: FakeApi) -> None:
    fakeapi.queue(Reply.error(529, retry_after=0.01), Reply.text("Recovered."))
    async with sdk_client(fakeapi.url, max_retries=1) as sdk:
        assert (await streamed_text(sdk, [])) == "Recovered."
        fakeapi.queue(Reply.error(400, retry_after=0.01), Reply.text("Never sent."))
        with pytest.raises(anthropic.BadRequestError):
            await sdk.messages.create(**ASK)
    assert len(fakeapi.message_requests()) == 3
    assert fakeapi.pending_replies == 1


@pytest.mark.asyncio
async def test_error_event_mid_stream_raises_status_error_with_status_200(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.queue(Reply.stream_error(after_text="Half an ans"))
    received: list[str] = []

    with pytest.raises(anthropic.APIStatusError) as caught:
        await streamed_text(sdk, received)

    assert type(caught.value) is anthropic.APIStatusError
    assert caught.value.status_code == 200
    assert caught.value.type == "overloaded_error"
    assert caught.value.api_message == "Overloaded"
    assert "".join(received) == "Half an ans"


@pytest.mark.asyncio
async def test_stream_error_on_a_whole_request_is_the_matching_status(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.queue(Reply.stream_error("api_error", "Internal server error"))
    with pytest.raises(anthropic.InternalServerError) as caught:
        await sdk.messages.create(**ASK)
    assert caught.value.status_code == 500


@pytest.mark.asyncio
async def test_dropped_stream_raises_remote_protocol_error_after_the_partial_text(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.queue(Reply.drop(after_text="Cut short"))
    received: list[str] = []

    # SDK 2.17 wraps the transport's error mid-stream as a connection error.
    with pytest.raises(anthropic.APIConnectionError) as caught:
        await streamed_text(sdk, received)
    assert isinstance(caught.value.__cause__, httpx2.RemoteProtocolError)

    assert "".join(received) == "Cut short"


@pytest.mark.asyncio
async def test_dropped_whole_request_is_a_connection_error(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.queue(Reply.drop())
    with pytest.raises(anthropic.APIConnectionError):
        await sdk.messages.create(**ASK)


@pytest.mark.asyncio
async def test_stalled_stream_times_out_in_the_client(fakeapi: FakeApi) -> None:
    fakeapi.queue(Reply.stall(after_text="Wait for it"))
    received: list[str] = []
    async with sdk_client(fakeapi.url, timeout=0.15) as sdk:
        with pytest.raises(anthropic.APITimeoutError) as caught:
            await streamed_text(sdk, received)
        assert isinstance(caught.value.__cause__, httpx2.ReadTimeout)
        fakeapi.queue(Reply.stall())
        with pytest.raises(anthropic.APITimeoutError):
            await sdk.messages.create(**ASK)
    assert "".join(received) == "Wait for it"


@pytest.mark.asyncio
async def test_short_stall_then_the_stream_finishes(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    fakeapi.queue(Reply.stall(after_text="Slow but sure", seconds=0.05))
    assert await streamed_text(sdk, []) == "Slow but sure"


@pytest.mark.asyncio
async def test_stopping_the_server_ends_a_stall(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    fakeapi.queue(Reply.stall(after_text="Stuck", seconds=60))
    async with sdk.messages.stream(**ASK) as stream:
        texts = stream.text_stream
        assert await anext(texts) == "Stuck"
        fakeapi.stop()
        # Had the stall outlived stop(), this would wait 60 s instead of failing at once.
        with pytest.raises(anthropic.APIConnectionError) as caught:
            await anext(texts)
        assert isinstance(caught.value.__cause__, httpx2.RemoteProtocolError)


@pytest.mark.asyncio
@pytest.mark.parametrize("stream", [True, False], ids=["stream", "whole"])
async def test_malformed_body_raises_instead_of_hanging(
    stream: bool, fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.queue(Reply.malformed())
    with pytest.raises(ValueError):  # what the SDK really raises: json.JSONDecodeError
        if stream:
            await streamed_text(sdk, [])
        else:
            await sdk.messages.create(**ASK)


@pytest.mark.asyncio
async def test_any_key_works_unless_one_is_required(fakeapi: FakeApi) -> None:
    async with httpx2.AsyncClient(base_url=fakeapi.url) as http:
        missing = await http.post("/v1/messages", json=ASK, headers={"anthropic-version": "x"})
    assert missing.status_code == 401
    assert missing.json()["error"] == {
        "type": "authentication_error",
        "message": "x-api-key header is required",
    }

    with FakeApi(api_key="sk-ant-right") as strict:
        async with sdk_client(strict.url, api_key="sk-ant-wrong", max_retries=2) as wrong:
            with pytest.raises(anthropic.AuthenticationError) as caught:
                await wrong.messages.create(**ASK)
        async with sdk_client(strict.url, api_key="sk-ant-right") as right:
            assert (await right.messages.create(**ASK)).content
        async with sdk_client(strict.url, api_key=None, auth_token="sk-ant-right") as bearer:
            assert (await bearer.models.list()).data
    assert caught.value.api_message == "invalid x-api-key"
    assert len(strict.requests) == 3  # the 401 was not retried, though two retries were allowed


@pytest.mark.asyncio
async def test_oversized_request_is_refused_with_413(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    huge = "x" * (32 * 1024 * 1024)  # the documented limit is 32 MB for the whole body
    with pytest.raises(anthropic.RequestTooLargeError) as caught:
        await sdk.messages.create(**{**ASK, "messages": [{"role": "user", "content": huge}]})
    assert caught.value.type == "request_too_large"
    assert fakeapi.requests[-1].body is None
