"""FakeApi: a local server speaking the Anthropic Messages API wire format, for tests and demos.

It binds 127.0.0.1 on an ephemeral port, serves from a daemon thread, plays queued replies in
order (an echo when the queue is empty), and records every request it receives.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections import deque
from collections.abc import Callable
from types import TracebackType
from typing import Any

from tests.fakeapi.batch_results import process_batch
from tests.fakeapi.batches import BatchStore
from tests.fakeapi.catalogue import default_models
from tests.fakeapi.files import FileStore
from tests.fakeapi.handler import ApiServer
from tests.fakeapi.prompt_cache import PromptCache
from tests.fakeapi.recorded_request import RecordedRequest
from tests.fakeapi.replies import Reply
from tests.fakeapi.sandboxes import Sandboxes


class FakeApi:
    """The server and its state; use as a context manager or call start() and stop()."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        api_key: str | None = None,
        token_delay: float = 0.0,
    ) -> None:
        self.api_key = api_key
        self.token_delay = token_delay
        self.models: list[dict[str, Any]] = default_models()
        self.requests: list[RecordedRequest] = []
        self.prompt_cache = PromptCache()
        self.sandboxes = Sandboxes()
        self.batch_seconds = 0.5  # how long a new message batch stays in_progress
        # Scripted batch outcomes by custom_id: "succeeded", "errored", "canceled" or "expired".
        self.batch_outcomes: dict[str, str] = {}
        self.batches = BatchStore(self, lambda b: process_batch(b, self.models, self.prompt_cache))
        self.files = FileStore()  # uploads; lower `files.max_bytes` to test the size limit
        self.stopping = threading.Event()
        self.released = threading.Event()  # set: stalls end and their streams finish
        self.log: Callable[[str], None] | None = None
        self._address = (host, port)
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._server: ApiServer | None = None
        self._url: str | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Base URL for ANTHROPIC_BASE_URL (the SDK appends /v1/…); kept after stop(), when
        nothing listens there any more, so a test can play "offline"."""
        if self._url is None:
            raise RuntimeError("FakeApi was never started")
        return self._url

    def start(self) -> FakeApi:
        if self._server is None:
            self.stopping.clear()
            self.released.clear()
            self._server = ApiServer(self._address, self)
            host, port = self._server.server_address[:2]
            self._url = f"http://{host!s}:{port}"
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.01},
                name="fakeapi",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; open connections (streams, stalls, idle keep-alives) are cut."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self.stopping.set()
        server.shutdown()
        with server.connections_lock:
            connections = list(server.connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        server.server_close()
        thread.join()
        self._server = self._thread = None

    def __enter__(self) -> FakeApi:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def release_stalls(self) -> None:
        """End every stall now and later: its stream goes on to finish normally (reset() or
        a restart arms stalls again)."""
        self.released.set()

    def queue(self, *replies: Reply) -> None:
        """Replies for the next POST /v1/messages requests, first in first out."""
        with self._lock:
            self._replies.extend(replies)

    @property
    def pending_replies(self) -> int:
        with self._lock:
            return len(self._replies)

    def next_reply(self) -> Reply | None:
        with self._lock:
            return self._replies.popleft() if self._replies else None

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def message_requests(self) -> list[dict[str, Any]]:
        """Bodies of POST /v1/messages requests, in the order received."""
        with self._lock:
            return [
                r.body for r in self.requests if r.method == "POST" and r.path == "/v1/messages"
            ]

    def file_uploads(self) -> list[RecordedRequest]:
        """The POST /v1/files requests (uploads), in the order received."""
        with self._lock:
            return [r for r in self.requests if r.method == "POST" and r.path == "/v1/files"]

    def batch_requests(self) -> list[dict[str, Any]]:
        """The entries ({"custom_id", "params"}) of every batch held, oldest batch first.
        `fakeapi.batches.all()` gives the batches themselves (ids, status, results)."""
        return [
            {"custom_id": r.custom_id, "params": r.params}
            for batch in self.batches.all()
            for r in batch.requests
        ]

    def reset(self) -> None:
        """Forget queued replies, recorded requests, cached prompts and message batches."""
        with self._lock:
            self._replies.clear()
            self.requests.clear()
        self.batches.clear()
        self.batch_outcomes.clear()
        self.files.clear()
        self.released.clear()
        self.prompt_cache.clear()
        self.sandboxes.clear()
