"""GET /v1/models and /v1/models/{id}: a complete, paged catalogue the SDK reads as ModelInfo."""

from __future__ import annotations

import copy
import re
from typing import Any, get_args, get_origin

import anthropic
import httpx2
import pytest
from anthropic import AsyncAnthropic
from anthropic.types import ModelInfo
from pydantic import BaseModel

from tests.fakeapi import FakeApi
from tests.fakeapi.recordings import cassettes_dir

CATALOGUE = [
    "claude-sonnet-4-6",
    "claude-opus-4-6",
    "claude-haiku-4-5-20251001",
    "claude-sonnet-4-5-20250929",
    "claude-opus-4-1-20250805",
]


def missing_fields(model: type[BaseModel], value: dict[str, Any], prefix: str = "") -> list[str]:
    """Every field of the SDK type (nested ones too) that the JSON lacks."""
    missing = []
    for name, info in model.model_fields.items():
        if name not in value:
            missing.append(prefix + name)
            continue
        candidates = [info.annotation, *get_args(info.annotation)]
        nested = [c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)]
        if nested and isinstance(value[name], dict) and get_origin(info.annotation) is not list:
            missing += missing_fields(nested[0], value[name], f"{prefix}{name}.")
    return missing


@pytest.mark.asyncio
async def test_list_serves_the_current_catalogue_newest_first(sdk: AsyncAnthropic) -> None:
    models = [model async for model in sdk.models.list()]

    assert [model.id for model in models] == CATALOGUE
    assert all(isinstance(model, ModelInfo) for model in models)
    opus_41 = models[-1]
    assert opus_41.lifecycle == "deprecated" and opus_41.deprecated_at is not None
    assert models[1].capabilities is not None
    assert models[1].capabilities.effort.max.supported
    assert models[1].max_tokens == 128_000


def test_every_model_info_field_is_present(fakeapi: FakeApi) -> None:
    response = httpx2.get(
        f"{fakeapi.url}/v1/models", headers={"x-api-key": "t", "anthropic-version": "2023-06-01"}
    )
    for entry in response.json()["data"]:
        assert missing_fields(ModelInfo, entry) == [], entry["id"]
    # The check itself notices a gap, so an empty list above means something.
    broken = copy.deepcopy(response.json()["data"][0])
    del broken["capabilities"]["thinking"]["types"]["adaptive"]
    assert missing_fields(ModelInfo, broken) == ["capabilities.thinking.types.adaptive"]


@pytest.mark.asyncio
async def test_pages_forward_and_backward(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    first = await sdk.models.list(limit=2)
    assert [m.id for m in first.data] == CATALOGUE[:2]
    assert (first.has_more, first.first_id, first.last_id) == (True, CATALOGUE[0], CATALOGUE[1])

    second = await first.get_next_page()
    third = await second.get_next_page()
    assert [m.id for m in second.data] == CATALOGUE[2:4]
    assert [m.id for m in third.data] == CATALOGUE[4:]
    assert third.has_more is False and not third.has_next_page()

    before = await sdk.models.list(before_id=CATALOGUE[3], limit=2)
    assert [m.id for m in before.data] == CATALOGUE[1:3]
    assert before.has_more is True
    earliest = await before.get_next_page()
    assert [m.id for m in earliest.data] == CATALOGUE[:1]
    assert earliest.has_more is False

    queries = [r.query for r in fakeapi.requests]
    assert queries[1] == {"limit": ["2"], "after_id": [CATALOGUE[1]]}


@pytest.mark.asyncio
async def test_limit_out_of_range_is_refused(sdk: AsyncAnthropic) -> None:
    with pytest.raises(anthropic.BadRequestError) as caught:
        await sdk.models.list(limit=1001)
    assert caught.value.api_message == "limit: Input should be less than or equal to 1000"


@pytest.mark.asyncio
async def test_retrieve_by_id_or_alias(sdk: AsyncAnthropic) -> None:
    haiku = await sdk.models.retrieve("claude-haiku-4-5")
    assert haiku.id == "claude-haiku-4-5-20251001"
    assert haiku.display_name == "Claude Haiku 4.5"
    with pytest.raises(anthropic.NotFoundError) as caught:
        await sdk.models.retrieve("claude-imaginary-1")
    assert caught.value.api_message == "model: claude-imaginary-1"


@pytest.mark.asyncio
async def test_tests_can_edit_the_catalogue(fakeapi: FakeApi, sdk: AsyncAnthropic) -> None:
    retired = {**copy.deepcopy(fakeapi.models[-1]), "id": "claude-old-1", "lifecycle": "retired"}
    added = {**copy.deepcopy(fakeapi.models[0]), "id": "claude-new-1"}
    fakeapi.models += [retired, added]

    listed = [m.id async for m in sdk.models.list()]
    only_retired = [m.id async for m in sdk.models.list(lifecycle=["retired"])]
    assert listed == [*CATALOGUE, "claude-new-1"]
    assert only_retired == ["claude-old-1"]

    ask: dict[str, Any] = {"max_tokens": 64, "messages": [{"role": "user", "content": "Hi"}]}
    assert (await sdk.messages.create(model="claude-new-1", **ask)).model == "claude-new-1"
    with pytest.raises(anthropic.NotFoundError):
        await sdk.messages.create(model="claude-old-1", **ask)


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")
async def test_recorded_model_ids_stay_callable(sdk: AsyncAnthropic) -> None:
    text = "\n".join(p.read_text() for p in cassettes_dir().glob("*/*.y*ml"))
    recorded = set(re.findall(r'"model":\s*"(claude-[\w.-]+)"|model: (claude-[\w.-]+)', text))
    ids = {a or b for a, b in recorded} - {"claude-does-not-exist"}
    assert len(ids) >= 10
    for model_id in sorted(ids):
        message = await sdk.messages.create(
            model=model_id, max_tokens=64, messages=[{"role": "user", "content": "Hi"}]
        )
        assert message.content, model_id
