"""What an exchange, a title and a summary need from the chat session, as ports.

`ChatSession` provides all of it; `ReplyStream`, `Titler` and the summary take these
Protocols instead of the session class, so the session can import them without a circle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from desktop_app.core.conversation import Usage
from desktop_app.core.events import TitleChanged
from desktop_app.core.file_uploads import FileUploads
from desktop_app.core.ledger import Spend
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.permissions import PermissionGate, PermissionPolicy
from desktop_app.core.ports import ClaudeClient, ConversationStore
from desktop_app.core.request import Request
from desktop_app.core.retry_policy import RetryPolicy
from desktop_app.core.tool_calls import ToolSource


class TitleNamer(Protocol):
    async def name(self, conversation_id: int, *, ask: bool = True) -> TitleChanged | None: ...


class SpendingServices(Protocol):
    """Enough to ask Claude something on the side and pay for it: titles, summaries."""

    store: ConversationStore
    client: ClaudeClient
    catalogue: ModelCatalogue

    def record_spend(
        self,
        kind: Spend,
        model: str,
        usage: Usage,
        conversation_id: int | None = None,
        message_id: int | None = None,
    ) -> None: ...


class ExchangeServices(SpendingServices, Protocol):
    """Everything one exchange (the reply, its tool rounds, the title) uses."""

    flush_interval: float
    idle_timeout: float
    max_tool_rounds: int
    retry_policy: RetryPolicy
    clock: Callable[[], float]
    tools: ToolSource
    gate: PermissionGate | None
    policy: PermissionPolicy
    uploads: FileUploads | None

    @property
    def titler(self) -> TitleNamer: ...

    async def resolved_request(self, conversation_id: int, leaf: int | None = None) -> Request: ...
