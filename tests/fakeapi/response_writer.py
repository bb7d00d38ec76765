"""Writes HTTP/1.1 responses for the fake server: JSON bodies, chunked SSE, deliberate aborts.

Every response carries a fresh `request-id`, like the real API. Chunked framing lets an abort
mid-body surface in the client as an incomplete message, not as a clean end.
"""

from __future__ import annotations

import contextlib
import json
import socket
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.fakeapi.api_error import ApiError

_ORGANIZATION_ID = "5c2c1a4e-0000-4000-8000-00000000fa4e"
SSE_CONTENT_TYPE = "text/event-stream; charset=utf-8"


class ResponseWriter:
    """One request's response, written through its handler's socket."""

    def __init__(self, handler: BaseHTTPRequestHandler, request_id: str) -> None:
        self._handler = handler
        self.request_id = request_id

    def _head(self, status: int, headers: Iterable[tuple[str, str]]) -> None:
        handler = self._handler
        handler.send_response(status)
        handler.send_header("request-id", self.request_id)
        handler.send_header("anthropic-organization-id", _ORGANIZATION_ID)
        for name, value in headers:
            handler.send_header(name, value)
        handler.end_headers()

    def send_body(
        self, status: int, body: bytes, content_type: str, headers: Iterable[tuple[str, str]] = ()
    ) -> None:
        self._head(
            status,
            [("Content-Type", content_type), ("Content-Length", str(len(body))), *headers],
        )
        self._handler.wfile.write(body)

    def send_json(
        self, status: int, body: dict[str, Any], headers: Iterable[tuple[str, str]] = ()
    ) -> None:
        encoded = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        self.send_body(status, encoded, "application/json", headers)

    def send_error(self, error: ApiError, retry_after: float | None = None) -> None:
        headers = [("x-should-retry", "true" if error.should_retry else "false")]
        if retry_after is not None:
            seconds = int(retry_after) if float(retry_after).is_integer() else retry_after
            headers.append(("retry-after", str(seconds)))
        self.send_json(error.status, error.body(self.request_id), headers)

    def start_stream(
        self,
        status: int = 200,
        content_type: str = SSE_CONTENT_TYPE,
        headers: Iterable[tuple[str, str]] = (),
    ) -> None:
        self._head(
            status,
            [
                ("Content-Type", content_type),
                ("Cache-Control", "no-cache"),
                ("Transfer-Encoding", "chunked"),
                *headers,
            ],
        )

    def chunk(self, data: bytes) -> None:
        if data:
            self._handler.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

    def end_stream(self) -> None:
        self._handler.wfile.write(b"0\r\n\r\n")

    def abort(self) -> None:
        """Close the connection at once, mid-response if one is under way."""
        self._handler.close_connection = True
        with contextlib.suppress(OSError):
            self._handler.connection.shutdown(socket.SHUT_RDWR)
