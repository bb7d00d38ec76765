"""handover: how quickly a second launch hands its arguments to the running Parley and ends.

Starts a Parley (offscreen, against the local fake API), then prints `handover_process_ms`
(a whole `python -m desktop_app --quick` process, start to exit, median of 5) and
`handover_call_ms` (the hand-over alone, connect to acknowledgement, median of 20).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LISTENING = "Listening for second launches"


def run() -> None:
    from tests.fakeapi import FakeApi

    with tempfile.TemporaryDirectory() as folder, FakeApi() as api:
        home = Path(folder) / "home"
        env = {
            **os.environ,
            "PARLEY_HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            "ANTHROPIC_API_KEY": "bench-key",
            "ANTHROPIC_BASE_URL": api.url,
        }
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        command = [sys.executable, "-m", "desktop_app"]
        primary = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)
        try:
            log = home / "logs" / "parley.log"
            deadline = time.monotonic() + 60
            while LISTENING not in (log.read_text() if log.exists() else ""):
                if time.monotonic() > deadline or primary.poll() is not None:
                    print("handover_process_ms: failed (Parley did not start)")
                    return
                time.sleep(0.05)
            process_ms = []
            for _ in range(5):
                began = time.perf_counter()
                subprocess.run([*command, "--quick"], env=env, cwd=ROOT, check=True)
                process_ms.append((time.perf_counter() - began) * 1000)
            print(f"handover_process_ms: {statistics.median(process_ms):.0f}")
            os.environ["PARLEY_HOME"] = str(home)
            from desktop_app import paths
            from desktop_app.core.launch_request import LaunchRequest
            from desktop_app.ui.instance_client import hand_over

            call_ms = []
            for _ in range(20):
                began = time.perf_counter()
                hand_over(LaunchRequest(), paths.instance_socket_path())
                call_ms.append((time.perf_counter() - began) * 1000)
            print(f"handover_call_ms: {statistics.median(call_ms):.1f}")
        finally:
            primary.terminate()
            primary.wait(30)
