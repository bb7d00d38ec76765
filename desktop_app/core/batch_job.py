"""Message Batch jobs as pure values: what the API says of a batch, the job Parley keeps for it,
each request's outcome, and how the polling interval backs off.

A job is one API batch (`msgbatch_…`); a submission split above the API's limits is several
jobs sharing a `group_id`. Identity (the local ids) is assigned by the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop_app.core.conversation import Block, Usage
from desktop_app.core.errors import ErrorKind
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate

# A create call that has not answered in this long never will (the SDK gives up after ten
# minutes): its job was stranded by a crash mid-send, and may be removed.
SEND_GIVEN_UP_AFTER = 15 * 60.0
FIRST_POLL_INTERVAL = 5.0  # seconds; doubled after every poll that finds the batch unchanged
MAX_POLL_INTERVAL = 300.0  # most batches end within an hour: five minutes is close enough


class ProcessingStatus(StrEnum):
    """The API's `processing_status`, plus `submitting` before the API has the batch."""

    SUBMITTING = "submitting"
    IN_PROGRESS = "in_progress"
    CANCELING = "canceling"
    ENDED = "ended"


class Outcome(StrEnum):
    """One request's result type, as in a results line."""

    SUCCEEDED = "succeeded"
    ERRORED = "errored"
    CANCELED = "canceled"
    EXPIRED = "expired"


FAILED_OUTCOMES = (Outcome.ERRORED, Outcome.CANCELED, Outcome.EXPIRED)


@dataclass(frozen=True, slots=True)
class RequestCounts:
    processing: int = 0
    succeeded: int = 0
    errored: int = 0
    canceled: int = 0
    expired: int = 0

    @property
    def total(self) -> int:
        return self.processing + self.succeeded + self.errored + self.canceled + self.expired

    @property
    def done(self) -> int:
        return self.total - self.processing

    def to_dict(self) -> dict[str, int]:
        return {
            "processing": self.processing,
            "succeeded": self.succeeded,
            "errored": self.errored,
            "canceled": self.canceled,
            "expired": self.expired,
        }

    @classmethod
    def from_dict(cls, data: object) -> RequestCounts:
        if not isinstance(data, dict):
            return cls()
        return cls(*(_count(data.get(name)) for name in cls().to_dict()))

    def summary(self) -> str:
        """e.g. "3 of 5 done: 2 succeeded, 1 errored, 2 processing"."""
        names = {
            "succeeded": QT_TRANSLATE_NOOP("Batches", "{count} succeeded"),
            "errored": QT_TRANSLATE_NOOP("Batches", "{count} errored"),
            "canceled": QT_TRANSLATE_NOOP("Batches", "{count} canceled"),
            "expired": QT_TRANSLATE_NOOP("Batches", "{count} expired"),
        }
        parts = [
            translate("Batches", names[name]).format(count=n)
            for name, n in self.to_dict().items()
            if n and name in names
        ]
        if self.processing:
            parts.append(translate("Batches", "{count} processing").format(count=self.processing))
        done = translate("Batches", "{done} of {total} done").format(
            done=self.done, total=self.total
        )
        return done + (": " + ", ".join(parts) if parts else "")


def _count(value: object) -> int:
    return value if isinstance(value, int) and value >= 0 else 0


@dataclass(frozen=True, slots=True)
class BatchStatus:
    """What the API says of one batch (create, retrieve, list and cancel all answer this)."""

    id: str
    processing_status: ProcessingStatus
    request_counts: RequestCounts = RequestCounts()
    created_at: str = ""
    ended_at: str | None = None
    expires_at: str | None = None
    results_url: str | None = None

    @property
    def ended(self) -> bool:
        return self.processing_status is ProcessingStatus.ENDED


@dataclass(frozen=True, slots=True)
class BatchJob:
    """One API batch as Parley keeps it; `batch_id` is None only while it is being submitted."""

    id: int
    group_id: int  # the first job's id of a split submission; its own id otherwise
    batch_id: str | None
    label: str
    model: str
    prompt: str
    system: str
    max_tokens: int
    created_at: float
    status: ProcessingStatus
    counts: RequestCounts = RequestCounts()
    results_url: str | None = None
    ended_at: str | None = None
    next_poll_at: float = 0.0  # Unix time the next retrieve is due
    poll_interval: float = FIRST_POLL_INTERVAL
    results_read: bool = False  # every results line has been stored
    error: str = ""  # the last polling failure, in plain words; "" when the last poll went well

    @property
    def ended(self) -> bool:
        return self.status is ProcessingStatus.ENDED

    @property
    def finished(self) -> bool:
        """Nothing more to do: the batch ended and its results are stored."""
        return self.ended and self.results_read

    @property
    def name(self) -> str:
        """How to call the job to the user: its API id, or its number while submitting."""
        return self.batch_id or f"job {self.id}"

    def stranded(self, now: float) -> bool:
        """Parley stopped while sending it: the API never named it, and never will."""
        return (
            self.status is ProcessingStatus.SUBMITTING
            and self.batch_id is None
            and now - self.created_at > SEND_GIVEN_UP_AFTER
        )


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """One request of a job: where it came from, what was asked, and what came of it."""

    id: int
    job_id: int
    custom_id: str
    source_name: str  # the file name, "row 3" of a CSV, "variant 2"…
    source_path: str  # the file it came from; "" when none
    params: dict[str, Any]  # the Messages API params, attachments as references
    outcome: Outcome | None = None
    error: str = ""  # an errored request's error in plain words
    conversation_id: int | None = None  # where a succeeded request's answer is kept
    usage: Usage | None = None
    cost_usd: float | None = None  # at the batch price; None: unknown or not yet there


@dataclass(frozen=True, slots=True)
class ResultLine:
    """One parsed line of a batch's results file."""

    custom_id: str
    outcome: Outcome
    content: list[Block] = field(default_factory=list)  # a succeeded request's answer
    model: str = ""
    usage: Usage | None = None
    stop_reason: str | None = None
    error_kind: ErrorKind = ErrorKind.SERVER  # an errored request's error, by its type
    error_message: str = ""


@dataclass(frozen=True, slots=True)
class PollStep:
    """When to look again, after a poll that changed something or not."""

    next_poll_at: float
    poll_interval: float


def next_poll(
    now: float,
    interval: float,
    *,
    changed: bool,
    first: float = FIRST_POLL_INTERVAL,
    cap: float = MAX_POLL_INTERVAL,
) -> PollStep:
    """Back off while a batch sits still (or polling fails); keep the pace while it moves."""
    interval = max(first, min(cap, interval if changed else interval * 2))
    return PollStep(now + interval, interval)
