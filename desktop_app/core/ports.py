"""The ports the core talks through; adapters in `claude/` and `storage/` fill them."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Protocol

from desktop_app.core.conversation import (
    Block,
    Conversation,
    Message,
    MessageState,
    Role,
    SearchHit,
    Usage,
)
from desktop_app.core.events import WireEvent
from desktop_app.core.ledger import LedgerEntry
from desktop_app.core.model_info import ModelInfo
from desktop_app.core.request import Request


class ClaudeClient(Protocol):
    """Speaks to the Messages API. Raises `ApiError` for every failure."""

    def stream(self, request: Request) -> AsyncGenerator[WireEvent, None]:
        """Stream one reply as wire events; cancelling the iteration closes the connection."""
        ...

    async def complete(self, request: Request) -> list[Block]:
        """One reply, not streamed (used for short jobs such as titles)."""
        ...

    async def list_models(self) -> list[ModelInfo]: ...


class UsageLedger(Protocol):
    """Where spending is recorded, one entry per priced request."""

    def record(self, entry: LedgerEntry) -> None:
        """Add the entry; an entry for a message already recorded replaces it."""
        ...


class AttachmentSource(Protocol):
    """Where attached files' prepared bytes are kept, by the sha256 of those bytes."""

    def contains(self, sha256: str) -> bool:
        """Whether the bytes are there; cheap (no read)."""
        ...

    def load(self, sha256: str) -> bytes:
        """The bytes; raises `AttachmentError` when they are missing, unreadable or damaged."""
        ...


class ConversationStore(Protocol):
    """Where conversations live. Every call is short; writes are durable on return."""

    def create_conversation(
        self,
        model: str,
        system_prompt: str = "",
        title: str = "",
        *,
        continued_from: int | None = None,
    ) -> Conversation: ...

    def get_conversation(self, conversation_id: int) -> Conversation: ...

    def list_conversations(self) -> list[Conversation]:
        """Newest activity first; deleted conversations are left out."""
        ...

    def update_conversation(
        self,
        conversation_id: int,
        *,
        title: str | None = None,
        model: str | None = None,
        system_prompt: str | None = None,
        thinking: bool | None = None,
        effort: str | None = None,
        max_tokens: int | None = None,
        cache_ttl: str | None = None,
    ) -> Conversation:
        """None leaves a field as it is; `max_tokens` 0 goes back to the settings' default."""
        ...

    def delete_conversation(self, conversation_id: int) -> None:
        """Hide the conversation; `restore_conversation` undoes it until `purge_deleted`."""
        ...

    def restore_conversation(self, conversation_id: int) -> None: ...

    def purge_deleted(self) -> int: ...

    def messages(self, conversation_id: int) -> list[Message]:
        """The branch shown, oldest first."""
        ...

    def spending(self, conversation_id: int) -> list[tuple[str | None, Usage]]:
        """Every reply's usage on every branch, summed per model: what the conversation cost."""
        ...

    def siblings(self, conversation_id: int) -> dict[int, tuple[int, ...]]:
        """For each message with alternatives (edits, regenerations): all of them, oldest first."""
        ...

    def set_head(self, conversation_id: int, message_id: int | None) -> None:
        """Show the branch ending at `message_id`; the next message added follows it."""
        ...

    def show_branch(self, message_id: int) -> int:
        """Show the newest branch through `message_id`; returns its conversation's id."""
        ...

    def add_message(
        self,
        conversation_id: int,
        role: Role,
        content: list[Block],
        *,
        state: MessageState = MessageState.COMPLETE,
        model: str | None = None,
        usage: Usage | None = None,
        stop_reason: str | None = None,
    ) -> Message:
        """Add a message after the branch's last one; it becomes the branch's end."""
        ...

    def update_message(
        self,
        message_id: int,
        content: list[Block],
        *,
        state: MessageState,
        usage: Usage | None = None,
        stop_reason: str | None = None,
    ) -> Message: ...

    def delete_message(self, message_id: int) -> None:
        """Delete the message and the branch that follows it."""
        ...

    def search(self, query: str, limit: int = 50) -> list[SearchHit]: ...

    def changed_elsewhere(self) -> bool:
        """Whether another process wrote since the last call (the CLI beside the window)."""
        ...

    def mark_interrupted(self) -> int:
        """Turn every STREAMING message into INTERRUPTED; run once at start-up."""
        ...
