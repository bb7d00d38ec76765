"""The Message Batches endpoints, through the real SDK (and plain HTTP where the wire matters),
checked against the recorded real traffic in ../shared/cassettes/alexrudall-anthropic/batch_*.yml.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any, cast

import anthropic
import httpx2
import pytest
from anthropic import AsyncAnthropic
from anthropic.types.messages.batch_create_params import Request

from tests.fakeapi import FakeApi
from tests.fakeapi.recordings import recorded_response_bodies, recorded_response_headers

TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")
BATCH_ID = re.compile(r"msgbatch_01[1-9A-HJ-NP-Za-km-z]{22}")
REQUEST_ID = re.compile(r"req_011C[1-9A-HJ-NP-Za-km-z]{20}")
MODEL = "claude-haiku-4-5-20251001"

_CASSETTES = "alexrudall-anthropic"
RECORDED_CREATED = [
    json.loads(b) for b in recorded_response_bodies(f"{_CASSETTES}/batch_messages.yml")
]
RECORDED_LIST = json.loads(recorded_response_bodies(f"{_CASSETTES}/batch_list.yml")[0])
RECORDED_CANCELING = json.loads(recorded_response_bodies(f"{_CASSETTES}/batch_cancel.yml")[0])
RECORDED_RESULTS = recorded_response_bodies(f"{_CASSETTES}/batch_messages_results.yml")[0]
RECORDED_RESULTS_HEADERS = recorded_response_headers(f"{_CASSETTES}/batch_messages_results.yml")
# GET …/results before the end, as recorded in alexrudall/anthropic's
# spec/fixtures/cassettes/batch_results.yml (2025-01-29; not among ../shared/cassettes): a 404
# with x-should-retry false. A retrieve of that batch carried retry-after 10 (batch_get.yml).
RECORDED_NO_RESULTS = (
    404,
    "not_found_error",
    "Message Batch msgbatch_01AHxNhUeZwskhx38tGz1QVj has no available results.",
)
RECORDED_NO_RESULTS_ID = "msgbatch_01AHxNhUeZwskhx38tGz1QVj"
# Errors whose wording is known from a capture of the real API (2026-09), not a recording here.
CAPTURED_DETAILS = {"error_visibility": "user_facing"}


def _recorded_item(status: str, **counts: int) -> dict[str, Any]:
    """The first batch of the recorded list page with this status and these nonzero counts."""
    return next(
        item
        for item in RECORDED_LIST["data"]
        if item["processing_status"] == status
        and {k: v for k, v in item["request_counts"].items() if v} == counts
    )


def shape(value: Any) -> Any:
    """Keys in order with the kind of each value; ids, timestamps and URLs by their form."""
    if isinstance(value, dict):
        return [(key, shape(item)) for key, item in value.items()]
    if isinstance(value, str):
        for kind, pattern in (("timestamp", TIMESTAMP), ("batch id", BATCH_ID)):
            if pattern.fullmatch(value):
                return kind
        return "url" if value.startswith(("http://", "https://")) else "str"
    return type(value).__name__


def request(custom_id: str, text: str = "Hello", **params: Any) -> Request:
    """One entry of a batch (its params are a Messages body, invalid ones included)."""
    body = {"model": MODEL, "max_tokens": 100, "messages": [{"role": "user", "content": text}]}
    return cast(Request, {"custom_id": custom_id, "params": {**body, **params}})


def json_of(raw: Any) -> Any:
    """The JSON body of an SDK raw response, keys in the order they came."""
    return json.loads(raw.http_response.content)


async def ended(sdk: AsyncAnthropic, batch_id: str, within: float = 5.0) -> dict[str, Any]:
    """The batch as JSON once it has ended (polled every 20 ms)."""
    deadline = time.monotonic() + within
    while True:
        batch = await sdk.messages.batches.with_raw_response.retrieve(batch_id)
        body = json_of(batch)
        if body["processing_status"] == "ended":
            return body
        assert time.monotonic() < deadline, body
        await asyncio.sleep(0.02)


async def results(sdk: AsyncAnthropic, batch_id: str) -> dict[str, Any]:
    return {r.custom_id: r.result async for r in await sdk.messages.batches.results(batch_id)}


def test_the_recordings_agree_with_each_other() -> None:
    """What the checks below assume of the real API, checked on the recordings themselves."""
    in_progress = _recorded_item("in_progress", processing=2)
    assert [key for key, _ in shape(in_progress) if key != "archived_at"] == [
        key for key, _ in shape(RECORDED_CREATED[0])
    ]  # archived_at came in between the two recordings (2024-10 and 2025-01)
    assert [k for k, _ in shape(RECORDED_CANCELING)] == [k for k, _ in shape(in_progress)]
    for batch in [*RECORDED_CREATED, *RECORDED_LIST["data"]]:
        created = batch["created_at"]
        assert batch["expires_at"][:4] == created[:4] and batch["expires_at"][10:] == created[10:]
        ended = batch["processing_status"] == "ended"
        assert (batch["results_url"] is not None) == ended == (batch["ended_at"] is not None)
    assert list(RECORDED_LIST) == ["data", "has_more", "first_id", "last_id"]
    assert RECORDED_RESULTS_HEADERS["content-type"] == "text/html"
    assert not RECORDED_RESULTS.endswith("\n")


@pytest.mark.asyncio
async def test_create_answers_in_progress_shaped_like_the_recording(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.batch_seconds = 60
    raw = await sdk.messages.batches.with_raw_response.create(
        requests=[request("first-prompt-in-my-batch"), request("second-prompt-in-my-batch")]
    )
    created = json_of(raw)
    assert shape(created) == shape(_recorded_item("in_progress", processing=2))
    recorded = RECORDED_CREATED[0]
    assert [k for k in created if k != "archived_at"] == list(recorded)
    for key in ("type", "processing_status", "request_counts", "ended_at", "results_url"):
        assert created[key] == recorded[key]
    assert created["created_at"][10:] == created["expires_at"][10:]  # a day later
    batch = await raw.parse()
    assert (batch.expires_at - batch.created_at).total_seconds() == 24 * 3600
    again = await sdk.messages.batches.retrieve(batch.id)
    assert again.processing_status == "in_progress" and again.request_counts.processing == 2


@pytest.mark.asyncio
async def test_a_batch_ends_after_batch_seconds_with_results_url(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.batch_seconds = 0.2
    batch = await sdk.messages.batches.create(requests=[request("a"), request("b")])
    started = time.monotonic()
    done = await ended(sdk, batch.id)
    assert time.monotonic() - started > 0.1
    assert shape(done) == shape(_recorded_item("ended", succeeded=2))
    assert done["request_counts"] == _recorded_item("ended", succeeded=2)["request_counts"]
    assert done["results_url"] == f"{fakeapi.url}/v1/messages/batches/{batch.id}/results"
    assert done["ended_at"] > done["created_at"]


@pytest.mark.asyncio
async def test_list_is_newest_first_paged_like_the_recording(
    fakeapi: FakeApi, sdk: AsyncAnthropic, http: httpx2.AsyncClient
) -> None:
    fakeapi.batch_seconds = 60
    ids = [(await sdk.messages.batches.create(requests=[request("a")])).id for _ in range(3)]
    listed = [batch.id async for batch in sdk.messages.batches.list(limit=2)]
    assert listed == ids[::-1]
    page = (await http.get("/v1/messages/batches", params={"limit": 2})).json()
    assert list(page) == list(RECORDED_LIST)
    assert [b["id"] for b in page["data"]] == ids[:0:-1]
    assert (page["has_more"], page["first_id"], page["last_id"]) == (True, ids[2], ids[1])
    assert shape(page["data"][0]) == shape(_recorded_item("in_progress", processing=2))
    after = (await http.get("/v1/messages/batches", params={"after_id": ids[1]})).json()
    assert ([b["id"] for b in after["data"]], after["has_more"]) == ([ids[0]], False)
    before = (await http.get("/v1/messages/batches", params={"before_id": ids[0]})).json()
    assert [b["id"] for b in before["data"]] == ids[:0:-1]
    assert (await http.get("/v1/messages/batches", params={"limit": 0})).status_code == 400


@pytest.mark.asyncio
async def test_cancel_is_canceling_then_ends_with_canceled_counts(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.batch_seconds = 60
    fakeapi.batch_outcomes = {"stays-errored": "errored"}
    batch = await sdk.messages.batches.create(
        requests=[request("a"), request("b"), request("stays-errored")]
    )
    raw = await sdk.messages.batches.with_raw_response.cancel(batch.id)
    canceling = json_of(raw)
    assert shape(canceling) == shape(RECORDED_CANCELING)
    assert canceling["processing_status"] == "canceling"
    assert canceling["request_counts"] == {**RECORDED_CANCELING["request_counts"], "processing": 3}
    done = await ended(sdk, batch.id, within=1.0)
    assert shape(done) == shape(_recorded_item("ended", canceled=2))
    assert done["request_counts"] == {
        "processing": 0, "succeeded": 0, "errored": 1, "canceled": 2, "expired": 0
    }  # fmt: skip
    assert done["cancel_initiated_at"] == canceling["cancel_initiated_at"] < done["ended_at"]
    again = await sdk.messages.batches.with_raw_response.cancel(batch.id)
    assert json_of(again) == done  # an ended batch comes back unchanged
    outcomes = await results(sdk, batch.id)
    assert {key: r.type for key, r in outcomes.items()} == {
        "a": "canceled", "b": "canceled", "stays-errored": "errored"
    }  # fmt: skip


@pytest.mark.asyncio
async def test_results_carry_every_outcome_in_the_documented_shapes(
    fakeapi: FakeApi, sdk: AsyncAnthropic, http: httpx2.AsyncClient
) -> None:
    fakeapi.batch_seconds = 0
    fakeapi.batch_outcomes = {"gone": "expired", "stopped": "canceled", "broken": "errored"}
    requests = [
        request("fine", "Tell me a fun fact"),
        request("also-fine", "Another one"),
        request("gone"),
        request("stopped"),
        request("broken"),
        request("invalid", max_tokens=0),
        request("no-such-model", model="claude-nonexistent-1"),
        request("streams", stream=True),  # accepted, then refused when processed
    ]
    batch = await sdk.messages.batches.create(requests=requests)
    done = await ended(sdk, batch.id)
    assert done["request_counts"] == {
        "processing": 0, "succeeded": 2, "errored": 4, "canceled": 1, "expired": 1
    }  # fmt: skip

    outcomes = await results(sdk, batch.id)
    assert set(outcomes) == {r["custom_id"] for r in requests}
    fine = outcomes["fine"]
    assert fine.type == "succeeded"
    assert fine.message.content[0].text.startswith("You said: Tell me a fun fact")
    assert fine.message.usage.service_tier == "batch" and fine.message.model == MODEL
    assert outcomes["gone"].type == "expired" and outcomes["stopped"].type == "canceled"

    response = await http.get(done["results_url"])
    assert response.status_code == 200
    assert response.headers["content-type"] == RECORDED_RESULTS_HEADERS["content-type"]
    assert response.headers["transfer-encoding"] == "chunked"
    assert response.headers["content-disposition"] == (
        f'attachment; filename="{batch.id}_results.jsonl"'
    )
    assert not response.text.endswith("\n")
    lines = {line["custom_id"]: line for line in map(json.loads, response.text.split("\n"))}
    recorded = json.loads(RECORDED_RESULTS.split("\n")[0])
    assert list(lines["fine"]) == list(recorded) and list(lines["fine"]["result"]) == [
        "type",
        "message",
    ]
    assert set(recorded["result"]["message"]) <= set(lines["fine"]["result"]["message"])
    assert lines["gone"]["result"] == {"type": "expired"}
    assert lines["stopped"]["result"] == {"type": "canceled"}
    keys = ("broken", "invalid", "no-such-model", "streams")
    errors = {key: lines[key]["result"]["error"] for key in keys}
    for error in errors.values():
        assert list(error) == ["type", "error", "request_id"] and error["type"] == "error"
    # Refused params never ran: no request id, and `details` first, as captured.
    assert errors["invalid"] == {
        "type": "error",
        "error": {
            "details": CAPTURED_DETAILS,
            "type": "invalid_request_error",
            "message": "max_tokens: Input should be greater than or equal to 1",
        },
        "request_id": None,
    }
    assert errors["no-such-model"]["error"] == {  # what POST /v1/messages answers it with
        "details": CAPTURED_DETAILS,
        "type": "not_found_error",
        "message": "model: claude-nonexistent-1",
    }
    assert errors["streams"]["error"]["message"] == (
        "`stream=True` is not supported in the Message Batches API"
    )
    assert errors["broken"]["error"]["type"] == "api_error"  # scripted: an internal error
    assert REQUEST_ID.fullmatch(errors["broken"]["request_id"])
    assert outcomes["no-such-model"].type == "errored"
    assert outcomes["no-such-model"].error.error.type == "not_found_error"  # the SDK reads it


@pytest.mark.asyncio
async def test_results_are_refused_until_the_batch_ends(
    fakeapi: FakeApi, sdk: AsyncAnthropic, http: httpx2.AsyncClient
) -> None:
    fakeapi.batch_seconds = 60
    batch = await sdk.messages.batches.create(requests=[request("a")])
    response = await http.get(f"/v1/messages/batches/{batch.id}/results")
    error = response.json()["error"]
    status, error_type, message = RECORDED_NO_RESULTS
    assert (response.status_code, error["type"]) == (status, error_type)
    assert error["message"] == message.replace(RECORDED_NO_RESULTS_ID, batch.id)
    assert response.headers["x-should-retry"] == "false"
    with pytest.raises(anthropic.AnthropicError, match="results_url"):
        await sdk.messages.batches.results(batch.id)  # the SDK reads results_url first
    polled = await sdk.messages.batches.with_raw_response.retrieve(batch.id)
    assert polled.headers["retry-after"] == "10"
    with pytest.raises(anthropic.BadRequestError) as refused:
        await sdk.messages.batches.delete(batch.id)
    assert refused.value.body["error"]["message"] == (  # type: ignore[index]
        "In progress batches cannot be deleted. Consider canceling the batch instead."
    )


@pytest.mark.asyncio
async def test_an_ended_batch_can_be_deleted_and_unknown_ids_are_not_found(
    fakeapi: FakeApi, sdk: AsyncAnthropic, http: httpx2.AsyncClient
) -> None:
    fakeapi.batch_seconds = 0
    batch = await sdk.messages.batches.create(requests=[request("a")])
    await ended(sdk, batch.id)
    polled = await sdk.messages.batches.with_raw_response.retrieve(batch.id)
    assert "retry-after" not in polled.headers  # nothing left to wait for
    raw = await sdk.messages.batches.with_raw_response.delete(batch.id)
    assert json_of(raw) == {"id": batch.id, "type": "message_batch_deleted"}
    with pytest.raises(anthropic.NotFoundError):
        await sdk.messages.batches.retrieve(batch.id)
    unknown = "msgbatch_01" + "x" * 22
    for method, path in [
        ("GET", unknown),
        ("POST", f"{unknown}/cancel"),
        ("DELETE", unknown),
        ("GET", f"{unknown}/results"),
    ]:
        response = await http.request(method, f"/v1/messages/batches/{path}")
        assert response.status_code == 404
        assert response.json()["error"] == {
            "type": "not_found_error",
            "message": f"Message Batch {unknown} not found.",
        }
