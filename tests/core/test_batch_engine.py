"""The batch engine end to end on real parts: submit through the SDK to the local server, follow
with backoff, read mixed results into conversations, cancel, split, resubmit, resume."""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.batch_job import Outcome, ProcessingStatus
from desktop_app.core.batch_plan import CUSTOM_ID, BatchLimits, BatchSource
from desktop_app.core.conversation import Role
from desktop_app.core.errors import ApiError
from tests.core.batch_rig import (
    MODEL,
    PROMPT,
    BatchRig,
    batch_bodies,
    make_files,
    script_batches,
)


@pytest.fixture
def rig(tmp_path: Path, fakeapi) -> Iterator[BatchRig]:  # type: ignore[no-untyped-def]
    script_batches(fakeapi, seconds=0.3)
    opened = BatchRig.open(tmp_path, fakeapi.url)
    yield opened
    opened.close()


async def _follow(rig: BatchRig, job_ids: set[int]) -> list[str]:
    seen = []
    async for job in rig.poller.follow(job_ids):
        seen.append(job.status.value)
    return seen


@pytest.mark.asyncio
async def test_files_become_requests_with_their_blocks(
    rig: BatchRig, tmp_path: Path, fakeapi
) -> None:  # type: ignore[no-untyped-def]
    paths = make_files(tmp_path / "in")
    plan = rig.plan(rig.sources(paths))
    (job,) = await rig.submit(plan)
    assert job.batch_id and job.batch_id.startswith("msgbatch_")
    assert job.status is ProcessingStatus.IN_PROGRESS and job.counts.processing == 4
    (body,) = batch_bodies(fakeapi)
    sent = {r["custom_id"]: r["params"] for r in body["requests"]}
    assert all(CUSTOM_ID.fullmatch(c) for c in sent)
    stored = {r.custom_id: r for r in rig.store.requests(job.id)}
    assert set(stored) == set(sent)
    by_source = {stored[c].source_name: p for c, p in sent.items()}
    image = by_source["스크린샷 1.png"]["messages"][0]["content"]
    assert image[0]["type"] == "image" and image[0]["source"]["type"] == "base64"
    assert base64.b64decode(image[0]["source"]["data"]) == paths[0].read_bytes()
    assert image[1] == {"type": "text", "text": PROMPT}
    pdf = by_source["명세서.pdf"]["messages"][0]["content"][0]
    assert pdf["type"] == "document" and pdf["source"]["media_type"] == "application/pdf"
    text = by_source["메모.txt"]["messages"][0]["content"][0]
    assert text["type"] == "text" and "두 번째 줄" in text["text"] and "메모.txt" in text["text"]
    assert all(
        "parley" not in block for p in sent.values() for block in p["messages"][0]["content"]
    )
    # the database keeps references, not the bytes
    kept = stored[next(c for c in sent if stored[c].source_name == "스크린샷 1.png")]
    assert kept.params["messages"][0]["content"][0]["source"]["type"] == "parley_attachment"


@pytest.mark.asyncio
async def test_mixed_outcomes_are_read_into_conversations_once(rig: BatchRig, fakeapi) -> None:  # type: ignore[no-untyped-def]
    sources = [BatchSource(f"variant {n}", prompt=f"질문 {n}") for n in range(1, 5)]
    plan = rig.plan(sources)
    ids = [r.custom_id for r in plan.requests]
    script_batches(
        fakeapi,
        seconds=0.3,
        outcomes={ids[1]: "errored", ids[2]: "canceled", ids[3]: "expired"},
    )
    (job,) = await rig.submit(plan)
    statuses = await _follow(rig, {job.id})
    assert statuses[-1] == "ended" and "in_progress" in statuses
    job = rig.store.job(job.id)
    assert job.finished and job.counts.succeeded == 1 and job.counts.errored == 1
    outcomes = {r.custom_id: r for r in rig.store.requests(job.id)}
    good = outcomes[ids[0]]
    assert good.outcome is Outcome.SUCCEEDED and good.conversation_id is not None
    assert good.usage is not None and good.cost_usd is not None
    assert good.cost_usd == pytest.approx(rig.pricing.cost(MODEL, good.usage, batch=True))
    assert good.cost_usd < (rig.pricing.cost(MODEL, good.usage, batch=False) or 0)
    conversation = rig.conversations.get_conversation(good.conversation_id)
    assert conversation.title == f"variant 1 · from batch {job.batch_id}"
    messages = rig.conversations.messages(good.conversation_id)
    assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
    assert messages[0].text == "질문 1" and messages[1].text and messages[1].usage == good.usage
    bad = outcomes[ids[1]]
    assert bad.outcome is Outcome.ERRORED and bad.conversation_id is None
    assert bad.error.startswith("The API had an internal error.")  # how the server scripts it
    assert (outcomes[ids[2]].outcome, outcomes[ids[3]].outcome) == (
        Outcome.CANCELED, Outcome.EXPIRED,
    )  # fmt: skip
    spent = rig.ledger.conversation_total(good.conversation_id)
    assert spent.requests == 1 and spent.batch_cost_usd == pytest.approx(good.cost_usd)
    before = len(rig.conversations.list_conversations())
    again = await rig.poller.reader.read(job)
    assert again.succeeded == 0 and len(rig.conversations.list_conversations()) == before == 1


