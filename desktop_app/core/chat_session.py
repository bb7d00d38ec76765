"""Sends a conversation to Claude and streams the reply back as typed events.

`ChatSession.send()` returns a `ReplyStream`: iterate it for events, call
`stop()` to end the reply early. The stream stores the user's message first (so
nothing typed is lost), flushes the partial reply about once a second (on a timer, even
while the stream stalls), answers tool calls, and names the conversation after its first
exchange. Attachments are checked before anything is stored or sent: `send*` and `retry`
raise `AttachmentError` when a request would break the API's limits or lacks a file.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.continuation import continuation_blocks, was_cut_off
from desktop_app.core.conversation import Block, Message, Usage, is_question, text_block
from desktop_app.core.errors import ApiError, ErrorKind
from desktop_app.core.file_uploads import FileUploads
from desktop_app.core.ledger import LedgerEntry, Spend
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.model_info import ModelInfo
from desktop_app.core.permissions import PermissionGate, PermissionPolicy
from desktop_app.core.ports import (
    AttachmentSource,
    ClaudeClient,
    ConversationStore,
    UsageLedger,
)
from desktop_app.core.pricing import Pricing
from desktop_app.core.reply_limit import reply_limit, thinking_room
from desktop_app.core.reply_stream import ReplyStream
from desktop_app.core.request import Request, build_messages, is_paused
from desktop_app.core.request_options import RequestOptions
from desktop_app.core.retry_policy import RetryPolicy
from desktop_app.core.sandbox import reusable_container
from desktop_app.core.settings import DEFAULT_REPLY_LIMIT
from desktop_app.core.thinking import thinking_options, thinking_params
from desktop_app.core.titler import Titler
from desktop_app.core.tool_calls import NoTools, ToolSource


class ChatSession:
    def __init__(
        self,
        store: ConversationStore,
        client: ClaudeClient,
        catalogue: ModelCatalogue,
        *,
        flush_interval: float = 1.0,
        idle_timeout: float = 120.0,
        max_tool_rounds: int = 20,
        prompt_caching: bool = True,
        retry_policy: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        attachments: AttachmentSource | None = None,
        tools: ToolSource | None = None,
        gate: PermissionGate | None = None,
        policy: PermissionPolicy | None = None,
        ledger: UsageLedger | None = None,
        pricing: Pricing | None = None,
        default_max_tokens: int = DEFAULT_REPLY_LIMIT,
        uploads: FileUploads | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.catalogue = catalogue
        self.flush_interval = flush_interval
        self.idle_timeout = idle_timeout
        self.max_tool_rounds = max_tool_rounds
        self.prompt_caching = prompt_caching
        self.retry_policy = retry_policy or RetryPolicy()
        self.clock = clock
        self.titler = Titler(self)
        self.uploads = uploads  # None: every attachment goes inline, as base64 or text
        self.resolver = AttachmentResolver(
            attachments, uploaded=uploads.store if uploads is not None else None
        )
        self.tools: ToolSource = tools or NoTools()
        self.gate = gate  # None: every tool call is denied
        self.policy = policy or PermissionPolicy()
        self.ledger = ledger  # None: spending is not recorded
        self.pricing = pricing or Pricing({})  # no prices: every cost is unknown, never $0
        self.default_max_tokens = default_max_tokens  # the settings' default reply limit

    def record_spend(
        self,
        kind: Spend,
        model: str,
        usage: Usage,
        conversation_id: int | None = None,
        message_id: int | None = None,
    ) -> None:
        """Put one request's usage in the ledger, priced now; a request that used no
        tokens (failed before it started) cost nothing and is left out."""
        if self.ledger is None or usage.total == 0:
            return
        self.ledger.record(
            LedgerEntry.priced(
                self.pricing,
                time.time(),
                kind,
                model,
                usage,
                conversation_id=conversation_id,
                message_id=message_id,
            )
        )

    def send(self, conversation_id: int, text: str) -> ReplyStream:
        return self.send_blocks(conversation_id, [text_block(text)])

    def send_blocks(self, conversation_id: int, content: list[Block]) -> ReplyStream:
        """Send a user turn of any blocks, e.g. `Attachment.block()`s then the prompt's text.

        Raises `AttachmentError` (nothing stored, nothing sent) when the request would break
        the API's attachment limits or an attachment's file is gone from the store."""
        self.check(conversation_id, content)
        return ReplyStream(self, conversation_id, content)

    def retry(self, conversation_id: int) -> ReplyStream:
        """Ask again after a failed or stopped reply, which is dropped first."""
        self.check(conversation_id, [])
        return ReplyStream(self, conversation_id, None)

    def edit(self, conversation_id: int, message_id: int, content: list[Block]) -> ReplyStream:
        """Send `content` in place of the user's message `message_id`, as a new branch;
        the old question and what followed it stay, as the other branch."""
        history = self.store.messages(conversation_id)
        at = next(i for i, m in enumerate(history) if m.id == message_id)
        self.check(conversation_id, content, history[:at])
        return ReplyStream(self, conversation_id, content, branch_from=history[at].parent_id)

    def regenerate(self, conversation_id: int, message_id: int) -> ReplyStream:
        """Answer again the question that the reply `message_id` (or its tool rounds)
        answered; the earlier answer stays as another branch."""
        history = self.store.messages(conversation_id)
        at = next(i for i, m in enumerate(history) if m.id == message_id)
        question = next(i for i in range(at, -1, -1) if is_question(history[i]))
        self.check(conversation_id, [], history[: question + 1])
        return ReplyStream(self, conversation_id, None, branch_from=history[question].id)

    def continue_reply(self, conversation_id: int, message_id: int) -> ReplyStream:
        """Go on with the reply `message_id`: cut off at max_tokens, by a short request to go
        on (see core/continuation.py); paused by the API (pause_turn), by sending the
        conversation as it is, the paused turn last, which the API resumes.

        Raises ValueError unless it is the last message shown and was cut off or paused."""
        history = self.store.messages(conversation_id)
        last = history[-1] if history and history[-1].id == message_id else None
        if last is not None and is_paused(last):
            self.check(conversation_id, [], history)
            return ReplyStream(self, conversation_id, None, branch_from=message_id)
        if last is None or not was_cut_off(last):
            raise ValueError("only the last reply, cut off or paused, can be continued")
        return self.send_blocks(conversation_id, continuation_blocks())

    def check(
        self, conversation_id: int, content: list[Block], history: list[Message] | None = None
    ) -> None:
        """Raise `AttachmentError` unless the history plus `content` can go in one request,
        and `ApiError` (INVALID_REQUEST, in words) when the model would refuse the
        conversation's request options: nothing is stored or sent then."""
        conversation = self.store.get_conversation(conversation_id)
        model = self._model(conversation.model)
        thinking = conversation.thinking and thinking_options(model).can_think
        self._check_options(conversation_id, model, thinking)
        if history is None:
            history = self.store.messages(conversation_id)
        turns = build_messages(history)
        self.resolver.check([b for turn in turns for b in turn["content"]] + content)

    def build_request(
        self, conversation_id: int, *, resolve: bool = True, leaf: int | None = None
    ) -> Request:
        """The next request after `leaf` (None: the branch shown); with `resolve` False
        attachments stay references (no file read)."""
        conversation = self.store.get_conversation(conversation_id)
        history = self.store.messages(conversation_id, leaf)
        messages = build_messages(history)
        model = self._model(conversation.model)
        max_tokens = reply_limit(
            conversation.max_tokens,
            self.default_max_tokens,
            self.catalogue.max_tokens_for(conversation.model),
            thinking_room(model, conversation),
        )
        extra = thinking_params(model, conversation, max_tokens, messages=messages)
        options = self._check_options(conversation_id, model, bool(extra.get("thinking")))
        return Request(
            model=conversation.model,
            max_tokens=max_tokens,
            messages=self.resolver.resolve(messages) if resolve else messages,
            system=conversation.system_prompt,
            cache=self.prompt_caching,
            cache_ttl="1h" if conversation.cache_ttl == "1h" else "5m",
            tools=[*self.tools.definitions(), *options.server_tools.definitions(model)],
            thinking=extra.get("thinking"),
            output_config=extra.get("output_config"),
            options=options,
            container=(
                reusable_container(history, datetime.now(UTC))
                if options.server_tools.code_execution
                else None
            ),
        )

    def _model(self, model_id: str) -> ModelInfo:
        return self.catalogue.get(model_id) or ModelInfo(model_id, model_id)

    def _check_options(
        self, conversation_id: int, model: ModelInfo, thinking: bool
    ) -> RequestOptions:
        """The conversation's request options; ApiError when the model would refuse them."""
        options = self.store.request_options(conversation_id)
        problems = options.problems(model.id, thinking=thinking)
        if lacking := options.unsupported_tools(model):
            problems.append(lacking)
        if problems:
            raise ApiError(ErrorKind.INVALID_REQUEST, " ".join(problems))
        return options

    async def resolved_request(self, conversation_id: int, leaf: int | None = None) -> Request:
        """The next request after `leaf` with attachments read and encoded, on a worker thread
        when files must be read, so a window stays responsive; large documents are uploaded
        first (once: later requests name them by file_id)."""
        request = self.build_request(conversation_id, resolve=False, leaf=leaf)
        if self.uploads is not None:
            await self.uploads.upload_waiting(request.messages)
        if self.resolver.pending(request.messages):
            messages = await asyncio.to_thread(self.resolver.resolve, request.messages)
        else:
            messages = self.resolver.resolve(request.messages)
        return replace(request, messages=messages)


__all__ = ["ChatSession", "ReplyStream"]
