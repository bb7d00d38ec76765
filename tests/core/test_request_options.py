"""Sampling options: the model's rules in the user's words, JSON kept leniently, and the
store keeping them per conversation (none set: no row)."""

from __future__ import annotations

import pytest

from desktop_app.core.request_options import RequestOptions


@pytest.mark.parametrize(
    ("options", "model", "thinking", "wanted"),
    [
        (RequestOptions(temperature=0.5, top_p=0.9), "claude-sonnet-4-6", False, "not both"),
        (RequestOptions(temperature=0.5, top_p=0.9), "claude-sonnet-4-0", False, None),
        (RequestOptions(temperature=1.2), "claude-sonnet-4-0", False, "between 0 and 1"),
        (RequestOptions(top_k=0), "claude-sonnet-4-0", False, "above 0"),
        (RequestOptions(temperature=0.3), "claude-sonnet-4-6", True, "can only be 1"),
        (RequestOptions(temperature=1.0), "claude-sonnet-4-6", True, None),
        (RequestOptions(top_k=5), "claude-sonnet-4-6", True, "top-k"),
        (RequestOptions(top_p=0.9), "claude-sonnet-4-6", True, "0.95"),
        (RequestOptions(top_p=0.97), "claude-sonnet-4-6", True, None),
        (RequestOptions(stop_sequences=("\n\n", " ")), "claude-sonnet-4-6", False, "spaces"),
    ],
)
def test_the_models_rules(options, model, thinking, wanted) -> None:
    problems = options.problems(model, thinking=thinking)
    if wanted is None:
        assert problems == []
    else:
        assert any(wanted in p for p in problems), problems


def test_json_round_trip_and_damaged_values() -> None:
    options = RequestOptions(0.2, None, 40, ("###", "끝"))
    assert RequestOptions.from_json(options.to_json()) == options
    assert RequestOptions.from_json(
        {"temperature": "hot", "top_k": 2.5, "stop_sequences": [1, "x"]}
    ) == RequestOptions(stop_sequences=("x",))
    assert RequestOptions.from_json(None) == RequestOptions()
    assert RequestOptions().empty and RequestOptions().params() == {}


def test_the_store_keeps_options_per_conversation(store) -> None:
    first = store.create_conversation("claude-sonnet-4-6")
    second = store.create_conversation("claude-sonnet-4-6")
    store.set_request_options(first.id, RequestOptions(temperature=0.1, stop_sequences=("끝",)))
    assert store.request_options(first.id) == RequestOptions(
        temperature=0.1, stop_sequences=("끝",)
    )
    assert store.request_options(second.id) == RequestOptions()
    store.set_request_options(first.id, RequestOptions())
    assert store.request_options(first.id) == RequestOptions()
