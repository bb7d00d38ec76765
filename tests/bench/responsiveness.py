"""responsiveness: the longest gaps in the UI event loop while starting, switching and streaming.

A fresh process (so nothing is imported ahead, as in a real start) builds the real
main window offscreen over a home of 20 conversations (some long, some Korean),
against the local fake API in a process of its own. A 1 ms timer records the gaps
between its ticks in three phases: `start` (first paint until idle: the SDK, the
key, the model list and the renderer warm-up all loaded), `switch` (opening each
conversation in turn, twice round) and `stream` (a long reply streamed into the view).
Prints `responsiveness_<phase>_stall_ms` for each and `max_stall_ms` (goal ≤ 50), and
`responsiveness_ready_ms`: from the first paint to the SDK ready, the earliest a send goes.
The window's own build before its first paint is the startup benchmark's figure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONVERSATIONS = 20
LONG_MESSAGES = 200  # in every fifth conversation
STREAM_TOKENS = 3_000
TOKENS_PER_SECOND = 300
IDLE_TIMEOUT = 30.0  # seconds for the start phase to settle

SERVER = """
import sys
from tests.bench.stream_render import CHARS_PER_TOKEN, long_answer
from tests.fakeapi import FakeApi, Reply
server = FakeApi().start()
tokens, per_second = int(sys.argv[1]), int(sys.argv[2])
server.queue(Reply.text(long_answer(tokens), chunk=CHARS_PER_TOKEN, delay=1 / per_second))
print(server.url, flush=True)
sys.stdin.read()  # until the benchmark closes our stdin
"""

CHILD = "from tests.bench.responsiveness import measure; measure()"


class StallSampler:
    """With PARLEY_BENCH_WHERE=1: where the UI thread is while a gap runs past 40 ms (stderr)."""

    def __init__(self, meter: PhaseMeter) -> None:
        import threading

        self._meter = meter
        self._ui = threading.get_ident()
        self.seen: dict[str, int] = {}
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        import traceback

        while True:
            time.sleep(0.01)
            if time.perf_counter() - self._meter.last > 0.04:
                frame = sys._current_frames().get(self._ui)
                if frame is not None:
                    stack = traceback.extract_stack(frame)[-12:]
                    where = " < ".join(
                        f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(stack)
                    )
                    key = f"[{self._meter.phase}] {where}"
                    self.seen[key] = self.seen.get(key, 0) + 1

    def report(self) -> None:
        for where, count in sorted(self.seen.items(), key=lambda item: -item[1])[:25]:
            print(f"{count * 10:6d} ms  {where}", file=sys.stderr)


class PhaseMeter:
    """Ticks every millisecond; keeps the longest gap between ticks for the phase under way."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.phase = "start"
        self.longest: dict[str, float] = {}
        self.last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def begin(self, phase: str) -> None:
        """Start a phase; a gap already under way is not counted in it."""
        self.phase = phase
        self.last = time.perf_counter()
        self.longest.setdefault(phase, 0.0)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.last = now
        self.longest[self.phase] = max(self.longest.get(self.phase, 0.0), gap)


def _fill_store(store) -> list[int]:
    """Twenty conversations: short ones, every fifth a long one, every other one Korean."""
    from desktop_app.core.conversation import Role, Usage, text_block
    from tests.bench.stream_render import long_answer

    ids: list[int] = []
    for n in range(CONVERSATIONS):
        korean = n % 2 == 1
        title = f"대화 {n}: 쿼키랜드의 수도" if korean else f"Conversation {n}"
        conversation = store.create_conversation("claude-sonnet-4-6", title=title)
        pairs = LONG_MESSAGES // 2 if n % 5 == 0 else 3
        for i in range(pairs):
            question = f"{i}번째 질문: 쿼키랜드의 수도는?" if korean else f"Question {i}?"
            store.add_message(conversation.id, Role.USER, [text_block(question)])
            answer = long_answer(40 + (i * 37) % 300, seed=n * 1000 + i)
            if korean:
                answer = "쿼키랜드의 수도는 퀴크빌입니다.\n\n" + answer
            store.add_message(
                conversation.id,
                Role.ASSISTANT,
                [text_block(answer)],
                model="claude-sonnet-4-6",
                usage=Usage(100, 400),
            )
        ids.append(conversation.id)
    return ids


