"""Message Batches for the fake server: the batches it holds, their clock and their JSON shape.

A batch is `in_progress` for `batch_seconds` after its creation, then `ended`; a cancel makes it
`canceling` and ends it at most CANCEL_SECONDS later. Nothing runs in the background: a batch
whose time has come is processed (batch_results.py) the next time anyone looks at it, and its
timestamps say when it ended, not when it was looked at. Key order and values follow the
recorded traffic (../shared/cassettes/alexrudall-anthropic/batch_*.yml); error wordings follow
recorded and captured answers of the real API (alexrudall/anthropic's batch_results.yml cassette,
2025-01, for "has no available results"; a 2026-09 capture of create/delete/404 errors).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Protocol

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.identifiers import batch_id

MAX_BATCH_REQUESTS = 100_000
MAX_BATCH_BYTES = 256 * 1024 * 1024  # the documented size limit of one batch (the whole body)
CANCEL_SECONDS = 0.1  # how long a cancel stays "canceling"
CUSTOM_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")
_CUSTOM_ID_PATTERN = "^[a-zA-Z0-9_-]{1,64}$"
_LIFETIME = timedelta(hours=24)

Outcome = Literal["succeeded", "errored", "canceled", "expired"]
OUTCOMES: frozenset[str] = frozenset({"succeeded", "errored", "canceled", "expired"})
Status = Literal["in_progress", "canceling", "ended"]


def timestamp(moment: datetime | None) -> str | None:
    """RFC 3339 with microseconds and +00:00, as recorded: 2024-10-09T20:47:26.801533+00:00."""
    return None if moment is None else moment.isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class BatchRequest:
    custom_id: str
    params: Any


@dataclass(frozen=True, slots=True)
class Processed:
    """What processing a batch gave: the outcome counts and the result lines, in serving order."""

    counts: dict[str, int]
    lines: list[bytes]


@dataclass(slots=True)
class Batch:
    """One batch and where it stands."""

    id: str
    requests: list[BatchRequest]
    outcomes: dict[str, str]  # scripted outcomes by custom_id, as they were at creation
    created_at: datetime
    due: datetime  # when processing ends
    cancel_initiated_at: datetime | None = None
    ended_at: datetime | None = None
    processed: Processed | None = field(default=None, repr=False)

    @property
    def status(self) -> Status:
        if self.ended_at is not None:
            return "ended"
        return "canceling" if self.cancel_initiated_at is not None else "in_progress"

    @property
    def canceled(self) -> bool:
        return self.cancel_initiated_at is not None

    def request_counts(self) -> dict[str, int]:
        if self.processed is not None:
            return dict(self.processed.counts)
        processing = len(self.requests)
        return {"processing": processing, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}

    def to_json(self, base_url: str) -> dict[str, Any]:
        ended = self.ended_at is not None
        return {
            "id": self.id,
            "type": "message_batch",
            "processing_status": self.status,
            "request_counts": self.request_counts(),
            "ended_at": timestamp(self.ended_at),
            "created_at": timestamp(self.created_at),
            "expires_at": timestamp(self.created_at + _LIFETIME),
            "archived_at": None,
            "cancel_initiated_at": timestamp(self.cancel_initiated_at),
            "results_url": f"{base_url}/v1/messages/batches/{self.id}/results" if ended else None,
        }


class BatchSettings(Protocol):
    """What the store reads from the FakeApi that owns it."""

    batch_seconds: float
    batch_outcomes: dict[str, str]


def _requests_error(body: Any) -> ApiError | None:
    if not isinstance(body, dict) or "requests" not in body:
        return ApiError.invalid("requests: Field required")
    requests = body["requests"]
    if not isinstance(requests, list):
        return ApiError.invalid("requests: Input should be a valid list")
    if not requests:
        return ApiError.invalid(
            "requests: List should have at least 1 item after validation, not 0"
        )
    if len(requests) > MAX_BATCH_REQUESTS:
        return ApiError.invalid(
            f"requests: List should have at most {MAX_BATCH_REQUESTS} items after validation, "
            f"not {len(requests)}"
        )
    return None


def _request_error(i: int, request: Any) -> ApiError | None:
    if not isinstance(request, dict):
        return ApiError.invalid(f"requests.{i}: Input should be a valid dictionary")
    for name in ("custom_id", "params"):
        if name not in request:
            return ApiError.invalid(f"requests.{i}.{name}: Field required")
    custom_id, params = request["custom_id"], request["params"]
    if not isinstance(custom_id, str):
        return ApiError.invalid(f"requests.{i}.custom_id: Input should be a valid string")
    # The API checks the length before the characters (pydantic's order for a constrained str).
    if not custom_id:
        return ApiError.invalid(f"requests.{i}.custom_id: String should have at least 1 character")
    if len(custom_id) > 64:
        return ApiError.invalid(f"requests.{i}.custom_id: String should have at most 64 characters")
    if not CUSTOM_ID.fullmatch(custom_id):
        return ApiError.invalid(
            f"requests.{i}.custom_id: String should match pattern '{_CUSTOM_ID_PATTERN}'"
        )
    if not isinstance(params, dict):
        return ApiError.invalid(f"requests.{i}.params: Input should be a valid dictionary")
    return None


def _duplicate_error(requests: list[Any]) -> ApiError | None:
    """Checked once every entry is well formed, as the real API words it for the whole list."""
    seen: set[str] = set()
    for request in requests:
        if request["custom_id"] in seen:
            return ApiError.invalid(
                "requests: custom_id's must be unique within a batch. "
                f"Duplicate custom_id found: {request['custom_id']}"
            )
        seen.add(request["custom_id"])
    return None


def parse_requests(body: Any) -> list[BatchRequest] | ApiError:
    """The batch's requests, or the 400 the API answers a malformed batch with. The params
    themselves (`stream` included) are checked only when the batch is processed, as the real
    API does: a bad one becomes an errored result, not a refused batch."""
    if error := _requests_error(body):
        return error
    for i, request in enumerate(body["requests"]):
        if error := _request_error(i, request):
            return error
    if error := _duplicate_error(body["requests"]):
        return error
    return [BatchRequest(r["custom_id"], r["params"]) for r in body["requests"]]


def scripting_error(outcomes: dict[str, str]) -> ApiError | None:
    """A 500 naming a mistyped scripted outcome, so the test that made it fails saying why."""
    for custom_id, outcome in outcomes.items():
        if outcome not in OUTCOMES:
            return ApiError.of(
                500,
                message=f"fakeapi.batch_outcomes[{custom_id!r}] = {outcome!r} is not one of "
                + ", ".join(sorted(OUTCOMES)),
            )
    return None


def not_found(message_batch_id: str) -> ApiError:
    return ApiError(404, "not_found_error", f"Message Batch {message_batch_id} not found.")


def no_results(message_batch_id: str) -> ApiError:
    """What GET …/results answers before the batch ends (recorded: a 404, not a 400)."""
    return ApiError(
        404, "not_found_error", f"Message Batch {message_batch_id} has no available results."
    )


class BatchStore:
    """The server's batches, newest last; thread-safe. `process` turns a due batch into its
    results (it runs under the store's lock, so a batch is processed exactly once)."""

    def __init__(self, settings: BatchSettings, process: Callable[[Batch], Processed]) -> None:
        self._settings = settings
        self._process = process
        self._batches: dict[str, Batch] = {}
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._batches.clear()

    def _settle(self, batch: Batch, now: datetime) -> Batch:
        if batch.ended_at is None and now >= batch.due:
            batch.processed = self._process(batch)
            batch.ended_at = batch.due
        return batch

    def scripted_outcomes(self) -> dict[str, str]:
        return dict(self._settings.batch_outcomes)

    def create(self, requests: list[BatchRequest]) -> Batch:
        now = datetime.now(UTC)
        seconds = max(0.0, float(self._settings.batch_seconds))
        outcomes = dict(self._settings.batch_outcomes)
        batch = Batch(batch_id(), requests, outcomes, now, now + timedelta(seconds=seconds))
        with self._lock:
            self._batches[batch.id] = batch
        return batch

    def get(self, message_batch_id: str) -> Batch | None:
        with self._lock:
            batch = self._batches.get(message_batch_id)
            return None if batch is None else self._settle(batch, datetime.now(UTC))

    def end_now(self, message_batch_id: str) -> None:
        """Make an unfinished batch due at once (tests that must see it in progress first)."""
        with self._lock:
            batch = self._batches[message_batch_id]
            if batch.ended_at is None:
                batch.due = min(batch.due, datetime.now(UTC))

    def all(self) -> list[Batch]:
        """Every batch held, oldest first, each brought up to date as a retrieve would."""
        with self._lock:
            now = datetime.now(UTC)
            return [self._settle(batch, now) for batch in self._batches.values()]

    def cancel(self, message_batch_id: str) -> Batch | None:
        """Start cancelling; an ended (or already cancelling) batch comes back unchanged."""
        with self._lock:
            batch = self._batches.get(message_batch_id)
            if batch is None:
                return None
            now = datetime.now(UTC)
            self._settle(batch, now)
            if batch.ended_at is None and batch.cancel_initiated_at is None:
                batch.cancel_initiated_at = now
                batch.due = min(batch.due, now + timedelta(seconds=CANCEL_SECONDS))
            return batch

    def delete(self, message_batch_id: str) -> Batch | ApiError:
        with self._lock:
            batch = self._batches.get(message_batch_id)
            if batch is None:
                return not_found(message_batch_id)
            if self._settle(batch, datetime.now(UTC)).ended_at is None:
                return ApiError.invalid(
                    "In progress batches cannot be deleted. Consider canceling the batch instead."
                )
            del self._batches[message_batch_id]
            return batch

    def page(
        self, *, limit: int, after_id: str | None, before_id: str | None
    ) -> tuple[list[Batch], bool]:
        """One page of the list, newest first, and whether more lie beyond it."""
        with self._lock:
            now = datetime.now(UTC)
            newest_first = [self._settle(b, now) for b in reversed(self._batches.values())]
        ids = [batch.id for batch in newest_first]
        if before_id is not None:
            end = ids.index(before_id) if before_id in ids else 0
            start = max(0, end - limit)
            return newest_first[start:end], start > 0
        start = ids.index(after_id) + 1 if after_id in ids else (len(ids) if after_id else 0)
        return newest_first[start : start + limit], start + limit < len(ids)
