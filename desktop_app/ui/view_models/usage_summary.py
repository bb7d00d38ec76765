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
    def of(cls, messages: list[Message], pricing: Pricing) -> UsageSummary:
        last: Usage | None = None
        last_cost: float | None = None
        total = Usage()
        total_cost: float | None = 0.0
        for message in messages:
            if message.role is not Role.ASSISTANT or not message.usage or not message.usage.total:
                continue
            cost = pricing.cost(message.model or "", message.usage)
            last, last_cost = message.usage, cost
            total = total + message.usage
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
