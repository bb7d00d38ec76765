"""Sends a conversation to Claude and streams the reply back as typed events.

`ChatSession.send()` returns a `ReplyStream`: iterate it for events, call
`stop()` to end the reply early. The stream stores the user's message first (so
nothing typed is lost), flushes the partial reply about once a second, answers
tool calls, and names the conversation after its first exchange. Attachments are
checked before anything is stored or sent: `send*` and `retry` raise
`AttachmentError` when a request would break the API's limits or lacks a file.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from typing import Any, TypeVar

from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.conversation import Block, Message, MessageState, Role, text_block
from desktop_app.core.errors import ApiError, ErrorKind
from desktop_app.core.events import (
    ContinueAsked,
    ReplyFailed,
    ReplyFinished,
    ReplyStarted,
    RetryScheduled,
    SessionEvent,
    UserMessageAdded,
    WireEvent,
)
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.permissions import ContinueRequest, PermissionGate, PermissionPolicy
from desktop_app.core.ports import AttachmentSource, ClaudeClient, ConversationStore
from desktop_app.core.reply_builder import ReplyBuilder
from desktop_app.core.request import Request, build_messages
from desktop_app.core.retry_policy import RetryPolicy
from desktop_app.core.titler import Titler
from desktop_app.core.tool_calls import NoTools, ToolSource
from desktop_app.core.tool_loop import ToolRunner, pending_results

T = TypeVar("T")


class _Stopped(Exception):
    """The user stopped the reply while a step was pending."""


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
        self.resolver = AttachmentResolver(attachments)
        self.tools: ToolSource = tools or NoTools()
        self.gate = gate  # None: every tool call is denied
        self.policy = policy or PermissionPolicy()

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

    def check(self, conversation_id: int, content: list[Block]) -> None:
        """Raise `AttachmentError` unless the history plus `content` can go in one request."""
        turns = build_messages(self.store.messages(conversation_id))
        self.resolver.check([b for turn in turns for b in turn["content"]] + content)

    def build_request(self, conversation_id: int, *, resolve: bool = True) -> Request:
        """The next request; with `resolve` False attachments stay references (no file read)."""
        conversation = self.store.get_conversation(conversation_id)
        messages = build_messages(self.store.messages(conversation_id))
        return Request(
            model=conversation.model,
            max_tokens=self.catalogue.max_tokens_for(conversation.model),
            messages=self.resolver.resolve(messages) if resolve else messages,
            system=conversation.system_prompt,
            cache=self.prompt_caching,
            tools=self.tools.definitions(),
        )

    async def resolved_request(self, conversation_id: int) -> Request:
        """The next request with attachments read and encoded, on a worker thread when
        files must be read, so a window stays responsive."""
        request = self.build_request(conversation_id, resolve=False)
        if self.resolver.pending(request.messages):
            messages = await asyncio.to_thread(self.resolver.resolve, request.messages)
        else:
            messages = self.resolver.resolve(request.messages)
        return replace(request, messages=messages)


class ReplyStream:
    """One exchange: the user's turn, the reply (and tool rounds), then the title."""

    def __init__(self, session: ChatSession, conversation_id: int, content: list[Block] | None):
        self.session = session
        self.conversation_id = conversation_id
        self._content = content
        self._stopped = False
        self._step: asyncio.Future[Any] | None = None
        self._last_content: list[Block] = []
        self._pending: Message | None = None  # the stored stand-in answers to the calls
        self._tools = ToolRunner(
            session.tools, session.policy, session.gate, conversation_id, session.clock
        )

    def stop(self) -> None:
        self._stopped = True
        self._tools.stop()
        if self._step is not None and not self._step.done():
            self._step.cancel()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def __aiter__(self) -> AsyncIterator[SessionEvent]:
        return self._run()

    async def _run(self) -> AsyncIterator[SessionEvent]:
        store, cid = self.session.store, self.conversation_id
        first_exchange = not store.get_conversation(cid).title
        if self._content is None:
            self._drop_unfinished_replies()
        else:
            yield UserMessageAdded(store.add_message(cid, Role.USER, self._content))
        failed = False
        rounds, limit = 0, self.session.max_tool_rounds
        while True:
            finished = True
            async for event in self._one_reply():
                yield event
                if isinstance(event, ReplyFailed):
                    failed = True
                if isinstance(event, ReplyFinished):
                    finished = event.message.stop_reason != "tool_use" or self._pending is None
            if finished or failed:
                break
            tool_results: list[Block] = []
            async for event in self._tools.answer(self._last_content, tool_results):
                yield event
            assert self._pending is not None
            answered = store.update_message(
                self._pending.id, tool_results, state=MessageState.COMPLETE
            )
            self._pending = None
            yield UserMessageAdded(answered)
            rounds += 1
            if self._stopped:
                break
            if rounds >= limit:
                question = ContinueRequest(cid, rounds, self.session.max_tool_rounds)
                yield ContinueAsked(question)
                if not await self._may_continue(question):
                    break
                limit += self.session.max_tool_rounds
        if first_exchange:
            # A failed or stopped exchange still gets a name, from its first line.
            changed = await self.session.titler.name(cid, ask=not (failed or self._stopped))
            if changed is not None:
                yield changed

    async def _may_continue(self, question: ContinueRequest) -> bool:
        gate = self.session.gate
        if gate is None or self._stopped:
            return False
        try:
            return await self._wait(gate.ask_continue(question), None) is True
        except Exception:  # stopped, cancelled or broken: an unanswered question is a no
            return False

    def _drop_unfinished_replies(self) -> None:
        store = self.session.store
        for message in reversed(store.messages(self.conversation_id)):
            if message.role is Role.USER or message.state is MessageState.COMPLETE:
                break
            store.delete_message(message.id)

    async def _one_reply(self) -> AsyncIterator[SessionEvent]:
        session, store = self.session, self.session.store
        request = await session.resolved_request(self.conversation_id)
        reply = store.add_message(
            self.conversation_id,
            Role.ASSISTANT,
            [],
            state=MessageState.STREAMING,
            model=request.model,
        )
        yield ReplyStarted(reply)
        builder = ReplyBuilder()
        outcome: SessionEvent | None = None
        last_flush = session.clock()
        try:
            try:
                async for event in self._events(request):
                    if isinstance(event, RetryScheduled):
                        yield event
                        continue
                    builder.apply(event)
                    yield event
                    now = session.clock()
                    if now - last_flush >= session.flush_interval:
                        last_flush = now
                        store.update_message(
                            reply.id, builder.partial_content(), state=MessageState.STREAMING
                        )
            except ApiError as error:
                failed = store.update_message(
                    reply.id,
                    builder.partial_content(),
                    state=MessageState.FAILED,
                    usage=builder.usage,
                )
                outcome = ReplyFailed(error, failed)
            else:
                stopped = self._stopped
                if not stopped and builder.stop_reason == "tool_use":
                    # Stand-in answers are stored before the calls become final, so no
                    # stored history ever holds a call without an answer, even after a kill.
                    self._pending = store.add_message(
                        self.conversation_id,
                        Role.USER,
                        pending_results(builder.content()),
                        state=MessageState.STREAMING,
                    )
                final = store.update_message(
                    reply.id,
                    builder.partial_content() if stopped else builder.content(),
                    state=MessageState.STOPPED if stopped else MessageState.COMPLETE,
                    usage=builder.usage,
                    stop_reason=builder.stop_reason,
                )
                self._last_content = final.content
                outcome = ReplyFinished(final)
        finally:
            if outcome is None:  # closed or cancelled from outside mid-reply: keep what arrived
                store.update_message(
                    reply.id,
                    builder.partial_content(),
                    state=MessageState.STOPPED,
                    usage=builder.usage,
                )
        yield outcome

    async def _events(self, request: Request) -> AsyncIterator[WireEvent | RetryScheduled]:
        """The client's events: ended early by stop(), failed by the idle watchdog, and
        sent again by the retry policy while nothing of the reply has arrived."""
        attempt = 0
        while True:
            received = False
            stream = self.session.client.stream(request)
            try:
                while not self._stopped:
                    try:
                        event = await self._wait(anext(stream), self.session.idle_timeout)
                    except (StopAsyncIteration, _Stopped):
                        return
                    received = True
                    yield event
                return
            except ApiError as error:
                delay = None if received else self.session.retry_policy.delay(error, attempt)
                if delay is None:
                    raise
                failure = error
            finally:
                await stream.aclose()
            attempt += 1
            yield RetryScheduled(attempt, delay, failure)
            try:
                await self._wait(asyncio.sleep(delay), None)
            except _Stopped:
                return

    async def _wait(self, step: Awaitable[T], timeout: float | None) -> T:
        """Await one step so that stop() can cancel it; a stop ends the iteration."""
        self._step = asyncio.ensure_future(step)
        try:
            return await asyncio.wait_for(self._step, timeout)
        except asyncio.CancelledError:
            if self._stopped:
                raise _Stopped from None
            raise
        except TimeoutError:
            raise ApiError(ErrorKind.STALLED) from None
        finally:
            self._step = None
