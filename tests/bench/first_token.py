"""first_token: the app's pipeline against the raw SDK, to the first text on the same local API.

Both sides stream the same scripted reply from one local server; the app's side
goes through ChatSession (SQLite writes, request building, event translation).
Prints `first_token_app_ms`, `first_token_sdk_ms` and their difference
`first_token_overhead_ms` (medians of interleaved runs; goal ≤ 10 ms).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 40


async def _sdk_first_token(sdk, model: str) -> float:
    start = time.perf_counter()
    stream = await sdk.messages.create(
        model=model, max_tokens=1024, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    try:
        async for event in stream:
            if event.type == "content_block_delta" and event.delta.type == "text_delta":
                return time.perf_counter() - start
    finally:
        await stream.close()
    raise RuntimeError("no text arrived")


async def _app_first_token(session, conversation_id: int) -> float:
    from desktop_app.core.events import TextDelta

    start = time.perf_counter()
    elapsed: float | None = None
    reply = session.send(conversation_id, "hi")
    async for event in reply:
        if elapsed is None and isinstance(event, TextDelta):
            elapsed = time.perf_counter() - start
    if elapsed is None:
        raise RuntimeError("no text arrived")
    return elapsed


async def _measure(server, home: Path) -> tuple[list[float], list[float]]:
    import anthropic

    from desktop_app.claude.client import AnthropicClient
    from desktop_app.core.chat_session import ChatSession
    from desktop_app.core.model_catalogue import ModelCatalogue
    from desktop_app.storage.conversation_store import SqliteConversationStore
    from tests.fakeapi import Reply

    model = "claude-sonnet-4-6"
    store = SqliteConversationStore(home / "bench.sqlite3")
    session = ChatSession(
        store, AnthropicClient("bench", server.url), ModelCatalogue(home / "models.json")
    )
    conversation = store.create_conversation(model, title="bench")
    sdk = anthropic.AsyncAnthropic(api_key="bench", base_url=server.url)
    app_times: list[float] = []
    sdk_times: list[float] = []
    for i in range(RUNS + 5):
        server.queue(Reply.text("Hello there, this is a reply.", chunk=4))
        server.queue(Reply.text("Hello there, this is a reply.", chunk=4))
        sdk_t = await _sdk_first_token(sdk, model)
        app_t = await _app_first_token(session, conversation.id)
        if i >= 5:  # the first runs warm up connections and caches
            sdk_times.append(sdk_t)
            app_times.append(app_t)
    await sdk.close()
    store.close()
    return app_times, sdk_times


def run() -> None:
    from tests.fakeapi import FakeApi

    with tempfile.TemporaryDirectory() as tmp, FakeApi() as server:
        app_times, sdk_times = asyncio.run(_measure(server, Path(tmp)))
    app_ms = statistics.median(app_times) * 1000
    sdk_ms = statistics.median(sdk_times) * 1000
    print(f"first_token_app_ms: {app_ms:.2f} ms")
    print(f"first_token_sdk_ms: {sdk_ms:.2f} ms")
    print(f"first_token_overhead_ms: {app_ms - sdk_ms:.2f} ms")
