"""The reply given when nothing is queued: an echo of the user's last words.

It lets people try the app by hand without a key; a request for a conversation's title is
answered with the first words of the message it quotes. A request offering web search, web
fetch or code execution, or citable documents, gets a reply that uses them. Unlike scripted
replies the plain echo obeys the request's `max_tokens` and `stop_sequences`, and thinks
first when the request turns thinking on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tests.fakeapi.replies import Reply, StopReason
from tests.fakeapi.server_replies import echo_with_tools

_FOOTNOTE = "This reply comes from Parley's local test server; no model was called."
_TITLE_ASK = re.compile(r"short title.*?<message>\s*(.*?)\s*</message>", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Echo:
    """The echo reply, and the stop sequence it ended on, if any."""

    reply: Reply
    stop_sequence: str | None


def _texts(content: Any) -> list[str]:
    if isinstance(content, str):
        return [content]
    found: list[str] = []
    for block in content if isinstance(content, list) else []:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "text":
            found.append(str(block.get("text", "")))
        elif block.get("type") == "tool_result":
            found += _texts(block.get("content", ""))
    return found


def last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            return " ".join(text for text in _texts(message.get("content")) if text.strip())
    return ""


def echo(body: dict[str, Any]) -> Echo:
    said = last_user_text(body) or "(nothing in words)"
    title = _TITLE_ASK.search(said)
    if title:  # a title request: its first words, so tries by hand get readable names
        text = " ".join(title.group(1).split()[:6]) or "Untitled"
    elif (with_tools := echo_with_tools(body, said, _FOOTNOTE)) is not None:
        return Echo(with_tools, None)
    else:
        text = f"You said: {said}\n\n{_FOOTNOTE}"
    stop_reason: StopReason = "end_turn"
    stop_sequence = None
    hits = [(text.find(s), s) for s in body.get("stop_sequences") or [] if s and s in text]
    if hits:
        cut, stop_sequence = min(hits)
        text, stop_reason = text[:cut], "stop_sequence"
    budget = int(body.get("max_tokens") or 4096) * 4
    if len(text) > budget:
        text, stop_reason, stop_sequence = text[:budget], "max_tokens", None
    thinking_config = body.get("thinking")
    thinks = isinstance(thinking_config, dict) and thinking_config.get("type") in (
        "enabled",
        "adaptive",
    )
    thinking = f"The user wrote {len(said)} characters. I will echo them back." if thinks else None
    reply = Reply.text(text, thinking=thinking, stop_reason=stop_reason)  # paced by token_delay
    return Echo(reply, stop_sequence)
