"""Rows to values and back: how conversations and messages are laid out in SQLite.

Content and usage are JSON text; the content is the exact API blocks, so it loads back
unchanged. `searchable_text` is the plain-text copy the search indexes read.
"""

from __future__ import annotations

import json
import time
import unicodedata
from typing import Any, Final

from desktop_app.core.conversation import (
    STALE_AFTER,
    Block,
    Conversation,
    Message,
    MessageState,
    Role,
    Usage,
)

BEFORE_M010_COLUMNS: Final = (
    "id, title, model, system_prompt, created_at, updated_at, thinking, effort, max_tokens,"
    " cache_ttl, continued_from"
)
CONVERSATION_COLUMNS: Final = (
    "id, title, model, system_prompt, created_at, updated_at, thinking, effort, max_tokens,"
    " cache_ttl, continued_from, pinned_at, archived_at, project_id, organised_at"
)
MESSAGE_COLUMNS: Final = (
    "id, conversation_id, role, content, state, model, usage, stop_reason, created_at,"
    " parent_id, finished_at, updated_at"
)


def searchable_text(content: list[Block]) -> str:
    """The text blocks' text, NFC-normalised so composed and decomposed Hangul match alike."""
    parts = [
        block["text"]
        for block in content
        if block.get("type") == "text" and isinstance(block.get("text"), str)
    ]
    return unicodedata.normalize("NFC", "\n\n".join(part for part in parts if part))


def to_json(value: Any) -> str:
    """Compact JSON keeping non-ASCII text as is (Korean stays readable and small)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def conversation_from_row(row: tuple[Any, ...]) -> Conversation:
    return Conversation(
        id=row[0],
        title=row[1],
        model=row[2],
        system_prompt=row[3],
        created_at=row[4],
        updated_at=row[5],
        thinking=bool(row[6]),
        effort=row[7],
        max_tokens=row[8],
        cache_ttl=row[9],
        continued_from=row[10],
        **_organising(row[11:]),
    )


def _organising(columns: tuple[Any, ...]) -> dict[str, Any]:
    """m010's columns; absent when a test fills a database of an older release."""
    if not columns:
        return {}
    pinned_at, archived_at, project_id, organised_at = columns
    return {
        "pinned_at": pinned_at,
        "archived_at": archived_at,
        "project_id": project_id,
        "organised_at": organised_at or 0.0,
    }


def usage_to_json(usage: Usage | None) -> str | None:
    return to_json(usage.to_dict()) if usage is not None else None


def message_from_row(row: tuple[Any, ...]) -> Message:
    """The message; a STREAMING one whose heartbeat stopped reads as INTERRUPTED at once,
    before any start-up has marked it so (its process died)."""
    state = MessageState(row[4])
    updated_at = row[11] if row[11] is not None else row[8]
    if state is MessageState.STREAMING and updated_at < time.time() - STALE_AFTER:
        state = MessageState.INTERRUPTED
    return Message(
        id=row[0],
        conversation_id=row[1],
        role=Role(row[2]),
        content=json.loads(row[3]),
        state=state,
        model=row[5],
        usage=Usage.from_dict(json.loads(row[6])) if row[6] is not None else None,
        stop_reason=row[7],
        created_at=row[8],
        parent_id=row[9],
        finished_at=row[10],
        updated_at=updated_at,
    )
