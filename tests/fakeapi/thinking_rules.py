"""The API's rules for `thinking` and `output_config.effort`, checked against the model's
capabilities in the catalogue, with the real API's wording.

Models outside the catalogue (ids kept for old recordings) have no capabilities here; only the
budget's own rules apply to them.
"""

from __future__ import annotations

from typing import Any

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.catalogue import find_model

_MIN_BUDGET = 1024
_TYPES = ("adaptive", "between_tools", "disabled", "enabled")
_EFFORTS = ("low", "medium", "high", "xhigh", "max")
# Seen from the real API (2026); the cassettes hold the effort-level one.
_NO_ADAPTIVE = "adaptive thinking is not supported on this model"
_NO_EFFORT = "This model does not support the effort parameter."


def _supported(node: Any, *path: str) -> bool:
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return isinstance(node, dict) and node.get("supported") is True


def _capabilities(body: dict[str, Any], models: list[dict[str, Any]]) -> dict[str, Any] | None:
    entry = find_model(models, body["model"])
    caps = entry.get("capabilities") if entry else None
    return caps if isinstance(caps, dict) else None


def _budget_rules(
    thinking: dict[str, Any], body: dict[str, Any], counting: bool
) -> ApiError | None:
    budget = thinking.get("budget_tokens")
    if not isinstance(budget, int) or isinstance(budget, bool):
        return ApiError.invalid("thinking.enabled.budget_tokens: Field required")
    if budget < _MIN_BUDGET:
        return ApiError.invalid(
            "thinking.enabled.budget_tokens: Input should be greater than or equal to 1024"
        )
    if not counting and budget >= body["max_tokens"]:
        return ApiError.invalid("`max_tokens` must be greater than `thinking.budget_tokens`")
    return None


def _type_rules(kind: str, caps: dict[str, Any] | None) -> ApiError | None:
    if caps is None or _supported(caps, "thinking", "types", kind):
        return None
    if kind == "adaptive":
        return ApiError.invalid(_NO_ADAPTIVE)
    if kind == "enabled" and _supported(caps, "thinking", "types", "adaptive"):
        return ApiError.invalid(
            '"thinking.type.enabled" is not supported for this model. Use '
            '"thinking.type.adaptive" and "output_config.effort" to control thinking behavior.'
        )
    return ApiError.invalid(f'"thinking.type.{kind}" is not supported for this model.')


def _effort_rules(body: dict[str, Any], caps: dict[str, Any] | None) -> ApiError | None:
    config = body.get("output_config")
    if config is None:
        return None
    if not isinstance(config, dict):
        return ApiError.invalid("output_config: Input should be a valid dictionary")
    effort = config.get("effort")
    if effort is None:
        return None
    if effort not in _EFFORTS:
        return ApiError.invalid(
            "output_config.effort: Input should be 'low', 'medium', 'high', 'xhigh' or 'max'"
        )
    if caps is None:
        return None
    if not _supported(caps, "effort"):
        return ApiError.invalid(_NO_EFFORT)
    if not _supported(caps, "effort", effort):
        levels = sorted(level for level in _EFFORTS if _supported(caps, "effort", level))
        return ApiError.invalid(
            f"This model does not support effort level '{effort}'. "
            f"Supported levels: {', '.join(levels)}."
        )
    return None


def thinking_rules(
    body: dict[str, Any], models: list[dict[str, Any]], *, counting: bool = False
) -> ApiError | None:
    """The error the API gives for this body's thinking or effort settings, if any."""
    caps = _capabilities(body, models)
    thinking = body.get("thinking")
    if thinking is not None:
        if not isinstance(thinking, dict):
            return ApiError.invalid("thinking: Input should be a valid dictionary")
        kind = thinking.get("type")
        if kind not in _TYPES:
            tags = ", ".join(f"'{t}'" for t in _TYPES)
            return ApiError.invalid(
                f"thinking: Input tag '{kind}' found using 'type' does not match any of the "
                f"expected tags: {tags}"
            )
        # The shape is checked before the model: a budget's own rules come first.
        if kind == "enabled" and (error := _budget_rules(thinking, body, counting)):
            return error
        if error := _type_rules(kind, caps):
            return error
    return _effort_rules(body, caps)
