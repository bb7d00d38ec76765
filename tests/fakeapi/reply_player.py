"""Plays one scripted reply onto a response: streamed, whole, or as the failure it scripts.

Pacing and stalls wait on the server's stop event, so stopping the server ends them at once;
a stall also ends, and its stream then finishes, when the server's `released` event is set.
"""

from __future__ import annotations

import random
import re
import threading
import time

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.event_stream import SseEvent, error_event, message_events
from tests.fakeapi.planned_message import PlannedMessage
from tests.fakeapi.replies import Reply, ReplyKind
from tests.fakeapi.response_writer import ResponseWriter

_MALFORMED_STREAM = b'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_\n\n'
_MALFORMED_JSON = b'{"model":"claude-haiku-4-5-20251001","id":"msg_01'


class ReplyPlayer:
    """Sends replies through one writer; `delay` is the server's default pacing."""

    def __init__(
        self,
        writer: ResponseWriter,
        stopping: threading.Event,
        delay: float,
        released: threading.Event | None = None,
    ) -> None:
        self._writer = writer
        self._stopping = stopping
        self._released = released or threading.Event()
        self._default_delay = delay
        self._padding = random.Random()

    def _stall(self, seconds: float) -> bool:
        """Wait out a stall; True when the server is stopping (the stream is then cut)."""
        deadline = time.monotonic() + seconds
        while not self._released.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            if self._stopping.wait(min(left, 0.01)):
                return True
        return self._stopping.is_set()

    def play(self, reply: Reply, message: PlannedMessage, stream: bool) -> None:
        match reply.kind:
            case ReplyKind.SSE:
                self._writer.start_stream()
                # One chunk per event, split after each blank line so the bytes stay exact.
                for piece in re.split(b"(?<=\n\n)", reply.body):
                    self._writer.chunk(piece)
                self._writer.end_stream()
            case ReplyKind.JSON:
                self._writer.send_body(reply.status, reply.body, "application/json", reply.headers)
            case ReplyKind.ERROR:
                error = ApiError.of(reply.status, reply.error_type, reply.message)
                self._writer.send_error(error, reply.retry_after)
            case ReplyKind.MALFORMED if stream:
                self._writer.start_stream()
                self._writer.chunk(_MALFORMED_STREAM)
                self._writer.end_stream()
            case ReplyKind.MALFORMED:
                self._writer.send_body(200, _MALFORMED_JSON, "application/json")
            case _ if stream:
                self._stream(reply, message)
            case _:
                self._whole(reply, message)

    def _whole(self, reply: Reply, message: PlannedMessage) -> None:
        match reply.kind:
            case ReplyKind.STREAM_ERROR:
                error = ApiError.from_type(reply.error_type or "api_error", reply.message or "")
                self._writer.send_error(error)
            case ReplyKind.DROP:
                self._writer.abort()
            case ReplyKind.STALL if self._stall(reply.seconds):
                self._writer.abort()
            case _:
                self._writer.send_json(200, message.to_json())

    def _send(self, event: SseEvent) -> None:
        self._writer.chunk(event.encode(self._padding.randrange(16)))

    def _stream(self, reply: Reply, message: PlannedMessage) -> None:
        delay = self._default_delay if reply.delay is None else reply.delay
        events = message_events(message, reply.chunk)
        # A broken stream gets as far as the last block's deltas, never its content_block_stop.
        if reply.kind is ReplyKind.MESSAGE:
            cut = len(events)
        elif reply.kind is ReplyKind.NO_STOP:
            cut = len(events) - 1  # all but message_stop
        elif reply.stall_after is not None:
            cut = _input_delta_end(events, reply.stall_after)
        else:
            cut = _last_delta_end(events)
        self._writer.start_stream()
        for event in events[:cut]:
            if event.is_delta and delay > 0 and self._stopping.wait(delay):
                self._writer.abort()
                return
            self._send(event)
        match reply.kind:
            case ReplyKind.STREAM_ERROR:
                self._send(error_event(reply.error_type or "api_error", reply.message or ""))
                self._writer.end_stream()
            case ReplyKind.DROP:
                self._writer.abort()
            case ReplyKind.STALL if self._stall(reply.seconds):
                self._writer.abort()
            case ReplyKind.NO_STOP:
                self._writer.end_stream()
            case _:
                for event in events[cut:]:
                    self._send(event)
                self._writer.end_stream()


def _last_delta_end(events: list[SseEvent]) -> int:
    """Index just past the last content_block_delta (or past the ping when there is none)."""
    for index in range(len(events) - 1, -1, -1):
        if events[index].is_delta or events[index].name == "ping":
            return index + 1
    return 1


def _input_delta_end(events: list[SseEvent], count: int) -> int:
    """Index just past the `count`-th input_json_delta (past the last one when there are fewer)."""
    seen, end = 0, _last_delta_end(events)
    for index, event in enumerate(events):
        if event.is_delta and event.data["delta"].get("type") == "input_json_delta":
            seen, end = seen + 1, index + 1
            if seen == count:
                break
    return end
