"""Runs the benchmarks named on the command line, or all of them."""

from __future__ import annotations

import importlib
import os
import sys

BENCHMARKS = [
    "startup",
    "first_token",
    "frozen_startup",
    "stream_render",
    "open_long",
    "attach_4k",
    "cache_share",
    "batch_results",
    "draft_estimate",
    "idle_composer",
    "heartbeat",
    "backup",
    "responsiveness",
    "history_scale",
    "handover",
    "language_load",
    "cli_ask",
]


def main(argv: list[str]) -> int:
    # Options after the names (`history_scale --messages 50000`) go to those benchmarks.
    split = next((i for i, arg in enumerate(argv) if arg.startswith("-")), len(argv))
    names, options = argv[:split] or BENCHMARKS, argv[split:]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    # Whether the platform was chosen, for the startup benchmark (which picks Xvfb if not).
    os.environ["PARLEY_BENCH_QT_CHOSEN"] = "1" if "QT_QPA_PLATFORM" in os.environ else ""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in names:
        module = importlib.import_module(f"tests.bench.{name}")
        module.run(options) if options else module.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
