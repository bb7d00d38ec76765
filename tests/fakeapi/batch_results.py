"""Processing a due Message Batch: one outcome and one JSONL result line per request.

A request succeeds with the answer POST /v1/messages would give when nothing is queued (the echo,
with prompt-cache usage, `service_tier: "batch"`), or errors with the error its params would get
there (and `stream: true`, which only a batch refuses). Such an error is shaped as captured from
the real API: the error object opens with `details`, and `request_id` is null, since the request
never ran. Tests script outcomes by custom_id (`FakeApi.batch_outcomes`); a cancelled batch
cancels every request not scripted to error or expire. Lines come back in a seeded shuffle of the
submission order, never the submission order itself, as the real results are in no set order.
"""

from __future__ import annotations

import json
import random
from typing import Any

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.batches import Batch, BatchRequest, Processed
from tests.fakeapi.catalogue import resolved_id
from tests.fakeapi.echo import echo
from tests.fakeapi.identifiers import request_id
from tests.fakeapi.planned_message import PlannedMessage
from tests.fakeapi.prompt_cache import PromptCache
from tests.fakeapi.validation import check_request

# A request scripted to error whose params are fine fails the way an internal error would.
_SCRIPTED_ERROR = ApiError.of(500)
_STREAM_REFUSED = ApiError.invalid("`stream=True` is not supported in the Message Batches API")


def _params_error(params: dict[str, Any], models: list[dict[str, Any]]) -> ApiError | None:
    if params.get("stream") is True:
        return _STREAM_REFUSED
    return check_request(params, models)


def _refused(error: ApiError) -> dict[str, Any]:
    """The `error` of a result whose params were refused before running (captured 2026-09)."""
    detail = {"details": {"error_visibility": "user_facing"}, **error.error_object()}
    return {"type": "error", "error": detail, "request_id": None}


def _dumps(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _outcome(batch: Batch, request: BatchRequest, error: ApiError | None) -> str:
    scripted = batch.outcomes.get(request.custom_id)
    if scripted in ("canceled", "expired"):
        return scripted
    if error is not None or scripted == "errored":
        return "errored"
    return "canceled" if batch.canceled else "succeeded"


def _message(
    params: dict[str, Any], models: list[dict[str, Any]], cache: PromptCache
) -> dict[str, Any]:
    echoed = echo(params)
    model = resolved_id(models, params["model"])
    usage = cache.account(model, params)
    message = PlannedMessage.of(echoed.reply, model, usage, echoed.stop_sequence).to_json()
    message["usage"]["service_tier"] = "batch"
    return message


def _result(
    batch: Batch,
    request: BatchRequest,
    models: list[dict[str, Any]],
    cache: PromptCache,
) -> tuple[str, dict[str, Any]]:
    params = request.params
    error = None if batch.outcomes.get(request.custom_id) in ("canceled", "expired") else (
        _params_error(params, models)
    )  # fmt: skip
    outcome = _outcome(batch, request, error)
    if outcome == "succeeded":
        return outcome, {"type": "succeeded", "message": _message(params, models, cache)}
    if outcome == "errored":
        body = _refused(error) if error else _SCRIPTED_ERROR.body(request_id())
        return outcome, {"type": "errored", "error": body}
    return outcome, {"type": outcome}


def process_batch(batch: Batch, models: list[dict[str, Any]], cache: PromptCache) -> Processed:
    """Every request's result, as the lines GET …/results serves, and the outcome counts."""
    counts = {"processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
    lines: list[bytes] = []
    for request in batch.requests:
        outcome, result = _result(batch, request, models, cache)
        counts[outcome] += 1
        lines.append(_dumps({"custom_id": request.custom_id, "result": result}))
    order = list(range(len(lines)))
    random.Random(batch.id).shuffle(order)
    if len(order) > 1 and order == sorted(order):
        order.reverse()
    return Processed(counts, [lines[i] for i in order])
