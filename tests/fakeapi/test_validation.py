"""Each request rule of the real API: rejected with its status and wording, accepted once fixed."""

from __future__ import annotations

from typing import Any

import anthropic
import pytest
from anthropic import AsyncAnthropic
from anthropic.types import Message

from tests.fakeapi import FakeApi

TOOL_ID = "toolu_01A09q90qw90lq917835lq9"
HAIKU = "claude-haiku-4-5"  # allows prefill, unlike the 4.6 models
SIGNATURE = "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"


def user(content: Any) -> dict[str, Any]:
    return {"role": "user", "content": content}


def assistant(content: Any) -> dict[str, Any]:
    return {"role": "assistant", "content": content}


def tool_use(tool_id: str = TOOL_ID) -> dict[str, Any]:
    return {"type": "tool_use", "id": tool_id, "name": "get_weather", "input": {"city": "Seoul"}}


def tool_result(tool_id: str = TOOL_ID) -> dict[str, Any]:
    return {"type": "tool_result", "tool_use_id": tool_id, "content": "15°C, clear"}


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def request(*messages: dict[str, Any], **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"model": "claude-sonnet-4-6", "max_tokens": 1024}
    body["messages"] = list(messages) or [user("Hello")]
    return {**body, **fields}


def without(body: dict[str, Any], key: str) -> dict[str, Any]:
    return {name: value for name, value in body.items() if name != key}


LONG = "Be precise. " * 10
MISSING = (
    "messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: "
    f"{TOOL_ID}. Each `tool_use` block must have a corresponding `tool_result` block in the "
    "next message."
)
UNEXPECTED = (
    "messages.2.content.1: unexpected `tool_use_id` found in `tool_result` blocks: toolu_01Other. "
    "Each `tool_result` block must have a corresponding `tool_use` block in the previous message."
)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], int, str]] = [
    ("max_tokens", without(request(), "max_tokens"), request(), 400, "max_tokens: Field required"),
    ("model", without(request(), "model"), request(), 400, "model: Field required"),
    (
        "empty_messages",
        {**request(), "messages": []},
        request(),
        400,
        "messages: at least one message is required",
    ),
    (
        "first_not_user",
        request(assistant("Hi"), user("Hello")),
        request(user("Hello"), assistant("Hi"), user("Hello")),
        400,
        'messages: first message must use the "user" role',
    ),
    (
        "tool_use_without_result",
        request(user("Weather?"), assistant([tool_use()]), user("Well?")),
        request(user("Weather?"), assistant([tool_use()]), user([tool_result(), text("Well?")])),
        400,
        MISSING,
    ),
    (
        "tool_result_not_first",
        request(user("Weather?"), assistant([tool_use()]), user([text("Here:"), tool_result()])),
        request(user("Weather?"), assistant([tool_use()]), user([tool_result(), text("Here:")])),
        400,
        MISSING,
    ),
    (
        "trailing_tool_use",
        request(user("Weather?"), assistant([text("Checking."), tool_use()]), model=HAIKU),
        request(user("Weather?"), assistant([text("Checking.")]), model=HAIKU),
        400,
        MISSING,
    ),
    (
        "unexpected_tool_result",
        request(
            user("Weather?"),
            assistant([tool_use()]),
            user([tool_result(), tool_result("toolu_01Other")]),
        ),
        request(user("Weather?"), assistant([tool_use()]), user([tool_result()])),
        400,
        UNEXPECTED,
    ),
    (
        "empty_text_block",
        request(user([text("")])),
        request(user([text("Hi")])),
        400,
        "messages: text content blocks must be non-empty",
    ),
    (
        "whitespace_text_block",
        request(user([text("Look:"), text(" \n")])),
        request(user([text("Look:")])),
        400,
        "messages: text content blocks must contain non-whitespace text",
    ),
    (
        "empty_string_content",
        request(user("Hi"), assistant(""), user("Hello")),
        request(user("Hi"), assistant("Hey."), user("Hello")),
        400,
        "messages.1: all messages must have non-empty content except for the optional final "
        "assistant message",
    ),
    (
        "final_assistant_whitespace",
        request(user("Finish this"), assistant("The answer is "), model=HAIKU),
        request(user("Finish this"), assistant("The answer is"), model=HAIKU),
        400,
        "messages: final assistant content cannot end with trailing whitespace",
    ),
    (
        "prefill_on_a_4_6_model",
        request(user("List three colours as JSON"), assistant("["), model="claude-opus-4-6"),
        request(user("List three colours as JSON"), assistant("["), model=HAIKU),
        400,
        "This model does not support assistant message prefill. The conversation must end with "
        "a user message.",
    ),
    (
        "thinking_without_signature",
        request(
            user("Hi"),
            assistant([{"type": "thinking", "thinking": "Hm."}, text("Hey")]),
            user("Go"),
        ),
        request(
            user("Hi"),
            assistant(
                [{"type": "thinking", "thinking": "Hm.", "signature": SIGNATURE}, text("Hey")]
            ),
            user("Go"),
        ),
        400,
        "messages.1.content.0.thinking.signature: Field required",
    ),
    (
        "unknown_model",
        request(model="claude-nonexistent-9"),
        request(model="claude-opus-4-6"),
        404,
        "model: claude-nonexistent-9",
    ),
    (
        "max_tokens_over_model_limit",
        request(model="claude-haiku-4-5", max_tokens=64_001),
        request(model="claude-haiku-4-5", max_tokens=64_000),
        400,
        "max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens for "
        "claude-haiku-4-5-20251001",
    ),
    (
        "thinking_budget_too_small",
        request(max_tokens=2048, thinking={"type": "enabled", "budget_tokens": 512}),
        request(max_tokens=2048, thinking={"type": "enabled", "budget_tokens": 1024}),
        400,
        "thinking.enabled.budget_tokens: Input should be greater than or equal to 1024",
    ),
    (
        "thinking_budget_not_below_max_tokens",
        request(max_tokens=2000, thinking={"type": "enabled", "budget_tokens": 2000}),
        request(max_tokens=2001, thinking={"type": "enabled", "budget_tokens": 2000}),
        400,
        "`max_tokens` must be greater than `thinking.budget_tokens`",
    ),
    (
        "five_cache_breakpoints",
        request(
            user(
                [{**text(f"{LONG}{n}"), "cache_control": {"type": "ephemeral"}} for n in range(4)]
            ),
            cache_control={"type": "ephemeral"},
        ),
        request(
            user([{**text(f"{LONG}{n}"), "cache_control": {"type": "ephemeral"}} for n in range(4)])
        ),
        400,
        "A maximum of 4 blocks with cache_control may be provided. Found 5.",
    ),
]


