"""HTTP routing for the fake server: auth, the Messages endpoints, and the model catalogue.

The handler holds no state of its own; it reads and updates the server's ServerState.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import socket
import sys
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, unquote

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.batch_api import BATCHES_PATH, BatchApi
from tests.fakeapi.batches import MAX_BATCH_BYTES, BatchStore
from tests.fakeapi.catalogue import find_model, model_page, resolved_id
from tests.fakeapi.echo import echo
from tests.fakeapi.files import FileStore
from tests.fakeapi.files_api import FILES_PATH, FilesApi
from tests.fakeapi.identifiers import request_id
from tests.fakeapi.planned_message import PlannedMessage
from tests.fakeapi.prompt_cache import CacheUsage, PromptCache
from tests.fakeapi.recorded_request import RecordedRequest
from tests.fakeapi.replies import Reply, ReplyKind
from tests.fakeapi.reply_player import ReplyPlayer
from tests.fakeapi.response_writer import ResponseWriter
from tests.fakeapi.sandboxes import Sandboxes
from tests.fakeapi.thinking_reply import with_thinking
from tests.fakeapi.token_estimate import request_tokens
from tests.fakeapi.validation import check_request

MAX_REQUEST_BYTES = 32 * 1024 * 1024  # the Messages API's documented request size limit
_REACHES_MODEL = {
    ReplyKind.MESSAGE,
    ReplyKind.STREAM_ERROR,
    ReplyKind.DROP,
    ReplyKind.STALL,
    ReplyKind.NO_STOP,
}
_LIFECYCLES = frozenset({"active", "deprecated", "retired"})


class ServerState(Protocol):
    """What the handler needs from the FakeApi that owns the server."""

    api_key: str | None
    token_delay: float
    models: list[dict[str, Any]]
    prompt_cache: PromptCache
    sandboxes: Sandboxes
    batches: BatchStore
    files: FileStore
    stopping: threading.Event
    released: threading.Event
    log: Callable[[str], None] | None

    @property
    def url(self) -> str: ...
    def record(self, request: RecordedRequest) -> None: ...
    def next_reply(self) -> Reply | None: ...


class ApiServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its state and can cut its open connections."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], state: ServerState) -> None:
        super().__init__(address, ApiHandler)
        self.state = state
        self.connections: set[Any] = set()
        self.connections_lock = threading.Lock()

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # a client hanging up is no bug
            super().handle_error(request, client_address)


class ApiHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "parley-fakeapi"
    sys_version = ""
    server: ApiServer

    def setup(self) -> None:
        super().setup()
        # Headers, body and each SSE event go out as separate writes: without this, Nagle's
        # algorithm meets the client's delayed ACK and every response waits ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.state.log is not None:
            self.server.state.log(format % args)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _read_body(self, limit: int) -> bytes | None:
        """The request body; None when it is over `limit` bytes (then read and dropped)."""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data, size_seen = bytearray(), 0
            while size := int(self.rfile.readline().split(b";")[0], 16):
                piece = self.rfile.read(size)
                size_seen += size
                if size_seen <= limit:
                    data += piece
                self.rfile.readline()
            self.rfile.readline()
            return bytes(data) if size_seen <= limit else None
        length = int(self.headers.get("Content-Length") or 0)
        if length <= limit:
            return self.rfile.read(length)
        # Drained rather than left unread, so the client finishes sending and sees the 413.
        while length > 0 and (piece := self.rfile.read(min(length, 1 << 20))):
            length -= len(piece)
        return None

    def _serve(self) -> None:
        state = self.server.state
        path, _, query = self.path.partition("?")
        batches = path.startswith(BATCHES_PATH)
        files = path.startswith(FILES_PATH)
        if files:  # an upload's own limit answers in JSON; only a far larger body is cut off
            limit = state.files.max_bytes + MAX_REQUEST_BYTES
        else:
            limit = MAX_BATCH_BYTES if batches else MAX_REQUEST_BYTES
        raw = self._read_body(limit)
        try:
            body = json.loads(raw) if raw and not files else None
        except ValueError:
            body = None
        headers = {name.lower(): value for name, value in self.headers.items()}
        state.record(RecordedRequest(self.command, path, headers, body, parse_qs(query)))
        writer = ResponseWriter(self, request_id())
        if raw is None:  # the body was read to its end: the connection stays usable
            return writer.send_error(ApiError.of(413))
        if error := self._auth_error(headers):
            return writer.send_error(error)
        if "anthropic-version" not in headers:
            return writer.send_error(ApiError.invalid("anthropic-version: header is required"))
        if files:
            return FilesApi(state.files, writer).serve(
                self.command, path.rstrip("/"), headers, raw, parse_qs(query)
            )
        if raw and body is None:
            return writer.send_error(
                ApiError.invalid("There was an error parsing the body of your request")
            )
        match self.command, path.rstrip("/"):
            case "POST", "/v1/messages":
                self._messages(writer, state.files.inline(body, headers))
            case "POST", "/v1/messages/count_tokens":
                self._count_tokens(writer, state.files.inline(body, headers))
            case method, batch_path if batches:
                host = headers.get("host")
                base_url = f"http://{host}" if host else state.url
                BatchApi(state, writer, base_url).serve(method, batch_path, body, parse_qs(query))
            case "GET", "/v1/models":
                self._models(writer, parse_qs(query))
            case "GET", model_path if model_path.startswith("/v1/models/"):
                self._model(writer, unquote(model_path.removeprefix("/v1/models/")))
            case _:
                writer.send_error(ApiError(404, "not_found_error", "Not Found"))

    def _auth_error(self, headers: dict[str, str]) -> ApiError | None:
        authorization = headers.get("authorization", "")
        key = headers.get("x-api-key") or authorization.removeprefix("Bearer ").strip()
        if not key:
            return ApiError(401, "authentication_error", "x-api-key header is required")
        expected = self.server.state.api_key
        if expected is not None and not hmac.compare_digest(key.encode(), expected.encode()):
            return ApiError.of(401)
        return None

    def _messages(self, writer: ResponseWriter, body: Any) -> None:
        state = self.server.state
        if isinstance(body, ApiError):  # a file it names is unknown, or the beta header missing
            return writer.send_error(body)
        if error := check_request(body, state.models) or state.sandboxes.problem(body):
            return writer.send_error(error)
        reply, stop_sequence = state.next_reply(), None
        if reply is None:
            echoed = echo(body)
            reply, stop_sequence = echoed.reply, echoed.stop_sequence
        else:
            reply = with_thinking(reply, body)
            if reply.stop_reason == "stop_sequence":  # scripted: the request's first one hit
                stop_sequence = next(iter(body.get("stop_sequences") or []), None)
        model = resolved_id(state.models, body["model"])
        if reply.kind in _REACHES_MODEL:
            cache = state.prompt_cache.account(model, body)
        else:
            cache = CacheUsage(request_tokens(body))
        message = state.sandboxes.place(PlannedMessage.of(reply, model, cache, stop_sequence), body)
        player = ReplyPlayer(writer, state.stopping, state.token_delay, state.released)
        player.play(reply, message, stream=body.get("stream") is True)

    def _count_tokens(self, writer: ResponseWriter, body: Any) -> None:
        if isinstance(body, ApiError):
            return writer.send_error(body)
        if error := check_request(body, self.server.state.models, counting=True):
            return writer.send_error(error)
        writer.send_json(200, {"input_tokens": request_tokens(body)})

    def _models(self, writer: ResponseWriter, query: dict[str, list[str]]) -> None:
        try:
            limit = int(query.get("limit", ["20"])[-1])
        except ValueError:
            return writer.send_error(ApiError.invalid("limit: Input should be a valid integer"))
        if not 1 <= limit <= 1000:
            bound = "greater than or equal to 1" if limit < 1 else "less than or equal to 1000"
            return writer.send_error(ApiError.invalid(f"limit: Input should be {bound}"))
        wanted = frozenset(query.get("lifecycle[]", []) + query.get("lifecycle", []))
        if unknown := wanted - _LIFECYCLES:
            return writer.send_error(
                ApiError.invalid(f"lifecycle: unknown lifecycle '{sorted(unknown)[0]}'")
            )
        page = model_page(
            self.server.state.models,
            limit=limit,
            after_id=query.get("after_id", [None])[-1],
            before_id=query.get("before_id", [None])[-1],
            lifecycles=wanted or frozenset({"active", "deprecated"}),
        )
        writer.send_json(200, page)

    def _model(self, writer: ResponseWriter, model_id: str) -> None:
        entry = find_model(self.server.state.models, model_id)
        if entry is None:
            return writer.send_error(ApiError(404, "not_found_error", f"model: {model_id}"))
        writer.send_json(200, json.loads(json.dumps(entry)))
