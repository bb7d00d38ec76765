"""API failures in plain words, independent of the SDK that raised them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.i18n import translate


class ErrorKind(StrEnum):
    AUTH = "auth"  # 401: the key is wrong or revoked
    PERMISSION = "permission"  # 403
    NOT_FOUND = "not_found"  # 404: usually an unknown model
    TOO_LARGE = "too_large"  # 413
    INVALID_REQUEST = "invalid_request"  # 400
    RATE_LIMITED = "rate_limited"  # 429
    OVERLOADED = "overloaded"  # 529 or an overloaded_error event mid-stream
    SERVER = "server"  # 500 and other 5xx
    OFFLINE = "offline"  # could not connect at all
    DROPPED = "dropped"  # the connection broke mid-reply
    CUT_SHORT = "cut_short"  # the stream ended cleanly but before message_stop
    STALLED = "stalled"  # no data for too long; our watchdog gave up
    MALFORMED = "malformed"  # the server answered something we cannot read


@dataclass(frozen=True, slots=True)
class ApiError(Exception):
    kind: ErrorKind
    detail: str = ""
    status: int | None = None
    retry_after: float | None = None
    request_id: str | None = None

    def __str__(self) -> str:
        return describe(self)

    @property
    def retryable(self) -> bool:
        return self.kind not in (ErrorKind.AUTH, ErrorKind.PERMISSION, ErrorKind.INVALID_REQUEST)


def describe(error: ApiError) -> str:
    """One plain sentence for the user; the server's own words follow where useful."""
    wait = (
        " "
        + translate("Errors", "Try again in {seconds} s.").format(seconds=round(error.retry_after))
        if error.retry_after
        else ""
    )
    match error.kind:
        case ErrorKind.AUTH:
            text = translate("Errors", "The API key was refused. Enter a valid key and try again.")
        case ErrorKind.PERMISSION:
            text = translate("Errors", "This API key is not allowed to do that.")
        case ErrorKind.NOT_FOUND:
            text = translate("Errors", "The API does not know that model or resource.")
        case ErrorKind.TOO_LARGE:
            text = translate("Errors", "The request is too large for the API.")
        case ErrorKind.INVALID_REQUEST:
            text = translate("Errors", "The API rejected the request.")
        case ErrorKind.RATE_LIMITED:
            text = translate("Errors", "Rate limit reached.") + (
                wait or " " + translate("Errors", "Wait a moment and try again.")
            )
        case ErrorKind.OVERLOADED:
            text = translate("Errors", "Claude is overloaded right now.") + (
                wait or " " + translate("Errors", "Try again shortly.")
            )
        case ErrorKind.SERVER:
            text = translate("Errors", "The API had an internal error.") + (
                wait or " " + translate("Errors", "Try again shortly.")
            )
        case ErrorKind.OFFLINE:
            text = translate("Errors", "Can't reach the API. You appear to be offline.")
        case ErrorKind.DROPPED:
            text = translate("Errors", "The connection was lost mid-reply; what arrived is kept.")
        case ErrorKind.CUT_SHORT:
            text = translate(
                "Errors", "The connection closed before the reply ended; what arrived is kept."
            )
        case ErrorKind.STALLED:
            text = translate("Errors", "The reply stalled: no data arrived for too long.")
        case ErrorKind.MALFORMED:
            text = translate("Errors", "The server sent a reply Parley could not read.")
    if error.detail and error.kind in (
        ErrorKind.INVALID_REQUEST,
        ErrorKind.NOT_FOUND,
        ErrorKind.TOO_LARGE,
        ErrorKind.PERMISSION,
        ErrorKind.MALFORMED,
    ):
        text += f" ({error.detail})"
    return text
