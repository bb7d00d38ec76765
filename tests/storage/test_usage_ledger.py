"""The usage ledger in SQLite: recording, spending reports by local day, month, model and
conversation, and pricing the replies copied in from before the ledger existed."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.conversation import Usage
from desktop_app.core.ledger import LedgerEntry, Spend
from desktop_app.core.pricing import Pricing
from desktop_app.core.spend_report import Period, filled
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.migrations import MIGRATIONS
from desktop_app.storage.usage_ledger import SqliteUsageLedger

PRICING = Pricing.load()


def at(day: str, hour: int = 12) -> float:
    return dt.datetime.fromisoformat(f"{day}T{hour:02d}:00:00").timestamp()


def entry(when: float, model: str, usage: Usage, **kw) -> LedgerEntry:
    return LedgerEntry.priced(PRICING, when, kw.pop("kind", Spend.REPLY), model, usage, **kw)


def test_reports_group_by_local_day_month_model_and_conversation(db_path: Path):
    with SqliteConversationStore(db_path) as store:
        korean = store.create_conversation("claude-sonnet-4-6", title="서울 여행 계획").id
        english = store.create_conversation("claude-haiku-4-5", title="Tax forms").id
    big = Usage(1000, 500, 2000, 8000, 500)
    small = Usage(200, 50)
    entries = [
        entry(at("2026-03-01", 0), "claude-sonnet-4-6", big, conversation_id=korean, message_id=1),
        entry(at("2026-03-01", 23), "claude-haiku-4-5", small, conversation_id=english),
        entry(at("2026-03-15"), "claude-2.1", small, conversation_id=korean, message_id=2),
        entry(at("2026-03-31", 23), "claude-sonnet-4-6", small, batch=True, kind=Spend.BATCH),
        entry(at("2026-04-01", 0), "claude-sonnet-4-6", big, conversation_id=english),
    ]
    with SqliteUsageLedger(db_path) as ledger:
        for e in entries:
            ledger.record(e)
        march = Period.month(2026, 3)
        total = ledger.total(march)
        assert total.requests == 4 and total.unknown_requests == 1 and total.cost is None
        priced = [e.cost_usd for e in entries[:4] if e.cost_usd is not None]
        assert total.cost_usd == pytest.approx(sum(priced))
        assert total.batch_cost_usd == pytest.approx(entries[3].cost_usd)
        assert total.usage == big + small + small + small
        assert (total.cache_write_5m, total.cache_write_1h) == (1500, 500)

        days = ledger.by_day(march)
        assert [d.key for d in days] == ["2026-03-01", "2026-03-15", "2026-03-31"]
        assert days[0].requests == 2 and days[1].cost is None
        every_day = filled(days, march.days())
        assert len(every_day) == 31 and every_day[1].requests == 0

        year = Period.months_back(at("2026-04-10"), 12)
        assert year.months()[0] == "2025-05" and year.months()[-1] == "2026-04"
        months = ledger.by_month(year)
        assert [(m.key, m.requests) for m in months] == [("2026-03", 4), ("2026-04", 1)]

        models = ledger.by_model(march)
        assert models[0].key == "claude-sonnet-4-6" and models[0].requests == 2
        assert {m.key: m.cost for m in models}["claude-2.1"] is None

        convs = ledger.by_conversation(march)
        assert [(c.label, c.requests) for c in convs] == [("서울 여행 계획", 2), ("Tax forms", 1)]
        assert ledger.by_conversation(march, limit=1)[0].label == "서울 여행 계획"
        whole = ledger.conversation_total(english)
        assert whole.requests == 2
        assert whole.cost == pytest.approx(entries[1].cost_usd + entries[4].cost_usd)
        assert ledger.total(Period.month(2026, 5)).requests == 0


def test_recording_a_message_again_replaces_its_entry(db_path: Path):
    with SqliteUsageLedger(db_path) as ledger:
        ledger.record(entry(at("2026-03-02"), "claude-sonnet-4-6", Usage(10, 1), message_id=7))
        ledger.record(entry(at("2026-03-02"), "claude-sonnet-4-6", Usage(10, 90), message_id=7))
        total = ledger.total(Period.month(2026, 3))
        assert total.requests == 1 and total.usage.output_tokens == 90


def test_replies_from_before_the_ledger_are_priced_once_at_todays_prices(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:3]:
        migration(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.execute(
        "INSERT INTO conversations (id, title, model, created_at, updated_at)"
        " VALUES (1, '옛 대화', 'claude-sonnet-4-6', 0, 0)"
    )
    old = {"input_tokens": 3000, "output_tokens": 700, "cache_creation_input_tokens": 1200}
    old["cache_read_input_tokens"] = 5000
    for mid, role, model, usage in [
        (1, "user", None, None),
        (2, "assistant", "claude-sonnet-4-6", json.dumps(old)),
        (3, "assistant", "claude-2.1", json.dumps({"input_tokens": 5, "output_tokens": 5})),
    ]:
        conn.execute(
            "INSERT INTO messages (id, conversation_id, role, content, text, state, created_at,"
            " model, usage) VALUES (?, 1, ?, '[]', '', 'complete', ?, ?, ?)",
            (mid, role, at("2026-02-10"), model, usage),
        )
    conn.close()

    with SqliteUsageLedger(path) as ledger:
        february = Period.month(2026, 2)
        assert ledger.total(february).unknown_requests == 2  # not priced yet: unknown
        assert ledger.price_unpriced(PRICING) == 2
        assert ledger.price_unpriced(PRICING) == 0
        usage = Usage(3000, 700, 1200, 5000)
        total = ledger.total(february)
        assert total.requests == 2 and total.unknown_requests == 1  # claude-2.1 has no price
        assert total.cost_usd == pytest.approx(PRICING.cost("claude-sonnet-4-6", usage))
        assert ledger.conversation_total(1).usage == usage + Usage(5, 5)
