"""A tool call whose input stalls part-way, held until the test releases it, as the SDK sees it."""

from __future__ import annotations

import json
from typing import Any

import pytest
from anthropic import AsyncAnthropic

from tests.fakeapi import FakeApi, Reply

ASK: dict[str, Any] = {
    "model": "claude-haiku-4-5",
    "max_tokens": 256,
    "messages": [{"role": "user", "content": "Write the plan"}],
}
ARGUMENTS = {"path": "plan.txt", "content": "첫 줄\nsecond line\n"}


@pytest.mark.asyncio
async def test_a_tool_input_stalls_after_some_deltas_until_released(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.queue(
        Reply.tool_use("write_file", ARGUMENTS, tool_id="toolu_w", chunk=5, stall_after=4)
    )
    text = json.dumps(ARGUMENTS, ensure_ascii=False)
    fragments: list[str] = []
    async with sdk.messages.stream(**ASK) as stream:
        events = aiter(stream)
        while len(fragments) < 4:
            event = await anext(events)
            if event.type == "content_block_delta" and event.delta.type == "input_json_delta":
                fragments.append(event.delta.partial_json)
        assert fragments == ["", text[:5], text[5:10], text[10:15]]
        fakeapi.release_stalls()
        final = await stream.get_final_message()
    [block] = final.content
    assert block.type == "tool_use" and block.id == "toolu_w" and block.input == ARGUMENTS
    assert final.stop_reason == "tool_use"


@pytest.mark.asyncio
async def test_a_released_server_lets_a_later_stall_through_until_reset(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.release_stalls()
    fakeapi.queue(Reply.stall(after_text="Not held", seconds=60))
    async with sdk.messages.stream(**ASK) as stream:
        final = await stream.get_final_message()  # 60 s, were the release forgotten
    assert final.content[0].type == "text" and final.content[0].text == "Not held"
    fakeapi.reset()
    assert not fakeapi.released.is_set()
