"""Request rules for sampling: temperature, top_p, top_k and stop_sequences, with the API's
wording: ranges, temperature and top_p exclusive on the newer models, and what extended
thinking allows."""

from __future__ import annotations

from typing import Any

from tests.fakeapi.api_error import ApiError

EXCLUSIVE = ("claude-opus-4-1", "claude-opus-4-5", "claude-opus-4-6", "claude-opus-4-7",
             "claude-sonnet-4-5", "claude-sonnet-4-6", "claude-haiku-4-5")  # fmt: skip


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def sampling_rules(body: dict[str, Any], model: str) -> ApiError | None:
    for name, low, high in (("temperature", 0.0, 1.0), ("top_p", 0.0, 1.0)):
        value = body.get(name)
        if value is not None and (not _number(value) or not low <= value <= high):
            return ApiError.invalid(f"{name}: range: {low} <= {name} <= {high}")
    top_k = body.get("top_k")
    if top_k is not None and (not isinstance(top_k, int) or isinstance(top_k, bool) or top_k < 1):
        return ApiError.invalid("top_k: Input should be greater than or equal to 1")
    both = body.get("temperature") is not None and body.get("top_p") is not None
    if both and model.startswith(EXCLUSIVE):
        return ApiError.invalid(
            "`temperature` and `top_p` cannot both be specified for this model. "
            "Please use only one."
        )
    thinking = body.get("thinking")
    if isinstance(thinking, dict) and thinking.get("type") in ("enabled", "adaptive"):
        if body.get("temperature") not in (None, 1, 1.0):
            return ApiError.invalid(
                "`temperature` may only be set to 1 when thinking is enabled. Please consult "
                "our documentation at https://docs.claude.com/en/docs/build-with-claude/"
                "extended-thinking#important-considerations-when-using-extended-thinking"
            )
        if top_k is not None:
            return ApiError.invalid("`top_k` is not supported when thinking is enabled.")
        top_p = body.get("top_p")
        if top_p is not None and _number(top_p) and top_p < 0.95:
            return ApiError.invalid(
                "`top_p` must be greater than or equal to 0.95 when thinking is enabled."
            )
    stops = body.get("stop_sequences")
    if stops is not None:
        if not isinstance(stops, list) or not all(isinstance(s, str) for s in stops):
            return ApiError.invalid("stop_sequences: Input should be a valid list of strings")
        if any(not s.strip() for s in stops):
            return ApiError.invalid(
                "stop_sequences: each stop sequence must contain non-whitespace"
            )
    return None
