"""The cost of the next send: count_tokens through the real SDK, its cache, the local estimate."""

from __future__ import annotations

import asyncio
import math

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.attachments import Attachment, AttachmentKind
from desktop_app.core.pricing import Pricing
from desktop_app.core.request import Request
from desktop_app.core.send_estimate import SendEstimator, with_draft
from desktop_app.core.token_estimate import request_tokens, text_tokens

MODEL = "claude-sonnet-4-5"
HISTORY = [
    {"role": "user", "content": [{"type": "text", "text": "릴리스 노트를 요약해 주세요."}]},
    {"role": "assistant", "content": [{"type": "text", "text": "Here is the summary."}]},
]


def counts(fakeapi) -> int:
    return sum(1 for r in fakeapi.requests if r.path == "/v1/messages/count_tokens")


def base() -> Request:
    return Request(model=MODEL, max_tokens=1024, messages=HISTORY, system="Be brief.")


def test_the_estimate_is_the_servers_count_priced_at_the_input_rate(fakeapi):
    pricing = Pricing.load()
    client = AnthropicClient("k", fakeapi.url, max_retries=0)
    estimator = SendEstimator(client, pricing, AttachmentResolver(None))
    request = with_draft(base(), "이 변경이 호환성을 깨나요?")

    async def run():
        try:
            first = await estimator.estimate(request)
            again = await estimator.estimate(with_draft(base(), "이 변경이 호환성을 깨나요?"))
            return first, again
        finally:
            await client.close()

    first, again = asyncio.run(run())
    params = request.to_params()
    params.pop("max_tokens")
    server = AnthropicClient("k", fakeapi.url)

    async def direct() -> int:
        try:
            return (await server._sdk.messages.count_tokens(**params)).input_tokens
        finally:
            await server.close()

    expected = asyncio.run(direct())
    assert first.exact and first.tokens == expected
    price = pricing.price(MODEL)
    assert price is not None
    assert first.cost_usd == expected * price.standard.input / 1_000_000  # $ per million
    assert again == first
    assert counts(fakeapi) == 2  # ours once (the second came from the cache), and `direct`
    last = next(r for r in fakeapi.requests if r.path == "/v1/messages/count_tokens").body
    assert "max_tokens" not in last
    assert last["messages"][-1]["content"][-1]["text"] == "이 변경이 호환성을 깨나요?"


def test_offline_the_local_estimate_is_used_and_marked_inexact(fakeapi):
    client = AnthropicClient("k", "http://127.0.0.1:9", max_retries=0, timeout=2)
    estimator = SendEstimator(client, Pricing.load(), AttachmentResolver(None))
    request = with_draft(base(), "안녕하세요")

    async def run():
        try:
            return await estimator.estimate(request)
        finally:
            await client.close()

    estimate = asyncio.run(run())
    assert not estimate.exact
    assert estimate.tokens == request_tokens(request.to_params())
    assert estimate.cost_usd is not None and estimate.cost_usd > 0


def test_an_unknown_models_cost_is_unknown_not_zero():
    estimator = SendEstimator(None, Pricing.load(), AttachmentResolver(None))
    unknown = Request("claude-unheard-of", 10, [{"role": "user", "content": "hi"}])
    estimate = asyncio.run(estimator.estimate(unknown))
    assert estimate.cost_usd is None and estimate.tokens > 0


def test_rules_of_thumb():
    assert text_tokens("안녕하세요") == 5  # about a token a Hangul syllable
    assert text_tokens("a" * 35) == 10  # about 3.5 Latin characters a token
    image = Attachment(
        AttachmentKind.IMAGE,
        "화면.png",
        "image/png",
        "ab" * 32,
        1000,
        0,
        1000,
        700,
        original_width=1000,
        original_height=700,
    )
    with_image = with_draft(base(), "what is this?", [image])
    without = with_draft(base(), "what is this?")
    added = request_tokens(with_image.to_params()) - request_tokens(without.to_params())
    assert added == math.ceil(1000 * 700 / 750)  # w·h/750 (under the API's downscaling limit)


def test_draft_attachments_are_sent_from_their_bytes_and_counted(fakeapi):
    text = Attachment(
        AttachmentKind.TEXT,
        "메모.txt",
        "text/plain",
        "cd" * 32,
        60,
        20,
        data=("변경 사항 목록 " * 5).encode(),
    )
    client = AnthropicClient("k", fakeapi.url, max_retries=0)
    estimator = SendEstimator(client, Pricing.load(), AttachmentResolver(None))

    async def run():
        try:
            return await estimator.estimate(with_draft(base(), "읽어 주세요", [text]), [text])
        finally:
            await client.close()

    assert asyncio.run(run()).exact
    body = [r for r in fakeapi.requests if r.path == "/v1/messages/count_tokens"][-1].body
    sent = body["messages"][-1]["content"][0]
    assert sent["type"] == "text" and sent["text"].startswith('<file name="메모.txt">')
    assert "변경 사항 목록" in sent["text"]
