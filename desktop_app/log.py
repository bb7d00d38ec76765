"""Parley's log: a rotating file in the data folder, never the terminal.

Without a handler, Python's last-resort handler would print warnings and
tracebacks to stderr; the user must never see one, so every process that
logs calls `configure()` first.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_configured: Path | None = None


def configure(name: str) -> Path | None:
    """Send the `parley` logger (and warnings) to `<logs>/<name>.log`; None if unwritable."""
    global _configured
    if _configured is not None:
        return _configured
    root = logging.getLogger()
    try:
        from desktop_app.paths import log_dir

        path = log_dir() / f"{name}.log"
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
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
