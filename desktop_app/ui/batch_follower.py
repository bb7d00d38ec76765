"""The window's side of Message Batches: follows every unfinished job on the qasync loop from the
moment Claude is ready, and submits, cancels and resubmits for the Batches views.

The engine (core/batch_*.py) does the work; this object owns its parts for the window's life
and reports through signals, so the views never touch the loop or the API themselves.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core.batch_job import FIRST_POLL_INTERVAL, MAX_POLL_INTERVAL, BatchJob
from desktop_app.core.pricing import Pricing
from desktop_app.ui.claude_connection import ConnectionState

if TYPE_CHECKING:
    import asyncio

    from desktop_app.core.batch_plan import BatchPlan
    from desktop_app.core.batch_poller import BatchPoller
    from desktop_app.core.batch_submitter import BatchSubmitter
    from desktop_app.core.ports import BatchClient
    from desktop_app.storage.batch_store import SqliteBatchStore
    from desktop_app.ui.claude_connection import ClaudeConnection

log = logging.getLogger(__name__)

OUTSIDE_JOBS_MS = 60_000


class BatchFollower(QObject):
    job_changed = Signal(object)  # BatchJob, after a poll, a submit or a cancel
    job_finished = Signal(object)  # BatchJob whose results are now stored
    conversations_added = Signal(list)  # ids of conversations made from results
    failed = Signal(str)  # a plain sentence: a submit, cancel or resubmit did not go

    def __init__(
        self,
        connection: ClaudeConnection,
        pricing: Pricing,
        database: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.connection = connection
        self.pricing = pricing
        self.database = database
        # The engine's pace (5 s doubling to 5 min); tests set a faster one before Claude is ready.
        self.first_interval = FIRST_POLL_INTERVAL
        self.max_interval = MAX_POLL_INTERVAL
        self._store: SqliteBatchStore | None = None
        self.client: BatchClient | None = None
        self.poller: BatchPoller | None = None
        self.submitter: BatchSubmitter | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        connection.state_changed.connect(self.on_state_changed)
        connection.closers.append(self.close)
        # Jobs sent meanwhile by `parley batch submit` are looked for now and then: the poller
        # sleeps until its own jobs are due, and forever when it has none.
        self.wake_timer = QTimer(self)
        self.wake_timer.setInterval(OUTSIDE_JOBS_MS)
        self.wake_timer.timeout.connect(self.on_wake_timer_timeout)

    @property
    def store(self) -> SqliteBatchStore:
        """The jobs' rows, opened on first use (not on the first paint's path)."""
        if self._store is None:
            from desktop_app.storage.batch_store import SqliteBatchStore

            self._store = SqliteBatchStore(self.database)
        return self._store

    @property
    def ready(self) -> bool:
        return self.poller is not None

    def on_state_changed(self) -> None:
        if self.connection.state is not ConnectionState.READY:
            return
        if self.poller is None:
            self._start()
        else:
            self._use_new_key()

    def _use_new_key(self) -> None:
        """A key given again (or changed): polls and submits from now on use it."""
        client = self.connection.make_batch_client()
        if client is None or self.poller is None or self.submitter is None:
            return
        old, self.client = self.client, client
        self.poller.client = self.poller.reader.client = self.submitter.client = client
        if old is not None:
            self._spawn(_close(old))

    def _start(self) -> None:
        from desktop_app.core.attachment_resolver import AttachmentResolver
        from desktop_app.core.batch_poller import BatchPoller
        from desktop_app.core.batch_results import BatchResultsReader
        from desktop_app.core.batch_submitter import BatchSubmitter

        client = self.connection.make_batch_client()
        if client is None:
            return
        self.client = client
        store, first = self.store, self.first_interval
        reader = BatchResultsReader(
            store, self.connection.store, client, self.pricing, self.connection.ledger
        )
        self.poller = BatchPoller(
            store, client, reader, first_interval=first, max_interval=self.max_interval
        )
        resolver = AttachmentResolver(self.connection.attachment_store)
        self.submitter = BatchSubmitter(
            store, client, resolver, first_poll=first, on_stored=self.job_changed.emit
        )
        self._spawn(self._follow())
        self.wake_timer.start()

    def on_wake_timer_timeout(self) -> None:
        if self.poller is not None:
            self.poller.wake()

    async def _follow(self) -> None:
        assert self.poller is not None
        async for job in self.poller.follow(forever=True):
            self.job_changed.emit(job)
            if job.finished:
                self._report_finished(job)

    def _report_finished(self, job: BatchJob) -> None:
        made = [
            r.conversation_id for r in self.store.requests(job.id) if r.conversation_id is not None
        ]
        if made:
            self.conversations_added.emit(made)
        self.job_finished.emit(job)

    def submit(self, plan: BatchPlan, **job: Any) -> None:
        """Send a planned submission; rows appear through `job_changed` as each part is stored."""
        self._spawn(self._submit(plan, job))

    async def _submit(self, plan: BatchPlan, job: dict[str, Any]) -> None:
        from desktop_app.core.batch_submitter import SubmitError

        if self.submitter is None or self.poller is None:
            self.failed.emit(self.tr("Claude is not connected yet; the batch was not sent."))
            return
        try:
            jobs = await self.submitter.submit(plan, **job)
        except SubmitError as error:
            self.failed.emit(self.tr("The batch was not accepted: %1").replace("%1", str(error)))
            jobs = error.jobs
        except Exception:
            log.exception("Submitting a batch failed")
            self.failed.emit(self.tr("The batch could not be sent; the details are in the log."))
            return
        for sent in jobs:
            self.job_changed.emit(sent)
        self.poller.wake()

    def cancel(self, job: BatchJob) -> None:
        self._spawn(self._cancel(job))

    async def _cancel(self, job: BatchJob) -> None:
        from desktop_app.core.errors import ApiError

        if self.poller is None:
            return
        try:
            self.job_changed.emit(await self.poller.cancel(job))
        except ApiError as error:
            self.failed.emit(self.tr("Could not cancel %1: %2").replace("%1", job.name)
                             .replace("%2", str(error)))  # fmt: skip

    def resubmit_failed(self, job: BatchJob) -> None:
        """Send again only the errored, canceled and expired requests of `job`'s submission."""
        from desktop_app.core.batch_plan import PlanError

        if self.submitter is None:
            self.failed.emit(self.tr("Claude is not connected yet; nothing was sent."))
            return
        try:
            plan = self.submitter.failed_plan(job, self.pricing)
        except PlanError as error:
            self.failed.emit(str(error))
            return
        label = f"{job.label} (resubmitted)" if job.label else "resubmitted"
        self.submit(
            plan,
            label=label,
            model=job.model,
            prompt=job.prompt,
            system=job.system,
            max_tokens=job.max_tokens,
        )

    def _spawn(self, coro: Any) -> None:
        import asyncio

        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("A batch task failed", exc_info=task.exception())

    async def close(self) -> None:
        import asyncio

        self.connection.closers.remove(self.close)  # once

        self.wake_timer.stop()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.client is not None:
            await _close(self.client)
        if self._store is not None:
            self._store.close()
            self._store = None


async def _close(client: object) -> None:
    close = getattr(client, "close", None)
    if close is not None:
        await close()
