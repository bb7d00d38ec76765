"""Costs from the shipped price list, and errors in plain words."""

from __future__ import annotations

import pytest

from desktop_app.core.conversation import Usage
from desktop_app.core.errors import ApiError, ErrorKind, describe
from desktop_app.core.pricing import Pricing, format_cost


def test_cost_counts_cache_writes_and_reads_at_their_own_rates():
    pricing = Pricing.load()
    usage = Usage(
        input_tokens=1_000_000,
        output_tokens=1_000_000,
        cache_creation_input_tokens=1_000_000,
        cache_read_input_tokens=1_000_000,
    )
    # Sonnet: $3 in, $15 out, writes 1.25×, reads 0.1× of input.
    assert pricing.cost("claude-sonnet-4-6", usage) == pytest.approx(3 + 15 + 3.75 + 0.3)
    assert pricing.cost("claude-haiku-4-5-20251001", Usage(output_tokens=1000)) == pytest.approx(
        0.005
    )
    assert pricing.cost("claude-opus-4-1-20250805", Usage(input_tokens=1000)) == pytest.approx(
        0.015
    )
    assert pricing.cost("claude-opus-4-6", Usage(input_tokens=1000)) == pytest.approx(0.005)


def test_unknown_models_cost_unknown_not_a_guess():
    assert Pricing.load().cost("gpt-5", Usage(input_tokens=10)) is None
    assert format_cost(None) == "cost unknown"
    assert format_cost(0.00123) == "$0.0012"
    assert format_cost(1.5) == "$1.50"


@pytest.mark.parametrize("kind", list(ErrorKind))
def test_every_error_has_a_plain_sentence(kind):
    text = describe(ApiError(kind, detail="server words", retry_after=12))
    assert text and "Traceback" not in text and text[0].isupper()


def test_waits_and_details_are_shown_where_they_help():
    assert "Try again in 30 s" in describe(ApiError(ErrorKind.RATE_LIMITED, retry_after=30))
    assert "(prompt is too long)" in describe(
        ApiError(ErrorKind.INVALID_REQUEST, detail="prompt is too long")
    )
