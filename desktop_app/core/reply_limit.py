"""How long a reply may be: the `max_tokens` a request asks for.

The conversation's own limit, else the user's default plus room for thinking, never above
the model's maximum; with a thinking budget, high enough that the budget fits.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.conversation import Conversation
from desktop_app.core.model_info import ModelInfo
from desktop_app.core.thinking import (
    ANSWER_ROOM,
    API_DEFAULT_EFFORT,
    BUDGET_BY_LEVEL,
    MIN_BUDGET,
    ThinkingMode,
    thinking_options,
)

# The least a budget-thinking request needs: the API's smallest budget plus an answer.
THINKING_FLOOR = MIN_BUDGET + ANSWER_ROOM


@dataclass(frozen=True, slots=True)
class ThinkingRoom:
    """What thinking needs from max_tokens: `tokens` it is expected to use (a budget, or for
    adaptive thinking the budget of the same level as a guide), and the `floor` below which
    the request would be refused (the API's smallest budget plus an answer; 0 if none)."""

    tokens: int
    floor: int


def thinking_room(model: ModelInfo, conversation: Conversation) -> ThinkingRoom | None:
    """The room the conversation's thinking asks for (None: thinking is off or impossible)."""
    options = thinking_options(model)
    if not conversation.thinking or not options.can_think:
        return None
    level = conversation.effort if options.offers(conversation.effort) else ""
    tokens = BUDGET_BY_LEVEL.get(level or options.default_effort or API_DEFAULT_EFFORT, MIN_BUDGET)
    floor = THINKING_FLOOR if options.mode is ThinkingMode.BUDGET else 0
    return ThinkingRoom(tokens, floor)


def reply_limit(
    chosen: int | None, default: int, model_max: int, thinking: ThinkingRoom | None = None
) -> int:
    """max_tokens for one request.

    `chosen` is the conversation's own limit (None or 0: `default`). The default is sized for
    the answer, so thinking's room goes on top of it. A limit set for the conversation is a
    ceiling on spend: a thinking budget shrinks under it (thinking.budget_for), and only a limit
    too small for the API's smallest budget is raised, to the floor: the user asked for
    thinking, and silently dropping it would be worse than about a thousand more tokens."""
    own = chosen is not None and chosen > 0
    limit = chosen if own and chosen is not None else default
    if thinking is not None:
        limit = max(limit, thinking.floor) if own else limit + thinking.tokens
    return max(1, min(limit, model_max))
