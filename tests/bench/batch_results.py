"""batch_results: reading a large batch's results streams them, never holding the file.

A batch of 3,000 requests (each ~2 KB of Korean and English text) goes through the real SDK to
the local API, run in its own process so its memory is not counted. Prints the results file's
size, the Python heap's peak while the results are read into conversations, and the time taken.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

REQUESTS = 3_000
PROMPT = "이 문단을 검토해 주세요. Review this paragraph for clarity and tone. " * 30


def _server() -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "tests.fakeapi", "--port", "0", "--quiet"]
    command += ["--batch-seconds", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=_root())
    assert process.stdout is not None
    line = process.stdout.readline()
    return process, line.rsplit(" ", 1)[-1].strip()


def _root() -> Path:
    return Path(__file__).resolve().parents[2]


async def _bench(url: str, home: Path) -> None:
    import httpx2

    from desktop_app.core.batch_plan import BatchSource
    from tests.core.batch_rig import BatchRig

    rig = BatchRig.open(home, url)
    try:
        sources = [BatchSource(f"paragraph {n}", prompt=f"{n}: {PROMPT}") for n in range(REQUESTS)]
        (job,) = await rig.submit(rig.plan(sources))
        tracemalloc.start()
        started = time.perf_counter()
        job = await rig.poller.poll(rig.store.job(job.id))  # ended at once: results read
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert job.finished, job.error
        read = sum(1 for r in rig.store.requests(job.id) if r.conversation_id is not None)
        size = 0
        async with httpx2.AsyncClient() as client:
            headers = {"x-api-key": "test-key", "anthropic-version": "2023-06-01"}
            async with client.stream("GET", str(job.results_url), headers=headers) as response:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
        print(f"batch_results_lines: {read}")
        print(f"batch_results_file_mb: {size / 1e6:.1f}")
        print(f"batch_results_peak_heap_mb: {peak / 1e6:.1f}")
        print(f"batch_results_seconds: {seconds:.1f}")
    finally:
        rig.close()


def run() -> None:
    process, url = _server()
    try:
        with tempfile.TemporaryDirectory() as home:
            asyncio.run(_bench(url, Path(home)))
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    run()
