"""startup: process start to first painted window, Parley beside a bare PySide6 window.

Both run as fresh processes on a private Xvfb server (as issue 13 measures it; on the
offscreen platform where there is no Xvfb, or with QT_QPA_PLATFORM set); each reports the
wall time of its first paint, and the parent subtracts the time it launched them.
Prints `startup_app_ms`, `startup_bare_ms` and `startup_ratio` (medians of
interleaved runs; goal ratio ≤ 1.5) with the pairs' range, `startup_cpu_ratio` (the
same by CPU time, which a busy machine hardly moves), and whether the SDK was loaded;
then the CPU ratio on the offscreen platform too, which leaves out drawing to X.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.xvfb import private_xvfb

RUNS = 7
ROOT = Path(__file__).resolve().parents[2]

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first_paint {time.time()} sdk_loaded=0", flush=True)
            print(f"first_paint_cpu_ms {time.process_time() * 1000:.1f}", flush=True)
            QTimer.singleShot(0, app.quit)
            app.removeEventFilter(self)
        return False

app = QApplication(sys.argv)
probe = Probe()
window = QMainWindow()
window.resize(1100, 720)
window.setWindowTitle("bare")
app.installEventFilter(probe)
window.show()
app.exec()
"""


def first_paint_ms(argv: list[str], env: dict[str, str]) -> tuple[float, bool, float]:
    """Wall time from launch to the first paint, whether the SDK was in, and the CPU time the
    process used by then (which other processes on the machine hardly change)."""
    start = time.time()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    wall, loaded, cpu = None, False, float("nan")
    for line in out.stdout.splitlines():
        if line.startswith("first_paint "):
            stamp, flag = line.split()[1:3]
            wall, loaded = (float(stamp) - start) * 1000, flag.endswith("1")
        elif line.startswith("first_paint_cpu_ms "):
            cpu = float(line.split()[1])
    if wall is None:
        raise RuntimeError(f"no first paint reported: {out.stdout[-500:]} {out.stderr[-2000:]}")
    return wall, loaded, cpu


SEED = """
from desktop_app.app import open_store
from desktop_app.core.conversation import Role, text_block
store = open_store()
for n in range(30):
    kept = store.create_conversation('claude-sonnet-4-6', title=f'대화 {n}: the capital')
    store.add_message(kept.id, Role.USER, [text_block('쿼키랜드의 수도는 어디인가요?')])
    answer = '## 퀴크빌\\n\\n**퀴크빌**입니다.\\n\\n- one\\n- two\\n\\n```python\\nx = 1\\n```'
    store.add_message(kept.id, Role.ASSISTANT, [text_block(answer)])
store.close()
"""


def _measure(env: dict[str, str]) -> tuple[list[float], list[float], list[float], list[float], int]:
    """Interleaved runs: app and bare wall times, their CPU times, and SDK-loaded count."""
    app_argv = [sys.executable, "-m", "desktop_app"]
    bare_argv = [sys.executable, "-c", BARE]
    first_paint_ms(app_argv, env)  # warm the disk cache for both
    first_paint_ms(bare_argv, env)
    app_times, bare_times, app_cpu, bare_cpu = [], [], [], []
    loaded_runs = 0
    for _ in range(RUNS):
        app_ms, loaded, cpu = first_paint_ms(app_argv, env)
        app_times.append(app_ms)
        app_cpu.append(cpu)
        loaded_runs += loaded
        bare_ms, _, cpu = first_paint_ms(bare_argv, env)
        bare_times.append(bare_ms)
        bare_cpu.append(cpu)
    return app_times, bare_times, app_cpu, bare_cpu, loaded_runs


def run() -> None:
    chosen = os.environ.get(
        "PARLEY_BENCH_QT_CHOSEN", "1" if "QT_QPA_PLATFORM" in os.environ else ""
    )
    platform = os.environ.get("QT_QPA_PLATFORM") if chosen else None
    if platform:
        print(f"startup_platform: {platform}")
        _run({"QT_QPA_PLATFORM": platform}, offscreen_too=False)
        return
    with private_xvfb("1920x1080x24") as display:
        if display is None:
            print("startup_platform: offscreen (no Xvfb)")
            _run({"QT_QPA_PLATFORM": "offscreen"}, offscreen_too=False)
        else:
            print("startup_platform: xcb on a private Xvfb")
            _run({"QT_QPA_PLATFORM": "xcb", "DISPLAY": display}, offscreen_too=True)


def _run(platform: dict[str, str], *, offscreen_too: bool) -> None:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        # An installed app has its bytecode cached; without this each start recompiles ours.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(
            platform,
            PARLEY_HOME=home,
            PARLEY_STARTUP_PROBE="1",
            ANTHROPIC_API_KEY="bench",
            ANTHROPIC_BASE_URL="http://127.0.0.1:9",  # nothing is asked before the paint
        )
        app_times, bare_times, app_cpu, bare_cpu, loaded = _measure(env)
        # Again over 30 kept conversations, the latest shown: a home in use.
        subprocess.run([sys.executable, "-c", SEED], env=env, cwd=ROOT, check=True, timeout=60)
        kept = _measure(env)
        offscreen = _measure({**env, "QT_QPA_PLATFORM": "offscreen"}) if offscreen_too else None
    app_ms = statistics.median(app_times)
    bare_ms = statistics.median(bare_times)
    print(f"startup_app_ms: {app_ms:.0f} ms")
    print(f"startup_bare_ms: {bare_ms:.0f} ms")
    print(f"startup_ratio: {app_ms / bare_ms:.2f} x")
    spread = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    print(f"startup_ratio_range: {min(spread):.2f}–{max(spread):.2f} x (pair by pair)")
    cpu_ratio = statistics.median(app_cpu) / statistics.median(bare_cpu)
    print(f"startup_cpu_ratio: {cpu_ratio:.2f} x (CPU time to the first paint)")
    kept_ratio = statistics.median(kept[0]) / statistics.median(kept[1])
    kept_cpu = statistics.median(kept[2]) / statistics.median(kept[3])
    print(f"startup_ratio_with_history: {kept_ratio:.2f} x (30 conversations kept)")
    print(f"startup_cpu_ratio_with_history: {kept_cpu:.2f} x")
    runs = 2 * RUNS
    print(f"startup_sdk_loaded_before_paint: {loaded + kept[4]} of {runs} runs")
    if offscreen is not None:
        ratio = statistics.median(offscreen[2]) / statistics.median(offscreen[3])
        print(f"startup_cpu_ratio_offscreen: {ratio:.2f} x (30 conversations kept, no X drawing)")
