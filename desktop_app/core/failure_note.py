"""How a failed reply keeps its error across restarts: a note in its row's stop_reason.

A FAILED reply never has an API stop reason of its own, so the column is free to say what
went wrong (`error:` and a small JSON object), and no migration is needed. A note that does
not read (an older Parley, an ErrorKind this version lacks) gives None, never an error.
"""

from __future__ import annotations

import json

from desktop_app.core.errors import ApiError, ErrorKind

PREFIX = "error:"


def failure_note(error: ApiError) -> str:
    """The note for `error`; a retry-after is left out, as it is stale once read again."""
    fields = {"kind": error.kind.value, "detail": error.detail, "status": error.status}
    if error.request_id:
        fields["request_id"] = error.request_id
    return PREFIX + json.dumps(fields, ensure_ascii=False, separators=(",", ":"))


def failure_from_note(note: str | None) -> ApiError | None:
    if not note or not note.startswith(PREFIX):
        return None
    try:
        fields = json.loads(note[len(PREFIX) :])
        kind = ErrorKind(fields["kind"])
    except (ValueError, KeyError, TypeError):
        return None
    detail, status, request_id = (fields.get(k) for k in ("detail", "status", "request_id"))
    return ApiError(
        kind,
        detail if isinstance(detail, str) else "",
        status if isinstance(status, int) else None,
        request_id=request_id if isinstance(request_id, str) else None,
    )
