"""Loads the SDK and the session's modules on a thread of their own, once, after the first paint.

`import anthropic` runs ~1 s of module code; on the UI thread that froze the window
(10 s on a loaded machine). On this thread the interpreter hands the UI thread its
turn every few milliseconds. The loop awaits `loaded()`, and nothing on the UI
thread imports these modules before it is done: Python's import lock would make
that import wait for the thread, a freeze of its own.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from concurrent.futures import Future

log = logging.getLogger(__name__)

# Without these there is no client: a failure here is the connection's BROKEN state.
REQUIRED = ("desktop_app.claude.client", "desktop_app.claude.http_client")
# Used right after (the session, its tools, the key's store, batches); one that fails
# here is imported again where it is used, and fails there as it would have.
AHEAD = (
    "desktop_app.claude.batches",
    "desktop_app.core.chat_session",
    "desktop_app.core.permissions",
    "desktop_app.storage.api_key",
    "desktop_app.storage.grant_store",
    "desktop_app.tools.registry",
    "desktop_app.tools.builtin",
    "desktop_app.tools.mcp",
    "desktop_app.core.batch_poller",
    "desktop_app.core.batch_submitter",
    "desktop_app.storage.batch_store",
    "desktop_app.storage.attachment_store",
    "anyio._backends._asyncio",  # the transport's, at the first request
    "anyio._core._sockets",
)
SWITCH_INTERVAL = 0.002  # seconds: how soon the UI thread gets the interpreter back


class ClientLoader:
    """One loading thread per process; `loaded()` can be awaited any number of times."""

    _future: Future[None] | None = None
    _lock = threading.Lock()

    def start(self) -> Future[None]:
        """Start loading (once per process); the future ends when the client can be made."""
        with ClientLoader._lock:
            earlier = ClientLoader._future
            if earlier is not None and earlier.done() and not _succeeded(earlier):
                ClientLoader._future = None  # a later start tries again, as the app did before
            if ClientLoader._future is None:
                future: Future[None] = Future()
                # Running: a waiter cancelled (a window closed while Claude loaded) cannot
                # cancel it for every later waiter; asyncio.wrap_future passes cancels on.
                future.set_running_or_notify_cancel()
                ClientLoader._future = future
                thread = threading.Thread(
                    target=_load, args=(future,), name="client-loader", daemon=True
                )
                thread.start()
            return ClientLoader._future

    async def loaded(self) -> None:
        """Wait, without blocking the loop, until the SDK is in; raises what loading raised."""
        import asyncio

        await asyncio.wrap_future(self.start())


def _succeeded(future: Future[None]) -> bool:
    return not future.cancelled() and future.exception() is None


def _load(future: Future[None]) -> None:
    from desktop_app.ui import worker_pause

    worker_pause.join()  # waits at its imports while the GUI thread runs a start-up step
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, SWITCH_INTERVAL))
    try:
        _load_modules(future, before)
    finally:
        worker_pause.leave()


def _load_modules(future: Future[None], before: float) -> None:
    try:
        for name in REQUIRED:
            importlib.import_module(name)
        from desktop_app.claude.http_client import tls_context

        tls_context()  # ~100 ms of certificate loading, done here once for every client
    except BaseException as error:  # handed to whoever awaits the future
        sys.setswitchinterval(before)
        future.set_exception(error)
        return
    # Ended only after these too: the loop goes on to use them, and importing one of them
    # while this thread is at it would wait for it on the UI thread.
    for name in AHEAD:
        try:
            importlib.import_module(name)
        except Exception:
            log.debug("Loading %s ahead failed; it loads where it is used", name, exc_info=True)
    sys.setswitchinterval(before)
    future.set_result(None)
