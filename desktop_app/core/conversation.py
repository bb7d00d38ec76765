"""Conversations and messages as pure values.

A message's content is the exact list of content blocks the Messages API takes
(text, image, document, thinking with signature, tool_use, tool_result), so a
stored conversation can always be sent again unchanged. Identity (ids,
timestamps) is assigned by the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

Block = dict[str, Any]


class Role(StrEnum):
    USER = "user"
    ASSISTANT = "assistant"


class MessageState(StrEnum):
    """Where a message stands; only COMPLETE and STOPPED replies are whole turns."""

    COMPLETE = "complete"
    STREAMING = "streaming"  # being written; on disk only while a reply streams
    STOPPED = "stopped"  # the user pressed Stop; what arrived is kept
    INTERRUPTED = "interrupted"  # the app died or was killed while streaming
    FAILED = "failed"  # the API or connection failed mid-reply; partial text kept


# A STREAMING message not written for this long was left by a process that died: a live
# exchange rewrites (or at least touches) its unfinished messages every second or so.
STALE_AFTER = 10.0


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts as the API reports them."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0
    # The part of cache_creation_input_tokens written with the 1-hour TTL (priced higher).
    cache_creation_1h_input_tokens: int = 0
    # "batch" for a Message Batches answer (half price); "" or "standard" otherwise.
    service_tier: str = ""
    # usage.server_tool_use: Anthropic's own tools run for this request (searches are billed
    # per use on top of tokens; fetches cost their tokens only).
    web_search_requests: int = 0
    web_fetch_requests: int = 0
    # The code-execution sandbox the request ran code in (message_delta.delta.container): its
    # id and when it expires (ISO 8601). Kept with the usage: its time is what code costs.
    container_id: str = ""
    container_expires_at: str = ""

    @property
    def batch(self) -> bool:
        return self.service_tier == "batch"

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            self.input_tokens + other.input_tokens,
            self.output_tokens + other.output_tokens,
            self.cache_creation_input_tokens + other.cache_creation_input_tokens,
            self.cache_read_input_tokens + other.cache_read_input_tokens,
            self.cache_creation_1h_input_tokens + other.cache_creation_1h_input_tokens,
            self.service_tier if self.service_tier == other.service_tier else "",
            self.web_search_requests + other.web_search_requests,
            self.web_fetch_requests + other.web_fetch_requests,
            other.container_id or self.container_id,  # the later one's, as it lives longer
            other.container_expires_at if other.container_id else self.container_expires_at,
        )

    @property
    def total(self) -> int:
        return (
            self.input_tokens
            + self.output_tokens
            + self.cache_creation_input_tokens
            + self.cache_read_input_tokens
        )

    def to_dict(self) -> dict[str, Any]:
        """The API's shape; the TTL split only when an hour-long write happened."""
        data: dict[str, Any] = {
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cache_creation_input_tokens": self.cache_creation_input_tokens,
            "cache_read_input_tokens": self.cache_read_input_tokens,
        }
        if self.cache_creation_1h_input_tokens:
            data["cache_creation"] = {
                "ephemeral_5m_input_tokens": self.cache_creation_input_tokens
                - self.cache_creation_1h_input_tokens,
                "ephemeral_1h_input_tokens": self.cache_creation_1h_input_tokens,
            }
        if self.web_search_requests or self.web_fetch_requests:
            data["server_tool_use"] = {
                "web_search_requests": self.web_search_requests,
                "web_fetch_requests": self.web_fetch_requests,
            }
        if self.service_tier not in ("", "standard"):
            data["service_tier"] = self.service_tier
        if self.container_id:  # the message's, not the usage's, in the API: kept here by Parley
            data["container"] = {"id": self.container_id, "expires_at": self.container_expires_at}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Usage:
        data = data or {}
        split = data.get("cache_creation")
        hour = split.get("ephemeral_1h_input_tokens") if isinstance(split, dict) else 0
        server = data.get("server_tool_use")
        server = server if isinstance(server, dict) else {}
        container = data.get("container")
        container = container if isinstance(container, dict) else {}
        return cls(
            int(data.get("input_tokens") or 0),
            int(data.get("output_tokens") or 0),
            int(data.get("cache_creation_input_tokens") or 0),
            int(data.get("cache_read_input_tokens") or 0),
            int(hour or 0),
            str(data.get("service_tier") or ""),
            int(server.get("web_search_requests") or 0),
            int(server.get("web_fetch_requests") or 0),
            str(container.get("id") or ""),
            str(container.get("expires_at") or ""),
        )


