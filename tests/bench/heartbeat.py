"""heartbeat: what one beat of a streaming reply costs, in a database with years of history.

A beat runs every second on the UI's loop for each reply being written: a touch when
nothing arrived, a rewrite of the partial reply when it grew. Prints `heartbeat_touch_ms`
and `heartbeat_flush_ms` (a 20,000-character Korean and English partial; medians), and
`startup_mark_interrupted_ms` (the start-up's stale-reply pass over 20,000 messages).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

HISTORY = 20_000
RUNS = 50


def _median_ms(step: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run() -> None:
    from desktop_app.core.conversation import MessageState, Role, text_block
    from desktop_app.core.events import BlockStarted, TextDelta
    from desktop_app.core.heartbeat import Heartbeat
    from desktop_app.core.reply_builder import ReplyBuilder
    from desktop_app.storage.conversation_store import SqliteConversationStore

    with tempfile.TemporaryDirectory() as folder:
        store = SqliteConversationStore(Path(folder) / "bench.sqlite3")
        old = store.create_conversation("claude-sonnet-4-6", title="history")
        for i in range(HISTORY // 2):
            store.add_message(old.id, Role.USER, [text_block(f"질문 {i}")])
            store.add_message(old.id, Role.ASSISTANT, [text_block(f"answer {i} " * 20)])
        conv = store.create_conversation("claude-sonnet-4-6", title="live")
        store.add_message(conv.id, Role.USER, [text_block("긴 답을 주세요")])
        reply = store.add_message(conv.id, Role.ASSISTANT, [], state=MessageState.STREAMING)
        builder = ReplyBuilder()
        builder.apply(BlockStarted(0, {"type": "text", "text": ""}))
        heartbeat = Heartbeat(store, 1.0)
        heartbeat.follow_reply(reply.id, builder)
        for i in range(2_000):
            builder.apply(TextDelta(0, f"단어 word{i} "))
        touch = _median_ms(heartbeat.beat)  # nothing new after the first: a touch

        def grow_then_beat() -> None:
            builder.apply(TextDelta(0, "더 "))
            heartbeat.beat()

        flush = _median_ms(grow_then_beat)
        mark = _median_ms(store.mark_interrupted, runs=10)
        store.close()
    print(f"heartbeat_touch_ms: {touch:.3f}")
    print(f"heartbeat_flush_ms: {flush:.3f}")
    print(f"startup_mark_interrupted_ms: {mark:.3f}")


if __name__ == "__main__":
    run()
