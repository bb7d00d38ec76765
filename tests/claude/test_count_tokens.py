"""The adapter's count_tokens against the local API: the request's params minus max_tokens."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.errors import ApiError, ErrorKind
from desktop_app.core.request import Request

KOREAN = "이 스크린샷에서 깨진 레이아웃을 찾아 주세요. " * 40


def _request(text: str, **kw: object) -> Request:
    messages = [{"role": "user", "content": [{"type": "text", "text": text}]}]
    return Request(model="claude-sonnet-4-5", max_tokens=4096, messages=messages, **kw)  # type: ignore[arg-type]


def _count(fakeapi, request: Request) -> int:
    async def run() -> int:
        client = AnthropicClient("test-key", fakeapi.url)
        try:
            return await client.count_tokens(request)
        finally:
            await client.close()

    return asyncio.run(run())


def test_counts_without_max_tokens_and_grows_with_the_prompt(fakeapi):
    short = _count(fakeapi, _request("안녕"))
    long = _count(fakeapi, _request(KOREAN, system="Be brief. " * 1500))
    assert 0 < short < long
    counted = [r for r in fakeapi.requests if r.path == "/v1/messages/count_tokens"]
    assert len(counted) == 2
    assert all("max_tokens" not in r.body and "stream" not in r.body for r in counted)
    # The long system prompt carries its cache breakpoint, as the recordings do.
    assert isinstance(counted[1].body["system"], list)
    assert not [r for r in fakeapi.requests if r.path == "/v1/messages"]


def test_an_unknown_model_is_an_api_error(fakeapi):
    bad = Request(model="claude-nonexistent-9", max_tokens=10, messages=[
        {"role": "user", "content": [{"type": "text", "text": "hi"}]}
    ])  # fmt: skip
    with pytest.raises(ApiError) as caught:
        _count(fakeapi, bad)
    assert caught.value.kind is ErrorKind.NOT_FOUND
