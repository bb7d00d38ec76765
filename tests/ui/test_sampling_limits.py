"""The Advanced panel's limits come from RequestOptions.problems alone: a field is narrowed
to the values a request would be taken with, turned off when none would, and a value set
before the rules changed is kept and said to be wrong."""

from __future__ import annotations

from desktop_app.core.request_options import RequestOptions
from desktop_app.ui.view_models.sampling_limits import limits

NEW = "claude-sonnet-4-6"  # temperature or top-p, not both
OLD = "claude-3-5-haiku-20241022"  # takes both


def test_nothing_set_everything_open_without_thinking() -> None:
    for limit in limits(RequestOptions(), NEW, thinking=False).values():
        assert limit.enabled and not limit.note and not limit.wrong
        assert (limit.low, limit.high) == (0.0, 1.0)


def test_temperature_and_top_p_exclude_each_other_on_newer_models_only() -> None:
    newer = limits(RequestOptions(temperature=0.3), NEW, thinking=False)
    assert not newer["top_p"].enabled and "not both" in newer["top_p"].note
    assert newer["temperature"].enabled and not newer["temperature"].note
    older = limits(RequestOptions(temperature=0.3), OLD, thinking=False)
    assert older["top_p"].enabled and not older["top_p"].note


def test_thinking_narrows_temperature_and_top_p_and_turns_top_k_off() -> None:
    found = limits(RequestOptions(stop_sequences=("끝",)), NEW, thinking=True)
    assert (found["temperature"].low, found["temperature"].high) == (1.0, 1.0)
    assert (found["top_p"].low, found["top_p"].high) == (0.95, 1.0)
    assert not found["top_k"].enabled and "top-k" in found["top_k"].note


def test_a_value_the_rules_now_refuse_is_kept_and_said_wrong() -> None:
    found = limits(RequestOptions(top_k=40, temperature=0.2), NEW, thinking=True)
    assert found["top_k"].enabled and found["top_k"].wrong
    assert found["temperature"].wrong and "only be 1" in found["temperature"].note