@pytest.mark.asyncio
async def test_cancel_ends_the_batch_with_canceled_requests(rig: BatchRig, fakeapi) -> None:  # type: ignore[no-untyped-def]
    script_batches(fakeapi, seconds=30)
    plan = rig.plan([BatchSource(f"v{n}") for n in range(3)])
    (job,) = await rig.submit(plan)
    job = await rig.poller.cancel(job)
    assert job.status in (ProcessingStatus.CANCELING, ProcessingStatus.ENDED)
    await _follow(rig, {job.id})
    job = rig.store.job(job.id)
    assert job.finished and job.counts.canceled == 3
    assert {r.outcome for r in rig.store.requests(job.id)} == {Outcome.CANCELED}


@pytest.mark.asyncio
async def test_a_submission_above_the_limits_is_split_into_a_group(rig: BatchRig, fakeapi) -> None:  # type: ignore[no-untyped-def]
    plan = rig.plan([BatchSource(f"v{n}") for n in range(5)], BatchLimits(max_requests=2))
    jobs = await rig.submit(plan)
    assert len(jobs) == 3 and len({j.group_id for j in jobs}) == 1
    assert len({j.batch_id for j in jobs}) == 3
    assert [len(b["requests"]) for b in batch_bodies(fakeapi)] == [2, 2, 1]
    await _follow(rig, {j.id for j in jobs})
    assert all(rig.store.job(j.id).finished for j in jobs)


@pytest.mark.asyncio
async def test_resubmit_sends_exactly_the_failed_requests(rig: BatchRig, fakeapi) -> None:  # type: ignore[no-untyped-def]
    plan = rig.plan([BatchSource(f"v{n}", prompt=f"질문 {n}") for n in range(5)])
    ids = [r.custom_id for r in plan.requests]
    script_batches(fakeapi, seconds=0.2, outcomes={ids[1]: "errored", ids[4]: "expired"})
    (job,) = await rig.submit(plan)
    await _follow(rig, {job.id})
    script_batches(fakeapi, seconds=0.2)
    again = await rig.submitter.resubmit_failed(rig.store.job(job.id), rig.pricing)
    resent = batch_bodies(fakeapi)[-1]["requests"]
    assert sorted(r["custom_id"] for r in resent) == sorted([ids[1], ids[4]])
    assert resent[0]["params"]["messages"][0]["content"][-1]["text"] in ("질문 1", "질문 4")
    await _follow(rig, {j.id for j in again})
    assert all(r.outcome is Outcome.SUCCEEDED for j in again for r in rig.store.requests(j.id))


@pytest.mark.asyncio
async def test_a_new_poller_picks_up_a_job_from_the_database(tmp_path: Path, fakeapi) -> None:  # type: ignore[no-untyped-def]
    script_batches(fakeapi, seconds=0.5)
    first = BatchRig.open(tmp_path, fakeapi.url)
    (job,) = await first.submit(first.plan([BatchSource("v1"), BatchSource("v2")]))
    polled = await first.poller.poll(first.store.job(job.id))
    assert not polled.ended
    first.close()  # the app quits while the batch is processing
    second = BatchRig.open(tmp_path, fakeapi.url)
    try:
        assert [j.id for j in second.store.unfinished()] == [job.id]
        await _follow(second, {job.id})
        assert second.store.job(job.id).finished
        assert len(second.conversations.list_conversations()) == 2
    finally:
        second.close()


@pytest.mark.asyncio
async def test_polling_while_offline_backs_off_and_keeps_the_job(rig: BatchRig, fakeapi) -> None:  # type: ignore[no-untyped-def]
    (job,) = await rig.submit(rig.plan([BatchSource("v1")]))
    fakeapi.stop()
    once = await rig.poller.poll(rig.store.job(job.id))
    twice = await rig.poller.poll(once)
    assert "offline" in twice.error and twice.poll_interval > once.poll_interval
    assert not twice.ended and [j.id for j in rig.store.unfinished()] == [job.id]
    with pytest.raises(ApiError):
        await rig.poller.cancel(twice)


@pytest.mark.asyncio
async def test_a_result_another_reader_holds_is_left_to_it(rig: BatchRig, fakeapi) -> None:  # type: ignore[no-untyped-def]
    script_batches(fakeapi, seconds=0.1)
    plan = rig.plan([BatchSource("v1", prompt="하나"), BatchSource("v2", prompt="둘")])
    (job,) = await rig.submit(plan)
    first = next(iter(rig.store.requests(job.id)))
    assert rig.store.claim(first.id, time.time(), 300)  # `parley batch wait` is storing it
    await asyncio.sleep(0.2)
    read = await rig.poller.reader.read(rig.store.job(job.id))
    assert (read.succeeded, read.held) == (1, 1)
    assert not rig.store.job(job.id).results_read  # looked at again on the next poll
    assert rig.store.request(job.id, first.custom_id).outcome is None  # type: ignore[union-attr]
    assert len(rig.conversations.list_conversations()) == 1
