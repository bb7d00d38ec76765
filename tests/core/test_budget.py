"""The monthly budget: the month's status from the real ledger, and the setting's checks."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.core.budget import BudgetStatus
from desktop_app.core.conversation import Usage
from desktop_app.core.ledger import LedgerEntry, Spend
from desktop_app.core.pricing import Pricing
from desktop_app.core.settings import Settings
from desktop_app.storage.usage_ledger import SqliteUsageLedger


def test_status_counts_this_local_month_only(tmp_path):
    pricing = Pricing.load()
    now = dt.datetime(2026, 5, 20, 9).timestamp()
    last_month = dt.datetime(2026, 4, 30, 23, 30).timestamp()
    usage = Usage(100_000, 20_000)
    with SqliteUsageLedger(tmp_path / "db.sqlite3") as ledger:
        for when, model in [(now, "claude-sonnet-4-6"), (last_month, "claude-sonnet-4-6")]:
            ledger.record(LedgerEntry.priced(pricing, when, Spend.REPLY, model, usage))
        ledger.record(LedgerEntry.priced(pricing, now, Spend.REPLY, "claude-2.1", usage))
        spent = pricing.cost("claude-sonnet-4-6", usage)
        assert spent is not None
        status = BudgetStatus.of(ledger, spent / 0.85, now)
        assert status.spent == pytest.approx(spent) and status.unknown_requests == 1
        assert status.warn and not status.over and status.percent in (84, 85)
        assert BudgetStatus.of(ledger, spent, now).over
        assert not BudgetStatus.of(ledger, spent * 2, now).warn
        none = BudgetStatus.of(ledger, None, now)
        assert none.share is None and not none.warn and not none.over


@pytest.mark.parametrize(
    ("stored", "loaded"),
    [(20, 20.0), (12.5, 12.5), (0, None), (-3, None), ("20", None), (True, None), (None, None)],
)
def test_the_budget_setting_is_a_positive_number_or_none(tmp_path, stored, loaded):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"monthly_budget_usd": stored, "theme": "dark"}), encoding="utf-8")
    settings = Settings.load(path)
    assert settings.monthly_budget_usd == loaded and settings.theme == "dark"
    settings.save(path)
    assert Settings.load(path).monthly_budget_usd == loaded
