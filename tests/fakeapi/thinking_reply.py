"""The thinking a scripted reply gains when its request turns thinking on, as a real model's would.

A scripted text or tool-use reply without thinking gets a signed thinking block first; one
scripted with thinking keeps its own. Raw SSE and JSON replies are never touched.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from tests.fakeapi.echo import last_user_text
from tests.fakeapi.identifiers import signature_for
from tests.fakeapi.replies import Reply, ReplyKind, ThinkingPart

_THINKING_TYPES = ("enabled", "adaptive")


def asks_for_thinking(body: dict[str, Any]) -> bool:
    thinking = body.get("thinking")
    return isinstance(thinking, dict) and thinking.get("type") in _THINKING_TYPES


def thought_for(body: dict[str, Any]) -> str:
    said = " ".join(last_user_text(body).split())
    about = said if len(said) <= 60 else said[:59] + "…"
    return f"The user asks: {about or '(nothing in words)'}. Let me answer that plainly."


def with_thinking(reply: Reply, body: dict[str, Any]) -> Reply:
    """`reply`, opening with a thinking block when `body` asks for thinking and it has none."""
    if reply.kind is not ReplyKind.MESSAGE or not asks_for_thinking(body):
        return reply
    if any(isinstance(part, ThinkingPart) for part in reply.parts):
        return reply
    thought = thought_for(body)
    return dataclasses.replace(
        reply, parts=(ThinkingPart(thought, signature_for(thought)), *reply.parts)
    )
