"""What a reply costs, from the per-model prices in resources/pricing.json.

Prices are per million tokens. Cache writes and reads are priced by their own
multipliers of the input price; a model with no known price costs `None`,
shown as unknown rather than as a made-up figure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.conversation import Usage


@dataclass(frozen=True, slots=True)
class Price:
    input: float  # USD per million input tokens
    output: float
    cache_write: float
    cache_read: float


class Pricing:
    def __init__(self, prices: dict[str, Price]) -> None:
        # Longest prefix first, so "claude-3-5-haiku" wins over "claude-3".
        self._prices = sorted(prices.items(), key=lambda kv: -len(kv[0]))

    @classmethod
    def load(cls, path: Path | None = None) -> Pricing:
        if path is None:
            from desktop_app.paths import resource

            path = resource("pricing.json")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls({})
        write = float(data.get("cache_write_multiplier", 1.25))
        read = float(data.get("cache_read_multiplier", 0.1))
        prices = {
            prefix: Price(p["input"], p["output"], p["input"] * write, p["input"] * read)
            for prefix, p in data.get("models", {}).items()
        }
        return cls(prices)

    def price(self, model_id: str) -> Price | None:
        for prefix, price in self._prices:
            if model_id.startswith(prefix):
                return price
        return None

    def cost(self, model_id: str, usage: Usage) -> float | None:
        price = self.price(model_id)
        if price is None:
            return None
        return (
            usage.input_tokens * price.input
            + usage.output_tokens * price.output
            + usage.cache_creation_input_tokens * price.cache_write
            + usage.cache_read_input_tokens * price.cache_read
        ) / 1_000_000


def format_cost(usd: float | None) -> str:
    if usd is None:
        return "cost unknown"
    if usd == 0:
        return "$0"
    if usd < 0.01:
        return f"${usd:.4f}"
    return f"${usd:.2f}"


def format_tokens(n: int) -> str:
    return f"{n / 1000:.1f}k" if n >= 10_000 else f"{n:,}"
