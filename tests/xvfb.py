"""A private Xvfb server for tests and benchmarks that show windows on a real X display."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def private_xvfb(screen: str = "1280x800x24") -> Iterator[str | None]:
    """Its DISPLAY value while the block runs; None where Xvfb is missing or fails to start."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as announced:
            number = announced.readline().strip()
        yield f":{number}" if number else None
    finally:
        server.terminate()
        server.wait(10)
