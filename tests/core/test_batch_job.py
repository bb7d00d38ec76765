"""Batch job values: request counts as the API sends them, and the polling backoff."""

from __future__ import annotations

from desktop_app.core.batch_job import (
    FIRST_POLL_INTERVAL,
    MAX_POLL_INTERVAL,
    RequestCounts,
    next_poll,
)


def test_backoff_doubles_from_five_seconds_to_a_five_minute_cap() -> None:
    interval, seen = FIRST_POLL_INTERVAL, []
    for _ in range(9):
        step = next_poll(1000.0, interval, changed=False)
        assert step.next_poll_at == 1000.0 + step.poll_interval
        interval = step.poll_interval
        seen.append(interval)
    assert seen == [10, 20, 40, 80, 160, 300, 300, 300, 300]
    assert MAX_POLL_INTERVAL == 300 and FIRST_POLL_INTERVAL == 5


def test_a_batch_that_moves_keeps_the_pace() -> None:
    assert next_poll(0.0, 40.0, changed=True).poll_interval == 40.0
    assert next_poll(0.0, 0.5, changed=True, first=2.0, cap=9.0).poll_interval == 2.0
    assert next_poll(0.0, 8.0, changed=False, first=2.0, cap=9.0).poll_interval == 9.0


def test_request_counts_from_the_wire_and_in_words() -> None:
    wire = {"processing": 2, "succeeded": 3, "errored": 1, "canceled": 0, "expired": 1, "new": 5}
    counts = RequestCounts.from_dict(wire)
    assert counts.to_dict() == {k: v for k, v in wire.items() if k != "new"}
    assert (counts.total, counts.done) == (7, 5)
    assert counts.summary() == "5 of 7 done: 3 succeeded, 1 errored, 1 expired, 2 processing"
    assert RequestCounts.from_dict({"processing": -1, "succeeded": "x"}) == RequestCounts()
    assert RequestCounts.from_dict(None) == RequestCounts()
