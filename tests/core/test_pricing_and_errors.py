"""Costs from the shipped price list, and errors in plain words."""

from __future__ import annotations

import pytest

from desktop_app.core.conversation import Usage
from desktop_app.core.errors import ApiError, ErrorKind, describe
from desktop_app.core.pricing import Pricing, format_cost


def test_cost_counts_each_kind_of_token_at_its_own_rate():
    pricing = Pricing.load()
    usage = Usage(
        input_tokens=10_000,
        output_tokens=10_000,
        cache_creation_input_tokens=30_000,
        cache_read_input_tokens=10_000,
        cache_creation_1h_input_tokens=20_000,
    )
    # Sonnet 4.6: $3 in, $15 out, $3.75 per 5-minute write, $6 per 1-hour write, $0.30 a hit.
    expected = (10_000 * 3 + 10_000 * 15 + 10_000 * 3.75 + 20_000 * 6 + 10_000 * 0.3) / 1e6
    assert pricing.cost("claude-sonnet-4-6", usage) == pytest.approx(expected)
    assert pricing.cost("claude-haiku-4-5-20251001", Usage(output_tokens=1000)) == pytest.approx(
        0.005
    )
    assert pricing.cost("claude-opus-4-1-20250805", Usage(input_tokens=1000)) == pytest.approx(
        0.015
    )
    assert pricing.cost("claude-opus-4-6", Usage(input_tokens=1000)) == pytest.approx(0.005)


def test_batch_prices_are_their_own_column():
    pricing = Pricing.load()
    usage = Usage(input_tokens=1000, output_tokens=1000)
    assert pricing.cost("claude-haiku-4-5", usage, batch=True) == pytest.approx(0.003)
    assert pricing.cost("claude-haiku-4-5", usage) == pytest.approx(0.006)


def test_a_long_prompt_puts_the_whole_request_in_the_higher_tier():
    pricing = Pricing.load()
    under = Usage(input_tokens=200_000, output_tokens=1000)
    over = Usage(input_tokens=150_000, cache_read_input_tokens=50_001, output_tokens=1000)
    assert pricing.cost("claude-sonnet-4-6", under) == pytest.approx(0.6 + 0.015)
    assert pricing.cost("claude-sonnet-4-6", over) == pytest.approx(
        (150_000 * 6 + 50_001 * 0.6 + 1000 * 22.5) / 1e6
    )
    # Haiku 4.5 has no higher tier.
    big = Usage(input_tokens=300_000)
    assert pricing.cost("claude-haiku-4-5", big) == pytest.approx(0.3)


def test_the_users_corrections_win_per_model(tmp_path):
    override = tmp_path / "pricing.json"
    override.write_text(
        '{"updated": "2027-01-01", "models": {"claude-haiku-4-5": {"input": 2, "output": 8,'
        ' "cache_write_5m": 2.5, "cache_write_1h": 4, "cache_read": 0.2, "batch": {"input": 1,'
        ' "output": 4, "cache_write_5m": 1.25, "cache_write_1h": 2, "cache_read": 0.1}},'
        ' "my-local-model": {"input": 0, "output": 0}}}',
        encoding="utf-8",
    )
    pricing = Pricing.load(override=override)
    assert pricing.cost("claude-haiku-4-5", Usage(input_tokens=100_000)) == pytest.approx(0.2)
    assert pricing.cost("claude-sonnet-4-6", Usage(input_tokens=100_000)) == pytest.approx(0.3)
    assert pricing.cost("my-local-model", Usage(input_tokens=5)) is None  # incomplete: unknown
    assert pricing.updated == "2027-01-01"


def test_what_caching_saved_is_against_the_same_prompt_uncached():
    pricing = Pricing.load()
    usage = Usage(input_tokens=100, output_tokens=0, cache_read_input_tokens=9_900)
    assert pricing.uncached_cost("claude-sonnet-4-6", usage) == pytest.approx(0.03)
    assert pricing.cost("claude-sonnet-4-6", usage) == pytest.approx((100 * 3 + 9_900 * 0.3) / 1e6)


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


def test_a_batch_answers_usage_is_priced_at_the_batch_price_wherever_it_is_shown():
    pricing = Pricing.load()
    answer = Usage.from_dict({"input_tokens": 1000, "output_tokens": 1000, "service_tier": "batch"})
    assert answer.batch and Usage.from_dict(answer.to_dict()) == answer
    assert pricing.cost("claude-haiku-4-5", answer) == pytest.approx(0.003)
    assert pricing.cost("claude-haiku-4-5", answer, batch=False) == pytest.approx(0.006)
    standard = Usage.from_dict({"input_tokens": 1000, "service_tier": "standard"})
    assert "service_tier" not in standard.to_dict()  # the usual tier is not stored again
