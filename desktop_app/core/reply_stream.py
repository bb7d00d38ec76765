"""One exchange with Claude: the user's turn, the reply and its tool rounds, then the title.

Iterate a `ReplyStream` for events; `stop()` ends the reply early, keeping what
arrived. The pump that reads the client's events enforces the idle watchdog and
the retry policy, and is where a stop cancels whatever step is pending.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable
from typing import Any, Literal, TypeVar

from desktop_app.core.conversation import Block, Message, MessageState, Role
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
from desktop_app.core.ledger import Spend
from desktop_app.core.permissions import ContinueRequest
from desktop_app.core.reply_builder import ReplyBuilder
from desktop_app.core.request import Request
from desktop_app.core.session_services import ExchangeServices
from desktop_app.core.tool_loop import ToolRunner, pending_results

T = TypeVar("T")


class _Stopped(Exception):
    """The user stopped the reply while a step was pending."""


class ReplyStream:
    """One exchange: the user's turn, the reply (and tool rounds), then the title.

    `branch_from` starts a new branch after that message (None: at the start) instead of
    continuing the one shown: an edited question, or a regenerated answer."""

    def __init__(
        self,
        session: ExchangeServices,
        conversation_id: int,
        content: list[Block] | None,
        *,
        branch_from: int | Literal[False] | None = False,
    ):
        self.session = session
        self.conversation_id = conversation_id
        self._content = content
        self._branch_from = branch_from
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
        if self._branch_from is not False:
            store.set_head(cid, self._branch_from)
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
                self._record(failed)
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
                self._record(final)
                self._last_content = final.content
                outcome = ReplyFinished(final)
        finally:
            if outcome is None:  # closed or cancelled from outside mid-reply: keep what arrived
                kept = store.update_message(
                    reply.id,
                    builder.partial_content(),
                    state=MessageState.STOPPED,
                    usage=builder.usage,
                )
                self._record(kept)
        yield outcome

    def _record(self, reply: Message) -> None:
        """Each reply is one request (a tool round is a reply of its own): one ledger entry."""
        if reply.usage is not None:
            self.session.record_spend(
                Spend.REPLY, reply.model or "", reply.usage, self.conversation_id, reply.id
            )

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
