"""Thinking in the local API: the models' capabilities decide which `thinking` and effort a
request may ask for (with the real API's words), and scripted replies think when asked."""

from __future__ import annotations

import json
from typing import Any

import anthropic
import pytest
from anthropic import AsyncAnthropic
from anthropic.types import Message

from tests.fakeapi import FakeApi, Reply
from tests.fakeapi.recordings import cassettes_dir, parse_sse, recorded_bodies

ADAPTIVE = {"type": "adaptive"}
BUDGET = {"type": "enabled", "budget_tokens": 1024}


def request(model: str, **fields: Any) -> dict[str, Any]:
    body = {"model": model, "max_tokens": 2048, "messages": [{"role": "user", "content": "Hi"}]}
    return {**body, **fields}


def recorded_effort_refusal() -> tuple[dict[str, Any], str]:
    """The recorded request and the real API's message for an effort level Opus 4.6 lacks."""
    (path,) = recorded_bodies("pydantic-ai/*effort_xhigh_unsupported*.400.json")
    cassette = (cassettes_dir() / "pydantic-ai" / path.name.split(".response")[0]).read_text()
    assert "model: claude-opus-4-6" in cassette and "effort: xhigh" in cassette
    return request("claude-opus-4-6", output_config={"effort": "xhigh"}), json.loads(
        path.read_text()
    )["error"]["message"]


RECORDED_BODY, RECORDED_MESSAGE = recorded_effort_refusal()
CASES: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    (
        "recorded_xhigh",
        RECORDED_BODY,
        request("claude-opus-4-6", output_config={"effort": "max"}),
        RECORDED_MESSAGE,
    ),
    (
        "adaptive_on_a_budget_model",
        request("claude-haiku-4-5", thinking=ADAPTIVE),
        request("claude-haiku-4-5", thinking=BUDGET),
        "adaptive thinking is not supported on this model",
    ),
    (
        "adaptive_on_sonnet_4_5",
        request("claude-sonnet-4-5-20250929", thinking=ADAPTIVE),
        request("claude-sonnet-4-5-20250929", thinking=BUDGET),
        "adaptive thinking is not supported on this model",
    ),
    (
        "effort_on_a_model_without_it",
        request("claude-haiku-4-5", thinking=BUDGET, output_config={"effort": "high"}),
        request("claude-haiku-4-5", thinking=BUDGET),
        "This model does not support the effort parameter.",
    ),
    (
        "xhigh_on_sonnet_4_6",
        request("claude-sonnet-4-6", thinking=ADAPTIVE, output_config={"effort": "xhigh"}),
        request("claude-sonnet-4-6", thinking=ADAPTIVE, output_config={"effort": "max"}),
        "This model does not support effort level 'xhigh'. Supported levels: high, low, max, "
        "medium.",
    ),
    (
        "unknown_effort",
        request("claude-opus-4-6", output_config={"effort": "extreme"}),
        request("claude-opus-4-6", output_config={"effort": "low"}),
        "output_config.effort: Input should be 'low', 'medium', 'high', 'xhigh' or 'max'",
    ),
    (
        "unknown_thinking_type",
        request("claude-opus-4-6", thinking={"type": "deep"}),
        request("claude-opus-4-6", thinking={"type": "disabled"}),
        "thinking: Input tag 'deep' found using 'type' does not match any of the expected tags: "
        "'adaptive', 'between_tools', 'disabled', 'enabled'",
    ),
]


async def send(sdk: AsyncAnthropic, body: dict[str, Any]) -> Message:
    # The SDK's low-level POST: its typed helpers would refuse some of these bodies locally.
    message: Message = await sdk.post("/v1/messages", body=body, cast_to=Message)
    return message


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("bad", "fixed", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
async def test_thinking_rule_rejects_then_accepts_when_fixed(
    bad: dict[str, Any], fixed: dict[str, Any], message: str, sdk: AsyncAnthropic
) -> None:
    with pytest.raises(anthropic.BadRequestError) as caught:
        await send(sdk, bad)
    assert caught.value.type == "invalid_request_error"
    assert caught.value.api_message == message
    assert (await send(sdk, fixed)).content


@pytest.mark.asyncio
async def test_models_list_thinking_and_effort_in_the_real_shape(sdk: AsyncAnthropic) -> None:
    models = {m.id: m async for m in sdk.models.list()}
    sonnet = models["claude-sonnet-4-6"].capabilities
    haiku = models["claude-haiku-4-5-20251001"].capabilities
    assert sonnet is not None and haiku is not None
    assert sonnet.thinking.types.adaptive.supported and sonnet.thinking.types.enabled.supported
    assert [
        lvl for lvl in ("low", "medium", "high", "max") if getattr(sonnet.effort, lvl).supported
    ] == [
        "low",
        "medium",
        "high",
        "max",
    ]
    assert sonnet.effort.xhigh is not None and not sonnet.effort.xhigh.supported
    assert haiku.thinking.supported and haiku.thinking.types.enabled.supported
    assert not haiku.thinking.types.adaptive.supported and not haiku.effort.supported


@pytest.mark.asyncio
@pytest.mark.parametrize("thinking", [ADAPTIVE, None])
async def test_a_scripted_reply_thinks_only_when_asked(
    fakeapi: FakeApi, sdk: AsyncAnthropic, thinking: dict[str, Any] | None
) -> None:
    fakeapi.queue(Reply.text("Forty-two."), Reply.tool_use("calc", {"x": 6}))
    extra = {"thinking": thinking} if thinking else {}
    body = request("claude-sonnet-4-6", **extra)
    async with sdk.messages.stream(**body) as stream:
        events = [event async for event in stream]
        streamed = await stream.get_final_message()
    whole = await send(sdk, body)

    if thinking is None:
        assert [b.type for b in streamed.content] == ["text"]
        assert [b.type for b in whole.content] == ["tool_use"]
        return
    assert [b.type for b in streamed.content] == ["thinking", "text"]
    assert [b.type for b in whole.content] == ["thinking", "tool_use"]
    thought = streamed.content[0]
    assert thought.type == "thinking" and thought.thinking.startswith("The user asks: Hi")
    assert thought.signature.startswith("E")
    # As recorded: thinking deltas, then one signature delta, before the text block starts.
    deltas = [e.delta.type for e in events if e.type == "content_block_delta" and e.index == 0]
    assert deltas[-1] == "signature_delta" and set(deltas[:-1]) == {"thinking_delta"}


@pytest.mark.asyncio
async def test_scripted_thinking_and_recordings_are_left_as_they_are(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    (recording,) = recorded_bodies("llm-anthropic/test_stream_events_text.yaml.*.sse")
    fakeapi.queue(Reply.text("Yes.", thinking="My own thought."), Reply.sse(recording.read_bytes()))
    body = request("claude-haiku-4-5", thinking=BUDGET)
    scripted = await send(sdk, body)
    assert [(b.type, getattr(b, "thinking", None)) for b in scripted.content] == [
        ("thinking", "My own thought."),
        ("text", None),
    ]
    async with sdk.messages.stream(**body) as stream:
        replayed = await stream.get_final_message()
    assert replayed.id == parse_sse(recording.read_bytes())[0].data["message"]["id"]
    assert [b.type for b in replayed.content] == ["text"]
