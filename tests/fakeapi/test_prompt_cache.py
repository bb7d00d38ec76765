"""The fake server's prompt cache accounts like the API: per-model minimum, TTLs, read refresh."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from anthropic import AsyncAnthropic
from anthropic.types import Usage

from tests.fakeapi import FakeApi

RECORDED = Path("/work/shared/cassettes/derived/ruby_llm")
ROUND_TRIP = (
    "chat_prompt_cache_round-trip_anthropic_claude-haiku-4-5_writes_then_reads_the_prompt_cache"
)
# About 2,500 tokens: above Sonnet 4.5's 1,024 minimum, below Haiku 4.5's 4,096.
MANUAL = "릴리스 노트 검토 지침: wire-format drift, retries and cache usage. " * 170


def ask(model: str, system_text: str = MANUAL, ttl: str | None = None) -> dict[str, Any]:
    marker: dict[str, Any] = {"type": "ephemeral"} | ({"ttl": ttl} if ttl else {})
    return {
        "model": model,
        "max_tokens": 64,
        "system": [{"type": "text", "text": system_text, "cache_control": marker}],
        "messages": [{"role": "user", "content": "요약해 주세요"}],
    }


async def usage_of(sdk: AsyncAnthropic, **body: Any) -> Usage:
    return (await sdk.messages.create(**body)).usage


@pytest.mark.asyncio
async def test_minimum_cacheable_length_is_per_model(sdk: AsyncAnthropic) -> None:
    sonnet = await usage_of(sdk, **ask("claude-sonnet-4-5"))
    haiku = await usage_of(sdk, **ask("claude-haiku-4-5"))
    long_haiku = await usage_of(sdk, **ask("claude-haiku-4-5", MANUAL * 2))

    assert 1024 <= (sonnet.cache_creation_input_tokens or 0) < 4096
    assert (haiku.cache_creation_input_tokens, haiku.cache_read_input_tokens) == (0, 0)
    assert (long_haiku.cache_creation_input_tokens or 0) >= 4096


@pytest.mark.asyncio
async def test_five_minute_entry_expires_unless_read(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    body = ask("claude-sonnet-4-5")
    first = await usage_of(sdk, **body)
    fakeapi.prompt_cache.advance(301)
    after_expiry = await usage_of(sdk, **body)

    assert after_expiry.cache_read_input_tokens == 0
    assert after_expiry.cache_creation_input_tokens == first.cache_creation_input_tokens


@pytest.mark.asyncio
async def test_a_read_refreshes_the_five_minutes(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    body = ask("claude-sonnet-4-5")
    written = (await usage_of(sdk, **body)).cache_creation_input_tokens
    reads = []
    for _ in range(3):  # 12 minutes in all, never 5 without a read
        fakeapi.prompt_cache.advance(240)
        reads.append((await usage_of(sdk, **body)).cache_read_input_tokens)

    assert reads == [written] * 3


@pytest.mark.asyncio
async def test_one_hour_entry_outlives_five_minutes(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    body = ask("claude-sonnet-4-5", ttl="1h")
    first = await usage_of(sdk, **body)
    fakeapi.prompt_cache.advance(50 * 60)
    within = await usage_of(sdk, **body)
    fakeapi.prompt_cache.advance(61 * 60)
    beyond = await usage_of(sdk, **body)

    assert first.cache_creation is not None
    assert first.cache_creation.ephemeral_1h_input_tokens == first.cache_creation_input_tokens
    assert first.cache_creation.ephemeral_5m_input_tokens == 0
    assert within.cache_read_input_tokens == first.cache_creation_input_tokens
    assert beyond.cache_read_input_tokens == 0
    assert beyond.cache_creation_input_tokens == first.cache_creation_input_tokens


@pytest.mark.asyncio
async def test_write_then_read_has_the_recorded_shape(sdk: AsyncAnthropic) -> None:
    recorded = [
        json.loads((RECORDED / f"{ROUND_TRIP}.yml.response{i}.200.json").read_text())["usage"]
        for i in (0, 1)
    ]
    body = ask("claude-haiku-4-5", MANUAL * 2)
    ours = [(await sdk.messages.create(**body)).model_dump()["usage"] for _ in range(2)]

    for mine, theirs in zip(ours, recorded, strict=True):
        assert set(theirs) <= set(mine)
        assert set(theirs["cache_creation"]) == set(mine["cache_creation"])
    # The logic of the recording: the first call writes, the second reads what was written,
    # and the uncached remainder stays the same.
    for usage in (recorded, ours):
        assert usage[0]["cache_read_input_tokens"] == 0
        assert usage[1]["cache_creation_input_tokens"] == 0
        assert usage[1]["cache_read_input_tokens"] == usage[0]["cache_creation_input_tokens"] > 0
        assert (
            usage[0]["cache_creation"]["ephemeral_5m_input_tokens"]
            == (usage[0]["cache_creation_input_tokens"])
        )
        assert usage[0]["input_tokens"] == usage[1]["input_tokens"]
