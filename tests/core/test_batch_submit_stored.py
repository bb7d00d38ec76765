"""The submitter tells of each job as soon as it is stored, before the API has it, so a window
can show the row at once (a large upload takes a while)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.batch_job import BatchJob, ProcessingStatus
from desktop_app.core.batch_plan import BatchLimits, BatchSource
from desktop_app.core.batch_submitter import BatchSubmitter
from tests.core.batch_rig import BatchRig, script_batches


@pytest.fixture
def rig(tmp_path: Path, fakeapi) -> Iterator[BatchRig]:  # type: ignore[no-untyped-def]
    script_batches(fakeapi, seconds=0.3)
    opened = BatchRig.open(tmp_path, fakeapi.url)
    yield opened
    opened.close()


@pytest.mark.asyncio
async def test_each_part_is_told_when_stored_before_it_is_sent(rig: BatchRig, fakeapi) -> None:  # type: ignore[no-untyped-def]
    told: list[tuple[BatchJob, BatchJob, int]] = []

    def on_stored(job: BatchJob) -> None:  # what the database holds at that moment
        creates = [r for r in fakeapi.requests if r.path == "/v1/messages/batches"]
        told.append((job, rig.store.job(job.id), len(creates)))

    submitter = BatchSubmitter(
        rig.store, rig.client, AttachmentResolver(rig.files), on_stored=on_stored
    )
    sources = [BatchSource(f"변형 {n}") for n in range(1, 4)]
    plan = rig.plan(sources, BatchLimits(max_requests=2))
    jobs = await submitter.submit(
        plan, label="나눠 보내기", model=plan.requests[0].params["model"], prompt="안녕",
        system="", max_tokens=50,
    )  # fmt: skip

    assert [t[0].id for t in told] == [j.id for j in jobs] and len(jobs) == 2
    for (job, stored, creates_before), n in zip(told, (0, 1), strict=True):
        assert job.batch_id is None and job.status is ProcessingStatus.SUBMITTING
        assert stored == job and creates_before == n
    assert all(j.batch_id for j in jobs)
