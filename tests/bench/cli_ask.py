"""cli_ask: what a `parley ask` costs from the shell, most of it loading the SDK.

Runs `parley ask` against the local API, and the SDK's import alone two ways: plainly, and as
Parley imports it (desktop_app.claude, with the cycle collector off while it loads). Prints
`cli_ask_ms` and `cli_ask_cpu_ms` (process start to exit), `sdk_import_cpu_ms` and
`sdk_import_parley_cpu_ms` (medians of interleaved runs; CPU, as this machine is shared).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 7
MEASURE = "import time; t = time.process_time(); import {module}; print(time.process_time() - t)"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _import_cpu(module: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE.format(module=module)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return float(done.stdout)


def run() -> None:
    from tests.fakeapi import FakeApi, Reply

    api = FakeApi().start()
    asks, cpus, plain, parley = [], [], [], []
    with tempfile.TemporaryDirectory() as home:
        env = os.environ | {
            "PARLEY_HOME": home,
            "ANTHROPIC_BASE_URL": api.url,
            "ANTHROPIC_API_KEY": "bench",
        }
        try:
            for _ in range(RUNS):
                api.queue(Reply.text("네, 안녕하세요."), Reply.text("인사"))
                before, began = _children_cpu(), time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "desktop_app", "ask", "안녕?"],
                    env=env, capture_output=True, check=True,
                )  # fmt: skip
                asks.append(time.perf_counter() - began)
                cpus.append(_children_cpu() - before)
                plain.append(_import_cpu("anthropic"))
                parley.append(_import_cpu("desktop_app.claude"))
        finally:
            api.stop()
    print(f"cli_ask_ms: {statistics.median(asks) * 1000:.0f}")
    print(f"cli_ask_cpu_ms: {statistics.median(cpus) * 1000:.0f}")
    print(f"sdk_import_cpu_ms: {statistics.median(plain) * 1000:.0f}")
    print(f"sdk_import_parley_cpu_ms: {statistics.median(parley) * 1000:.0f}")


if __name__ == "__main__":
    run()
