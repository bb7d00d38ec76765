"""The Usage view and the monthly budget in the real window, against the local API: figures
equal to the ledger, the banner from 80 %, the question at 100 %, and the CSV export."""

from __future__ import annotations

import csv
import json
import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop_app.core.budget import BudgetStatus
from desktop_app.core.spend_report import Period
from desktop_app.ui.dialogs.usage_window import UsageWindow, cost_text
from tests.fakeapi import FakeApi, Reply
from tests.file_modes import mode
from tests.ui.chat_driver import ChatDriver


def first_exchange(ui: ChatDriver, api: FakeApi) -> None:
    # Large token counts, so the spending is worth a budget in whole cents.
    answer = Reply.text("경복궁은 조선의 법궁입니다.", input_tokens=50_000, output_tokens=60_000)
    api.queue(answer, Reply.text("경복궁 이야기"))
    ui.send("경복궁에 대해 알려줘")
    ui.wait_idle()
    ui.qtbot.waitUntil(lambda: ui.titles() == ["경복궁 이야기"], timeout=5000)


def open_usage(ui: ChatDriver) -> UsageWindow:
    ui.qtbot.keyClick(ui.window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier
                      | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    ui.qtbot.waitUntil(lambda: ui.window.findChild(UsageWindow) is not None, timeout=5000)
    usage = ui.window.findChild(UsageWindow)
    assert usage is not None
    ui.qtbot.waitExposed(usage)
    return usage


def set_budget(ui: ChatDriver, usage: UsageWindow, dollars: float) -> None:
    usage.budget_box.setValue(dollars)
    usage.budget_box.editingFinished.emit()
    ui.process()


def month_total(ui: ChatDriver):
    ledger = ui.window.connection.ledger
    assert ledger is not None
    return ledger.total(Period.month_of(time.time()))


def test_the_view_shows_what_the_ledger_holds(ready_window: ChatDriver, claude_env: FakeApi):
    ui = ready_window
    first_exchange(ui, claude_env)
    total = month_total(ui)
    assert total.requests == 2 and total.cost_usd > 0  # the reply and its title

    usage = open_usage(ui)
    assert usage.report.total == total
    assert cost_text(total) in usage.total_label.text()
    assert "): 2 requests, " in usage.total_label.text()
    ledger = ui.window.connection.ledger
    models = ledger.by_model(Period.month_of(time.time()))
    shown = [
        (usage.model_table.item(r, 0).text(), usage.model_table.item(r, 6).toolTip())
        for r in range(usage.model_table.rowCount())
    ]
    assert shown == [(ui.window.model_name(m.key), cost_text(m)) for m in models]
    assert usage.conversation_table.item(0, 0).text() == "경복궁 이야기"
    assert sum(b.value for b in usage.day_chart.bars) == pytest.approx(total.cost_usd)
    assert sum(b.value for b in usage.month_chart.bars) == pytest.approx(total.cost_usd)
    assert len(usage.month_chart.bars) == 12
    today = time.localtime().tm_mday
    assert usage.day_chart.bars[today - 1].value == pytest.approx(total.cost_usd)

    # Left open, the view follows what is spent next.
    claude_env.queue(Reply.text("광화문도 있습니다."))
    ui.send("광화문은?")
    ui.wait_idle()
    ui.qtbot.waitUntil(lambda: usage.report.total.requests == 3, timeout=5000)
    assert usage.report.total == month_total(ui)
    usage.close()


def test_the_banner_shows_from_80_percent_of_the_budget(
    ready_window: ChatDriver, claude_env: FakeApi, parley_home: Path
):
    ui = ready_window
    first_exchange(ui, claude_env)
    assert not ui.window.budget.banner.isVisibleTo(ui.window)
    spent = month_total(ui).cost_usd
    usage = open_usage(ui)

    set_budget(ui, usage, round(spent / 0.5, 2) + 0.01)  # about half used: no banner
    assert not ui.window.budget.banner.isVisibleTo(ui.window)
    budget = round(spent / 0.85, 2)
    set_budget(ui, usage, budget)
    banner = ui.window.budget.banner
    assert banner.isVisibleTo(ui.window)
    percent = BudgetStatus(spent, budget).percent
    assert 80 <= percent < 100
    assert re.fullmatch(
        r"You have used (\d+) % of this month's \$[\d.]+ budget\.", ui.window.budget.label.text()
    )
    assert f"{percent} %" in ui.window.budget.label.text()
    saved = json.loads((parley_home / "settings.json").read_text(encoding="utf-8"))
    assert saved["monthly_budget_usd"] == budget
    assert f"{percent} %" in usage.budget_label.text()
    usage.close()


@pytest.mark.parametrize("answer", ["Cancel", "Send anyway"])
def test_at_100_percent_sending_waits_for_an_answer(
    ready_window: ChatDriver, claude_env: FakeApi, answer: str
):
    ui = ready_window
    first_exchange(ui, claude_env)
    usage = open_usage(ui)
    set_budget(ui, usage, month_total(ui).cost_usd / 2)
    usage.close()
    sent_before = len(claude_env.message_requests())
    seen: list[tuple[str, int, str]] = []

    def answer_it() -> None:
        box = ui.window.budget.question
        if box is None:
            QTimer.singleShot(20, answer_it)
            return
        # The send waits on the question: nothing has gone out yet.
        seen.append((box.text(), len(claude_env.message_requests()), ui.window.composer.text()))
        button = next(b for b in box.buttons() if b.text() == answer)
        button.click()

    claude_env.queue(Reply.text("근정전은 중심 건물입니다."))
    QTimer.singleShot(20, answer_it)
    ui.send("근정전은?")
    ((question, requests_meanwhile, typed),) = seen
    assert re.fullmatch(
        r"You have spent \$[\d.]+ of this month's \$[\d.]+ budget\. Send anyway\?", question
    )
    assert requests_meanwhile == sent_before and typed == "근정전은?"
    if answer == "Cancel":
        ui.process()
        assert len(claude_env.message_requests()) == sent_before
        assert ui.window.composer.text() == "근정전은?"  # kept for later
    else:
        ui.wait_shown("근정전은 중심 건물입니다.")
        ui.wait_idle()
        assert len(claude_env.message_requests()) == sent_before + 1


def test_csv_export_holds_the_figures_shown(
    ready_window: ChatDriver, claude_env: FakeApi, tmp_path: Path
):
    ui = ready_window
    first_exchange(ui, claude_env)
    usage = open_usage(ui)
    path = tmp_path / "사용량 보고서.csv"
    assert usage.export_to(path)
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    total = month_total(ui)
    (month,) = [r for r in rows if r["group"] == "month_total"]
    assert float(month["cost_usd"]) == pytest.approx(total.cost_usd, rel=1e-6)
    assert int(month["requests"]) == 2 and int(month["input"]) == total.usage.input_tokens
    days = [r for r in rows if r["group"] == "day"]
    assert len(days) == len(Period.month_of(time.time()).days())
    (conversation,) = [r for r in rows if r["group"] == "conversation"]
    assert conversation["label"] == "경복궁 이야기"
    assert str(path) in usage.note.text()
    assert mode(path) == 0o600  # spending is private, wherever the user puts it

    assert not usage.export_to(tmp_path / "없는 폴더" / "usage.csv")
    assert usage.note.text().startswith("Could not write usage.csv:")
    usage.close()
