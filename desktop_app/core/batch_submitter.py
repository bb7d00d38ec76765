"""Sending a planned submission: each chunk is stored as a job at once, its attachment
references resolved to base64 just before the create call, then given its `msgbatch_…` id.

"Resubmit failed" plans again from the stored params of a job's errored, canceled and expired
requests, so nothing but the database is needed to send them again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.batch_job import FAILED_OUTCOMES, FIRST_POLL_INTERVAL, BatchJob
from desktop_app.core.batch_plan import (
    BatchLimits,
    BatchPlan,
    PlanError,
    PlannedRequest,
    encoded_size,
    estimate,
    estimate_tokens,
    split,
)
from desktop_app.core.errors import ApiError
from desktop_app.core.ports import BatchClient, BatchStore
from desktop_app.core.pricing import Pricing

API_LIMITS = BatchLimits()  # the API's own


class SubmitError(Exception):
    """A chunk the API refused; `jobs` are the chunks of the same submission it took before."""

    def __init__(self, error: ApiError, jobs: list[BatchJob]) -> None:
        sent = f" {len(jobs)} earlier part(s) were submitted." if jobs else " Nothing was sent."
        super().__init__(f"{error}{sent}")
        self.error = error
        self.jobs = jobs


class BatchSubmitter:
    def __init__(
        self,
        store: BatchStore,
        client: BatchClient,
        resolver: AttachmentResolver,
        *,
        clock: Callable[[], float] = time.time,
        first_poll: float = FIRST_POLL_INTERVAL,
        on_stored: Callable[[BatchJob], None] | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.resolver = resolver
        self.clock = clock
        self.first_poll = first_poll
        self.on_stored = on_stored  # told of each job as soon as it is stored, before sending

    async def submit(
        self,
        plan: BatchPlan,
        *,
        label: str,
        model: str,
        prompt: str,
        system: str,
        max_tokens: int,
    ) -> list[BatchJob]:
        """One job per chunk, in order; raises SubmitError when the API refuses a chunk."""
        jobs: list[BatchJob] = []
        for chunk in plan.chunks:
            job = self.store.add_job(
                group_id=jobs[0].group_id if jobs else None,
                label=label,
                model=model,
                prompt=prompt,
                system=system,
                max_tokens=max_tokens,
                requests=[(r.custom_id, r.source_name, r.source_path, r.params) for r in chunk],
            )
            if self.on_stored is not None:
                self.on_stored(job)
            try:
                body = await asyncio.to_thread(self._resolved, chunk)
                status = await self.client.create(body)
            except ApiError as error:
                self.store.delete_job(job.id)
                raise SubmitError(error, jobs) from None
            except BaseException:
                self.store.delete_job(job.id)
                raise
            jobs.append(
                self.store.submitted(
                    job.id, status, self.clock() + self.first_poll, self.first_poll
                )
            )
        return jobs

    async def resubmit_failed(
        self, job: BatchJob, pricing: Pricing, limits: BatchLimits = API_LIMITS
    ) -> list[BatchJob]:
        """A new submission of the errored, canceled and expired requests of `job`'s group."""
        plan = self.failed_plan(job, pricing, limits)
        return await self.submit(
            plan,
            label=f"{job.label} (resubmitted)" if job.label else "resubmitted",
            model=job.model,
            prompt=job.prompt,
            system=job.system,
            max_tokens=job.max_tokens,
        )

    def failed_plan(
        self, job: BatchJob, pricing: Pricing, limits: BatchLimits = API_LIMITS
    ) -> BatchPlan:
        sized: list[PlannedRequest] = []
        for member in self.store.group(job.group_id):
            for request in self.store.requests(member.id, outcomes=FAILED_OUTCOMES):
                params, custom_id = request.params, request.custom_id
                sized.append(
                    PlannedRequest(
                        custom_id,
                        request.source_name,
                        request.source_path,
                        params,
                        encoded_size(custom_id, params),
                        estimate_tokens(params),
                    )
                )
        if not sized:
            raise PlanError(f"batch {job.name} has no failed requests to send again")
        return BatchPlan(split(sized, limits), estimate(sized, pricing), sized)

    def _resolved(self, chunk: list[PlannedRequest]) -> list[dict[str, Any]]:
        """The create call's body: attachment references turned into base64 blocks."""
        body = []
        for request in chunk:
            params = dict(request.params)
            params["messages"] = [self._turn(turn) for turn in params.get("messages") or []]
            body.append({"custom_id": request.custom_id, "params": params})
        return body

    def _turn(self, turn: Any) -> Any:
        if isinstance(turn, dict) and isinstance(turn.get("content"), list):
            return self.resolver.resolve([turn])[0]
        return turn
