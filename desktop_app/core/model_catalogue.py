"""The models Parley offers: from the Models API, cached on disk, with an offline fallback."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import private_file
from desktop_app.core.model_info import (
    DEFAULT_MAX_TOKENS,
    FALLBACK_MODELS,
    ModelInfo,
    cheapest_model,
    default_model,
)

if TYPE_CHECKING:
    from desktop_app.core.ports import ClaudeClient
    from desktop_app.core.pricing import Pricing


class ModelCatalogue:
    def __init__(self, cache_path: Path, pricing: Pricing | None = None) -> None:
        self._cache_path = cache_path
        self._pricing = pricing  # None: the shipped price list, read when first needed
        self.models: list[ModelInfo] = self._load_cache() or list(FALLBACK_MODELS)

    def _load_cache(self) -> list[ModelInfo]:
        try:
            data = json.loads(self._cache_path.read_text(encoding="utf-8"))
            return [ModelInfo.from_dict(item) for item in data["models"]]
        except (OSError, ValueError, KeyError, TypeError):
            return []

    def _save_cache(self) -> None:
        # A cache we cannot write is only a slower next start.
        with contextlib.suppress(OSError):
            private_file.write(
                self._cache_path,
                json.dumps({"models": [m.to_dict() for m in self.models]}, ensure_ascii=False),
            )

    async def refresh(self, client: ClaudeClient) -> list[ModelInfo]:
        """Fetch the live list; on any failure keep what we had (cache or fallback)."""
        from desktop_app.core.errors import ApiError

        try:
            models = await client.list_models()
        except ApiError:
            return self.models
        if models:
            self.models = models
            self._save_cache()
        return self.models

    @property
    def selectable(self) -> list[ModelInfo]:
        """Models a user can pick: not retired, newest first."""
        usable = [m for m in self.models if m.lifecycle != "retired"]
        return sorted(usable, key=lambda m: m.created_at, reverse=True)

    def get(self, model_id: str) -> ModelInfo | None:
        for model in self.models:
            if model.id == model_id:
                return model
        for model in FALLBACK_MODELS:
            if model.id == model_id:
                return model
        return None

    def default(self) -> ModelInfo:
        return default_model(self.models)

    @property
    def pricing(self) -> Pricing:
        if self._pricing is None:
            from desktop_app.core.pricing import Pricing
            from desktop_app.paths import pricing_override_path

            self._pricing = Pricing.load(override=pricing_override_path())
        return self._pricing

    def list_price(self, model_id: str) -> float | None:
        """Input plus output USD per million tokens at the standard rate; None when unknown."""
        price = self.pricing.price(model_id)
        return price.standard.input + price.standard.output if price is not None else None

    def cheapest(self) -> ModelInfo:
        """The active model with the lowest known list price, for titles and summaries."""
        return cheapest_model(self.models, self.list_price)

    def max_tokens_for(self, model_id: str) -> int:
        model = self.get(model_id)
        return model.max_tokens if model and model.max_tokens else DEFAULT_MAX_TOKENS
