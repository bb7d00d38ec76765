"""Every recorded stream replays through the fake server into the real SDK unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from anthropic import AsyncAnthropic

from tests.fakeapi import FakeApi, Reply
from tests.fakeapi.recordings import parse_sse, rebuild_content, recorded_streams, request_model

STREAMS = recorded_streams()


def test_the_recordings_are_there() -> None:
    # Without them every replay below would silently vanish from the run.
    assert len(STREAMS) >= 20


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")
@pytest.mark.parametrize("recording", STREAMS, ids=lambda path: path.name.split(".")[0][:60])
async def test_recorded_stream_replays_to_the_same_message(
    recording: Path, fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    body = recording.read_bytes()
    records = parse_sse(body)
    recorded_message = records[0].data["message"]
    fakeapi.queue(Reply.sse(body))

    async with sdk.messages.stream(
        model=request_model(recording) or recorded_message["model"],
        max_tokens=1024,
        messages=[{"role": "user", "content": "Replay, please."}],
    ) as stream:
        final = await stream.get_final_message()

    assert [block.to_dict() for block in final.content] == rebuild_content(records)
    assert final.id == recorded_message["id"]
    assert final.model == recorded_message["model"]
    stop = next(r.data["delta"] for r in records if r.data["type"] == "message_delta")
    assert final.stop_reason == stop["stop_reason"]
    assert fakeapi.pending_replies == 0


@pytest.mark.asyncio
async def test_replayed_bytes_reach_the_client_unchanged(fakeapi: FakeApi) -> None:
    import httpx2

    recording = next(p for p in STREAMS if p.name.startswith("test_stream_events_thinking"))
    fakeapi.queue(Reply.sse(recording.read_bytes()))
    async with httpx2.AsyncClient(base_url=fakeapi.url) as http:
        response = await http.post(
            "/v1/messages",
            headers={"x-api-key": "test", "anthropic-version": "2023-06-01"},
            json={
                "model": "claude-haiku-4-5-20251001",
                "max_tokens": 64,
                "stream": True,
                "messages": [{"role": "user", "content": "hi"}],
            },
        )
    assert response.status_code == 200
    assert response.content == recording.read_bytes()
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
