"""Scripted replies in which Anthropic's own tools run: web search, web fetch, code execution,
and answers that cite (search results or the request's documents).

Shapes follow the recordings (../shared/cassettes: llm-anthropic test_web_search,
pydantic-ai test_anthropic_code_execution_tool_stream) and the SDK's types where no
recording exists (web fetch, document citations, the error results).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tests.fakeapi.identifiers import opaque_blob, server_tool_use_id
from tests.fakeapi.replies import Part, Reply, ReplyKind, StopReason, TextPart, thinking_parts
from tests.fakeapi.server_parts import CitedTextPart, ResultPart, ServerToolUsePart


@dataclass(frozen=True, slots=True)
class Page:
    """A web page as a search result or a fetched document."""

    title: str
    url: str
    text: str = ""  # what the result's encrypted_content stands for
    page_age: str | None = None


@dataclass(frozen=True, slots=True)
class Cite:
    """Answer text that cites: a search result (`page`, an index into the results) or a
    document of the request (`document`, with a char, page or block range)."""

    text: str
    cited_text: str
    page: int | None = None
    document: int | None = None
    document_title: str | None = None
    start: int = 0
    end: int = 0
    location: str = "char_location"  # or page_location, content_block_location


Answer = Sequence[str | Cite]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _call(name: str, tool_input: dict[str, Any]) -> ServerToolUsePart:
    return ServerToolUsePart(server_tool_use_id(), name, _json(tool_input))


def _answer(answer: Answer, pages: Sequence[Page]) -> list[Part]:
    parts: list[Part] = []
    for piece in answer:
        if isinstance(piece, str):
            parts.append(TextPart(piece))
        else:
            parts.append(CitedTextPart(piece.text, (_json(_citation(piece, pages)),)))
    return parts


def _citation(cite: Cite, pages: Sequence[Page]) -> dict[str, Any]:
    if cite.page is not None:
        page = pages[cite.page]
        return {
            "type": "web_search_result_location",
            "cited_text": cite.cited_text,
            "url": page.url,
            "title": page.title,
            "encrypted_index": opaque_blob(f"{page.url}#{cite.cited_text}"),
        }
    span = {
        "char_location": ("start_char_index", "end_char_index"),
        "page_location": ("start_page_number", "end_page_number"),
        "content_block_location": ("start_block_index", "end_block_index"),
    }[cite.location]
    return {
        "type": cite.location,
        "cited_text": cite.cited_text,
        "document_index": cite.document or 0,
        "document_title": cite.document_title,
        span[0]: cite.start,
        span[1]: cite.end,
        "file_id": None,
    }


def _reply(
    parts: list[Part], *, thinking: str | None, stop_reason: StopReason, chunk: int
) -> Reply:
    return Reply(
        ReplyKind.MESSAGE,
        (*thinking_parts(thinking), *parts),
        chunk=max(1, chunk),
        stop_reason=stop_reason,
    )


def web_search(
    query: str,
    results: Sequence[Page],
    answer: Answer = (),
    *,
    error_code: str | None = None,
    thinking: str | None = None,
    stop_reason: StopReason = "end_turn",
    chunk: int = 8,
) -> Reply:
    """One search and an answer citing its results; `error_code` (max_uses_exceeded,
    too_many_requests, …) makes the result an error instead. `stop_reason="pause_turn"` ends
    the turn after the search, for the client to continue."""
    call = _call("web_search", {"query": query})
    content: Any
    if error_code is not None:
        content = {"type": "web_search_tool_result_error", "error_code": error_code}
    else:
        content = [
            {
                "type": "web_search_result",
                "title": page.title,
                "url": page.url,
                "encrypted_content": opaque_blob(page.text or page.title),
                "page_age": page.page_age,
            }
            for page in results
        ]
    result = {"type": "web_search_tool_result", "tool_use_id": call.tool_id, "content": content}
    parts: list[Part] = [call, ResultPart(_json(result)), *_answer(answer, results)]
    return _reply(parts, thinking=thinking, stop_reason=stop_reason, chunk=chunk)


def web_fetch(
    page: Page,
    answer: Answer = (),
    *,
    error_code: str | None = None,
    citations: bool = False,
    retrieved_at: str = "2026-12-04T09:00:00Z",
    chunk: int = 8,
) -> Reply:
    """One fetch of `page.url` (its text as a plain-text document) and an answer."""
    call = _call("web_fetch", {"url": page.url})
    content: dict[str, Any]
    if error_code is not None:
        content = {"type": "web_fetch_tool_result_error", "error_code": error_code}
    else:
        document: dict[str, Any] = {
            "type": "document",
            "source": {"type": "text", "media_type": "text/plain", "data": page.text},
            "title": page.title,
        }
        if citations:
            document["citations"] = {"enabled": True}
        content = {
            "type": "web_fetch_result",
            "url": page.url,
            "content": document,
            "retrieved_at": retrieved_at,
        }
    result = {"type": "web_fetch_tool_result", "tool_use_id": call.tool_id, "content": content}
    parts: list[Part] = [call, ResultPart(_json(result)), *_answer(answer, ())]
    return _reply(parts, thinking=None, stop_reason="end_turn", chunk=chunk)


def code_execution(
    command: str,
    stdout: str,
    stderr: str = "",
    return_code: int = 0,
    answer: Answer = (),
    *,
    lead: str = "",
    files: Sequence[str] = (),
    error_code: str | None = None,
    thinking: str | None = None,
    chunk: int = 8,
) -> Reply:
    """A bash command run in the sandbox (the 2025-08-25 tool's shape, as recorded), with
    `files` it wrote (their file ids), and an answer."""
    call = _call("bash_code_execution", {"command": command})
    content: dict[str, Any]
    if error_code is not None:
        content = {"type": "bash_code_execution_tool_result_error", "error_code": error_code}
    else:
        content = {
            "type": "bash_code_execution_result",
            "stdout": stdout,
            "stderr": stderr,
            "return_code": return_code,
            "content": [{"type": "bash_code_execution_output", "file_id": f} for f in files],
        }
    result = {
        "type": "bash_code_execution_tool_result",
        "tool_use_id": call.tool_id,
        "content": content,
    }
    parts: list[Part] = [TextPart(lead)] if lead else []
    parts += [call, ResultPart(_json(result)), *_answer(answer, ())]
    return _reply(parts, thinking=thinking, stop_reason="end_turn", chunk=chunk)


def file_edit(tool_input: dict[str, Any], content: dict[str, Any], answer: Answer = ()) -> Reply:
    """One call of the code tool's file editor (view, create or str_replace, in the
    2025-08-25 tool's shapes) with its result `content`, and an answer."""
    call = _call("text_editor_code_execution", tool_input)
    result = {
        "type": "text_editor_code_execution_tool_result",
        "tool_use_id": call.tool_id,
        "content": content,
    }
    parts: list[Part] = [call, ResultPart(_json(result)), *_answer(answer, ())]
    return _reply(parts, thinking=None, stop_reason="end_turn", chunk=8)


def cited(answer: Answer, *, chunk: int = 8) -> Reply:
    """An answer citing the request's documents (sent with citations enabled)."""
    return _reply(_answer(answer, ()), thinking=None, stop_reason="end_turn", chunk=chunk)


def unknown_block(block: dict[str, Any], text: str = "") -> Reply:
    """A reply holding a block type no client knows yet, sent whole like a result block."""
    parts: list[Part] = [ResultPart(_json(block))]
    if text:
        parts.append(TextPart(text))
    return _reply(parts, thinking=None, stop_reason="end_turn", chunk=8)


def _tool_names(body: dict[str, Any]) -> set[str]:
    tools = body.get("tools")
    listed = tools if isinstance(tools, list) else []
    return {str(t.get("name")) for t in listed if isinstance(t, dict) and t.get("type")}


def _cited_documents(body: dict[str, Any]) -> list[tuple[int, str, str]]:
    """(index, title, text) of the last user turn's text documents with citations enabled."""
    messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
    content = messages[-1].get("content") if messages else None
    documents = [b for b in content or [] if isinstance(b, dict) and b.get("type") == "document"]
    found = []
    for index, block in enumerate(documents):
        source = block.get("source") or {}
        if (block.get("citations") or {}).get("enabled") and source.get("type") == "text":
            found.append((index, str(block.get("title") or ""), str(source.get("data") or "")))
    return found


def echo_with_tools(body: dict[str, Any], said: str, footnote: str) -> Reply | None:
    """What the echo does when the request offers server tools or citable documents: a search,
    a fetch or a run of `echo`, or a quote, so they can be tried by hand; None otherwise."""
    names = _tool_names(body)
    if "web_search" in names:
        pages = [
            Page(f"{said[:40]} — Example", "https://example.com/search-1", said, "1 day ago"),
            Page(f"About {said[:30]}", "https://example.org/search-2", footnote),
        ]
        answer: list[str | Cite] = ["Two pages mention it. ", Cite(f"{said[:80]}.", said, page=0)]
        return web_search(said[:100], pages, [*answer, f"\n\n{footnote}"])
    if "web_fetch" in names and (url := next(iter(_urls(said)), None)):
        page = Page(f"Page at {url}", url, f"The page at {url}. {footnote}")
        return web_fetch(page, [f"I fetched {url}.\n\n{footnote}"])
    if "code_execution" in names:
        command = f"echo {json.dumps(said[:200], ensure_ascii=False)}"
        return code_execution(
            command, f"{said[:200]}\n", answer=[f"It printed your words.\n\n{footnote}"]
        )
    documents = _cited_documents(body)
    if documents:
        index, title, text = documents[0]
        quote = text.split("\n")[0][:200]
        cite = Cite(f"The document begins: “{quote}”", quote, document=index,
                    document_title=title or None, end=len(quote))  # fmt: skip
        return cited([cite, f"\n\n{footnote}"])
    return None


def _urls(text: str) -> list[str]:
    return [
        word.strip("<>()[].,") for word in text.split() if word.startswith(("http://", "https://"))
    ]
