"""One exchange with Claude: the user's turn, the reply and its tool rounds, then the title.

Iterate a `ReplyStream` for events; `stop()` (the user's Stop) and `interrupt()` (Parley is
closing) end the reply early, keeping what arrived. The pump that reads the client's events
enforces the idle watchdog, the retry policy and that only message_stop ends a reply, and is
where a stop cancels whatever step is pending. Each message goes under an explicit parent, so
a second process sending in the same conversation makes a sibling branch.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable
from typing import Any, Literal, TypeVar

from desktop_app.core.branch_point import branch_point
from desktop_app.core.conversation import Block, Message, MessageState, Role
from desktop_app.core.errors import ApiError, ErrorKind
from desktop_app.core.events import (
    ContinueAsked,
    MessageStopped,
    ReplyFailed,
    ReplyFinished,
    ReplyStarted,
    RetryScheduled,
    SessionEvent,
    UserMessageAdded,
    WireEvent,
)
from desktop_app.core.heartbeat import Heartbeat
from desktop_app.core.ledger import Spend
from desktop_app.core.permissions import ContinueRequest
from desktop_app.core.reply_builder import ReplyBuilder
from desktop_app.core.request import Request
from desktop_app.core.session_services import ExchangeServices
from desktop_app.core.tool_loop import ToolRunner, pending_results

T = TypeVar("T")
MAX_PAUSES = 5  # pause_turn continuations of one exchange; then the reply ends, paused


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
        self._ending: MessageState | None = None  # STOPPED or INTERRUPTED, once asked
        self._step: asyncio.Future[Any] | None = None
        self._last_content: list[Block] = []
        self._pending: Message | None = None  # the stored stand-in answers to the calls
        # Where the next message goes; a user turn stays STREAMING until its reply exists,
        # so the exchange's end is STREAMING all along (see core/branch_point.py).
        self._leaf: int | None = None
        self._unsettled: tuple[int, list[Block]] | None = None
        self._heartbeat = Heartbeat(session.store, session.flush_interval)
        self._tools = ToolRunner(
            session.tools, session.policy, session.gate, conversation_id, session.clock
        )

    def stop(self) -> None:
        """The user's Stop: what arrived is kept, STOPPED."""
        self._end(MessageState.STOPPED)

    def interrupt(self) -> None:
        """Parley is closing (a signal, the window closed): what arrived is kept, INTERRUPTED."""
        self._end(MessageState.INTERRUPTED)

    def _end(self, state: MessageState) -> None:
        if self._ending is None:
            self._ending = state
        self._tools.stop()
        if self._step is not None and not self._step.done():
            self._step.cancel()

    @property
    def stopped(self) -> bool:
        """Stopped or interrupted."""
        return self._ending is not None

    @property
    def interrupted(self) -> bool:
        return self._ending is MessageState.INTERRUPTED

    def __aiter__(self) -> AsyncIterator[SessionEvent]:
        return self._run()

    async def _run(self) -> AsyncIterator[SessionEvent]:
        self._heartbeat.start()
        try:
            async for event in self._exchange():
                yield event
        finally:
            self._heartbeat.stop()

    async def _exchange(self) -> AsyncIterator[SessionEvent]:
        store, cid = self.session.store, self.conversation_id
        first_exchange = not store.get_conversation(cid).title
        if self._branch_from is not False:
            self._leaf = self._branch_from
        elif self._content is None:
            self._leaf = self._drop_unfinished_replies()
        else:
            self._leaf = branch_point(store.messages(cid))
        if self._content is not None:
            asked = store.add_message(
                cid, Role.USER, self._content, state=MessageState.STREAMING, after=self._leaf
            )
            self._heartbeat.follow(asked.id)
            self._leaf, self._unsettled = asked.id, (asked.id, self._content)
        failed = False
        rounds, limit, pauses = 0, self.session.max_tool_rounds, 0
        while True:
            finished, paused = True, False
            async for event in self._one_reply():
                yield event
                if isinstance(event, ReplyFailed):
                    failed = True
                if isinstance(event, ReplyFinished):
                    reason = event.message.stop_reason
                    paused = reason == "pause_turn" and pauses < MAX_PAUSES and not self.stopped
                    finished = not paused and (reason != "tool_use" or self._pending is None)
            if finished or failed:
                break
            if paused:  # a long server tool run: the paused turn goes back to be continued
                pauses += 1
                continue
            tool_results: list[Block] = []
            async for event in self._tools.answer(self._last_content, tool_results):
                yield event
            assert self._pending is not None
            self._unsettled, self._pending = (self._pending.id, tool_results), None
            rounds += 1
            if self.stopped:
                break
            if rounds >= limit:
                question = ContinueRequest(cid, rounds, self.session.max_tool_rounds)
                yield ContinueAsked(question)
                if not await self._may_continue(question):
                    break
                limit += self.session.max_tool_rounds
        if self._unsettled is not None:  # tool results no reply followed (stopped, capped)
            yield UserMessageAdded(self._settle())
        if first_exchange:
            # A failed or stopped exchange still gets a name, from its first line.
            titler, changed = self.session.titler, None
            if not (failed or self.stopped):
                with contextlib.suppress(_Stopped):  # a stop or a signal cuts it short too
                    changed = await self._wait(titler.name(cid), None)
            if changed is None:
                changed = await titler.name(cid, ask=False)
            if changed is not None:
                yield changed

    def _settle(self) -> Message:
        """The waiting user turn is final (COMPLETE), with its final content."""
        assert self._unsettled is not None
        (message_id, content), self._unsettled = self._unsettled, None
        self._heartbeat.forget(message_id)
        return self.session.store.update_message(message_id, content, state=MessageState.COMPLETE)

    async def _may_continue(self, question: ContinueRequest) -> bool:
        gate = self.session.gate
        if gate is None or self.stopped:
            return False
        try:
            return await self._wait(gate.ask_continue(question), None) is True
        except Exception:  # stopped, cancelled or broken: an unanswered question is a no
            return False

    def _drop_unfinished_replies(self) -> int | None:
        """Delete the failed or stopped replies ending the branch; returns its new end."""
        store = self.session.store
        history = store.messages(self.conversation_id)
        for message in reversed(history):
            if message.state is MessageState.STREAMING:  # another process's, under way
                return branch_point(history)
            if message.role is Role.USER or message.state is MessageState.COMPLETE:
                return message.id
            store.delete_message(message.id)
        return None

    async def _one_reply(self) -> AsyncIterator[SessionEvent]:
        session, store, cid = self.session, self.session.store, self.conversation_id
        reply = store.add_message(
            cid,
            Role.ASSISTANT,
            [],
            state=MessageState.STREAMING,
            model=store.get_conversation(cid).model,
            after=self._leaf,
        )
        self._heartbeat.follow(reply.id)  # reading large attachments may take a while
        if self._unsettled is not None:
            yield UserMessageAdded(self._settle())
        asked_after = self._leaf
        try:
            request = await session.resolved_request(cid, asked_after)
        except BaseException:  # e.g. an attachment's file is gone: nothing was sent
            self._heartbeat.forget(reply.id)
            store.delete_message(reply.id)
            raise
        self._leaf = reply.id
        yield ReplyStarted(reply)
        builder = ReplyBuilder()
        self._heartbeat.forget(reply.id)
        self._heartbeat.follow_reply(reply.id, builder)
        outcome: SessionEvent | None = None
        try:
            try:
                async for event in self._events(request, asked_after):
                    if isinstance(event, RetryScheduled):
                        yield event
                        continue
                    builder.apply(event)
                    yield event
            except ApiError as error:
                self._heartbeat.forget(reply.id)
                failed = store.update_message(
                    reply.id,
                    builder.partial_content(),
                    state=MessageState.FAILED,
                    usage=builder.usage,
                )
                self._record(failed)
                outcome = ReplyFailed(error, failed)
            else:
                self._heartbeat.forget(reply.id)
                ending = self._ending
                if ending is None and builder.stop_reason == "tool_use":
                    # Stand-in answers are stored before the calls become final, so no
                    # stored history ever holds a call without an answer, even after a kill.
                    self._pending = store.add_message(
                        cid,
                        Role.USER,
                        pending_results(builder.content()),
                        state=MessageState.STREAMING,
                        after=reply.id,
                    )
                    self._heartbeat.follow(self._pending.id)
                    self._leaf = self._pending.id
                final = store.update_message(
                    reply.id,
                    builder.partial_content() if ending else builder.content(),
                    state=ending or MessageState.COMPLETE,
                    usage=builder.usage,
                    stop_reason=builder.stop_reason,
                    stop_sequence=builder.stop_sequence,
                )
                self._record(final)
                self._last_content = final.content
                outcome = ReplyFinished(final)
        finally:
            if outcome is None:  # closed or cancelled from outside mid-reply: keep what arrived
                self._heartbeat.forget(reply.id)
                kept = store.update_message(
                    reply.id,
                    builder.partial_content(),
                    state=self._ending or MessageState.INTERRUPTED,
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

    async def _events(
        self, request: Request, asked_after: int | None
    ) -> AsyncIterator[WireEvent | RetryScheduled]:
        """The client's events: ended early by stop(), failed by the idle watchdog or by a
        stream that ends before message_stop, and sent again by the retry policy while
        nothing of the reply has arrived (or at once, built anew, when an uploaded file the
        request named was gone: see core/file_uploads.py)."""
        attempt = 0
        uploads, recovered = self.session.uploads, False
        while True:
            received = ended = False
            stream = self.session.client.stream(request)
            try:
                while not self.stopped:
                    try:
                        event = await self._wait(anext(stream), self.session.idle_timeout)
                    except _Stopped:
                        return
                    except StopAsyncIteration:
                        if ended:
                            return
                        raise ApiError(ErrorKind.CUT_SHORT) from None
                    received = True
                    ended = isinstance(event, MessageStopped)
                    yield event
                return
            except ApiError as error:
                if not (received or recovered) and uploads is not None:
                    recovered = await uploads.recover(error, request.messages)
                    if recovered:
                        request = await self.session.resolved_request(
                            self.conversation_id, asked_after
                        )
                        continue
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
            if self.stopped:
                raise _Stopped from None
            raise
        except TimeoutError:
            raise ApiError(ErrorKind.STALLED) from None
        finally:
            self._step = None
