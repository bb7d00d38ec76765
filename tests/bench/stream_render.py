"""stream_render: a 20,000-token Markdown answer through the real chat view at 100 tokens/s.

The whole path runs: the local fake API streams over HTTP from a process of its
own (so its thread does not take the GIL from the UI), the real SDK and
ChatSession turn it into events, the view model coalesces them per frame and
the main window's chat view renders them, offscreen. One update is the chat
view's work for one frame: its slot, then the layout and the paint it causes.
A 1 ms timer measures the gaps in the UI event loop.
Prints `stream_update_p50_ms`, `stream_update_p99_ms`, `stream_max_stall_ms`
and `stream_cost_ratio_end_vs_start` (goals: p99 ≤ 8, stall ≤ 50, ratio ≤ 1.5).
`PARLEY_BENCH_TOKENS` shortens the answer for a quick look (the figures are
for the full length only).
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOKENS = 20_000
CHARS_PER_TOKEN = 4  # the fake API's estimate, and its chunk size below
TOKENS_PER_SECOND = 100
ROOT = Path(__file__).resolve().parents[2]

SERVER = """
import sys
from tests.bench.stream_render import CHARS_PER_TOKEN, TOKENS_PER_SECOND, long_answer
from tests.fakeapi import FakeApi, Reply
server = FakeApi().start()
server.queue(Reply.text(long_answer(int(sys.argv[1])), chunk=CHARS_PER_TOKEN,
                        delay=1 / TOKENS_PER_SECOND))
print(server.url, flush=True)
sys.stdin.read()  # until the benchmark closes our stdin
"""

WORDS = (
    "the",
    "of",
    "model",
    "reply",
    "stream",
    "render",
    "block",
    "layout",
    "window",
    "cursor",
    "text",
    "token",
    "frame",
    "paragraph",
    "table",
    "code",
    "answer",
    "latency",
    "memory",
    "Parley",
    "Claude",
    "desktop",
    "user",
    "message",
    "쿼키랜드의",
    "수도는",
    "답변",
    "스트리밍",
    "화면",
    "성능",
)


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    if rng.random() < 0.3:
        words[rng.randrange(len(words))] = f"`{rng.choice(WORDS)}()`"
    if rng.random() < 0.3:
        words[rng.randrange(len(words))] = f"**{rng.choice(WORDS)}**"
    if rng.random() < 0.1:
        words[rng.randrange(len(words))] = "[a link](https://example.com/docs)"
    return " ".join(words).capitalize() + "."


def _code(rng: random.Random) -> str:
    lines = ["```python", "def handle(event: dict[str, int]) -> int:"]
    for i in range(rng.randint(10, 30)):
        lines.append(f"    value_{i} = event.get('{rng.choice(WORDS)}', {i})  # step {i}")
    lines += ["    return sum(locals().values())", "```"]
    return "\n".join(lines)


def _table(rng: random.Random) -> str:
    rows = ["| Name | Count | Share | Note |", "|:-----|------:|------:|:-----|"]
    for _ in range(rng.randint(5, 10)):
        rows.append(
            f"| {rng.choice(WORDS)} | {rng.randint(1, 999)} | {rng.random():.2f} "
            f"| {rng.choice(WORDS)} {rng.choice(WORDS)} |"
        )
    return "\n".join(rows)


def long_answer(tokens: int, seed: int = 4) -> str:
    """Markdown of about `tokens` tokens: headings, prose, lists, tables and code."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    section = 0
    while size < tokens * CHARS_PER_TOKEN:
        section += 1
        pieces = [f"## Section {section}: {rng.choice(WORDS)}"]
        pieces += [" ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))]
        kind = section % 4
        if kind == 0:
            pieces.append(_code(rng))
        elif kind == 1:
            pieces.append(_table(rng))
        elif kind == 2:
            pieces.append("\n".join(f"- {_sentence(rng)}" for _ in range(rng.randint(3, 7))))
        else:
            pieces.append(f"> {_sentence(rng)}")
        pieces.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 4))))
        text = "\n\n".join(pieces)
        parts.append(text)
        size += len(text) + 2
    return "\n\n".join(parts)[: tokens * CHARS_PER_TOKEN]


class StallMeter:
    """Ticks every millisecond; the longest gap between ticks is the longest UI stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.longest = 0.0
        self._last: float | None = None
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.longest = max(self.longest, now - self._last)
        self._last = now


async def _stream(window) -> tuple[list[tuple[int, float]], float]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    chat, vm = window.chat, window.view_model
    updates: list[tuple[int, float]] = []  # (characters shown so far, seconds)
    meter = StallMeter()

    def timed_update(conversation_id: int) -> None:
        start = time.perf_counter()
        chat.on_reply_progressed(conversation_id)
        for _ in range(3):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)  # the paint it caused
        cost = time.perf_counter() - start  # before counting the text, which grows with it
        live = vm.live(conversation_id)
        if live is not None:
            if not updates:
                meter.start()
            updates.append((sum(map(len, live.text_parts)), cost))

    vm.reply_progressed.disconnect(chat.on_reply_progressed)
    vm.reply_progressed.connect(timed_update)
    window.on_composer_submitted("Write a long answer")
    while window.current_id is None or vm.is_busy(window.current_id):
        await asyncio.sleep(0.05)
    meter.stop()
    return updates, meter.longest


def run() -> None:
    tokens = int(os.environ.get("PARLEY_BENCH_TOKENS", TOKENS))
    answer = long_answer(tokens)
    with tempfile.TemporaryDirectory() as home:
        os.environ["PARLEY_HOME"] = home
        updates, stall = _run_window(tokens)
    costs = sorted(cost for _, cost in updates)
    tenth = len(answer) / 10
    first = [cost for shown, cost in updates if shown <= tenth]
    last = [cost for shown, cost in updates if shown >= len(answer) - tenth]
    p50 = statistics.median(costs) * 1000
    p99 = costs[min(len(costs) - 1, int(len(costs) * 0.99))] * 1000
    ratio = statistics.mean(last) / statistics.mean(first)
    print(f"stream_updates: {len(updates)} updates")
    print(f"stream_update_p50_ms: {p50:.2f} ms")
    print(f"stream_update_p99_ms: {p99:.2f} ms")
    print(f"stream_max_stall_ms: {stall * 1000:.1f} ms")
    print(f"stream_cost_ratio_end_vs_start: {ratio:.2f} x")


def _run_window(tokens: int) -> tuple[list[tuple[int, float]], float]:
    import qasync

    from desktop_app.app import build_main_window, make_application, open_store
    from desktop_app.ui.claude_connection import ConnectionState

    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(tokens)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        os.environ["ANTHROPIC_API_KEY"] = "bench"
        os.environ["ANTHROPIC_BASE_URL"] = server.stdout.readline().strip()
        app = make_application([])
        store = open_store()
        window = build_main_window(app, store)
        window.show()
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)

        async def scenario() -> tuple[list[tuple[int, float]], float]:
            window.connection.start()
            while window.connection.state is not ConnectionState.READY:
                await asyncio.sleep(0.02)
            result = await _stream(window)
            await window.connection.close()
            return result

        with loop:
            result = loop.run_until_complete(scenario())
        window.close()
        store.close()
    finally:
        server.communicate("")
    return result
