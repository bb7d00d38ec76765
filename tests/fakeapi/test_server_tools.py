"""Replies in which Anthropic's own tools ran stream as the recorded real ones do, and the real
SDK reads every block: server_tool_use, search, fetch and code results, citations, usage."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest
import pytest_asyncio

from tests.fakeapi import FakeApi
from tests.fakeapi.recordings import parse_sse
from tests.fakeapi.sdk_client import sdk_client
from tests.fakeapi.server_replies import (
    Cite,
    Page,
    cited,
    code_execution,
    unknown_block,
    web_fetch,
    web_search,
)
from tests.fakeapi.test_fidelity import (
    HEADERS,
    RECORDED_SHAPES,
    _recording,
    check_frames,
    event_kind,
    grammar,
    key_paths,
)

SEARCH_RECORDING = _recording("llm-anthropic/test_web_search.yaml.response0.200.sse")
CODE_RECORDING = _recording(
    "pydantic-ai/test_anthropic_code_execution_tool_stream.yaml.response0.200.sse"
)
# Every key path the recordings hold, per event kind: a generated event may combine them
# (thinking and a search in one reply) but never invent one.
KNOWN_KEYS: dict[str, set[str]] = {}
for _kind, _shapes in RECORDED_SHAPES.items():
    KNOWN_KEYS.setdefault(_kind, set()).update(*_shapes)
for _body in (SEARCH_RECORDING, CODE_RECORDING):
    for _record in parse_sse(_body):
        KNOWN_KEYS.setdefault(event_kind(_record), set()).update(key_paths(_record.data))


def without_pings(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t != "ping"]  # the 2025 search recording has none


PAGES = [
    Page("서울 날씨 | 기상청", "https://www.weather.go.kr/seoul", "맑음, 최고 7도", "1 day ago"),
    Page("Seoul weather", "https://example.com/seoul", "Sunny, high of 7°C"),
]


def search_reply() -> Any:
    """Text and cited text taking turns, five times, as in the recording."""
    answer: list[str | Cite] = []
    for n in range(5):
        answer += [f"Part {n}: ", Cite(f"서울은 맑습니다 {n}.", "맑음, 최고 7도", page=n % 2)]
    return web_search("서울 날씨", PAGES, answer)


@pytest_asyncio.fixture
async def http(fakeapi: FakeApi) -> AsyncIterator[httpx2.AsyncClient]:
    async with httpx2.AsyncClient(base_url=fakeapi.url, headers=HEADERS) as client:
        yield client


def _request(stream: bool, tools: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "model": "claude-sonnet-4-6",
        "max_tokens": 2048,
        "stream": stream,
        "messages": [{"role": "user", "content": "서울 날씨 알려 주세요"}],
        "tools": tools or [{"type": "web_search_20250305", "name": "web_search", "max_uses": 3}],
    }


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("reply", "recording"),
    [
        (search_reply(), SEARCH_RECORDING),
        (
            code_execution(
                'echo "65465-6544 * 65464-6+1.02255" | bc -l',
                "-428330955.97745\n",
                answer=["The result is **-428,330,955.97745**."],
                lead="I'll calculate that expression for you right away!",
                thinking="Use bc for precision.",
            ),
            CODE_RECORDING,
        ),
    ],
    ids=["web_search", "code_execution"],
)
async def test_server_tool_streams_have_the_recorded_grammar_and_keys(
    fakeapi: FakeApi, http: httpx2.AsyncClient, reply: Any, recording: bytes
) -> None:
    fakeapi.queue(reply)
    response = await http.post("/v1/messages", json=_request(True))
    assert response.status_code == 200, response.text
    check_frames(response.content)
    generated = parse_sse(response.content)
    assert without_pings(grammar(generated)) == without_pings(grammar(parse_sse(recording)))
    for record in generated:
        kind = event_kind(record)
        invented = key_paths(record.data) - KNOWN_KEYS[kind]
        assert not invented, (kind, invented)


@pytest.mark.asyncio
async def test_the_sdk_reads_a_search_its_results_and_citations(fakeapi: FakeApi) -> None:
    fakeapi.queue(search_reply())
    async with sdk_client(fakeapi.url) as client:
        request = _request(True)
        del request["stream"]
        async with client.messages.stream(**request) as stream:
            message = await stream.get_final_message()
    kinds = [block.type for block in message.content]
    assert kinds[:3] == ["server_tool_use", "web_search_tool_result", "text"]
    call, results = message.content[0], message.content[1]
    assert call.type == "server_tool_use" and call.input == {"query": "서울 날씨"}
    assert results.type == "web_search_tool_result" and results.tool_use_id == call.id
    assert isinstance(results.content, list)
    assert [r.url for r in results.content] == [p.url for p in PAGES]
    assert all(r.encrypted_content for r in results.content)
    cited_blocks = [b for b in message.content if b.type == "text" and b.citations]
    assert len(cited_blocks) == 5
    citation = cited_blocks[0].citations[0]  # type: ignore[index]
    assert citation.type == "web_search_result_location" and citation.url == PAGES[0].url
    assert message.usage.server_tool_use is not None
    assert message.usage.server_tool_use.web_search_requests == 1


@pytest.mark.asyncio
async def test_a_search_error_is_a_result_and_is_not_counted(fakeapi: FakeApi) -> None:
    fakeapi.queue(web_search("서울", [], ["I could not search."], error_code="max_uses_exceeded"))
    async with sdk_client(fakeapi.url) as client:
        request = _request(False)
        del request["stream"]
        message = await client.messages.create(**request)
    result = message.content[1]
    assert result.type == "web_search_tool_result"
    assert getattr(result.content, "error_code", None) == "max_uses_exceeded"
    assert message.usage.server_tool_use is not None
    assert message.usage.server_tool_use.web_search_requests == 0


@pytest.mark.asyncio
async def test_fetch_code_and_document_citations_read_back_whole(fakeapi: FakeApi) -> None:
    page = Page("Parley", "https://example.com/parley", "A desktop client for Claude.")
    fakeapi.queue(
        web_fetch(page, ["It is a desktop client."], citations=True),
        code_execution("python3 -c 'print(6*7)'", "42\n", files=["file_011CNha8iCJcU1wXNR6q4V8w"]),
        cited([Cite("파리는 프랑스의 수도입니다.", "Paris is the capital", document=0, end=20)]),
        unknown_block({"type": "container_upload", "file_id": "file_x"}, "Uploaded."),
    )
    async with sdk_client(fakeapi.url) as client:
        replies = []
        for _ in range(4):
            request = _request(False)
            del request["stream"]
            replies.append(await client.messages.create(**request))
    fetched = replies[0].content[1]
    assert fetched.type == "web_fetch_tool_result"
    assert getattr(fetched.content, "url", None) == page.url
    assert replies[0].usage.server_tool_use is not None
    assert replies[0].usage.server_tool_use.web_fetch_requests == 1
    ran = replies[1].content[1]
    assert ran.type == "bash_code_execution_tool_result"
    assert getattr(ran.content, "stdout", None) == "42\n"
    (text,) = replies[2].content
    assert text.type == "text" and text.citations
    assert text.citations[0].type == "char_location"
    assert [b.type for b in replies[3].content] == ["container_upload", "text"]


@pytest.mark.asyncio
async def test_a_paused_turn_stops_after_the_search(fakeapi: FakeApi) -> None:
    fakeapi.queue(web_search("서울", PAGES, stop_reason="pause_turn"))
    async with sdk_client(fakeapi.url) as client:
        request = _request(False)
        del request["stream"]
        message = await client.messages.create(**request)
    assert message.stop_reason == "pause_turn"
    assert [b.type for b in message.content] == ["server_tool_use", "web_search_tool_result"]


def _history(reply_json: dict[str, Any]) -> dict[str, Any]:
    return {
        **_request(False),
        "messages": [
            {"role": "user", "content": "서울 날씨 알려 주세요"},
            {"role": "assistant", "content": reply_json["content"]},
            {"role": "user", "content": "내일은요?"},
        ],
    }


@pytest.mark.asyncio
async def test_server_blocks_sent_back_unchanged_are_accepted_and_altered_ones_refused(
    fakeapi: FakeApi, http: httpx2.AsyncClient
) -> None:
    fakeapi.queue(search_reply())
    first = (await http.post("/v1/messages", json=_request(False))).json()
    fakeapi.queue(web_search("내일 서울 날씨", PAGES, ["내일도 맑습니다."]))
    again = await http.post("/v1/messages", json=_history(first))
    assert again.status_code == 200, again.text

    altered = _history(first)
    result = altered["messages"][1]["content"][1]
    result["content"][0]["encrypted_content"] = result["content"][0]["encrypted_content"][:-8]
    refused = await http.post("/v1/messages", json=altered)
    assert refused.status_code == 400
    assert "encrypted_content" in refused.json()["error"]["message"]

    retyped = _history(first)
    cited_text = next(b for b in retyped["messages"][1]["content"] if b.get("citations"))
    cited_text["citations"][0]["encrypted_index"] = "bm90IHRoZSBzYW1l"
    assert (await http.post("/v1/messages", json=retyped)).status_code == 400

    orphan = _history(first)
    del orphan["messages"][1]["content"][0]  # the result without its call
    assert (await http.post("/v1/messages", json=orphan)).status_code == 400


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("tool", "wording"),
    [
        ({"type": "web_search_20250305", "name": "search"}, "name"),
        ({"type": "web_search_20250305", "name": "web_search", "max_uses": 0}, "max_uses"),
        (
            {
                "type": "web_fetch_20250910",
                "name": "web_fetch",
                "allowed_domains": ["a.com"],
                "blocked_domains": ["b.com"],
            },
            "allowed_domains and blocked_domains",
        ),
        (
            {"type": "web_search_20250305", "name": "web_search", "user_location": {"city": "X"}},
            "approximate",
        ),
        ({"type": "web_search_20990101", "name": "web_search"}, "expected tags"),
    ],
)
async def test_bad_server_tool_definitions_are_refused(
    http: httpx2.AsyncClient, tool: dict[str, Any], wording: str
) -> None:
    response = await http.post("/v1/messages", json=_request(False, [tool]))
    assert response.status_code == 400
    assert wording in response.json()["error"]["message"]


@pytest.mark.asyncio
async def test_good_server_tool_definitions_are_accepted(
    fakeapi: FakeApi, http: httpx2.AsyncClient
) -> None:
    tools = [
        {
            "type": "web_search_20250305",
            "name": "web_search",
            "max_uses": 5,
            "allowed_domains": ["go.kr"],
            "user_location": {"type": "approximate", "city": "Seoul", "country": "KR"},
        },
        {"type": "web_fetch_20250910", "name": "web_fetch", "citations": {"enabled": True}},
        {"type": "code_execution_20250825", "name": "code_execution"},
    ]
    fakeapi.queue(search_reply())
    response = await http.post("/v1/messages", json=_request(False, tools))
    assert response.status_code == 200, response.text


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("tools", "said", "first_block"),
    [
        ([{"type": "web_search_20250305", "name": "web_search"}], "서울 날씨", "server_tool_use"),
        (
            [{"type": "web_fetch_20250910", "name": "web_fetch"}],
            "Read https://example.com/a please",
            "server_tool_use",
        ),
        (
            [{"type": "code_execution_20250825", "name": "code_execution"}],
            "안녕",
            "server_tool_use",
        ),
    ],
)
async def test_the_echo_uses_the_server_tools_offered(
    fakeapi: FakeApi, tools: list[dict[str, Any]], said: str, first_block: str
) -> None:
    async with sdk_client(fakeapi.url) as client:
        message = await client.messages.create(
            model="claude-sonnet-4-6",
            max_tokens=512,
            messages=[{"role": "user", "content": said}],
            tools=tools,  # type: ignore[arg-type]
        )
    assert message.content[0].type == first_block
    assert message.content[1].type.endswith("_tool_result")
    assert "local test server" in "".join(b.text for b in message.content if b.type == "text")


@pytest.mark.asyncio
async def test_the_echo_cites_a_document_sent_with_citations(fakeapi: FakeApi) -> None:
    document = {
        "type": "document",
        "source": {
            "type": "text",
            "media_type": "text/plain",
            "data": "파리는 프랑스의 수도다.\n둘째 줄",
        },
        "title": "수도 목록",
        "citations": {"enabled": True},
    }
    async with sdk_client(fakeapi.url) as client:
        message = await client.messages.create(
            model="claude-sonnet-4-6",
            max_tokens=512,
            messages=[{"role": "user", "content": [document, {"type": "text", "text": "수도?"}]}],
        )
    first = message.content[0]
    assert first.type == "text" and first.citations
    citation = first.citations[0]
    assert citation.type == "char_location"
    assert citation.cited_text == "파리는 프랑스의 수도다."
    assert citation.document_title == "수도 목록"


def test_the_server_refuses_a_sandbox_it_does_not_know(fakeapi):
    import anthropic

    client = anthropic.Anthropic(api_key="k", base_url=fakeapi.url, max_retries=0)
    try:
        client.messages.create(
            model="claude-sonnet-4-6", max_tokens=10, container="container_011Cnone",
            messages=[{"role": "user", "content": "hi"}],
        )  # fmt: skip
    except anthropic.BadRequestError as error:
        assert "container_011Cnone" in str(error)
    else:
        raise AssertionError("an unknown container was taken")
