"""What each kind of model offers for thinking, and the parameters sent for a conversation."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core.conversation import Block, Conversation
from desktop_app.core.model_info import FALLBACK_MODELS, ModelInfo
from desktop_app.core.thinking import (
    BUDGET_LEVELS,
    MIN_BUDGET,
    NO_THINKING,
    ThinkingMode,
    budget_for,
    thinking_options,
    thinking_params,
)

SONNET_46, OPUS_46, HAIKU_45 = FALLBACK_MODELS


def caps(*, types: tuple[str, ...], efforts: tuple[str, ...] = (), xhigh: bool = False) -> Any:
    """Capabilities in the Models API's shape (xhigh only when the API lists it)."""
    effort: dict[str, Any] = {"supported": bool(efforts)}
    effort |= {k: {"supported": k in efforts} for k in ("low", "medium", "high", "max")}
    if xhigh:
        effort["xhigh"] = {"supported": "xhigh" in efforts}
    kinds = ("adaptive", "between_tools", "disabled", "enabled")
    return {
        "thinking": {
            "supported": bool(types),
            "types": {k: {"supported": k in types or k == "disabled"} for k in kinds},
        },
        "effort": effort,
    }


OPUS_45_LIKE = ModelInfo(
    "claude-opus-4-5",
    "Opus 4.5",
    capabilities=caps(types=("enabled",), efforts=("low", "medium", "high")),
)
NO_THINKING_MODEL = ModelInfo("claude-3-5-haiku-20241022", "Haiku 3.5", capabilities=caps(types=()))
OPUS_47_LIKE = ModelInfo(
    "claude-opus-4-7",
    "Opus 4.7",
    capabilities=caps(
        types=("adaptive",), efforts=("low", "medium", "high", "xhigh", "max"), xhigh=True
    ),
)


def conversation(model: ModelInfo, *, thinking: bool = True, effort: str = "") -> Conversation:
    return Conversation(1, "t", model.id, thinking=thinking, effort=effort)


def test_adaptive_models_offer_their_effort_levels_in_order() -> None:
    for model in (SONNET_46, OPUS_46):
        options = thinking_options(model)
        assert options.can_think and options.mode is ThinkingMode.ADAPTIVE
        assert options.efforts == ("low", "medium", "high", "max")
        assert options.levels == options.efforts
        assert options.default_effort == "high"  # the API's documented default
    newest = thinking_options(OPUS_47_LIKE)
    assert newest.efforts == ("low", "medium", "high", "xhigh", "max")


def test_budget_only_models_offer_budget_sizes_and_no_effort() -> None:
    options = thinking_options(HAIKU_45)
    assert options.can_think and options.mode is ThinkingMode.BUDGET
    assert options.efforts == ()
    assert options.levels == BUDGET_LEVELS
    assert options.default_effort == "medium"
    both = thinking_options(OPUS_45_LIKE)
    assert both.mode is ThinkingMode.BUDGET and both.efforts == ("low", "medium", "high")
    assert both.levels == both.efforts


def test_models_that_cannot_think_or_are_unknown_offer_nothing() -> None:
    assert thinking_options(NO_THINKING_MODEL) is NO_THINKING
    assert thinking_options(ModelInfo("claude-nova-9", "Nova")) is NO_THINKING
    assert NO_THINKING.levels == () and not NO_THINKING.offers("high")
    # A known id listed without capabilities (a proxy may drop them) borrows the built-in ones.
    bare = ModelInfo("claude-sonnet-4-6", "Claude Sonnet 4.6")
    assert thinking_options(bare) == thinking_options(SONNET_46)


def test_adaptive_params() -> None:
    assert thinking_params(SONNET_46, conversation(SONNET_46), 64_000) == {
        "thinking": {"type": "adaptive"}
    }
    assert thinking_params(OPUS_46, conversation(OPUS_46, effort="max"), 128_000) == {
        "thinking": {"type": "adaptive"},
        "output_config": {"effort": "max"},
    }


