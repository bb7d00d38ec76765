"""What was spent, as plain values read from the usage ledger: totals by day, month, model
and conversation for a period of local time.

Costs are the sums of what each request was charged when it was made; requests whose
model had no known price are counted apart (`unknown_requests`), never as $0.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from desktop_app.core.conversation import Usage


@dataclass(frozen=True, slots=True)
class SpendRow:
    """The spending of one group of requests (a day, a month, a model, a conversation)."""

    key: str  # "2026-12-04", "2026-12", a model id, a conversation id
    usage: Usage  # summed; cache_creation_input_tokens holds both TTLs
    cost_usd: float  # the priced requests' cost
    unknown_requests: int  # requests with no known price, left out of cost_usd
    requests: int
    label: str = ""  # what to show when the key is not enough (a conversation's title)
    batch_cost_usd: float = 0.0  # the part of cost_usd charged at the batch price

    @property
    def cost(self) -> float | None:
        """The whole cost, or None when a part of it is unknown."""
        return None if self.unknown_requests else self.cost_usd

    @property
    def cache_write_5m(self) -> int:
        return self.usage.cache_creation_input_tokens - self.usage.cache_creation_1h_input_tokens

    @property
    def cache_write_1h(self) -> int:
        return self.usage.cache_creation_1h_input_tokens


def empty_row(key: str, label: str = "") -> SpendRow:
    return SpendRow(key, Usage(), 0.0, 0, 0, label)


@dataclass(frozen=True, slots=True)
class Period:
    """A span of time, [start, end) in Unix seconds, bounded by local midnights."""

    start: float
    end: float

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = dt.datetime(year, month, 1).astimezone()
        after = dt.datetime(year + month // 12, month % 12 + 1, 1).astimezone()
        return cls(first.timestamp(), after.timestamp())

    @classmethod
    def month_of(cls, when: float) -> Period:
        local = dt.datetime.fromtimestamp(when)
        return cls.month(local.year, local.month)

    @classmethod
    def months_back(cls, when: float, count: int) -> Period:
        """The `count` months ending with the one holding `when`."""
        local = dt.datetime.fromtimestamp(when)
        index = local.year * 12 + local.month - 1 - (count - 1)
        return cls(cls.month(index // 12, index % 12 + 1).start, cls.month_of(when).end)

    @classmethod
    def parse_month(cls, text: str) -> Period | None:
        """A month written YYYY-MM, or None when the text is not one."""
        try:
            parsed = dt.datetime.strptime(text.strip(), "%Y-%m")
            return cls.month(parsed.year, parsed.month)
        except (ValueError, OverflowError, OSError):  # not a month, or beyond the clock's range
            return None

    @property
    def label(self) -> str:
        return dt.datetime.fromtimestamp(self.start).strftime("%Y-%m")

    def days(self) -> list[str]:
        """Every local day in the period, as the ledger's day keys."""
        day = dt.datetime.fromtimestamp(self.start).date()
        last = dt.datetime.fromtimestamp(self.end - 1).date()
        out = []
        while day <= last:
            out.append(day.isoformat())
            day += dt.timedelta(days=1)
        return out

    def months(self) -> list[str]:
        first = dt.datetime.fromtimestamp(self.start)
        last = dt.datetime.fromtimestamp(self.end - 1)
        index, stop = first.year * 12 + first.month - 1, last.year * 12 + last.month - 1
        return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index, stop + 1)]


class SpendReport(Protocol):
    """The read side of the usage ledger."""

    def total(self, period: Period) -> SpendRow: ...

    def by_day(self, period: Period) -> list[SpendRow]:
        """One row per local day that had spending, oldest first."""
        ...

    def by_month(self, period: Period) -> list[SpendRow]:
        """One row per local month that had spending, oldest first."""
        ...

    def by_model(self, period: Period) -> list[SpendRow]:
        """Most expensive first."""
        ...

    def by_conversation(self, period: Period, limit: int | None = None) -> list[SpendRow]:
        """Most expensive first; the label is the conversation's title."""
        ...

    def conversation_total(self, conversation_id: int) -> SpendRow: ...


def filled(rows: list[SpendRow], keys: list[str]) -> list[SpendRow]:
    """`rows` with an empty row for every key that had no spending, in the keys' order."""
    found = {row.key: row for row in rows}
    return [found.get(key) or empty_row(key) for key in keys]
