"""Streamed events assemble into the exact blocks of the reply."""

from desktop_app.core.conversation import Usage
from desktop_app.core.events import (
    BlockStarted,
    BlockStopped,
    CitationDelta,
    InputJsonDelta,
    MessageDelta,
    MessageStarted,
    SignatureDelta,
    TextDelta,
    ThinkingDelta,
)
from desktop_app.core.reply_builder import ReplyBuilder


def test_blocks_assemble_in_index_order_with_usage_merged():
    b = ReplyBuilder()
    for event in [
        MessageStarted(
            "claude-x", Usage(input_tokens=10, output_tokens=1, cache_read_input_tokens=5)
        ),
        BlockStarted(0, {"type": "thinking", "thinking": "", "signature": ""}),
        ThinkingDelta(0, "let me "),
        ThinkingDelta(0, "think"),
        SignatureDelta(0, "sig=="),
        BlockStopped(0),
        BlockStarted(1, {"type": "text", "text": "", "citations": None}),
        TextDelta(1, "안녕"),
        TextDelta(1, "하세요"),
        BlockStopped(1),
        BlockStarted(2, {"type": "tool_use", "id": "t1", "name": "clock", "input": {}}),
        InputJsonDelta(2, '{"tz": '),
        InputJsonDelta(2, '"Asia/Seoul"}'),
        BlockStopped(2),
        MessageDelta("tool_use", Usage(output_tokens=42)),
    ]:
        b.apply(event)
    assert b.content() == [
        {"type": "thinking", "thinking": "let me think", "signature": "sig=="},
        {"type": "text", "text": "안녕하세요"},
        {"type": "tool_use", "id": "t1", "name": "clock", "input": {"tz": "Asia/Seoul"}},
    ]
    assert b.stop_reason == "tool_use"
    assert b.usage == Usage(input_tokens=10, output_tokens=42, cache_read_input_tokens=5)


def test_partial_content_keeps_only_blocks_valid_on_their_own():
    b = ReplyBuilder()
    b.apply(BlockStarted(0, {"type": "thinking", "thinking": "", "signature": ""}))
    b.apply(ThinkingDelta(0, "unsigned"))
    b.apply(BlockStarted(1, {"type": "text", "text": ""}))
    b.apply(TextDelta(1, "half"))
    b.apply(BlockStarted(2, {"type": "tool_use", "id": "t", "name": "n", "input": {}}))
    b.apply(InputJsonDelta(2, '{"a"'))
    assert b.partial_content() == [{"type": "text", "text": "half"}]


def test_unknown_block_types_are_kept_once_complete():
    b = ReplyBuilder()
    b.apply(BlockStarted(0, {"type": "container_upload", "file_id": "file_1"}))
    assert b.partial_content() == []
    b.apply(BlockStopped(0))
    assert b.partial_content() == [{"type": "container_upload", "file_id": "file_1"}]


def test_a_server_tool_call_is_kept_only_with_its_result():
    b = ReplyBuilder()
    b.apply(
        BlockStarted(0, {"type": "server_tool_use", "id": "s", "name": "web_search", "input": {}})
    )
    b.apply(InputJsonDelta(0, '{"query": "x"}'))
    b.apply(BlockStopped(0))
    assert b.partial_content() == []  # the API refuses a call without its result
    result = {"type": "web_search_tool_result", "tool_use_id": "s", "content": []}
    b.apply(BlockStarted(1, result))
    b.apply(BlockStopped(1))
    assert b.partial_content() == [
        {"type": "server_tool_use", "id": "s", "name": "web_search", "input": {"query": "x"}},
        result,
    ]


def test_citations_gather_on_their_text_block():
    b = ReplyBuilder()
    b.apply(BlockStarted(0, {"citations": [], "type": "text", "text": ""}))
    first = {"type": "web_search_result_location", "cited_text": "맑음", "url": "https://a"}
    b.apply(CitationDelta(0, first))
    b.apply(TextDelta(0, "서울은 "))
    b.apply(TextDelta(0, "맑습니다."))
    b.apply(BlockStopped(0))
    assert b.content() == [{"citations": [first], "type": "text", "text": "서울은 맑습니다."}]
