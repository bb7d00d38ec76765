"""Tokens and cost of the last reply and of the whole conversation, as the status bar says them."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.conversation import Message, Role, Usage
from desktop_app.core.pricing import Pricing, format_cost, format_tokens


@dataclass(frozen=True, slots=True)
class UsageSummary:
    last: Usage | None
    last_cost: float | None
    total: Usage
    total_cost: float | None  # None when any reply's model has no known price

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
        for model, usage in replies if spending is None else spending:
            cost = pricing.cost(model or "", usage)
            total = total + usage
            total_cost = None if cost is None or total_cost is None else total_cost + cost
        return cls(last, last_cost, total, total_cost)

    def text(self) -> str:
        if self.last is None:
            return ""
        return (
            f"Last reply: {_tokens(self.last)} · {format_cost(self.last_cost)}"
            f"    Conversation: {format_tokens(self.total.total)} tokens"
            f" · {format_cost(self.total_cost)}"
        )


def _tokens(usage: Usage) -> str:
    return (
        f"{format_tokens(usage.input_tokens)} in · {format_tokens(usage.output_tokens)} out"
        f" · cache {format_tokens(usage.cache_read_input_tokens)} read,"
        f" {format_tokens(usage.cache_creation_input_tokens)} written"
    )