async def send(sdk: AsyncAnthropic, body: dict[str, Any], path: str = "/v1/messages") -> Any:
    # The SDK's own low-level POST: its typed helpers would refuse some of these bodies locally.
    cast_to: Any = Message if path == "/v1/messages" else object
    return await sdk.post(path, body=body, cast_to=cast_to)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("bad", "fixed", "status", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
async def test_rule_rejects_then_accepts_when_fixed(
    bad: dict[str, Any], fixed: dict[str, Any], status: int, message: str, sdk: AsyncAnthropic
) -> None:
    with pytest.raises(anthropic.APIStatusError) as caught:
        await send(sdk, bad)
    assert caught.value.status_code == status
    assert caught.value.type == ("not_found_error" if status == 404 else "invalid_request_error")
    assert caught.value.api_message == message

    accepted = await send(sdk, fixed)
    assert isinstance(accepted, Message)
    assert accepted.content


@pytest.mark.asyncio
async def test_consecutive_messages_of_one_role_are_merged_not_refused(
    sdk: AsyncAnthropic,
) -> None:
    body = request(
        user("Weather?"),
        assistant([text("Let me check.")]),
        assistant([tool_use()]),
        user([tool_result()]),
        user("And tomorrow?"),
    )
    reply = await send(sdk, body)
    assert reply.content[0].text.startswith("You said: And tomorrow?")


@pytest.mark.asyncio
async def test_a_refused_request_leaves_the_queue_alone(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    from tests.fakeapi import Reply

    fakeapi.queue(Reply.text("Kept for later."))
    with pytest.raises(anthropic.BadRequestError):
        await send(sdk, {**request(), "messages": []})
    assert (await send(sdk, request())).content[0].text == "Kept for later."


@pytest.mark.asyncio
async def test_count_tokens_applies_the_same_rules_but_needs_no_max_tokens(
    sdk: AsyncAnthropic,
) -> None:
    counted = await sdk.messages.count_tokens(
        model=HAIKU, messages=[{"role": "user", "content": "Hi"}]
    )
    assert counted.input_tokens > 0
    with pytest.raises(anthropic.BadRequestError) as caught:
        await send(
            sdk,
            without(request(user("Hi"), assistant("x "), model=HAIKU), "max_tokens"),
            "/v1/messages/count_tokens",
        )
    assert (
        caught.value.api_message
        == "messages: final assistant content cannot end with trailing whitespace"
    )
    with pytest.raises(anthropic.NotFoundError):
        await sdk.messages.count_tokens(
            model="claude-nope", messages=[{"role": "user", "content": "Hi"}]
        )


@pytest.mark.asyncio
async def test_system_role_messages_typed_by_the_sdk_are_accepted(sdk: AsyncAnthropic) -> None:
    body = request(user("Hi"), {"role": "system", "content": "Answer in French."}, user("Hello"))
    assert (await send(sdk, body)).content
    with pytest.raises(anthropic.BadRequestError) as caught:
        await send(sdk, request(user("Hi"), {"role": "tool", "content": "x"}))
    assert caught.value.api_message == (
        "messages.1.role: Input should be 'user', 'assistant' or 'system'"
    )
