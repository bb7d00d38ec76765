"""What the next send will cost: its input tokens (count_tokens, or a local estimate offline)
and their price at the model's plain input rate, before any prompt caching.

Counts are cached by a hash of the request as stored (attachments by their sha256), so the
same draft is never counted twice and no file is read to find a cached answer.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from desktop_app.core.attachment_resolver import AttachmentResolver, text_file_block
from desktop_app.core.attachments import Attachment, AttachmentKind
from desktop_app.core.conversation import Block, Message, Role, Usage, text_block
from desktop_app.core.errors import ApiError
from desktop_app.core.ports import ClaudeClient
from desktop_app.core.pricing import Pricing
from desktop_app.core.request import Request, build_messages
from desktop_app.core.token_estimate import request_tokens

if TYPE_CHECKING:  # the window imports this module before its first paint; keep it light
    from desktop_app.core.chat_session import ChatSession

CACHE_SIZE = 256


@dataclass(frozen=True, slots=True)
class Estimate:
    tokens: int
    cost_usd: float | None  # None: the model's price is unknown
    exact: bool  # counted by the API; False: the local rule-of-thumb estimate


def draft_blocks(text: str, attachments: Sequence[Attachment] = ()) -> list[Block]:
    """The next user turn as the window sends it: the attachments first, then the text."""
    content: list[Block] = [a.block() for a in attachments]
    if text.strip():
        content.append(text_block(text.strip()))
    return content


def with_draft(request: Request, text: str, attachments: Sequence[Attachment] = ()) -> Request:
    """`request` with the draft appended as the next user turn (for a conversation not yet
    made; for a stored one use `next_request`, which keeps its last reply)."""
    content = draft_blocks(text, attachments)
    if not content:
        return request
    messages = list(request.messages)
    if messages and messages[-1].get("role") == "user":  # the API merges them anyway
        last = messages[-1]
        earlier = last["content"] if isinstance(last["content"], list) else [last["content"]]
        messages[-1] = {**last, "content": [*earlier, *content]}
    else:
        messages.append({"role": "user", "content": content})
    return replace(request, messages=messages)


def next_request(
    session: ChatSession, conversation_id: int, text: str, attachments: Sequence[Attachment] = ()
) -> Request:
    """The request sending the draft would make (attachments left as references). Built from
    the stored history plus the draft: `build_request` alone drops a trailing reply."""
    request = session.build_request(conversation_id, resolve=False)
    history = session.store.messages(conversation_id)
    content = draft_blocks(text, attachments)
    if content:
        history = [*history, Message(0, conversation_id, Role.USER, content)]
    return replace(request, messages=build_messages(history))


def content_key(request: Request) -> str:
    """A hash of everything that changes the count (the stored form: files by sha256)."""
    params = request.to_params()
    params.pop("max_tokens", None)
    text = json.dumps(params, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _draft_block(attachment: Attachment) -> Block:
    """The API block of a draft attachment whose bytes are still in hand (not yet stored)."""
    match attachment.kind:
        case AttachmentKind.IMAGE:
            data = base64.b64encode(attachment.data).decode("ascii")
            source = {"type": "base64", "media_type": attachment.media_type, "data": data}
            return {"type": "image", "source": source}
        case AttachmentKind.PDF:
            data = base64.b64encode(attachment.data).decode("ascii")
            source = {"type": "base64", "media_type": "application/pdf", "data": data}
            return {"type": "document", "source": source, "title": attachment.name}
        case AttachmentKind.TEXT:
            return text_file_block(attachment.name, attachment.data.decode("utf-8", "replace"))


class SendEstimator:
    """Counts requests through `client` (None: offline) and prices them with `pricing`."""

    def __init__(
        self, client: ClaudeClient | None, pricing: Pricing, resolver: AttachmentResolver
    ) -> None:
        self.client = client
        self.pricing = pricing
        self.resolver = resolver
        self._counts: OrderedDict[str, int] = OrderedDict()

    def cached(self, request: Request) -> Estimate | None:
        tokens = self._counts.get(content_key(request))
        return None if tokens is None else self.priced(request.model, tokens, exact=True)

    def local(self, request: Request) -> Estimate:
        """The offline estimate; reads no file (stored attachments carry their own)."""
        return self.priced(request.model, request_tokens(request.to_params()), exact=False)

    def priced(self, model: str, tokens: int, *, exact: bool) -> Estimate:
        return Estimate(tokens, self.pricing.cost(model, Usage(input_tokens=tokens)), exact)

    async def estimate(
        self, request: Request, drafts: Sequence[Attachment] = (), *, allow_local: bool = True
    ) -> Estimate:
        """The count for `request` (built with `with_draft(..., drafts)`): from the cache, else
        from count_tokens; when that fails, the local estimate (or the ApiError, if not
        `allow_local`)."""
        key = content_key(request)
        if key in self._counts:
            self._counts.move_to_end(key)
            return self.priced(request.model, self._counts[key], exact=True)
        if self.client is None:
            return self.local(request)
        try:
            tokens = await self.client.count_tokens(await self._sendable(request, drafts))
        except (ApiError, ValueError, OSError):
            if not allow_local:
                raise
            return self.local(request)
        self._counts[key] = tokens
        while len(self._counts) > CACHE_SIZE:
            self._counts.popitem(last=False)
        return self.priced(request.model, tokens, exact=True)

    async def _sendable(self, request: Request, drafts: Sequence[Attachment]) -> Request:
        """The request with every attachment as the API takes it: drafts from their bytes,
        stored ones read from the store (on a worker thread when files must be read)."""
        by_sha = {a.sha256: _draft_block(a) for a in drafts if a.data}
        messages = [
            {
                **turn,
                "content": [
                    by_sha.get(str((b.get("source") or {}).get("sha256")), b)
                    if isinstance(b, dict) and isinstance(b.get("source"), dict)
                    else b
                    for b in (turn["content"] if isinstance(turn["content"], list) else [])
                ]
                or turn["content"],
            }
            for turn in request.messages
        ]
        if self.resolver.pending(messages):
            import asyncio  # not at import time: the window loads this before its first paint

            messages = await asyncio.to_thread(self.resolver.resolve, messages)
        else:
            messages = self.resolver.resolve(messages)
        return replace(request, messages=messages)


__all__ = [
    "Estimate", "SendEstimator", "content_key", "draft_blocks", "next_request", "with_draft",
]  # fmt: skip
