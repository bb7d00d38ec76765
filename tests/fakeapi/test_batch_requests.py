"""What a Message Batch accepts and how its requests are processed, through the real SDK and
plain HTTP: custom_id rules, malformed batches, 100,000 requests, the size limit per path,
results in another order than submitted, the shared prompt cache, 20,000 requests in seconds,
`reset()`, a mistyped scripted outcome. Shapes against the recordings are in test_batches.py.
"""

from __future__ import annotations

from typing import Any

import anthropic
import httpx2
import pytest
from anthropic import AsyncAnthropic

from tests.fakeapi import FakeApi
from tests.fakeapi.test_batches import ended, request, results


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("custom_id", "words"),
    [
        ("has space", "String should match pattern '^[a-zA-Z0-9_-]{1,64}$'"),
        ("ünïcode", "String should match pattern '^[a-zA-Z0-9_-]{1,64}$'"),
        ("a/b", "String should match pattern '^[a-zA-Z0-9_-]{1,64}$'"),
        ("x" * 65, "String should have at most 64 characters"),
        ("", "String should have at least 1 character"),
    ],
)
async def test_custom_ids_outside_the_pattern_are_refused(
    sdk: AsyncAnthropic, custom_id: str, words: str
) -> None:
    with pytest.raises(anthropic.BadRequestError) as refused:
        await sdk.messages.batches.create(requests=[request("ok"), request(custom_id)])
    error = refused.value.body["error"]  # type: ignore[index]
    assert error["message"] == f"requests.1.custom_id: {words}"


@pytest.mark.asyncio
async def test_custom_id_rules_accept_the_whole_pattern_and_refuse_duplicates(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.batch_seconds = 60
    batch = await sdk.messages.batches.create(requests=[request("x" * 64), request("a-B_9")])
    assert batch.request_counts.processing == 2
    with pytest.raises(anthropic.BadRequestError) as refused:
        await sdk.messages.batches.create(requests=[request("same"), request("same")])
    assert refused.value.body["error"]["message"] == (  # type: ignore[index]
        "requests: custom_id's must be unique within a batch. Duplicate custom_id found: same"
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"requests": []}, "at least 1"),
        ({}, "requests: Field required"),
        ({"requests": [{"custom_id": "a"}]}, "params: Field required"),
        ({"requests": [{"params": {}}]}, "requests.0.custom_id: Field required"),
    ],
)
async def test_malformed_batches_are_refused(
    http: httpx2.AsyncClient, body: dict[str, Any], words: str
) -> None:
    response = await http.post("/v1/messages/batches", json=body)
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "invalid_request_error"
    assert words in response.json()["error"]["message"]


@pytest.mark.asyncio
async def test_at_most_100000_requests(fakeapi: FakeApi, http: httpx2.AsyncClient) -> None:
    fakeapi.batch_seconds = 60

    def body(count: int) -> bytes:
        items = ",".join(f'{{"custom_id":"r{i}","params":{{}}}}' for i in range(count))
        return f'{{"requests":[{items}]}}'.encode()

    headers = {"content-type": "application/json"}
    over = await http.post("/v1/messages/batches", content=body(100_001), headers=headers)
    assert over.status_code == 400
    assert "at most 100000 items" in over.json()["error"]["message"]
    full = await http.post("/v1/messages/batches", content=body(100_000), headers=headers)
    assert full.status_code == 200
    assert full.json()["request_counts"]["processing"] == 100_000


@pytest.mark.asyncio
async def test_the_size_limit_is_per_path(
    monkeypatch: pytest.MonkeyPatch, http: httpx2.AsyncClient
) -> None:
    """256 MB for a batch, 32 MB for a message: scaled down here to 2,000 and 1,000 bytes."""
    monkeypatch.setattr("tests.fakeapi.handler.MAX_BATCH_BYTES", 2000)
    monkeypatch.setattr("tests.fakeapi.handler.MAX_REQUEST_BYTES", 1000)
    text = "x" * 1200
    accepted = await http.post("/v1/messages/batches", json={"requests": [request("a", text)]})
    assert accepted.status_code == 200
    message = await http.post("/v1/messages", json=request("a", text)["params"])
    assert message.status_code == 413
    batch = {"requests": [request("a", text), request("b", text)]}
    too_big = await http.post("/v1/messages/batches", json=batch)
    assert too_big.status_code == 413
    assert too_big.json()["error"]["type"] == "request_too_large"


