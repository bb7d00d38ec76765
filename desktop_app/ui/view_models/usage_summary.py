"""Tokens and cost of the last reply and of the whole conversation, as the status bar says them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop_app.core.cache_saving import CacheSaving
from desktop_app.core.conversation import Message, Role, Usage
from desktop_app.core.pricing import Pricing, format_cost, format_tokens


@dataclass(frozen=True, slots=True)
class UsageSummary:
    last: Usage | None
    last_cost: float | None
    total: Usage
    total_cost: float | None  # None when any reply's model has no known price
    cache: CacheSaving  # what the cache served and saved over the whole conversation

    @classmethod
    def of(
        cls,
        messages: list[Message],
        pricing: Pricing,
        spending: list[tuple[str | None, Usage]] | None = None,
    ) -> UsageSummary:
        """The last reply of `messages` (the branch shown); the total of `spending` (every
        branch's replies: abandoned answers cost money too), or of `messages` without it."""
        replies = [
            (m.model, m.usage)
            for m in messages
            if m.role is Role.ASSISTANT and m.usage is not None and m.usage.total
        ]
        last: Usage | None = None
        last_cost: float | None = None
        if replies:
            last = replies[-1][1]
            last_cost = pricing.cost(replies[-1][0] or "", last)
        total = Usage()
        total_cost: float | None = 0.0
        every = replies if spending is None else spending
        for model, usage in every:
            cost = pricing.cost(model or "", usage)
            total = total + usage
            total_cost = None if cost is None or total_cost is None else total_cost + cost
        return cls(last, last_cost, total, total_cost, CacheSaving.of(pricing, every))

    def text(self) -> str:
        if self.last is None:
            return ""
        text = QCoreApplication.translate(
            "UsageSummary",
            "Last reply: {tokens} · {cost}    Conversation: {total} tokens · {spent}",
        ).format(
            tokens=_tokens(self.last),
            cost=format_cost(self.last_cost),
            total=format_tokens(self.total.total),
            spent=format_cost(self.total_cost),
        )
        return text + self.saving_text()

    def saving_text(self) -> str:
        """The conversation's saving from the cache, with its leading separator ("" if none)."""
        saved = self.cache.saved
        if not self.cache.used or saved is None:
            return ""
        if saved >= 0:
            words = QCoreApplication.translate("UsageSummary", "saved {cost} by caching")
            return " · " + words.format(cost=format_cost(saved))
        words = QCoreApplication.translate("UsageSummary", "caching cost {cost} more so far")
        return " · " + words.format(cost=format_cost(-saved))


def _tokens(usage: Usage) -> str:
    return QCoreApplication.translate(
        "UsageSummary", "{input} in · {output} out · cache {read} read, {written} written"
    ).format(
        input=format_tokens(usage.input_tokens),
        output=format_tokens(usage.output_tokens),
        read=format_tokens(usage.cache_read_input_tokens),
        written=format_tokens(usage.cache_creation_input_tokens),
    )
