"""Models come from the Models API, are cached for the next start, and fall back offline."""

from __future__ import annotations

import asyncio
import json

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.model_info import DEFAULT_MAX_TOKENS, FALLBACK_MODELS


def test_refresh_reads_the_api_and_caches_it(fakeapi, tmp_path):
    cache = tmp_path / "models.json"
    catalogue = ModelCatalogue(cache)
    assert catalogue.models == list(FALLBACK_MODELS)  # nothing cached yet: the offline list

    models = asyncio.run(catalogue.refresh(AnthropicClient("k", fakeapi.url)))
    served = {m["id"] for m in fakeapi.models}
    assert {m.id for m in models} == served
    sonnet = catalogue.get("claude-sonnet-4-6")
    assert sonnet is not None and sonnet.max_tokens and sonnet.max_input_tokens
    assert sonnet.supports("image_input")
    assert catalogue.default().family == "sonnet"
    assert catalogue.cheapest().family == "haiku"
    assert catalogue.max_tokens_for("claude-sonnet-4-6") == sonnet.max_tokens
    assert "retired" not in {m.lifecycle for m in catalogue.selectable}

    again = ModelCatalogue(cache)  # the next start, before any network
    assert [m.id for m in again.models] == [m.id for m in models]
    assert json.loads(cache.read_text())["models"][0]["id"]


def test_offline_refresh_keeps_what_we_had(fakeapi, tmp_path):
    catalogue = ModelCatalogue(tmp_path / "models.json")
    fakeapi.stop()
    models = asyncio.run(catalogue.refresh(AnthropicClient("k", fakeapi.url)))
    assert models == list(FALLBACK_MODELS)
    assert catalogue.max_tokens_for("no-such-model") == DEFAULT_MAX_TOKENS


def test_a_damaged_cache_is_ignored(tmp_path):
    cache = tmp_path / "models.json"
    cache.write_text("{not json")
    assert ModelCatalogue(cache).models == list(FALLBACK_MODELS)
