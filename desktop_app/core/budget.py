"""The monthly budget: how much of this local month's budget is spent, for the window's
banner and send confirmation and for `parley ask`'s refusal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from desktop_app.core.spend_report import Period, SpendReport

WARN_SHARE: Final = 0.8


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    spent: float  # the priced requests of the month, USD
    budget: float | None  # None: no budget set
    unknown_requests: int = 0  # requests of unknown price, not in `spent`

    @classmethod
    def of(cls, report: SpendReport, budget: float | None, now: float) -> BudgetStatus:
        """The status for the local month holding `now`."""
        month = report.total(Period.month_of(now))
        return cls(month.cost_usd, budget, month.unknown_requests)

    @property
    def share(self) -> float | None:
        """Spent over budget (1.0 = all of it), or None when there is no budget."""
        if self.budget is None or self.budget <= 0:
            return None
        return self.spent / self.budget

    @property
    def warn(self) -> bool:
        share = self.share
        return share is not None and share >= WARN_SHARE

    @property
    def over(self) -> bool:
        share = self.share
        return share is not None and share >= 1.0

    @property
    def percent(self) -> int:
        """The share as a whole percentage, rounded down (so 100 % means reached)."""
        share = self.share
        return int(share * 100) if share is not None else 0
