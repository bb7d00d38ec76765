"""How long a reply may be: the `max_tokens` a request asks for.

The conversation's own limit, else the user's default, never above the model's maximum;
with a thinking budget, high enough that the budget fits with room for an answer.
"""

from __future__ import annotations

from desktop_app.core.conversation import Conversation
from desktop_app.core.model_info import ModelInfo
from desktop_app.core.thinking import (
    ANSWER_ROOM,
    BUDGET_BY_LEVEL,
    MIN_BUDGET,
    ThinkingMode,
    thinking_options,
)

# 8,192 tokens hold a long answer, a screenshot review or a few hundred lines of code, yet
# cap a runaway reply at about 8× a typical one; and a smaller max_tokens counts less against
# the output-tokens-per-minute rate limit, which the API estimates from it.
DEFAULT_REPLY_LIMIT = 8192
# The least a budget-thinking request needs: the API's smallest budget plus an answer.
THINKING_FLOOR = MIN_BUDGET + ANSWER_ROOM


def thinking_budget(model: ModelInfo, conversation: Conversation) -> int | None:
    """The budget the conversation's thinking level asks for (None: no budget thinking)."""
    options = thinking_options(model)
    if not conversation.thinking or options.mode is not ThinkingMode.BUDGET:
        return None
    level = conversation.effort if options.offers(conversation.effort) else ""
    return BUDGET_BY_LEVEL.get(level or options.default_effort, MIN_BUDGET)


def reply_limit(chosen: int | None, default: int, model_max: int, budget: int | None = None) -> int:
    """max_tokens for one request.

    `chosen` is the conversation's own limit (None or 0: `default`); `budget` the thinking
    budget its level asks for, when the model thinks with one. The default is sized for the
    answer, so a budget goes on top of it. A limit set for the conversation is a ceiling on
    spend: the budget shrinks under it (thinking.budget_for), and only a limit too small for
    the API's smallest budget is raised, to `THINKING_FLOOR`: the user asked for thinking, and
    silently dropping it would be worse than about a thousand more tokens."""
    own = chosen is not None and chosen > 0
    limit = chosen if own and chosen is not None else default
    if budget is not None:
        limit = max(limit, THINKING_FLOOR) if own else limit + budget
    return max(1, min(limit, model_max))