def test_budget_params_follow_the_level() -> None:
    chat = conversation(HAIKU_45)
    assert thinking_params(HAIKU_45, chat, 64_000) == {
        "thinking": {"type": "enabled", "budget_tokens": 8192}
    }
    high = conversation(HAIKU_45, effort="high")
    assert thinking_params(HAIKU_45, high, 64_000) == {
        "thinking": {"type": "enabled", "budget_tokens": 16384}
    }
    low = conversation(OPUS_45_LIKE, effort="low")
    assert thinking_params(OPUS_45_LIKE, low, 32_000) == {
        "thinking": {"type": "enabled", "budget_tokens": 2048},
        "output_config": {"effort": "low"},
    }


@pytest.mark.parametrize(
    ("model", "stored"),
    [(SONNET_46, "xhigh"), (SONNET_46, "extreme"), (HAIKU_45, "xhigh"), (OPUS_45_LIKE, "max")],
)
def test_a_stored_level_the_model_does_not_take_is_dropped(model: ModelInfo, stored: str) -> None:
    params = thinking_params(model, conversation(model, effort=stored), 64_000)
    assert "output_config" not in params
    assert params["thinking"] == thinking_params(model, conversation(model), 64_000)["thinking"]


def test_thinking_off_or_impossible_sends_nothing() -> None:
    for model in (SONNET_46, HAIKU_45, OPUS_45_LIKE):
        assert (
            thinking_params(model, conversation(model, thinking=False, effort="high"), 64_000) == {}
        )
    assert thinking_params(NO_THINKING_MODEL, conversation(NO_THINKING_MODEL), 8192) == {}
    unknown = ModelInfo("claude-nova-9", "Nova")
    assert thinking_params(unknown, conversation(unknown, effort="high"), 8192) == {}


def test_a_budget_always_fits_below_max_tokens() -> None:
    for max_tokens in (1025, 1500, 2048, 2049, 4096, 8192, 16384, 16385, 32000, 64_000):
        for level in (*BUDGET_LEVELS, "xhigh", "unknown"):
            budget = budget_for(level, max_tokens)
            assert budget is not None and MIN_BUDGET <= budget < max_tokens, (level, max_tokens)
    assert budget_for("max", 8192) == 7168  # room is kept for the answer
    assert budget_for("low", 1024) is None  # no budget the API takes fits
    assert thinking_params(HAIKU_45, conversation(HAIKU_45), 1024) == {}


def test_thinking_switched_on_mid_tool_round_waits_for_the_next_question() -> None:
    call: Block = {"type": "tool_use", "id": "t1", "name": "v", "input": {}}
    question: Block = {"role": "user", "content": [{"type": "text", "text": "Version?"}]}
    answer: Block = {
        "role": "user",
        "content": [{"type": "tool_result", "tool_use_id": "t1", "content": "1"}],
    }
    unthought = [question, {"role": "assistant", "content": [call]}, answer]
    assert thinking_params(HAIKU_45, conversation(HAIKU_45), 64_000, messages=unthought) == {}
    # Adaptive thinking may skip a turn's thinking anyway: nothing to hold back.
    assert thinking_params(SONNET_46, conversation(SONNET_46), 64_000, messages=unthought)
    thought: Block = {"type": "thinking", "thinking": "Call it.", "signature": "EsIg"}
    thought_first = [question, {"role": "assistant", "content": [thought, call]}, answer]
    assert thinking_params(HAIKU_45, conversation(HAIKU_45), 64_000, messages=thought_first)
    next_question = [
        *unthought,
        {"role": "assistant", "content": [{"type": "text", "text": "1"}]},
        {"role": "user", "content": [{"type": "text", "text": "Sure?"}]},
    ]
    assert thinking_params(HAIKU_45, conversation(HAIKU_45), 64_000, messages=next_question)