def measure() -> None:
    """The child process: build, start, switch and stream, then print the gaps as JSON."""
    import asyncio
    import gc

    gc.disable()  # as main() does: no collection before the first paint

    from PySide6.QtWidgets import QApplication

    from desktop_app.app import (
        after_first_paint,
        build_main_window,
        make_application,
        make_gc_pacer,
        open_store,
        show_until_painted,
    )

    app: QApplication = make_application(["parley"])
    meter = PhaseMeter()
    meter.begin("before_paint")
    sampler = StallSampler(meter) if os.environ.get("PARLEY_BENCH_WHERE") == "1" else None
    store = open_store()
    ids = _fill_store(store)
    window = build_main_window(app, store, first_paint_only=True)  # as run_gui does
    show_until_painted(window)
    pacer = make_gc_pacer(app)  # as run_gui does: collections on this thread alone, paced
    meter.begin("start")
    painted = time.perf_counter()
    ready_after: list[float] = []
    after_first_paint(window, renderer_first=True)  # as run_gui does

    import qasync

    from desktop_app.ui.claude_connection import ConnectionState
    from desktop_app.ui.rendering import warm_up

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    def ready() -> bool:  # the connection comes with the window's workings, after the paint
        return window.attached and window.connection.state is ConnectionState.READY

    async def scenario() -> None:
        started = time.perf_counter()
        window.start_connection()  # as run_until_closed does
        while time.perf_counter() - started < IDLE_TIMEOUT:
            if ready() and not ready_after:
                ready_after.append(time.perf_counter() - painted)
            if ready() and warm_up.warm_up_done() and warm_up.frozen():
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.5)  # whatever the start left queued
        meter.begin("switch")
        for conversation_id in ids + ids:  # as a click in the list does
            window.sidebar.conversation_chosen.emit(conversation_id, 0)
            while window.chat.column.opening:  # built over several turns: all of it measured
                await asyncio.sleep(0.005)
            await asyncio.sleep(0.05)
        meter.begin("stream")
        window.sidebar.conversation_chosen.emit(ids[1], 0)
        while window.chat.column.opening:
            await asyncio.sleep(0.005)
        window.on_composer_submitted("긴 답변을 써 주세요 (a long answer, please)")
        while window.view_model.is_busy(ids[1]):
            await asyncio.sleep(0.05)
        meter.phase = "done"
        await window.connection.close()

    with loop:
        loop.run_until_complete(scenario())
    window.close()
    store.close()
    pacer.stop()
    if sampler is not None:
        sampler.report()
    gaps = {k: v * 1000 for k, v in meter.longest.items() if k != "done"}
    print(json.dumps({**gaps, "ready": ready_after[0] * 1000 if ready_after else -1.0}))


def run() -> None:
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(STREAM_TOKENS), str(TOKENS_PER_SECOND)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ)
            env.update(
                PARLEY_HOME=home,
                ANTHROPIC_API_KEY="bench",
                ANTHROPIC_BASE_URL=url,
                QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            )
            env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode is cached
            done = subprocess.run(
                [sys.executable, "-c", CHILD],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=300,
            )
    finally:
        server.communicate("")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the measuring process failed: {done.stderr[-3000:]}")
    if os.environ.get("PARLEY_BENCH_WHERE") == "1":
        print(done.stderr, file=sys.stderr)
    gaps: dict[str, float] = json.loads(lines[-1])
    print(f"responsiveness_before_paint_ms: {gaps.pop('before_paint', 0.0):.1f} ms (the build)")
    ready = gaps.pop("ready", -1.0)
    print(f"responsiveness_ready_ms: {ready:.0f} ms (first paint to the SDK ready)")
    for phase in ("start", "switch", "stream"):
        print(f"responsiveness_{phase}_stall_ms: {gaps.get(phase, 0.0):.1f} ms")
    print(f"max_stall_ms: {max(gaps.values()):.1f} ms")
