"""The batch store: jobs and requests survive reopening, paging, outcomes and polling state."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.batch_job import (
    BatchStatus,
    Outcome,
    ProcessingStatus,
    RequestCounts,
)
from desktop_app.core.conversation import Usage
from desktop_app.storage import migrations
from desktop_app.storage.batch_store import SqliteBatchStore


def _requests(n: int) -> list[tuple[str, str, str, dict[str, object]]]:
    return [
        (f"req-{i:04d}", f"스크린샷 {i}.png", f"/tmp/스크린샷 {i}.png", {"model": "m", "n": i})
        for i in range(1, n + 1)
    ]


def _job(store: SqliteBatchStore, n: int = 3, group_id: int | None = None):  # type: ignore[no-untyped-def]
    return store.add_job(
        group_id=group_id, label="화면 검토", model="claude-haiku-4-5", prompt="검토해 주세요",
        system="", max_tokens=100, requests=_requests(n),
    )  # fmt: skip


def test_m005_makes_the_tables_in_one_version(db_path: Path) -> None:
    SqliteBatchStore(db_path).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION >= 5
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"batch_jobs", "batch_requests"} <= tables
    conn.close()


def test_a_job_is_stored_at_once_and_seen_by_another_connection(db_path: Path) -> None:
    with SqliteBatchStore(db_path) as store:
        job = _job(store)
        assert job.status is ProcessingStatus.SUBMITTING and job.batch_id is None
        assert job.group_id == job.id and job.counts.processing == 3
        assert store.unfinished() == []  # not followed before the API has it
        status = BatchStatus("msgbatch_01abc", ProcessingStatus.IN_PROGRESS, RequestCounts(3))
        store.submitted(job.id, status, next_poll_at=123.0, poll_interval=7.0)
    with SqliteBatchStore(db_path) as other:
        found = other.find_job("msgbatch_01abc")
        assert (found.id, found.next_poll_at, found.poll_interval) == (job.id, 123.0, 7.0)
        assert other.find_job(str(job.id)).batch_id == "msgbatch_01abc"
        assert [j.id for j in other.unfinished()] == [job.id]
        requests = list(other.requests(job.id))
        assert [r.source_name for r in requests] == [f"스크린샷 {i}.png" for i in (1, 2, 3)]
        assert requests[1].params == {"model": "m", "n": 2}
        with pytest.raises(LookupError, match="no batch 'msgbatch_nope'"):
            other.find_job("msgbatch_nope")


def test_polling_state_and_outcomes(db_path: Path) -> None:
    with SqliteBatchStore(db_path) as store:
        job = _job(store)
        store.submitted(job.id, BatchStatus("msgbatch_x", ProcessingStatus.IN_PROGRESS), 1, 5)
        failed = store.polled(job.id, None, next_poll_at=50, poll_interval=20, error="offline")
        assert (failed.status, failed.poll_interval, failed.error) == (
            ProcessingStatus.IN_PROGRESS, 20, "offline",
        )  # fmt: skip
        ended = BatchStatus(
            "msgbatch_x", ProcessingStatus.ENDED, RequestCounts(0, 1, 1, 1, 0),
            ended_at="2026-12-04T00:00:00+00:00", results_url="http://x/results",
        )  # fmt: skip
        job = store.polled(job.id, ended, next_poll_at=60, poll_interval=40)
        assert job.ended and not job.finished and job.error == ""
        assert job.counts.summary() == "3 of 3 done: 1 succeeded, 1 errored, 1 canceled"
        first, second, third = store.requests(job.id)
        usage = Usage(input_tokens=10, output_tokens=5)
        store.record_outcome(
            first.id, Outcome.SUCCEEDED, conversation_id=7, usage=usage, cost_usd=0.5
        )
        store.record_outcome(second.id, Outcome.ERRORED, error="The API rejected the request.")
        store.record_outcome(third.id, Outcome.CANCELED)
        got = store.request(job.id, first.custom_id)
        assert got is not None and (got.usage, got.cost_usd, got.conversation_id) == (usage, 0.5, 7)
        failed_ones = list(store.requests(job.id, outcomes=(Outcome.ERRORED, Outcome.CANCELED)))
        assert [r.custom_id for r in failed_ones] == [second.custom_id, third.custom_id]
        assert store.results_read(job.id).finished
        assert store.unfinished() == []


def test_requests_are_read_a_page_at_a_time_in_order(db_path: Path) -> None:
    with SqliteBatchStore(db_path) as store:
        job = _job(store, n=1234)
        ids = [r.custom_id for r in store.requests(job.id)]
        assert ids == [f"req-{i:04d}" for i in range(1, 1235)]


def test_split_jobs_share_a_group_and_deleting_a_job_removes_its_requests(db_path: Path) -> None:
    with SqliteBatchStore(db_path) as store:
        first = _job(store, n=2)
        second = _job(store, n=2, group_id=first.group_id)
        assert [j.id for j in store.group(first.group_id)] == [first.id, second.id]
        store.delete_job(second.id)
        assert list(store.requests(second.id)) == []
        assert [j.id for j in store.jobs()] == [first.id]


def test_one_reader_at_a_time_claims_a_request(db_path: Path) -> None:
    with SqliteBatchStore(db_path) as window, SqliteBatchStore(db_path) as shell:
        job = _job(window, n=2)
        first, second = window.requests(job.id)
        assert window.claim(first.id, now=1000.0, stale_after=300)
        assert not shell.claim(first.id, now=1001.0, stale_after=300)  # the window holds it
        assert shell.claim(first.id, now=1301.0, stale_after=300)  # its reader died
        shell.record_outcome(second.id, Outcome.CANCELED)
        assert not window.claim(second.id, now=5000.0, stale_after=300)  # already stored
