"""The batch adapter reads the real API's recorded batches and results (../shared/cassettes)
through the SDK's own types, as it does live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from anthropic._models import construct_type_unchecked
from anthropic.types.messages import MessageBatch, MessageBatchIndividualResponse

from desktop_app.claude.batches import result_line_of, status_of
from desktop_app.core.batch_job import Outcome, ProcessingStatus, RequestCounts
from desktop_app.core.conversation import Usage
from desktop_app.core.errors import ErrorKind
from tests.fakeapi.recordings import cassettes_dir

DERIVED = cassettes_dir() / "derived"
RUBY = "ruby_llm/batch_with_anthropic_claude-haiku-4-5_answers_staged_chats_and_appends_the_answers_to_their_conversations.yml"  # noqa: E501


def _derived(name: str) -> Path:
    path = DERIVED / name
    if not path.exists():
        pytest.skip(f"recording {name} is not here")
    return path


def _lines(name: str) -> list[dict[str, object]]:
    text = _derived(name).read_text(encoding="utf-8")
    return [_as_sdk_reads_it(json.loads(line)) for line in text.splitlines()]


def _as_sdk_reads_it(data: dict[str, object]) -> dict[str, object]:
    """A results line as the SDK's JSONL decoder hands it over, back to plain JSON."""
    item = construct_type_unchecked(value=data, type_=MessageBatchIndividualResponse)
    return item.to_dict()


def test_recorded_batches_become_statuses() -> None:
    listed = json.loads(
        _derived("alexrudall-anthropic/batch_list.yml.response0.200.json").read_text()
    )
    statuses = [status_of(MessageBatch.model_validate(b)) for b in listed["data"]]
    assert {s.processing_status for s in statuses} == {
        ProcessingStatus.IN_PROGRESS, ProcessingStatus.ENDED,
    }  # fmt: skip
    ended = next(s for s in statuses if s.id == "msgbatch_01AcJtwEXDB7Vb8s5DWt9Cb1")
    assert ended.request_counts == RequestCounts(canceled=2)
    assert ended.results_url and ended.results_url.endswith("/results")
    assert ended.ended_at and ended.ended_at.startswith("2025-01-29T14:25:00")
    canceling = json.loads(
        _derived("alexrudall-anthropic/batch_cancel.yml.response0.200.json").read_text()
    )
    status = status_of(MessageBatch.model_validate(canceling))
    assert status.processing_status is ProcessingStatus.CANCELING and not status.ended
    assert status.request_counts.processing == 2 and status.results_url is None


def test_recorded_results_become_result_lines() -> None:
    lines = [result_line_of(d) for d in _lines(f"{RUBY}.response11.200.jsonl")]
    assert [(r.custom_id, r.outcome) for r in lines if r] == [
        ("0", Outcome.SUCCEEDED), ("1", Outcome.SUCCEEDED),
    ]  # fmt: skip
    first = lines[0]
    assert first is not None and first.content == [{"type": "text", "text": "4"}]
    assert first.model == "claude-haiku-4-5-20251001" and first.stop_reason == "end_turn"
    assert first.usage == Usage(input_tokens=20, output_tokens=5, service_tier="batch")
    older = [result_line_of(d) for d in _lines(
        "alexrudall-anthropic/batch_messages_results.yml.response0.200.jsonl"
    )]  # fmt: skip
    assert [r.custom_id for r in older if r] == [
        "first-prompt-in-my-batch", "second-prompt-in-my-batch",
    ]  # fmt: skip


def test_errored_canceled_expired_and_unknown_lines() -> None:
    body = {
        "type": "error",
        "error": {"type": "invalid_request_error", "message": "max_tokens: bad"},
        "request_id": "req_011",
    }
    line = {"custom_id": "req-0001-a", "result": {"type": "errored", "error": body}}
    errored = result_line_of(_as_sdk_reads_it(line))
    assert errored is not None and errored.outcome is Outcome.ERRORED
    assert (errored.error_kind, errored.error_message) == (
        ErrorKind.INVALID_REQUEST, "max_tokens: bad",
    )  # fmt: skip
    for kind in ("canceled", "expired"):
        line = result_line_of({"custom_id": "c", "result": {"type": kind}})
        assert line is not None and line.outcome is Outcome(kind)
    assert result_line_of({"custom_id": "c", "result": {"type": "something_new"}}) is None
    assert result_line_of({"result": {"type": "canceled"}}) is None