def prompt_tokens(usage: Usage) -> int:
    """Every input token of a request, cached or not: what a prompt-size tier counts."""
    return usage.input_tokens + usage.cache_creation_input_tokens + usage.cache_read_input_tokens


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    conversation_id: int
    role: Role
    content: list[Block]
    state: MessageState = MessageState.COMPLETE
    model: str | None = None
    usage: Usage | None = None
    stop_reason: str | None = None
    created_at: float = 0.0
    parent_id: int | None = None  # the message this one follows; siblings are branches
    finished_at: float | None = None  # when a reply stopped streaming
    updated_at: float | None = None  # its last write: the heartbeat of an unfinished message

    @property
    def text(self) -> str:
        """The visible text of the message (see flowing_text)."""
        return flowing_text(self.content)


def _text_of(block: Block) -> str:
    return str(block.get("text") or "") if block.get("type") == "text" else ""


def flowing_text(content: Sequence[Block], render: Callable[[Block], str] = _text_of) -> str:
    """The blocks as one text. Text blocks that follow one another are one flow: the API
    splits a cited passage into a block of its own mid-sentence, and a reply reads it as one
    paragraph. Any other block between two texts (a tool call, a search) starts a new
    paragraph, as does every rendered non-text block (`render` may show those)."""
    pieces: list[str] = []
    after_text = False
    for block in content:
        is_text = block.get("type") == "text"
        piece = render(block)
        if not piece:
            after_text = after_text and is_text  # an empty text block does not break the flow
            continue
        if pieces:
            pieces.append("" if is_text and after_text else "\n\n")
        pieces.append(piece)
        after_text = is_text
    return "".join(pieces)


@dataclass(frozen=True, slots=True)
class Conversation:
    id: int
    title: str
    model: str
    system_prompt: str = ""
    created_at: float = 0.0
    updated_at: float = 0.0
    thinking: bool = False  # extended thinking asked for in this conversation
    effort: str = ""  # an effort level the model takes ("low" … "max"); "" is its default
    max_tokens: int | None = None  # the reply's length limit; None: the settings' default
    cache_ttl: str = "5m"  # prompt cache lifetime asked for: "5m", or "1h" (dearer writes)
    continued_from: int | None = None  # the conversation this one carries on, by a summary
    pinned_at: float | None = None  # pinned (kept on top, latest pin first) since then
    archived_at: float | None = None  # archived: out of the list, still found by search
    project_id: int | None = None  # the project (folder) it is filed in
    organised_at: float = 0.0  # last pin, archive or move, for windows catching up


@dataclass(frozen=True, slots=True)
class SearchHit:
    conversation_id: int
    message_id: int
    title: str
    snippet: str
    archived: bool = False  # the hit's conversation is archived (the list hides it)


def text_block(text: str) -> Block:
    return {"type": "text", "text": text}


def is_server_result(block: Block) -> bool:
    """A result of one of Anthropic's own tools (web_search_tool_result, …): kept and sent back
    whole, beside the server_tool_use it answers."""
    return str(block.get("type", "")).endswith("_tool_result") and "tool_use_id" in block


def is_question(message: Message) -> bool:
    """A message the user wrote, as opposed to one carrying tool results back."""
    return message.role is Role.USER and any(
        b.get("type") != "tool_result" for b in message.content
    )
