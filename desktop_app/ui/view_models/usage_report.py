"""What the Usage view shows, read from the ledger in one go: this month by day, the last
twelve months, this month by model and by conversation, and the rows of the CSV export."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop_app import private_file
from desktop_app.core.spend_report import Period, SpendReport, SpendRow, filled

TOP_CONVERSATIONS: Final = 15
CSV_HEADER: Final = (
    "group",
    "key",
    "label",
    "requests",
    "input",
    "output",
    "cache_write_5m",
    "cache_write_1h",
    "cache_read",
    "cost_usd",
    "batch_cost_usd",
    "unpriced_requests",
)


@dataclass(frozen=True, slots=True)
class UsageReport:
    month: Period
    total: SpendRow  # this month
    days: list[SpendRow]  # every day of this month, empty ones included
    months: list[SpendRow]  # the last twelve months, oldest first
    models: list[SpendRow]  # this month, most expensive first
    conversations: list[SpendRow]  # this month, the most expensive few

    @classmethod
    def read(cls, report: SpendReport, now: float) -> UsageReport:
        month = Period.month_of(now)
        year = Period.months_back(now, 12)
        return cls(
            month=month,
            total=report.total(month),
            days=filled(report.by_day(month), month.days()),
            months=filled(report.by_month(year), year.months()),
            models=report.by_model(month),
            conversations=report.by_conversation(month, TOP_CONVERSATIONS),
        )

    def csv_rows(self) -> list[tuple[object, ...]]:
        """Every figure shown, one row per bar or line; an unknown cost is left empty."""
        groups = [
            ("month_total", [self.total]),
            ("day", self.days),
            ("month", self.months),
            ("model", self.models),
            ("conversation", self.conversations),
        ]
        rows: list[tuple[object, ...]] = [CSV_HEADER]
        for group, spend in groups:
            for row in spend:
                key = self.month.label if group == "month_total" else row.key
                rows.append(
                    (
                        group,
                        key,
                        row.label,
                        row.requests,
                        row.usage.input_tokens,
                        row.usage.output_tokens,
                        row.cache_write_5m,
                        row.cache_write_1h,
                        row.usage.cache_read_input_tokens,
                        "" if row.cost is None else f"{row.cost:.6f}",
                        f"{row.batch_cost_usd:.6f}",
                        row.unknown_requests,
                    )
                )
        return rows

    def write_csv(self, path: Path) -> None:
        """Atomically and readable by the owner alone; raises OSError when it cannot be."""
        with private_file.replacing_text(path, newline="") as out:
            csv.writer(out).writerows(self.csv_rows())
