"""cache_share: how much of a long conversation's prompt the cache serves, and what it saves.

A 20-turn conversation with a 5,000-token system prompt goes through ChatSession and the real
SDK to the local API (whose cache accounts like the API's). Prints `cache_read_share` (input
tokens of turns 2–20 read from the cache; goal ≥ 0.90) and `cost_ratio_vs_uncached` (the
conversation's cost over the same requests' cost without caching, output included; goal ≤ 0.25).
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

MODEL = "claude-sonnet-4-6"  # minimum cacheable length 1,024 tokens: the prompt is far above
TURNS = 20
SYSTEM_TOKENS = 5_000
# A short answer of ~80 tokens, as a chat reply about a review point often is.
REPLY = "검토 결과: the change keeps the wire format; one field is renamed, see line 12. " * 4


def _system_prompt() -> str:
    from tests.fakeapi.token_estimate import text_tokens

    rule = "규칙: Review each release note for wire-format drift and name the field. "
    text = ""
    while text_tokens(text) < SYSTEM_TOKENS:
        text += rule
    return text


async def _converse(server, home: Path) -> list:
    from desktop_app.claude.client import AnthropicClient
    from desktop_app.core.chat_session import ChatSession
    from desktop_app.core.conversation import Role
    from desktop_app.core.model_catalogue import ModelCatalogue
    from desktop_app.storage.conversation_store import SqliteConversationStore
    from tests.fakeapi import Reply

    store = SqliteConversationStore(home / "bench.sqlite3")
    session = ChatSession(
        store, AnthropicClient("bench", server.url), ModelCatalogue(home / "models.json")
    )
    conversation = store.create_conversation(MODEL, _system_prompt(), "bench")
    for turn in range(TURNS):
        server.queue(Reply.text(REPLY, chunk=40))
        async for _ in session.send(conversation.id, f"{turn + 1}번째: 다음 노트를 봐 주세요."):
            pass
    usages = [m.usage for m in store.messages(conversation.id) if m.role is Role.ASSISTANT]
    store.close()
    return usages


def run() -> None:
    from desktop_app.core.pricing import Pricing, prompt_tokens
    from tests.fakeapi import FakeApi

    with tempfile.TemporaryDirectory() as tmp, FakeApi() as server:
        server.token_delay = 0.0
        usages = asyncio.run(_converse(server, Path(tmp)))
    if len(usages) != TURNS or any(u is None for u in usages):
        raise RuntimeError(f"expected {TURNS} replies with usage, got {usages}")
    later = usages[1:]
    share = sum(u.cache_read_input_tokens for u in later) / sum(prompt_tokens(u) for u in later)
    pricing = Pricing.load()
    cached = sum(pricing.cost(MODEL, u) or 0.0 for u in usages)
    uncached = sum(pricing.uncached_cost(MODEL, u) or 0.0 for u in usages)
    print(f"cache_model: {MODEL}")
    print(f"cache_read_share: {share:.3f}")
    print(f"cost_ratio_vs_uncached: {cached / uncached:.3f}")
