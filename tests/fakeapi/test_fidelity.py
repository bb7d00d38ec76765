"""The server's own streams, bodies and errors look like the recorded real ones.

Each check is first run on the recordings themselves, so it describes the real API, then on
what the fake server generates.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest
import pytest_asyncio

from tests.fakeapi import FakeApi, Reply
from tests.fakeapi.recordings import SseRecord, cassettes_dir, parse_sse, recorded_bodies

HEADERS = {"x-api-key": "test", "anthropic-version": "2023-06-01"}
REQUEST_ID = re.compile(r"req_011C[1-9A-HJ-NP-Za-km-z]{20}")
FRAME = re.compile(rb'event: ([a-z_]+)\ndata: (\{"type": "ping"\}|\{"type":"([a-z_]+)".*\})\n\n')


def _recording(pattern: str) -> bytes:
    (path,) = recorded_bodies(pattern)
    return path.read_bytes()


REFERENCE_STREAMS = {
    "text": _recording("llm-anthropic/test_stream_events_text.yaml.*.sse"),
    "thinking": _recording("llm-anthropic/test_stream_events_thinking.yaml.*.sse"),
    "tool": _recording("llm-anthropic/test_stream_events_tool_calls.yaml.*.sse"),
    "thinking_tool": _recording(
        "llm-anthropic/test_fixed_version_tool_chain_with_thinking_display_regression"
        ".yaml.response0.*.sse"
    ),
    "tool_fragments": _recording("ruby_llm/*multi-turn_streaming*.response0.*.sse"),
}


def grammar(records: list[SseRecord]) -> list[str]:
    """Event sequence with block and delta types; a run of one delta type becomes one `…+`."""
    tokens: list[str] = []
    for record in records:
        data = record.data
        token = str(record.event)
        if "content_block" in data:
            token += ":" + data["content_block"]["type"]
        if record.event == "content_block_delta":
            token += ":" + data["delta"]["type"] + "+"
        if not tokens or tokens[-1] != token or not token.endswith("+"):
            tokens.append(token)
    return tokens


def key_paths(value: Any, prefix: str = "") -> frozenset[str]:
    if isinstance(value, dict):
        paths = {f"{prefix}{key}" for key in value}
        for key, item in value.items():
            paths |= key_paths(item, f"{prefix}{key}.")
        return frozenset(paths)
    if isinstance(value, list):
        return frozenset().union(*(key_paths(item, f"{prefix}[].") for item in value))
    return frozenset()


def event_kind(record: SseRecord) -> str:
    data = record.data
    kind = data["type"]
    if "content_block" in data:
        kind += ":" + data["content_block"]["type"]
    if kind == "content_block_delta":
        kind += ":" + data["delta"]["type"]
    return kind


RECORDED_SHAPES: dict[str, set[frozenset[str]]] = {}
for _body in REFERENCE_STREAMS.values():
    for _record in parse_sse(_body):
        RECORDED_SHAPES.setdefault(event_kind(_record), set()).add(key_paths(_record.data))


def check_frames(body: bytes) -> None:
    """Every event is exactly `event: X` + `data: {…"type":"X"…}` + a blank line."""
    position = 0
    while position < len(body):
        frame = FRAME.match(body, position)
        assert frame is not None, body[position : position + 200]
        if frame.group(3) is not None:
            assert frame.group(1) == frame.group(3)
        position = frame.end()


@pytest_asyncio.fixture
async def http(fakeapi: FakeApi) -> AsyncIterator[httpx2.AsyncClient]:
    async with httpx2.AsyncClient(base_url=fakeapi.url, headers=HEADERS) as client:
        yield client


def _request(stream: bool, **extra: Any) -> dict[str, Any]:
    return {
        "model": "claude-haiku-4-5-20251001",
        "max_tokens": 2048,
        "stream": stream,
        "messages": [{"role": "user", "content": "What's the weather in Berlin?"}],
        **extra,
    }


GENERATED = {
    "text": Reply.text("Hello! How can I help you today?"),
    "thinking": Reply.text("Two names: Pouch and Pelé.", thinking="The user wants two names."),
    "tool": Reply.tool_use("pelican_name_generator", {}),
    "thinking_tool": Reply.tool_use("fixed_version", {"a": 1}, thinking="Call the tool first."),
    "tool_fragments": Reply.tool_use("weather", {"latitude": "52.5200", "longitude": "13.4050"}),
}


@pytest.mark.parametrize("name", REFERENCE_STREAMS)
def test_recorded_streams_satisfy_the_checks(name: str) -> None:
    check_frames(REFERENCE_STREAMS[name])


@pytest.mark.asyncio
@pytest.mark.parametrize("name", GENERATED)
async def test_generated_stream_has_the_recorded_grammar_and_keys(
    name: str, fakeapi: FakeApi, http: httpx2.AsyncClient
) -> None:
    fakeapi.queue(GENERATED[name])
    response = await http.post("/v1/messages", json=_request(True))

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["transfer-encoding"] == "chunked"
    assert REQUEST_ID.fullmatch(response.headers["request-id"])
    check_frames(response.content)
    generated = parse_sse(response.content)
    assert grammar(generated) == grammar(parse_sse(REFERENCE_STREAMS[name]))
    for record in generated:
        assert key_paths(record.data) in RECORDED_SHAPES[event_kind(record)], event_kind(record)


def test_recorded_request_id_has_the_checked_shape() -> None:
    cassette = (cassettes_dir() / "llm-anthropic" / "test_stream_events_text.yaml").read_text()
    (recorded,) = re.findall(r"request-id:\n\s+- (\S+)", cassette)
    assert REQUEST_ID.fullmatch(recorded)


@pytest.mark.asyncio
async def test_whole_message_has_the_recorded_keys(
    fakeapi: FakeApi, http: httpx2.AsyncClient
) -> None:
    recorded = json.loads(_recording("ruby_llm/*parallel_tool_calls*.response0.200.json"))
    fakeapi.queue(Reply.tool_use("weather", {"latitude": "52.5200"}))
    response = await http.post("/v1/messages", json=_request(False))

    body = response.json()
    assert response.headers["content-type"] == "application/json"
    assert list(body) == list(recorded)
    assert list(body["usage"]) == list(recorded["usage"])
    assert list(body["content"][0]) == list(recorded["content"][0])
    assert re.fullmatch(r"msg_01[1-9A-HJ-NP-Za-km-z]{22}", body["id"])
    assert re.fullmatch(r"toolu_01[1-9A-HJ-NP-Za-km-z]{22}", body["content"][0]["id"])


@pytest.mark.asyncio
async def test_error_bodies_match_the_recorded_ones(
    fakeapi: FakeApi, http: httpx2.AsyncClient
) -> None:
    bad_key = json.loads(_recording("ruby_llm/*auth_error*.401.json"))
    too_long = json.loads(_recording("ruby_llm/*context_length*.400.json"))
    no_model = json.loads(_recording("pydantic-ai/test_anthropic_count_tokens_error*.404.json"))

    with FakeApi(api_key="sk-ant-right") as strict:
        unauthorized = httpx2.post(
            f"{strict.url}/v1/messages", headers=HEADERS, json=_request(False)
        )
    invalid = await http.post("/v1/messages", json={**_request(False), "messages": []})
    missing = await http.post(
        "/v1/messages/count_tokens",
        json={"model": "claude-does-not-exist", "messages": [{"role": "user", "content": "hello"}]},
    )

    for response, recorded in [(unauthorized, bad_key), (invalid, too_long), (missing, no_model)]:
        body = response.json()
        assert key_paths(body) == key_paths(recorded)
        assert body["error"]["type"] == recorded["error"]["type"]
        assert body["request_id"] == response.headers["request-id"]
        assert REQUEST_ID.fullmatch(body["request_id"])
    assert unauthorized.json()["error"] == bad_key["error"]
    assert missing.json()["error"] == no_model["error"]
    assert (unauthorized.status_code, invalid.status_code, missing.status_code) == (401, 400, 404)
    assert unauthorized.headers["x-should-retry"] == "false"


def _recorded_ruby_request(cassette: str) -> dict[str, Any]:
    """The first request body of a Ruby VCR cassette: a single-quoted scalar that YAML folds
    over lines (a line break and the indentation read as one space)."""
    text = (cassettes_dir() / cassette).read_text(encoding="utf-8")
    request = re.split(r"^  response:", text, flags=re.M)[0]
    quoted = re.search(r"      string: '(.*?)'\n    headers:", request, flags=re.S)
    assert quoted is not None
    return json.loads(re.sub(r"\n\s+", " ", quoted.group(1)).replace("''", "'"))


@pytest.mark.asyncio
async def test_count_tokens_answers_the_recorded_requests_in_the_recorded_shape(
    http: httpx2.AsyncClient,
) -> None:
    recorded = [
        json.loads(_recording("pydantic-ai/test_anthropic_cache_count_tokens*.response0.200.json")),
        json.loads(_recording("ruby_llm/chat_count_tokens*.200.json")),
    ]
    # pydantic-ai's request: top-level cache_control and a system prompt (no max_tokens);
    # ruby_llm's: extended thinking with a budget.
    cached = {
        "model": "claude-sonnet-4-5",
        "system": "You are a helpful assistant.",
        "cache_control": {"type": "ephemeral", "ttl": "5m"},
        "messages": [{"role": "user", "content": [{"type": "text", "text": "파이썬이란? " * 400}]}],
    }
    thinking = _recorded_ruby_request(
        "ruby_llm/chat_count_tokens_with_anthropic_claude-haiku-4-5_counts_requests_with_"
        "thinking_enabled.yml"
    )
    assert thinking["thinking"]["budget_tokens"] == 2048
    for body, shape in zip([cached, thinking], recorded, strict=True):
        response = await http.post("/v1/messages/count_tokens", json=body)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        answer = response.json()
        assert list(answer) == list(shape) == ["input_tokens"]
        assert isinstance(answer["input_tokens"], int) and answer["input_tokens"] > 0
