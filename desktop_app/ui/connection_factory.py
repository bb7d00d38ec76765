"""Claude's side of the window: the connection with its model list, prices and usage ledger.

Made after the first paint, when the window attaches its workings: its modules (~10 ms)
are nothing the list and the composer need to paint.
"""

from __future__ import annotations

import os

from desktop_app import paths
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.pricing import Pricing
from desktop_app.core.settings import Settings
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.usage_ledger import SqliteUsageLedger
from desktop_app.ui.claude_connection import ClaudeConnection


def make_connection(
    store: SqliteConversationStore, settings: Settings
) -> tuple[ClaudeConnection, Pricing]:
    """The connection (not started) and the prices it counts with. Replies kept from before
    the ledger existed are priced into it here, once (a scan of the ledger)."""
    pricing = Pricing.load(override=paths.pricing_override_path())
    ledger = SqliteUsageLedger(paths.database_path())
    ledger.price_unpriced(pricing)
    connection = ClaudeConnection(
        store,
        ModelCatalogue(paths.models_cache_path(), pricing),
        base_url=os.environ.get("ANTHROPIC_BASE_URL") or settings.base_url or None,
        prompt_caching=settings.prompt_caching,
        ledger=ledger,
        pricing=pricing,
    )
    return connection, pricing
