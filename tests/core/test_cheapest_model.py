"""The cheapest model, by the price list: what titles and summaries use."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from desktop_app.claude.client import AnthropicClient
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.model_info import FALLBACK_MODELS, ModelInfo
from desktop_app.core.pricing import Pricing


def prices(path: Path, table: dict[str, tuple[float, float]]) -> Pricing:
    """A price list in the shipped file's shape (every column written out)."""

    def rates(i: float, o: float) -> dict[str, float]:
        return {"input": i, "cache_write_5m": i, "cache_write_1h": i, "cache_read": i, "output": o}

    models = {k: rates(i, o) | {"batch": rates(i / 2, o / 2)} for k, (i, o) in table.items()}
    path.write_text(json.dumps({"updated": "2026-12-01", "models": models}), encoding="utf-8")
    return Pricing.load(path)


def live(fakeapi, tmp_path: Path, pricing: Pricing | None = None) -> ModelCatalogue:
    catalogue = ModelCatalogue(tmp_path / "models.json", pricing)
    asyncio.run(catalogue.refresh(AnthropicClient("k", fakeapi.url)))
    return catalogue


def test_the_shipped_prices_pick_haiku(fakeapi, tmp_path):
    catalogue = live(fakeapi, tmp_path)
    assert catalogue.cheapest().id == "claude-haiku-4-5-20251001"
    assert catalogue.list_price("claude-haiku-4-5-20251001") == 1.0 + 5.0


def test_the_lowest_price_wins_whatever_the_family(fakeapi, tmp_path):
    table = {"claude-haiku-4-5": (1.0, 5.0), "claude-sonnet-4-6": (0.5, 2.0)}
    catalogue = live(fakeapi, tmp_path, prices(tmp_path / "p.json", table))
    assert catalogue.cheapest().id == "claude-sonnet-4-6"


def test_a_retired_or_deprecated_model_is_never_picked(tmp_path):
    table = {"claude-old": (0.1, 0.1), "claude-haiku-4-5": (1.0, 5.0)}
    catalogue = ModelCatalogue(tmp_path / "models.json", prices(tmp_path / "p.json", table))
    old = ModelInfo("claude-old-1", "Old", "2024-01-01", line="haiku", lifecycle="deprecated")
    catalogue.models = [old, *FALLBACK_MODELS]
    assert catalogue.cheapest().id == "claude-haiku-4-5-20251001"


def test_with_no_price_known_the_newest_haiku(tmp_path):
    catalogue = ModelCatalogue(tmp_path / "models.json", prices(tmp_path / "p.json", {}))
    newer = ModelInfo("claude-haiku-5-0", "Claude Haiku 5", "2026-11-01", line="haiku")
    catalogue.models = [*FALLBACK_MODELS, newer]
    assert catalogue.cheapest().id == "claude-haiku-5-0"
    assert catalogue.list_price("claude-haiku-5-0") is None