@pytest.mark.asyncio
async def test_twenty_thousand_small_requests_all_come_back(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.batch_seconds = 0
    batch = await sdk.messages.batches.create(
        requests=[request(f"r{i}", f"question {i}") for i in range(20_000)]
    )
    done = await ended(sdk, batch.id)
    assert done["request_counts"]["succeeded"] == 20_000
    count = 0
    async for result in await sdk.messages.batches.results(batch.id):
        count += result.result.type == "succeeded"
    assert count == 20_000


@pytest.mark.asyncio
async def test_a_mistyped_scripted_outcome_fails_loudly(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.batch_outcomes = {"a": "error"}
    with pytest.raises(anthropic.InternalServerError, match="batch_outcomes"):
        await sdk.messages.batches.create(requests=[request("a")])


@pytest.mark.asyncio
async def test_results_come_back_in_another_order_than_submitted(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.batch_seconds = 0
    submitted = [f"request-{i}" for i in range(30)]
    batch = await sdk.messages.batches.create(requests=[request(c) for c in submitted])
    await ended(sdk, batch.id)
    returned = [r.custom_id async for r in await sdk.messages.batches.results(batch.id)]
    assert sorted(returned) == sorted(submitted)
    assert returned != submitted and returned != submitted[::-1]
    again = [r.custom_id async for r in await sdk.messages.batches.results(batch.id)]
    assert again == returned  # the same file each time


@pytest.mark.asyncio
async def test_requests_share_the_prompt_cache_in_submission_order(
    fakeapi: FakeApi, sdk: AsyncAnthropic
) -> None:
    fakeapi.batch_seconds = 0
    system = [{"type": "text", "text": "Rules. " * 4000, "cache_control": {"type": "ephemeral"}}]
    batch = await sdk.messages.batches.create(
        requests=[request(name, name, system=system) for name in ("writes", "reads")]
    )
    await ended(sdk, batch.id)
    usage = {key: r.message.usage for key, r in (await results(sdk, batch.id)).items()}
    assert usage["writes"].cache_creation_input_tokens > 4096  # Haiku 4.5's minimum
    assert usage["writes"].cache_read_input_tokens == 0
    assert usage["reads"].cache_read_input_tokens == usage["writes"].cache_creation_input_tokens


@pytest.mark.asyncio
async def test_reset_forgets_batches(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    fakeapi.batch_outcomes = {"a": "expired"}
    batch = await sdk.messages.batches.create(requests=[request("a")])
    fakeapi.reset()
    assert fakeapi.batch_outcomes == {}
    with pytest.raises(anthropic.NotFoundError):
        await sdk.messages.batches.retrieve(batch.id)
    assert [b async for b in sdk.messages.batches.list()] == []


@pytest.mark.asyncio
async def test_tests_can_see_the_batches_created(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    fakeapi.batch_seconds = 60
    first = await sdk.messages.batches.create(requests=[request("a", "one")])
    second = await sdk.messages.batches.create(requests=[request("b", "two"), request("c")])
    assert [b.id for b in fakeapi.batches.all()] == [first.id, second.id]
    assert [b.status for b in fakeapi.batches.all()] == ["in_progress", "in_progress"]
    entries = fakeapi.batch_requests()
    assert [e["custom_id"] for e in entries] == ["a", "b", "c"]
    assert entries[1]["params"]["messages"] == [{"role": "user", "content": "two"}]
    assert fakeapi.message_requests() == []  # a batch is not a POST /v1/messages
