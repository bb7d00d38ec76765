"""The server's behaviour as tests and hand-testers use it: queue, echo, recording, usage, CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest
from anthropic import AsyncAnthropic
from anthropic.types import Message

from tests.fakeapi import FakeApi, Reply

HELLO: Any = [{"role": "user", "content": "Hello there"}]
ASK: dict[str, Any] = {"model": "claude-sonnet-4-6", "max_tokens": 1024, "messages": HELLO}


def text_of(message: Message) -> str:
    return "".join(block.text for block in message.content if block.type == "text")


async def streamed(sdk: AsyncAnthropic, **overrides: Any) -> Message:
    async with sdk.messages.stream(**{**ASK, **overrides}) as stream:
        return await stream.get_final_message()


@pytest.mark.asyncio
async def test_empty_queue_echoes_the_last_user_text(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    fakeapi.token_delay = 0.001
    message = await streamed(sdk, model="claude-haiku-4-5")

    assert message.content[0].type == "text"
    assert message.content[0].text.startswith("You said: Hello there\n\n")
    assert message.model == "claude-haiku-4-5-20251001"  # aliases resolve, as in the real API
    assert message.stop_reason == "end_turn"
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0


@pytest.mark.asyncio
async def test_queue_is_first_in_first_out_then_echo(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    fakeapi.queue(Reply.text("One."), Reply.text("Two.", chunk=1))
    texts = [(await streamed(sdk)).content[0] for _ in range(3)]
    assert [getattr(block, "text", "") for block in texts][:2] == ["One.", "Two."]
    assert getattr(texts[2], "text", "").startswith("You said:")


@pytest.mark.asyncio
async def test_requests_are_recorded_with_headers_and_bodies(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    await sdk.messages.create(**ASK)
    await sdk.messages.count_tokens(model=ASK["model"], messages=HELLO)
    await sdk.models.list()

    assert [(r.method, r.path) for r in fakeapi.requests] == [
        ("POST", "/v1/messages"),
        ("POST", "/v1/messages/count_tokens"),
        ("GET", "/v1/models"),
    ]
    first = fakeapi.requests[0]
    assert first.api_key == "test"
    assert first.headers["authorization"] == "Bearer test"  # how anthropic 2.x sends api_key
    assert "anthropic-version" in first.headers
    assert "test" not in repr(first).split("headers=")[1].split("body=")[0]
    assert fakeapi.message_requests() == [ASK]
    assert fakeapi.requests[2].body is None

    fakeapi.queue(Reply.text("Dropped by reset"))
    fakeapi.reset()
    assert fakeapi.requests == [] and fakeapi.pending_replies == 0


@pytest.mark.asyncio
async def test_whole_and_streamed_replies_carry_the_same_content(
    sdk: AsyncAnthropic, fakeapi: FakeApi
) -> None:
    reply = Reply.tool_use(
        "get_weather", {"city": "서울", "days": [1, 2]}, text="Let me check.", thinking="Weather."
    )
    fakeapi.queue(reply, reply)
    whole = await sdk.messages.create(**ASK)
    stream = await streamed(sdk)

    assert [b.to_dict() for b in whole.content] == [b.to_dict() for b in stream.content]
    assert [b.type for b in whole.content] == ["thinking", "text", "tool_use"]
    tool = whole.content[2]
    assert tool.type == "tool_use"
    assert tool.input == {"city": "서울", "days": [1, 2]}
    assert tool.id == reply.parts[-1].tool_id  # type: ignore[union-attr]
    assert whole.stop_reason == stream.stop_reason == "tool_use"
    assert whole.id != stream.id


@pytest.mark.asyncio
async def test_thinking_round_trips_in_the_next_turn(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    fakeapi.queue(Reply.text("Forty-two.", thinking="Six times seven."))
    thinking_config: Any = {"type": "enabled", "budget_tokens": 1024}
    first = await streamed(sdk, max_tokens=2048, thinking=thinking_config)
    thought = first.content[0]
    assert thought.type == "thinking" and thought.thinking == "Six times seven."
    assert thought.signature

    history = [
        *HELLO,
        {"role": "assistant", "content": first.content},
        {"role": "user", "content": "Sure?"},
    ]
    second = await streamed(sdk, max_tokens=2048, thinking=thinking_config, messages=history)
    assert [b.type for b in second.content] == ["thinking", "text"]  # echo thinks when asked
    assert second.usage.output_tokens_details is not None


@pytest.mark.asyncio
async def test_scripted_model_and_token_counts_win(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    fakeapi.queue(Reply.text("Hi", model="claude-opus-4-6", input_tokens=7, output_tokens=3))
    message = await sdk.messages.create(**ASK)
    assert (message.model, message.usage.input_tokens, message.usage.output_tokens) == (
        "claude-opus-4-6",
        7,
        3,
    )


@pytest.mark.asyncio
async def test_echo_obeys_stop_sequences_and_max_tokens(sdk: AsyncAnthropic) -> None:
    stopped = await streamed(sdk, stop_sequences=["there"])
    assert text_of(stopped) == "You said: Hello "
    assert (stopped.stop_reason, stopped.stop_sequence) == ("stop_sequence", "there")

    cut = await sdk.messages.create(**{**ASK, "max_tokens": 3})
    assert text_of(cut) == "You said: He"
    assert cut.stop_reason == "max_tokens"


@pytest.mark.asyncio
async def test_count_tokens_agrees_with_usage(sdk: AsyncAnthropic) -> None:
    long: Any = [{"role": "user", "content": "A much longer question than before. " * 20}]
    short_count = await sdk.messages.count_tokens(model=ASK["model"], messages=HELLO)
    long_count = await sdk.messages.count_tokens(model=ASK["model"], messages=long)
    message = await sdk.messages.create(**{**ASK, "messages": long})
    assert long_count.input_tokens > short_count.input_tokens
    assert message.usage.input_tokens == long_count.input_tokens


SYSTEM = "You review release notes for wire-format drift. " * 100  # ~1200 tokens


@pytest.mark.asyncio
async def test_prompt_cache_writes_then_reads(sdk: AsyncAnthropic) -> None:
    system: Any = [{"type": "text", "text": SYSTEM, "cache_control": {"type": "ephemeral"}}]
    first = await sdk.messages.create(**ASK, system=system)
    second = await streamed(sdk, system=system)

    written = first.usage.cache_creation_input_tokens
    assert written is not None and written >= 1024
    assert first.usage.cache_read_input_tokens == 0
    assert first.usage.cache_creation is not None
    assert first.usage.cache_creation.ephemeral_5m_input_tokens == written
    assert second.usage.cache_read_input_tokens == written
    assert second.usage.cache_creation_input_tokens == 0
    assert second.usage.input_tokens == first.usage.input_tokens


@pytest.mark.asyncio
async def test_automatic_caching_follows_a_growing_conversation(sdk: AsyncAnthropic) -> None:
    turn: Any = [{"role": "user", "content": SYSTEM}]
    auto: Any = {"type": "ephemeral", "ttl": "1h"}
    first = await sdk.messages.create(**{**ASK, "messages": turn}, cache_control=auto)
    later = [
        *turn,
        {"role": "assistant", "content": "Noted."},
        {"role": "user", "content": "Next?"},
    ]
    second = await sdk.messages.create(**{**ASK, "messages": later}, cache_control=auto)

    assert first.usage.cache_creation is not None
    assert (
        first.usage.cache_creation.ephemeral_1h_input_tokens
        == first.usage.cache_creation_input_tokens
    )
    assert second.usage.cache_read_input_tokens == first.usage.cache_creation_input_tokens
    assert 0 < (second.usage.cache_creation_input_tokens or 0) < 20


@pytest.mark.asyncio
async def test_short_prompts_are_not_cached_and_not_refused(sdk: AsyncAnthropic) -> None:
    system: Any = [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}]
    for _ in range(2):
        usage = (await sdk.messages.create(**ASK, system=system)).usage
        assert (usage.cache_creation_input_tokens, usage.cache_read_input_tokens) == (0, 0)


def test_stop_cuts_idle_keep_alive_connections_and_keeps_the_url() -> None:
    api = FakeApi()
    with pytest.raises(RuntimeError):
        _ = api.url
    api.start()
    client = httpx2.Client(base_url=api.url)
    assert client.get("/v1/models", headers={"x-api-key": "k", "anthropic-version": "1"}).is_success
    api.stop()  # would block here if an idle keep-alive connection kept its thread alive
    with pytest.raises(httpx2.TransportError):
        client.get("/v1/models", headers={"x-api-key": "k", "anthropic-version": "1"})
    client.close()
    with pytest.raises(httpx2.ConnectError):  # the old address now plays "offline"
        httpx2.get(f"{api.url}/v1/models")


def test_command_line_prints_how_to_use_it_and_serves() -> None:
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakeapi", "--port", "0", "--delay", "0", "--quiet"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        hint = process.stdout.readline() + process.stdout.readline()
        assert f"ANTHROPIC_BASE_URL={url} ANTHROPIC_API_KEY=" in hint
        response = httpx2.post(
            f"{url}/v1/messages",
            headers={"x-api-key": "anything", "anthropic-version": "2023-06-01"},
            json=ASK,
        )
        assert response.json()["content"][0]["text"].startswith("You said: Hello there")
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
        process.stdout and process.stdout.close()
        process.stderr and process.stderr.close()


def test_a_title_request_is_answered_with_the_first_words_of_the_message(fakeapi) -> None:
    import anthropic

    from desktop_app.core.titler import TITLE_PROMPT

    client = anthropic.Anthropic(api_key="k", base_url=fakeapi.url, max_retries=0)
    prompt = TITLE_PROMPT.format(text="하늘은 왜 파란가요? 짧게 설명해 주세요 그리고 더")
    reply = client.messages.create(
        model="claude-haiku-4-5-20251001",
        max_tokens=30,
        messages=[{"role": "user", "content": prompt}],
    )
    assert reply.content[0].text == "하늘은 왜 파란가요? 짧게 설명해 주세요"  # six words
