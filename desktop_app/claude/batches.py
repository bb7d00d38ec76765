"""The Message Batches adapter: `AsyncAnthropic.messages.batches` behind the core's `BatchClient`.

Results are read from the streamed JSONL a line at a time and parsed from plain JSON, so a
result type this Parley does not know is skipped, never fatal. Importing this module imports
the SDK: the window imports it only after its first paint.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import anthropic
import httpx2

from desktop_app.claude.http_client import sdk_client
from desktop_app.claude.translate import api_error_of, block_of, kind_of_error_type
from desktop_app.core.batch_job import (
    BatchStatus,
    Outcome,
    ProcessingStatus,
    RequestCounts,
    ResultLine,
)
from desktop_app.core.conversation import Usage

_FAILURES = (anthropic.AnthropicError, httpx2.HTTPError, ValueError)


def _when(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, datetime) else str(value)


def status_of(batch: Any) -> BatchStatus:
    """The core's view of an SDK `MessageBatch`."""
    counts = getattr(batch, "request_counts", None)
    try:
        state = ProcessingStatus(str(batch.processing_status))
    except ValueError:
        state = ProcessingStatus.IN_PROGRESS  # a newer, unknown state: keep following it
    return BatchStatus(
        id=batch.id,
        processing_status=state,
        request_counts=RequestCounts.from_dict(counts.to_dict() if counts is not None else {}),
        created_at=_when(getattr(batch, "created_at", None)) or "",
        ended_at=_when(getattr(batch, "ended_at", None)),
        expires_at=_when(getattr(batch, "expires_at", None)),
        results_url=getattr(batch, "results_url", None),
    )


def result_line_of(data: dict[str, Any]) -> ResultLine | None:
    """One results line as plain JSON; None for a line this Parley cannot read."""
    custom_id, result = data.get("custom_id"), data.get("result")
    if not isinstance(custom_id, str) or not isinstance(result, dict):
        return None
    try:
        outcome = Outcome(str(result.get("type")))
    except ValueError:
        return None
    if outcome is Outcome.SUCCEEDED:
        message = result.get("message") or {}
        content = [block_of(b) for b in message.get("content") or [] if isinstance(b, dict)]
        return ResultLine(
            custom_id,
            outcome,
            content=content,
            model=str(message.get("model") or ""),
            usage=Usage.from_dict(message.get("usage")),
            stop_reason=message.get("stop_reason"),
        )
    if outcome is Outcome.ERRORED:
        body = result.get("error") or {}
        inner = body.get("error", body) if isinstance(body, dict) else {}
        inner = inner if isinstance(inner, dict) else {}
        return ResultLine(
            custom_id,
            outcome,
            error_kind=kind_of_error_type(str(inner.get("type") or "")),
            error_message=str(inner.get("message") or ""),
        )
    return ResultLine(custom_id, outcome)


class AnthropicBatchClient:
    def __init__(self, api_key: str, base_url: str | None = None, *, max_retries: int = 0) -> None:
        # The SDK's retries stay off: it would wait out any retry-after silently, and a create
        # retried after a lost answer could submit (and bill) a batch twice. The poller backs
        # off and tries again by itself.
        self._sdk = sdk_client(api_key, base_url, max_retries=max_retries, timeout=120.0)

    def __repr__(self) -> str:  # never show the key
        return f"AnthropicBatchClient(base_url={str(self._sdk.base_url)!r})"

    async def create(self, requests: list[dict[str, Any]]) -> BatchStatus:
        try:
            batch = await self._sdk.messages.batches.create(requests=requests)  # type: ignore[arg-type]
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        return status_of(batch)

    async def retrieve(self, batch_id: str) -> BatchStatus:
        try:
            return status_of(await self._sdk.messages.batches.retrieve(batch_id))
        except _FAILURES as exc:
            raise api_error_of(exc) from None

    async def list(self, limit: int = 20) -> list[BatchStatus]:
        try:
            page = await self._sdk.messages.batches.list(limit=limit)
            return [status_of(batch) for batch in page.data]
        except _FAILURES as exc:
            raise api_error_of(exc) from None

    async def cancel(self, batch_id: str) -> BatchStatus:
        try:
            return status_of(await self._sdk.messages.batches.cancel(batch_id))
        except _FAILURES as exc:
            raise api_error_of(exc) from None

    async def results(self, batch_id: str) -> AsyncIterator[ResultLine]:
        try:
            decoder = await self._sdk.messages.batches.results(batch_id)
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        try:
            async for item in decoder:
                data = item.to_dict() if hasattr(item, "to_dict") else item
                line = result_line_of(data) if isinstance(data, dict) else None
                if line is not None:
                    yield line
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        finally:
            await decoder.close()

    async def close(self) -> None:
        await self._sdk.close()


__all__ = ["AnthropicBatchClient", "result_line_of", "status_of"]
