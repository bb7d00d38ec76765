"""The API's error value: HTTP status, error type and message, and its JSON body.

Default types and messages follow the documented error table ("Errors" page of the API docs);
401's default is the wording recorded from the real API.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_DEFAULTS: dict[int, tuple[str, str]] = {
    400: (
        "invalid_request_error",
        "There was an issue with the format or content of your request.",
    ),
    401: ("authentication_error", "invalid x-api-key"),
    402: ("billing_error", "There is an issue with your billing or payment information."),
    403: (
        "permission_error",
        "Your API key does not have permission to use the specified resource.",
    ),
    404: ("not_found_error", "The requested resource could not be found."),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
    429: ("rate_limit_error", "Your account has hit a rate limit."),
    500: ("api_error", "An unexpected error has occurred internal to Anthropic's systems."),
    504: ("timeout_error", "Request timeout"),
    529: ("overloaded_error", "Overloaded"),
}

# The status a non-streaming request gets for an error that a stream would carry in `event: error`.
_STATUS_BY_TYPE: dict[str, int] = {kind: status for status, (kind, _) in _DEFAULTS.items()}

# Statuses the SDK retries by default; the real API says so explicitly with x-should-retry.
RETRYABLE_STATUSES = frozenset({408, 409, 429}) | frozenset(range(500, 600))


@dataclass(frozen=True, slots=True)
class ApiError:
    """One error response of the API."""

    status: int
    error_type: str
    message: str

    @classmethod
    def of(cls, status: int, error_type: str | None = None, message: str | None = None) -> ApiError:
        fallback = ("api_error", "Internal server error") if status >= 500 else _DEFAULTS[400]
        default_type, default_message = _DEFAULTS.get(status, fallback)
        return cls(status, error_type or default_type, message or default_message)

    @classmethod
    def invalid(cls, message: str) -> ApiError:
        return cls(400, "invalid_request_error", message)

    @classmethod
    def from_type(cls, error_type: str, message: str) -> ApiError:
        return cls(_STATUS_BY_TYPE.get(error_type, 500), error_type, message)

    def error_object(self) -> dict[str, Any]:
        return {"type": self.error_type, "message": self.message}

    def body(self, request_id: str) -> dict[str, Any]:
        return {"type": "error", "error": self.error_object(), "request_id": request_id}

    @property
    def should_retry(self) -> bool:
        return self.status in RETRYABLE_STATUSES
