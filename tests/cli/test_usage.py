"""`parley usage` and the monthly budget from the shell, as real processes against the local
API: the ledger's sums are what `parley usage --json` prints."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from desktop_app.core.pricing import Pricing
from desktop_app.core.settings import Settings
from tests.fakeapi import Reply


def ledger_rows(parley_home):
    conn = sqlite3.connect(parley_home / "parley.sqlite3")
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM usage_ledger").fetchall()
    finally:
        conn.close()


def test_usage_json_equals_the_sums_of_the_ledger(parley, fakeapi, parley_home):
    fakeapi.queue(Reply.text("서울은 한국의 수도입니다."), Reply.text("한국의 수도"))
    assert parley("ask", "한국의 수도는 어디인가요?").returncode == 0
    fakeapi.queue(Reply.text("부산은 항구 도시입니다."))
    assert parley("ask", "-c", "1", "부산은요?").returncode == 0
    fakeapi.queue(Reply.text("Paris."), Reply.text("French capital"))
    assert parley("ask", "-m", "claude-haiku-4-5", "Capital of France?").returncode == 0

    rows = ledger_rows(parley_home)
    assert len(rows) == 5  # three replies and two titles
    done = parley("usage", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["month"] == dt.date.today().strftime("%Y-%m")
    assert report["requests"] == 5 and report["unpriced_requests"] == 0
    for field, column in [
        ("input", "input_tokens"),
        ("output", "output_tokens"),
        ("cache_write_5m", "cache_write_5m_tokens"),
        ("cache_write_1h", "cache_write_1h_tokens"),
        ("cache_read", "cache_read_tokens"),
    ]:
        assert report[field] == sum(r[column] for r in rows), field
    assert report["input"] > 0 and report["output"] > 0
    assert report["cost"] == pytest.approx(sum(r["cost_usd"] for r in rows), rel=1e-12)
    assert report["cost"] > 0
    models = {m["model"]: m for m in report["by_model"]}
    haiku = [r for r in rows if r["model"].startswith("claude-haiku")]
    assert sum(m["requests"] for m in models.values()) == 5
    assert sum(m["requests"] for k, m in models.items() if k.startswith("claude-haiku")) == len(
        haiku
    )
    assert [d["day"] for d in report["by_day"]] == [dt.date.today().isoformat()]

    text = parley("usage")
    assert text.returncode == 0
    assert "5 requests" in text.stdout and "claude-sonnet-4-6" in text.stdout


def test_batch_spend_is_marked(parley, parley_home):
    from desktop_app.core.conversation import Usage
    from desktop_app.core.ledger import LedgerEntry, Spend
    from desktop_app.storage.usage_ledger import SqliteUsageLedger

    parley_home.mkdir(parents=True, exist_ok=True)
    when = dt.datetime(2026, 3, 9, 10).timestamp()
    usage = Usage(40_000, 9_000)
    pricing = Pricing.load()
    with SqliteUsageLedger(parley_home / "parley.sqlite3") as ledger:
        for batch in (True, False):
            kind = Spend.BATCH if batch else Spend.REPLY
            entry = LedgerEntry.priced(pricing, when, kind, "claude-sonnet-4-6", usage, batch=batch)
            ledger.record(entry)
    report = json.loads(parley("usage", "--month", "2026-03", "--json").stdout)
    batch_cost = pricing.cost("claude-sonnet-4-6", usage, batch=True)
    assert report["batch_cost"] == pytest.approx(batch_cost)
    assert report["cost"] == pytest.approx(batch_cost + pricing.cost("claude-sonnet-4-6", usage))
    assert batch_cost < pricing.cost("claude-sonnet-4-6", usage)
    text = parley("usage", "--month", "2026-03").stdout
    assert f"(batch ${batch_cost:.2f})" in text and "2026-03-09" in text


def test_an_empty_month_and_a_bad_month(parley):
    empty = parley("usage", "--month", "2019-01")
    assert empty.returncode == 0 and empty.stdout.strip() == "No usage in 2019-01."
    as_json = json.loads(parley("usage", "--month", "2019-01", "--json").stdout)
    assert as_json["requests"] == 0 and as_json["cost"] == 0 and as_json["by_day"] == []
    for beyond in ("9999-12", "0001-01", "2019-1-1", "march"):
        refused = parley("usage", "--month", beyond)
        assert refused.returncode == 2 and refused.stderr.startswith("parley: not a month:")
    bad = parley("usage", "--month", "2019-13")
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.strip() == (
        "parley: not a month: '2019-13' (write it as YYYY-MM, e.g. 2026-03)"
    )


def test_an_unknown_price_is_unknown_never_zero(parley, fakeapi, parley_home):
    fakeapi.queue(Reply.text("오래된 모델"), Reply.text("제목"))
    assert parley("ask", "-m", "claude-2.1", "안녕?").returncode == 0
    report = json.loads(parley("usage", "--json").stdout)
    by_model = {m["model"]: m for m in report["by_model"]}
    assert by_model["claude-2.1"]["cost"] is None
    assert by_model["claude-2.1"]["unpriced_requests"] == 1
    assert report["cost"] is None and report["priced_cost"] > 0  # the title was priced
    assert "of unknown price" in parley("usage").stdout


def test_ask_refuses_over_budget_unless_told(parley, fakeapi, parley_home):
    fakeapi.queue(Reply.text("첫 답"), Reply.text("제목"))
    assert parley("ask", "첫 질문").returncode == 0
    spent = sum(r["cost_usd"] for r in ledger_rows(parley_home))
    Settings(monthly_budget_usd=spent).save(parley_home / "settings.json")
    before = len(fakeapi.message_requests())
    history = parley("history").stdout

    refused = parley("ask", "두 번째 질문")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1
    assert "budget is used up" in refused.stderr and "--over-budget" in refused.stderr
    assert len(fakeapi.message_requests()) == before
    assert parley("history").stdout == history  # nothing stored

    fakeapi.queue(Reply.text("두 번째 답"))
    allowed = parley("ask", "--over-budget", "-c", "1", "두 번째 질문")
    assert allowed.returncode == 0 and "두 번째 답" in allowed.stdout

    Settings(monthly_budget_usd=spent * 100).save(parley_home / "settings.json")
    fakeapi.queue(Reply.text("세 번째 답"))
    assert parley("ask", "-c", "1", "세 번째").returncode == 0


def test_user_price_corrections_apply_to_new_requests(parley, fakeapi, parley_home):
    override = {
        "updated": "2099-01-01",
        "models": {
            "claude-2.1": {
                "input": 1000.0,
                "cache_write_5m": 1250.0,
                "cache_write_1h": 2000.0,
                "cache_read": 100.0,
                "output": 5000.0,
                "batch": {
                    "input": 500.0,
                    "cache_write_5m": 625.0,
                    "cache_write_1h": 1000.0,
                    "cache_read": 50.0,
                    "output": 2500.0,
                },
            }
        },
    }
    parley_home.mkdir(parents=True, exist_ok=True)
    (parley_home / "pricing.json").write_text(json.dumps(override), encoding="utf-8")
    fakeapi.queue(Reply.text("비싼 답"), Reply.text("제목"))
    assert parley("ask", "-m", "claude-2.1", "질문").returncode == 0
    (row,) = [r for r in ledger_rows(parley_home) if r["model"] == "claude-2.1"]
    pricing = Pricing.load(override=parley_home / "pricing.json")
    assert row["cost_usd"] == pytest.approx(
        (row["input_tokens"] * 1000 + row["output_tokens"] * 5000) / 1e6
    )
    assert pricing.price("claude-2.1") is not None
