"""One priced request in the usage ledger: what was spent, on what, at which rates.

The ledger is what the Usage view, `parley usage` and the budget read; every reply,
title, summary and batch result adds one entry (see `ports.UsageLedger`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.conversation import Usage
from desktop_app.core.pricing import Pricing, Rates


class Spend(StrEnum):
    """What the tokens were spent on."""

    REPLY = "reply"
    TITLE = "title"
    SUMMARY = "summary"
    BATCH = "batch"


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    at: float  # Unix time the request ended
    kind: Spend
    model: str
    usage: Usage
    cost_usd: float | None  # None: the model had no known price
    rates: Rates | None  # the rates charged, kept so a later price change rewrites nothing
    conversation_id: int | None = None
    message_id: int | None = None  # a reply's message; one entry per message
    batch_id: str | None = None  # msgbatch_… for a batch result
    batch: bool = False  # charged at the batch price

    @classmethod
    def priced(
        cls,
        pricing: Pricing,
        at: float,
        kind: Spend,
        model: str,
        usage: Usage,
        *,
        batch: bool | None = None,
        conversation_id: int | None = None,
        message_id: int | None = None,
        batch_id: str | None = None,
    ) -> LedgerEntry:
        """An entry at today's prices; `batch` None follows the usage's service tier."""
        batch = usage.batch if batch is None else batch
        rates = pricing.rates(model, usage, batch=batch)
        return cls(
            at=at,
            kind=kind,
            model=model,
            usage=usage,
            cost_usd=pricing.cost(model, usage, batch=batch) if rates is not None else None,
            rates=rates,
            conversation_id=conversation_id,
            message_id=message_id,
            batch_id=batch_id,
            batch=batch,
        )
