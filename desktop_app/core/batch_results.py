"""Reading an ended batch's results, one line at a time, into Parley's history.

Each succeeded request becomes a conversation (the request, then the answer, titled after its
source and marked "from batch …") priced at the batch rate in the usage ledger; an errored one
keeps its error in plain words. Reading again skips what is stored, so it never duplicates.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from desktop_app.core.batch_job import BatchJob, BatchRequest, Outcome, ResultLine
from desktop_app.core.conversation import Block, Role, text_block
from desktop_app.core.errors import ApiError, ErrorKind, describe
from desktop_app.core.ledger import LedgerEntry, Spend
from desktop_app.core.ports import BatchClient, BatchStore, ConversationStore, UsageLedger
from desktop_app.core.pricing import Pricing

CLAIM_STALE_AFTER = 300.0  # seconds; a reader holding a claim longer has died


def result_error(kind: ErrorKind, message: str) -> str:
    """An errored request's error in plain words, the API's own message after it."""
    text = describe(ApiError(kind, detail=message))
    if message and message not in text:
        text += f" ({message})"
    return text


def conversation_title(request: BatchRequest, batch_id: str) -> str:
    return f"{request.source_name or request.custom_id} · from batch {batch_id}"


@dataclass(frozen=True, slots=True)
class ResultsRead:
    """What one reading stored (lines already stored before are not counted)."""

    succeeded: int = 0
    errored: int = 0
    canceled: int = 0
    expired: int = 0
    unknown: int = 0  # lines whose custom_id is not one of the job's
    held: int = 0  # lines another reader is storing right now; the job is read again later


class BatchResultsReader:
    def __init__(
        self,
        store: BatchStore,
        conversations: ConversationStore,
        client: BatchClient,
        pricing: Pricing,
        ledger: UsageLedger | None = None,
    ) -> None:
        self.store = store
        self.conversations = conversations
        self.client = client
        self.pricing = pricing
        self.ledger = ledger

    async def read(self, job: BatchJob) -> ResultsRead:
        """Store every result line of an ended job, then mark its results read."""
        if job.batch_id is None:
            return ResultsRead()
        counts = dict.fromkeys(
            ("succeeded", "errored", "canceled", "expired", "unknown", "held"), 0
        )
        async for line in self.client.results(job.batch_id):
            request = self.store.request(job.id, line.custom_id)
            if request is None:
                counts["unknown"] += 1
                continue
            if request.outcome is not None:
                continue
            # The window and `parley batch wait` may read the same results at once: only the
            # reader holding the claim makes the conversation, so none is made twice.
            if not self.store.claim(request.id, time.time(), CLAIM_STALE_AFTER):
                counts["held"] += 1
                continue
            self._store(job, request, line)
            counts[line.outcome.value] += 1
        if not counts["held"]:
            self.store.results_read(job.id)
        return ResultsRead(**counts)

    def _store(self, job: BatchJob, request: BatchRequest, line: ResultLine) -> None:
        match line.outcome:
            case Outcome.SUCCEEDED:
                self._succeeded(job, request, line)
            case Outcome.ERRORED:
                error = result_error(line.error_kind, line.error_message)
                self.store.record_outcome(request.id, Outcome.ERRORED, error=error)
            case Outcome.CANCELED | Outcome.EXPIRED:
                self.store.record_outcome(request.id, line.outcome)

    def _succeeded(self, job: BatchJob, request: BatchRequest, line: ResultLine) -> None:
        assert job.batch_id is not None
        params = request.params
        model = line.model or str(params.get("model") or job.model)
        conversation = self.conversations.create_conversation(
            model,
            system_prompt=_system_text(params.get("system")),
            title=conversation_title(request, job.batch_id),
        )
        for turn in params.get("messages") or []:
            if isinstance(turn, dict) and turn.get("role") in ("user", "assistant"):
                self.conversations.add_message(
                    conversation.id, Role(turn["role"]), _blocks(turn.get("content"))
                )
        message = self.conversations.add_message(
            conversation.id,
            Role.ASSISTANT,
            line.content,
            model=model,
            usage=line.usage,
            stop_reason=line.stop_reason,
        )
        cost = None
        if line.usage is not None:
            cost = self.pricing.cost(model, line.usage, batch=True)
            if self.ledger is not None:
                self.ledger.record(
                    LedgerEntry.priced(
                        self.pricing,
                        time.time(),
                        Spend.BATCH,
                        model,
                        line.usage,
                        batch=True,
                        conversation_id=conversation.id,
                        message_id=message.id,
                        batch_id=job.batch_id,
                    )
                )
        self.store.record_outcome(
            request.id,
            Outcome.SUCCEEDED,
            conversation_id=conversation.id,
            usage=line.usage,
            cost_usd=cost,
        )


def _blocks(content: Any) -> list[Block]:
    if isinstance(content, str):
        return [text_block(content)]
    return [b for b in content or [] if isinstance(b, dict)]


def _system_text(system: Any) -> str:
    if isinstance(system, list):
        return "\n\n".join(str(b.get("text", "")) for b in system if isinstance(b, dict))
    return str(system or "")
