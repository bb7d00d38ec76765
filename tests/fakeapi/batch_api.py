"""The Message Batches endpoints under /v1/messages/batches, as the handler routes them.

create, retrieve, list (newest first, paged like /v1/models), cancel, delete, and the results:
JSONL streamed line after line (never joined into one body) in chunks of CHUNK_BYTES that cut
through lines, with the recorded headers (Content-Type text/html and a `…_results.jsonl`
attachment) and no newline after the last line, as recorded. Before the end the results are a
404 and a retrieve carries `retry-after: 10`, both as recorded (2025-01).
"""

from __future__ import annotations

from typing import Any, Protocol

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.batches import (
    Batch,
    BatchStore,
    no_results,
    not_found,
    parse_requests,
    scripting_error,
)
from tests.fakeapi.response_writer import ResponseWriter

BATCHES_PATH = "/v1/messages/batches"
CHUNK_BYTES = 16 * 1024  # lines go out as they come, in chunks of this size, cut mid-line
RESULTS_CONTENT_TYPE = "text/html"  # what the real API answered in the recording (2024-10)
POLL_RETRY_AFTER = ("retry-after", "10")  # on a retrieve of a batch not yet ended, as recorded


class BatchState(Protocol):
    batches: BatchStore


def _limit(query: dict[str, list[str]]) -> int | ApiError:
    try:
        limit = int(query.get("limit", ["20"])[-1])
    except ValueError:
        return ApiError.invalid("limit: Input should be a valid integer")
    if not 1 <= limit <= 1000:
        bound = "greater than or equal to 1" if limit < 1 else "less than or equal to 1000"
        return ApiError.invalid(f"limit: Input should be {bound}")
    return limit


class BatchApi:
    """One request to the batch endpoints."""

    def __init__(self, state: BatchState, writer: ResponseWriter, base_url: str) -> None:
        self._store = state.batches
        self._writer = writer
        self._base_url = base_url

    def serve(self, method: str, path: str, body: Any, query: dict[str, list[str]]) -> None:
        parts = path.removeprefix(BATCHES_PATH).strip("/").split("/")
        match method, parts:
            case "POST", [""]:
                self._create(body)
            case "GET", [""]:
                self._list(query)
            case "GET", [batch_id]:
                self._retrieve(batch_id)
            case "POST", [batch_id, "cancel"]:
                self._send(batch_id, self._store.cancel(batch_id))
            case "DELETE", [batch_id]:
                self._delete(batch_id)
            case "GET", [batch_id, "results"]:
                self._results(batch_id)
            case _:
                self._writer.send_error(ApiError(404, "not_found_error", "Not Found"))

    def _send(self, batch_id: str, batch: Batch | None) -> None:
        if batch is None:
            return self._writer.send_error(not_found(batch_id))
        self._writer.send_json(200, batch.to_json(self._base_url))

    def _retrieve(self, batch_id: str) -> None:
        batch = self._store.get(batch_id)
        if batch is None or batch.ended_at is not None:
            return self._send(batch_id, batch)
        self._writer.send_json(200, batch.to_json(self._base_url), [POLL_RETRY_AFTER])

    def _create(self, body: Any) -> None:
        if error := scripting_error(self._store.scripted_outcomes()):
            return self._writer.send_error(error)
        requests = parse_requests(body)
        if isinstance(requests, ApiError):
            return self._writer.send_error(requests)
        self._send("", self._store.create(requests))

    def _list(self, query: dict[str, list[str]]) -> None:
        limit = _limit(query)
        if isinstance(limit, ApiError):
            return self._writer.send_error(limit)
        batches, has_more = self._store.page(
            limit=limit,
            after_id=query.get("after_id", [None])[-1],
            before_id=query.get("before_id", [None])[-1],
        )
        data = [batch.to_json(self._base_url) for batch in batches]
        self._writer.send_json(
            200,
            {
                "data": data,
                "has_more": has_more,
                "first_id": data[0]["id"] if data else None,
                "last_id": data[-1]["id"] if data else None,
            },
        )

    def _delete(self, batch_id: str) -> None:
        deleted = self._store.delete(batch_id)
        if isinstance(deleted, ApiError):
            return self._writer.send_error(deleted)
        self._writer.send_json(200, {"id": deleted.id, "type": "message_batch_deleted"})

    def _results(self, batch_id: str) -> None:
        batch = self._store.get(batch_id)
        if batch is None:
            return self._writer.send_error(not_found(batch_id))
        if batch.processed is None:
            return self._writer.send_error(no_results(batch_id))
        writer = self._writer
        disposition = f'attachment; filename="{batch_id}_results.jsonl"'
        writer.start_stream(
            content_type=RESULTS_CONTENT_TYPE, headers=[("Content-Disposition", disposition)]
        )
        pending = bytearray()
        for i, line in enumerate(batch.processed.lines):
            pending += line if i == 0 else b"\n" + line
            while len(pending) >= CHUNK_BYTES:  # cut anywhere, as the real CDN does
                writer.chunk(bytes(pending[:CHUNK_BYTES]))
                del pending[:CHUNK_BYTES]
        writer.chunk(bytes(pending))
        writer.end_stream()
