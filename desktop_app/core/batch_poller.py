"""Following unfinished batch jobs: retrieve each when due, back off while nothing changes,
read the results once a batch ends.

The backoff lives in the database (`next_poll_at`, `poll_interval`), so a batch sent yesterday,
or from another process, is picked up where it was. A failed poll backs off and is kept as
the job's error; it never ends the loop. Qt-free: the window drives `follow()` on its loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable

from desktop_app.core.batch_job import (
    FIRST_POLL_INTERVAL,
    MAX_POLL_INTERVAL,
    BatchJob,
    PollStep,
    next_poll,
)
from desktop_app.core.batch_results import BatchResultsReader
from desktop_app.core.errors import ApiError, describe
from desktop_app.core.ports import BatchClient, BatchStore

_log = logging.getLogger("parley.batches")


class BatchPoller:
    def __init__(
        self,
        store: BatchStore,
        client: BatchClient,
        reader: BatchResultsReader,
        *,
        clock: Callable[[], float] = time.time,
        first_interval: float = FIRST_POLL_INTERVAL,
        max_interval: float = MAX_POLL_INTERVAL,
    ) -> None:
        self.store = store
        self.client = client
        self.reader = reader
        self.clock = clock
        self.first_interval = first_interval
        self.max_interval = max_interval
        self._wake: asyncio.Event | None = None

    def wake(self) -> None:
        """Look again now (a job was submitted or canceled); call on the poller's loop."""
        if self._wake is not None:
            self._wake.set()

    async def poll(self, job: BatchJob) -> BatchJob:
        """One retrieve of `job`'s batch, stored; its results are read once it has ended."""
        if job.batch_id is None:
            return job
        now = self.clock()
        try:
            if not job.ended:
                status = await self.client.retrieve(job.batch_id)
                changed = (status.processing_status, status.request_counts) != (
                    job.status,
                    job.counts,
                )
                step = self._step(now, job.poll_interval, changed=changed)
                job = self.store.polled(
                    job.id, status, next_poll_at=step.next_poll_at, poll_interval=step.poll_interval
                )
            if job.ended and not job.results_read:
                await self.reader.read(job)
                job = self.store.polled(
                    job.id, None, next_poll_at=job.next_poll_at, poll_interval=job.poll_interval
                )
        except ApiError as error:
            job = self._failed(job, now, describe(error))
        except Exception as error:  # a poll must never end the loop that follows every job
            _log.exception("polling batch %s failed", job.name)
            job = self._failed(job, now, f"unexpected error ({type(error).__name__})")
        return job

    async def cancel(self, job: BatchJob) -> BatchJob:
        """Ask the API to cancel; the batch ends (requests canceled) a little later."""
        if job.batch_id is None or job.ended:
            return job
        status = await self.client.cancel(job.batch_id)
        step = self._step(self.clock(), self.first_interval, changed=True)
        job = self.store.polled(
            job.id, status, next_poll_at=step.next_poll_at, poll_interval=step.poll_interval
        )
        self.wake()
        return job

    async def follow(
        self, job_ids: set[int] | None = None, *, forever: bool = False
    ) -> AsyncIterator[BatchJob]:
        """Each job after every poll, until the jobs followed (all unfinished ones when None)
        are finished; with `forever`, wait for new jobs instead of ending (the window)."""
        self._wake = asyncio.Event()
        while True:
            jobs = [j for j in self.store.unfinished() if job_ids is None or j.id in job_ids]
            if not jobs and not forever:
                return
            due = [j for j in jobs if j.next_poll_at <= self.clock()]
            if not due:
                await self._sleep(jobs)
                continue
            for job in due:
                yield await self.poll(job)

    async def _sleep(self, jobs: list[BatchJob]) -> None:
        assert self._wake is not None
        self._wake.clear()
        delay = min((j.next_poll_at for j in jobs), default=None)
        timeout = None if delay is None else max(0.0, delay - self.clock())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout)

    def _step(self, now: float, interval: float, *, changed: bool) -> PollStep:
        return next_poll(
            now, interval, changed=changed, first=self.first_interval, cap=self.max_interval
        )

    def _failed(self, job: BatchJob, now: float, error: str) -> BatchJob:
        step = self._step(now, job.poll_interval, changed=False)
        try:
            return self.store.polled(
                job.id,
                None,
                next_poll_at=step.next_poll_at,
                poll_interval=step.poll_interval,
                error=error,
            )
        except Exception:
            _log.exception("storing the state of batch %s failed", job.name)
            return job
