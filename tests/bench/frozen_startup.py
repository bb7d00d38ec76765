"""frozen_startup: process start to first painted window, the frozen build beside the source.

Both run offscreen as fresh processes with the start-up probe; prints `frozen_window_ms`
and `source_window_ms` (medians of interleaved runs; goal frozen ≤ 500 ms). Builds the
bundle first when it is missing and PyInstaller is installed.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench.startup import first_paint_ms

RUNS = 5
ROOT = Path(__file__).resolve().parents[2]


def _frozen_executable() -> Path | None:
    folder = Path(os.environ.get("PARLEY_FROZEN_DIR") or ROOT / "dist" / "parley")
    executable = folder / ("parley.exe" if sys.platform == "win32" else "parley")
    if executable.is_file():
        return executable
    if importlib.util.find_spec("PyInstaller") is None:
        return None
    print("frozen_startup: building the bundle first (python packaging/build.py --no-archive)")
    build = [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive"]
    subprocess.run(build, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return executable if executable.is_file() else None


def run() -> None:
    frozen = _frozen_executable()
    if frozen is None:
        print("frozen_window_ms: missing (no dist/parley; pip install -e '.[packaging]' first)")
        return
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            PARLEY_HOME=home,
            PARLEY_STARTUP_PROBE="1",
            ANTHROPIC_API_KEY="bench",
            ANTHROPIC_BASE_URL="http://127.0.0.1:9",  # nothing is asked before the paint
        )
        frozen_argv = [str(frozen)]
        source_argv = [sys.executable, "-m", "desktop_app"]
        first_paint_ms(frozen_argv, env)  # warm the disk cache for both
        first_paint_ms(source_argv, env)
        frozen_times, source_times = [], []
        for _ in range(RUNS):
            frozen_times.append(first_paint_ms(frozen_argv, env)[0])
            source_times.append(first_paint_ms(source_argv, env)[0])
    print(f"frozen_window_ms: {statistics.median(frozen_times):.0f} ms")
    print(f"source_window_ms: {statistics.median(source_times):.0f} ms")
