"""When to ask again after a failure that happened before any of the reply arrived.

The SDK's own retries are off: it obeys any `retry-after`, however long, with
the UI none the wiser. Here a wait longer than `max_wait` is not waited out but
shown to the user, and every retry is announced as an event.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from desktop_app.core.errors import ApiError, ErrorKind

RETRYABLE = frozenset(
    {ErrorKind.RATE_LIMITED, ErrorKind.OVERLOADED, ErrorKind.SERVER, ErrorKind.OFFLINE}
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 2
    max_wait: float = 20.0  # seconds; longer waits are reported instead
    base_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, error: ApiError, attempt: int) -> float | None:
        """Seconds to wait before retry number `attempt + 1`, or None to give up."""
        if attempt >= self.max_retries or error.kind not in RETRYABLE:
            return None
        if error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.max_wait else None
        backoff = min(self.base_delay * 2**attempt, self.max_delay)
        return backoff * (1 - 0.25 * random.random())  # jitter spreads out a crowd of clients


NO_RETRIES = RetryPolicy(max_retries=0)
