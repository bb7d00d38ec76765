"""What a request costs, from per-model prices kept as data (resources/pricing.json).

Every column is written out per model (input, 5-minute and 1-hour cache writes, cache
reads, output, each again at the batch price, and a higher tier above a prompt size for
the models that have one): published ratios do not hold for every model, so none is
derived here. The user corrects a figure with a pricing.json of the same shape in the data
folder. A model with no known price costs `None`, shown as unknown, never as $0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.conversation import Usage, prompt_tokens
from desktop_app.core.i18n import translate
from desktop_app.core.locale_format import format_number, format_usd

_COLUMNS = ("input", "cache_write_5m", "cache_write_1h", "cache_read", "output")


@dataclass(frozen=True, slots=True)
class Rates:
    """USD per million tokens, one figure per kind of token."""

    input: float
    cache_write_5m: float
    cache_write_1h: float
    cache_read: float
    output: float

    @classmethod
    def from_json(cls, data: object) -> Rates | None:
        if not isinstance(data, dict):
            return None
        try:
            values = [float(data[column]) for column in _COLUMNS]
        except (KeyError, TypeError, ValueError):
            return None
        return cls(*values) if all(v >= 0 for v in values) else None

    def to_json(self) -> dict[str, float]:
        return {column: getattr(self, column) for column in _COLUMNS}

    def cost(self, usage: Usage) -> float:
        write_1h = min(usage.cache_creation_1h_input_tokens, usage.cache_creation_input_tokens)
        write_5m = usage.cache_creation_input_tokens - write_1h
        return (
            usage.input_tokens * self.input
            + write_5m * self.cache_write_5m
            + write_1h * self.cache_write_1h
            + usage.cache_read_input_tokens * self.cache_read
            + usage.output_tokens * self.output
        ) / 1_000_000


@dataclass(frozen=True, slots=True)
class Tier:
    """Prices for a whole request whose prompt holds more than `above_input_tokens`."""

    above_input_tokens: int
    standard: Rates
    batch: Rates


@dataclass(frozen=True, slots=True)
class ModelPrice:
    standard: Rates
    batch: Rates
    above: Tier | None = None

    def rates(self, usage: Usage, *, batch: bool = False) -> Rates:
        """The rates one request is charged at: its prompt size picks the tier."""
        if self.above is not None and prompt_tokens(usage) > self.above.above_input_tokens:
            return self.above.batch if batch else self.above.standard
        return self.batch if batch else self.standard

    @classmethod
    def from_json(cls, data: object) -> ModelPrice | None:
        if not isinstance(data, dict):
            return None
        standard, batch = Rates.from_json(data), Rates.from_json(data.get("batch"))
        if standard is None or batch is None:
            return None
        above = data.get("above")
        tier = None
        if isinstance(above, dict):
            high, high_batch = Rates.from_json(above), Rates.from_json(above.get("batch"))
            threshold = above.get("input_tokens")
            if high is not None and high_batch is not None and isinstance(threshold, int):
                tier = Tier(threshold, high, high_batch)
        return cls(standard, batch, tier)


@dataclass(frozen=True, slots=True)
class ServerToolPrices:
    """Anthropic's own tools, billed per use on top of tokens (USD per 1,000 uses)."""

    web_search_per_1000: float = 10.0
    web_fetch_per_1000: float = 0.0

    @classmethod
    def from_json(cls, data: object, fallback: ServerToolPrices) -> ServerToolPrices:
        if not isinstance(data, dict):
            return fallback
        values = []
        for name in ("web_search_per_1000", "web_fetch_per_1000"):
            value = data.get(name, getattr(fallback, name))
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
            values.append(float(value) if ok else getattr(fallback, name))
        return cls(*values)

    def cost(self, usage: Usage) -> float:
        return (
            usage.web_search_requests * self.web_search_per_1000
            + usage.web_fetch_requests * self.web_fetch_per_1000
        ) / 1000


class Pricing:
    def __init__(
        self,
        prices: dict[str, ModelPrice],
        updated: str = "",
        server_tools: ServerToolPrices | None = None,
    ) -> None:
        # Longest prefix first, so "claude-3-5-haiku" wins over "claude-3".
        self._prices = sorted(prices.items(), key=lambda kv: -len(kv[0]))
        self.updated = updated  # the date the price list was written, as it says
        self.server_tools = server_tools or ServerToolPrices()

    @classmethod
    def load(cls, path: Path | None = None, override: Path | None = None) -> Pricing:
        """The shipped list, then the user's corrections (per model) from `override`."""
        if path is None:
            from desktop_app.paths import resource

            path = resource("pricing.json")
        prices: dict[str, ModelPrice] = {}
        updated = ""
        server_tools = ServerToolPrices()
        for source in (path, override):
            data = _read(source)
            server_tools = ServerToolPrices.from_json(data.get("server_tools"), server_tools)
            models = data.get("models")
            for prefix, entry in (models if isinstance(models, dict) else {}).items():
                price = ModelPrice.from_json(entry)
                if isinstance(prefix, str) and price is not None:
                    prices[prefix] = price
            if isinstance(data.get("updated"), str):
                updated = max(updated, data["updated"])
        return cls(prices, updated, server_tools)

    def price(self, model_id: str) -> ModelPrice | None:
        for prefix, price in self._prices:
            if model_id.startswith(prefix):
                return price
        return None

    def rates(self, model_id: str, usage: Usage, *, batch: bool | None = None) -> Rates | None:
        """The rates a request is charged at; `batch` None follows the usage's service tier."""
        price = self.price(model_id)
        if price is None:
            return None
        return price.rates(usage, batch=usage.batch if batch is None else batch)

    def cost(self, model_id: str, usage: Usage, *, batch: bool | None = None) -> float | None:
        """One request's cost, its searches included; `usage` must be one request's (a tier
        is chosen per request)."""
        rates = self.rates(model_id, usage, batch=batch)
        if rates is None:
            return None
        return rates.cost(usage) + self.server_tools.cost(usage)

    def uncached_cost(
        self, model_id: str, usage: Usage, *, batch: bool | None = None
    ) -> float | None:
        """What the same request would have cost with no caching: every prompt token as input."""
        plain = Usage(
            input_tokens=prompt_tokens(usage),
            output_tokens=usage.output_tokens,
            service_tier=usage.service_tier,
            web_search_requests=usage.web_search_requests,
            web_fetch_requests=usage.web_fetch_requests,
        )
        return self.cost(model_id, plain, batch=batch)


def _read(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def format_cost(usd: float | None) -> str:
    if usd is None:
        return translate("Pricing", "cost unknown")
    if usd == 0:
        return "$0"
    if usd < 0.01:
        return f"${usd:.4f}"
    return format_usd(usd)


def format_tokens(n: int) -> str:
    return f"{n / 1000:.1f}k" if n >= 10_000 else format_number(n)
