"""draft_estimate: what the composer's estimate costs the UI thread in a long conversation.

After each pause in typing the window builds the next request from the stored history and
hashes it to look up a cached count, on the UI thread. A 400-message conversation (Korean and
English, ~200k characters) in real SQLite; prints the median `draft_request_ms` (build and
hash), `draft_cached_ms` (the same plus the cache hit) and `local_estimate_ms`.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

MESSAGES = 400
ROUNDS = 30


def _median_ms(action) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run() -> None:
    from desktop_app.core.attachment_resolver import AttachmentResolver
    from desktop_app.core.chat_session import ChatSession
    from desktop_app.core.conversation import Role, Usage, text_block
    from desktop_app.core.model_catalogue import ModelCatalogue
    from desktop_app.core.pricing import Pricing
    from desktop_app.core.send_estimate import SendEstimator, content_key, next_request
    from desktop_app.storage.conversation_store import SqliteConversationStore

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        store = SqliteConversationStore(home / "bench.sqlite3")
        conversation = store.create_conversation("claude-sonnet-4-6", "Be brief.", "bench")
        line = "검토 결과: the change keeps the wire format; 필드 하나가 바뀌었습니다. "
        for i in range(MESSAGES):
            role = Role.USER if i % 2 == 0 else Role.ASSISTANT
            usage = Usage(1_000, 200) if role is Role.ASSISTANT else None
            store.add_message(conversation.id, role, [text_block(line * 8)], usage=usage)
        session = ChatSession(store, None, ModelCatalogue(home / "models.json"))  # type: ignore[arg-type]
        estimator = SendEstimator(None, Pricing.load(), AttachmentResolver(None))
        draft = "이 변경이 호환성을 깨나요? Does it break clients?"

        def build() -> None:
            content_key(next_request(session, conversation.id, draft))

        request = next_request(session, conversation.id, draft)
        estimator._counts[content_key(request)] = 1  # as if counted before

        def cached() -> None:
            assert estimator.cached(next_request(session, conversation.id, draft)) is not None

        print(f"draft_messages: {MESSAGES}")
        print(f"draft_request_ms: {_median_ms(build):.1f}")
        print(f"draft_cached_ms: {_median_ms(cached):.1f}")
        print(f"local_estimate_ms: {_median_ms(lambda: estimator.local(request)):.1f}")
        store.close()
