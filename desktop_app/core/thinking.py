"""Extended thinking: what a model offers (from the Models API's capabilities) and what to send.

Adaptive models decide how much to think, steered by an effort level; older models need a
thinking budget in tokens, derived here from the same levels so one menu serves both.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop_app.core.conversation import Conversation
from desktop_app.core.model_info import FALLBACK_MODELS, ModelInfo

# Every level the API knows, weakest first; a model supports some of them.
EFFORT_LEVELS = ("low", "medium", "high", "xhigh", "max")
# The API's documented default effort for models that take one.
API_DEFAULT_EFFORT = "high"

# Budgets for models that need one. Roughly doubling per level, like the effort levels' cost;
# "max" stays at 32,000 because the documentation warns that budgets above 32k mostly wait on
# long requests (and risk timeouts) rather than improve answers.
BUDGET_BY_LEVEL = {"low": 2048, "medium": 8192, "high": 16384, "xhigh": 24576, "max": 32000}
# Levels offered as budgets to a model that takes no effort parameter.
BUDGET_LEVELS = ("low", "medium", "high", "max")
# Without a chosen level a budget-only model thinks a moderate amount: 8k tokens answers most
# questions without minutes of waiting.
DEFAULT_BUDGET_LEVEL = "medium"
MIN_BUDGET = 1024  # the API refuses less
ANSWER_ROOM = 1024  # tokens kept for the answer itself when max_tokens caps the budget


class ThinkingMode(StrEnum):
    ADAPTIVE = "adaptive"  # thinking={"type": "adaptive"}; effort steers it
    BUDGET = "budget"  # thinking={"type": "enabled", "budget_tokens": N}
    NONE = "none"  # the model cannot think (or its capabilities are unknown)


@dataclass(frozen=True, slots=True)
class ThinkingOptions:
    """What a model offers: whether it thinks, how it is asked to, and the effort levels."""

    can_think: bool
    mode: ThinkingMode
    efforts: tuple[str, ...]  # output_config.effort levels the model takes, weakest first
    default_effort: str  # the level used when a conversation chose none ("" when none)

    @property
    def levels(self) -> tuple[str, ...]:
        """The levels a menu offers: effort levels, or budget sizes for a budget-only model."""
        if not self.can_think:
            return ()
        if self.efforts:
            return self.efforts
        return BUDGET_LEVELS if self.mode is ThinkingMode.BUDGET else ()

    def offers(self, level: str) -> bool:
        return bool(level) and level in self.levels


NO_THINKING = ThinkingOptions(False, ThinkingMode.NONE, (), "")


def _supported(capabilities: dict[str, Any], *path: str) -> bool:
    node: Any = capabilities
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return isinstance(node, dict) and node.get("supported") is True


def _capabilities(model: ModelInfo) -> dict[str, Any]:
    """The model's capabilities; a model listed without them borrows the built-in entry of the
    same id (a proxy may leave the field out). Any other unknown model offers no thinking:
    a guessed parameter would only earn a 400."""
    if model.capabilities:
        return model.capabilities
    known = next((m for m in FALLBACK_MODELS if m.id == model.id), None)
    return known.capabilities if known is not None else {}


def thinking_options(model: ModelInfo) -> ThinkingOptions:
    caps = _capabilities(model)
    if not _supported(caps, "thinking"):
        return NO_THINKING
    if _supported(caps, "thinking", "types", "adaptive"):
        mode = ThinkingMode.ADAPTIVE
    elif _supported(caps, "thinking", "types", "enabled"):
        mode = ThinkingMode.BUDGET
    else:
        return NO_THINKING
    efforts: tuple[str, ...] = ()
    if _supported(caps, "effort"):
        efforts = tuple(level for level in EFFORT_LEVELS if _supported(caps, "effort", level))
    if efforts:
        default = API_DEFAULT_EFFORT if API_DEFAULT_EFFORT in efforts else efforts[-1]
    elif mode is ThinkingMode.BUDGET:
        default = DEFAULT_BUDGET_LEVEL
    else:
        default = ""
    return ThinkingOptions(True, mode, efforts, default)


def budget_for(level: str, max_tokens: int) -> int | None:
    """budget_tokens for a level, below `max_tokens` with room for the answer; None when
    `max_tokens` is too small for the API's minimum budget."""
    budget = max(MIN_BUDGET, min(BUDGET_BY_LEVEL.get(level, 0), max_tokens - ANSWER_ROOM))
    return budget if budget < max_tokens else None


def _mid_turn_without_thinking(messages: list[dict[str, Any]]) -> bool:
    """The request continues a tool round whose assistant turn began without thinking.

    A tool loop is one assistant turn; with a budget the API wants that turn to open with a
    thinking block, so thinking switched on mid-loop waits for the next question."""
    if len(messages) < 2 or messages[-1].get("role") != "user":
        return False
    answers = messages[-1].get("content")
    if not isinstance(answers, list) or not any(b.get("type") == "tool_result" for b in answers):
        return False
    blocks = messages[-2].get("content")
    first = blocks[0].get("type") if isinstance(blocks, list) and blocks else None
    return first not in ("thinking", "redacted_thinking")


def thinking_params(
    model: ModelInfo,
    conversation: Conversation,
    max_tokens: int,
    *,
    messages: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Extra Messages API parameters (`thinking`, `output_config`) for the conversation's
    switch and effort level; {} when thinking is off or the model cannot think.

    The effort level goes only with thinking on (the switch and the level are one control);
    a stored level the model does not take is dropped, never sent."""
    options = thinking_options(model)
    if not conversation.thinking or not options.can_think:
        return {}
    level = conversation.effort if options.offers(conversation.effort) else ""
    params: dict[str, Any] = {}
    if options.mode is ThinkingMode.ADAPTIVE:
        params["thinking"] = {"type": "adaptive"}
    else:
        budget = budget_for(level or options.default_effort, max_tokens)
        if budget is None or (messages and _mid_turn_without_thinking(messages)):
            return {}
        params["thinking"] = {"type": "enabled", "budget_tokens": budget}
    if level in options.efforts:
        params["output_config"] = {"effort": level}
    return params
