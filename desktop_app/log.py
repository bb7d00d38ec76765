"""Parley's log: a rotating file in the data folder (0600, crash reports too), never the terminal.

Without a handler, Python's last-resort handler would print warnings and
tracebacks to stderr; the user must never see one, so every process that
logs calls `configure()` first.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

MAX_BYTES = 1_000_000
KEEP = 3

_configured: Path | None = None


def configure(name: str) -> Path | None:
    """Send the `parley` logger (and warnings) to `<logs>/<name>.log`; None if unwritable."""
    global _configured
    if _configured is not None:
        return _configured
    root = logging.getLogger()
    try:
        from desktop_app.paths import log_dir
        from desktop_app.private_file import make_private

        path = log_dir() / f"{name}.log"
        _rotate(path)
        # The owner's alone, and never appended through a symlink planted at its name.
        make_private(path)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        path, handler = None, logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # The SDK and its HTTP stack log request details at DEBUG; INFO carries no secrets.
    for noisy in ("httpx", "httpx2", "httpcore", "anthropic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.captureWarnings(True)
    _configured = path
    return path


def _rotate(path: Path) -> None:
    """Rotate once at start-up: logging.handlers (for RotatingFileHandler) pulls in
    socket and pickle, ~12 ms before the window's first paint."""
    try:
        if path.stat().st_size < MAX_BYTES:
            return
    except OSError:
        return
    for n in range(KEEP - 1, 0, -1):
        older = path.with_suffix(f".log.{n}")
        if older.exists():
            os.replace(older, path.with_suffix(f".log.{n + 1}"))
    os.replace(path, path.with_suffix(".log.1"))
