"""Rows of `batch_jobs` and `batch_requests` to values: JSON columns (counts, params, usage)
parsed back into the core's batch types."""

from __future__ import annotations

import json
from typing import Any, Final

from desktop_app.core.batch_job import (
    BatchJob,
    BatchRequest,
    Outcome,
    ProcessingStatus,
    RequestCounts,
)
from desktop_app.core.conversation import Usage

JOB_COLUMNS: Final = (
    "id, group_id, batch_id, label, model, prompt, system, max_tokens, created_at,"
    " processing_status, request_counts, results_url, ended_at, next_poll_at, poll_interval,"
    " results_read, error"
)
REQUEST_COLUMNS: Final = (
    "id, job_id, custom_id, source_name, source_path, params, outcome, error, conversation_id,"
    " usage, cost_usd"
)


def job_from_row(row: tuple[Any, ...]) -> BatchJob:
    return BatchJob(
        id=row[0],
        group_id=row[1],
        batch_id=row[2],
        label=row[3],
        model=row[4],
        prompt=row[5],
        system=row[6],
        max_tokens=row[7],
        created_at=row[8],
        status=ProcessingStatus(row[9]),
        counts=RequestCounts.from_dict(json.loads(row[10] or "{}")),
        results_url=row[11],
        ended_at=row[12],
        next_poll_at=row[13],
        poll_interval=row[14],
        results_read=bool(row[15]),
        error=row[16],
    )


def request_from_row(row: tuple[Any, ...]) -> BatchRequest:
    return BatchRequest(
        id=row[0],
        job_id=row[1],
        custom_id=row[2],
        source_name=row[3],
        source_path=row[4],
        params=json.loads(row[5]),
        outcome=Outcome(row[6]) if row[6] else None,
        error=row[7],
        conversation_id=row[8],
        usage=Usage.from_dict(json.loads(row[9])) if row[9] else None,
        cost_usd=row[10],
    )
