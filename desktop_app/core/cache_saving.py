"""`CacheSaving`: how much of some requests' prompts the cache served, and what that saved.

The saving is the requests' cost as sent against the same requests with no caching at all; a
turn that only writes to the cache pays more than plain input, so its saving is negative.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.core.conversation import Usage, prompt_tokens
from desktop_app.core.pricing import Pricing


@dataclass(frozen=True, slots=True)
class CacheSaving:
    prompt: int  # every input token, cached or not
    read: int  # of which read from the cache
    written: int  # of which written to the cache
    saved: float | None  # USD against no caching; None when a model's price is unknown

    @classmethod
    def of(cls, pricing: Pricing, requests: Iterable[tuple[str | None, Usage]]) -> CacheSaving:
        """Each request priced on its own (tiers are per request), then summed."""
        prompt = read = written = 0
        saved: float | None = 0.0
        for model, usage in requests:
            prompt += prompt_tokens(usage)
            read += usage.cache_read_input_tokens
            written += usage.cache_creation_input_tokens
            cost = pricing.cost(model or "", usage)
            plain = pricing.uncached_cost(model or "", usage)
            saved = None if saved is None or cost is None or plain is None else saved + plain - cost
        return cls(prompt, read, written, saved)

    @property
    def share(self) -> float:
        """The part of the prompt read from the cache, 0–1."""
        return self.read / self.prompt if self.prompt else 0.0

    @property
    def used(self) -> bool:
        return bool(self.read or self.written)
