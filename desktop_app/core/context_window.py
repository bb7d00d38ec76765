"""How full a conversation's context window is: the next request's input tokens against the
model's `max_input_tokens`, with a warning from 80 % on.

The last reply's usage tells the real size of the history (input, cache reads and writes,
plus its own output, which the next request carries); a draft's count adds the draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.conversation import Message, Role, prompt_tokens

WARN_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class ContextFill:
    used: int
    limit: int | None  # None: the model's window is not known

    @property
    def share(self) -> float | None:
        return None if not self.limit else self.used / self.limit

    @property
    def warning(self) -> bool:
        share = self.share
        return share is not None and share >= WARN_SHARE

    @property
    def full(self) -> bool:
        share = self.share
        return share is not None and share >= 1.0


def history_tokens(messages: Sequence[Message]) -> int:
    """The history's size as the API last measured it (0 before any reply)."""
    for message in reversed(messages):
        if message.role is Role.ASSISTANT and message.usage is not None:
            return prompt_tokens(message.usage) + message.usage.output_tokens
    return 0


def context_fill(
    messages: Sequence[Message], limit: int | None, next_request_tokens: int = 0
) -> ContextFill:
    """The fill of the next request: the count of it with the draft, when there is one (it
    holds the history too), never less than the history as last measured."""
    return ContextFill(max(history_tokens(messages), next_request_tokens), limit)


__all__ = ["WARN_SHARE", "ContextFill", "context_fill", "history_tokens"]
