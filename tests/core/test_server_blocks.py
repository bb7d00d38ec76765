"""Replies holding Anthropic's own tool blocks, through the real SDK into SQLite and back: kept
whole (encrypted parts, citations, unknown types), sent back unchanged on the next turn (the
local server refuses any altered blob), and a paused turn continued, up to a cap."""

from __future__ import annotations

import asyncio

from desktop_app.core.conversation import MessageState, Role
from desktop_app.core.events import ReplyFinished
from desktop_app.core.reply_stream import MAX_PAUSES
from tests.core.test_chat_session import collect, make_session
from tests.fakeapi import Reply
from tests.fakeapi.server_replies import Cite, Page, code_execution, unknown_block, web_search


async def say(session, conversation_id: int, *texts: str) -> list:
    """Each text sent in turn, in one event loop (the client's connections belong to one)."""
    events = []
    for text in texts:
        events += await collect(session.send(conversation_id, text))
    return events


PAGES = [Page("서울 날씨", "https://weather.example/seoul", "맑음, 최고 7도", "1 day ago")]


def test_search_blocks_and_citations_are_stored_and_sent_back_unchanged(store, fakeapi, tmp_path):
    answer = ["오늘 서울은 ", Cite("맑고 최고 7도입니다.", "맑음, 최고 7도", page=0)]
    fakeapi.queue(
        web_search("서울 날씨", PAGES, answer),
        Reply.text("서울 날씨"),
        Reply.text("내일도 맑습니다."),
    )
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    asyncio.run(say(session, conv.id, "오늘 서울 날씨는?", "내일은요?"))

    stored = store.messages(conv.id)[1].content
    assert [b["type"] for b in stored] == [
        "server_tool_use",
        "web_search_tool_result",
        "text",
        "text",
    ]
    assert stored[0]["input"] == {"query": "서울 날씨"}
    assert stored[1]["content"][0]["encrypted_content"]
    assert stored[1]["content"][0]["page_age"] == "1 day ago"
    cited = stored[3]
    assert cited["text"] == "맑고 최고 7도입니다."
    assert cited["citations"][0]["url"] == PAGES[0].url
    assert cited["citations"][0]["encrypted_index"]

    assert store.messages(conv.id)[-1].state is MessageState.COMPLETE  # no 400: blobs intact
    sent_back = fakeapi.message_requests()[-1]["messages"][1]["content"]
    assert sent_back == stored


def test_code_results_and_unknown_blocks_are_kept_and_sent_back(store, fakeapi, tmp_path):
    fakeapi.queue(
        code_execution("python3 -c 'print(6*7)'", "42\n", answer=["It is 42."]),
        Reply.text("Arithmetic"),
        unknown_block({"type": "container_upload", "file_id": "file_1"}, "Uploaded."),
        Reply.text("Done."),
    )
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    asyncio.run(say(session, conv.id, "6 × 7?", "Upload it", "Thanks"))

    replies = [m.content for m in store.messages(conv.id) if m.role is Role.ASSISTANT]
    assert replies[0][1]["content"]["stdout"] == "42\n"
    assert replies[1][0] == {"type": "container_upload", "file_id": "file_1"}
    history = fakeapi.message_requests()[-1]["messages"]
    assert history[1]["content"] == replies[0] and history[3]["content"] == replies[1]


def test_a_paused_turn_is_continued_and_ends_as_one_turn(store, fakeapi, tmp_path):
    fakeapi.queue(
        web_search("서울 날씨", PAGES, stop_reason="pause_turn"),
        Reply.text("서울은 맑습니다."),
        Reply.text("서울 날씨"),
        Reply.text("네."),
    )
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    events = asyncio.run(say(session, conv.id, "서울 날씨?", "고마워요"))

    finished = [e.message for e in events if isinstance(e, ReplyFinished)][:2]
    assert [m.stop_reason for m in finished] == ["pause_turn", "end_turn"]
    continued = fakeapi.message_requests()[1]["messages"]
    assert [m["role"] for m in continued] == ["user", "assistant"]  # the paused turn, as sent
    assert continued[1]["content"] == finished[0].content

    later = fakeapi.message_requests()[-1]["messages"]
    assert [m["role"] for m in later] == ["user", "assistant", "user"]  # one assistant turn
    assert later[1]["content"] == finished[0].content + finished[1].content


def test_pausing_continues_up_to_the_cap(store, fakeapi, tmp_path):
    paused = web_search("q", PAGES, stop_reason="pause_turn")  # paused after the search
    fakeapi.queue(*[paused] * (MAX_PAUSES + 2), Reply.text("title"))
    session = make_session(store, fakeapi, tmp_path)
    conv = store.create_conversation("claude-sonnet-4-6")
    events = asyncio.run(collect(session.send(conv.id, "search a lot")))

    finished = [e.message for e in events if isinstance(e, ReplyFinished)]
    assert len(finished) == MAX_PAUSES + 1  # the first reply and its continuations
    assert finished[-1].stop_reason == "pause_turn"  # left paused, nothing lost
    assert all(m.state is MessageState.COMPLETE for m in finished)


def test_text_blocks_in_a_row_flow_as_one_paragraph_and_other_blocks_break_it() -> None:
    from desktop_app.core.conversation import Message, Role, flowing_text

    content = [
        {"type": "text", "text": "검색해 볼게요."},
        {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {}},
        {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_1", "content": []},
        {"type": "text", "text": "Based on the results, "},
        {"type": "text", "text": "서울은 맑습니다.", "citations": [{"type": "x"}]},
        {"type": "text", "text": ""},
        {"type": "text", "text": " It is cold."},
    ]
    message = Message(1, 1, Role.ASSISTANT, content)
    assert message.text == "검색해 볼게요.\n\nBased on the results, 서울은 맑습니다. It is cold."

    def render(block: dict[str, object]) -> str:
        return str(block["text"]) if block["type"] == "text" else f"[{block['type']}]"

    shown = flowing_text(content, render)
    assert shown == (
        "검색해 볼게요.\n\n[server_tool_use]\n\n[web_search_tool_result]\n\n"
        "Based on the results, 서울은 맑습니다. It is cold."
    )
