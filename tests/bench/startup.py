"""startup: process start to first painted window, Parley beside a bare PySide6 window.

Both run as fresh processes on the offscreen platform; each reports the wall
time of its first paint, and the parent subtracts the time it launched them.
Prints `startup_app_ms`, `startup_bare_ms` and `startup_ratio` (medians of
interleaved runs; goal ratio ≤ 1.5), and whether the SDK was loaded by then.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def first_paint_ms(argv: list[str], env: dict[str, str]) -> tuple[float, bool]:
    start = time.time()
    out = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    for line in out.stdout.splitlines():
        if line.startswith("first_paint "):
            stamp, loaded = line.split()[1:3]
            return (float(stamp) - start) * 1000, loaded.endswith("1")
    raise RuntimeError(f"no first paint reported: {out.stdout[-500:]} {out.stderr[-2000:]}")


def run() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        # An installed app has its bytecode cached; without this each start recompiles ours.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            PARLEY_HOME=home,
            PARLEY_STARTUP_PROBE="1",
            ANTHROPIC_API_KEY="bench",
            ANTHROPIC_BASE_URL="http://127.0.0.1:9",  # nothing is asked before the paint
        )
        app_argv = [sys.executable, "-m", "desktop_app"]
        bare_argv = [sys.executable, "-c", BARE]
        first_paint_ms(app_argv, env)  # warm the disk cache for both
        first_paint_ms(bare_argv, env)
        app_times, bare_times, sdk_flags = [], [], []
        for _ in range(RUNS):
            app_ms, loaded = first_paint_ms(app_argv, env)
            app_times.append(app_ms)
            sdk_flags.append(loaded)
            bare_times.append(first_paint_ms(bare_argv, env)[0])
    app_ms = statistics.median(app_times)
    bare_ms = statistics.median(bare_times)
    print(f"startup_app_ms: {app_ms:.0f} ms")
    print(f"startup_bare_ms: {bare_ms:.0f} ms")
    print(f"startup_ratio: {app_ms / bare_ms:.2f} x")
    print(f"startup_sdk_loaded_before_paint: {sum(sdk_flags)} of {len(sdk_flags)} runs")
