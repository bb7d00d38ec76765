"""The New batch dialog on its own: files that cannot go are named in plain words, dropped files,
prompts from CSV and JSONL, variants, the review presets, and Submit only with a plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.core.model_catalogue import ModelCatalogue
from desktop_app.core.pricing import Pricing
from desktop_app.core.settings import ReviewPreset, Settings
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.ui.dialogs.new_batch_dialog import NewBatchDialog
from desktop_app.ui.view_models.batch_sources import BatchOrder

WAIT_MS = 15_000
PRESET = ReviewPreset("접근성 검토", "이 화면의 접근성 문제를 모두 찾아 주세요")


@pytest.fixture
def dialog(qtbot: QtBot, parley_home: Path) -> NewBatchDialog:
    settings = Settings(review_presets=(PRESET,))
    made = NewBatchDialog(
        ModelCatalogue(paths.models_cache_path()),
        Pricing.load(),
        settings,
        AttachmentStore(paths.attachments_dir()),
    )
    qtbot.addWidget(made)
    made.show()
    return made


def images(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n, name in enumerate(names):
        Image.new("RGB", (30 + n, 20), "white").save(folder / name)
        made.append(folder / name)
    return made


def test_a_file_that_cannot_go_is_named_plainly_and_the_rest_go(
    dialog: NewBatchDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "화면들"
    images(folder, ["가.png", "나.png"])
    (folder / "깨진 화면.png").write_bytes(b"\x89PNG not really a picture")
    dialog.use_folder(folder)
    qtbot.waitUntil(lambda: bool(dialog.refusals.text()), timeout=WAIT_MS)
    assert [s.name for s in dialog.sources()] == ["가.png", "나.png"]
    refused = dialog.refusals.text()
    assert "깨진 화면.png" in refused and "Traceback" not in refused
    dialog.prompt.setPlainText("무엇이 보이나요?")
    assert dialog.estimate.text().startswith("2 requests")
    assert dialog.submit_button.isEnabled()


def test_files_dropped_on_the_dialog_become_its_requests(
    dialog: NewBatchDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    dropped = images(tmp_path, ["첫 화면.png", "둘째 화면.png", "셋째.png"])
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in dropped])
    at, copy, left = QPointF(20, 20), Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, copy, data, left, none)
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(at, copy, data, left, none)
    QApplication.sendEvent(dialog, move)
    assert move.isAccepted()
    QApplication.sendEvent(dialog, QDropEvent(at, copy, data, left, none))
    qtbot.waitUntil(lambda: len(dialog.sources()) == 3, timeout=WAIT_MS)
    assert dialog.kind.currentIndex() == 1
    assert {s.path for s in dialog.sources()} == {str(p) for p in dropped}


def test_prompts_come_from_a_csv_or_jsonl_file_and_need_no_shared_prompt(
    dialog: NewBatchDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    table = tmp_path / "질문들.csv"
    table.write_text("prompt,note\n서울의 인구는?,a\n,empty row\n부산의 명소는?,b\n", "utf-8")
    dialog.use_prompt_file(table)
    qtbot.waitUntil(lambda: len(dialog.sources()) == 2, timeout=WAIT_MS)
    assert [s.prompt for s in dialog.sources()] == ["서울의 인구는?", "부산의 명소는?"]
    assert dialog.submit_button.isEnabled() and dialog.estimate.text().startswith("2 requests")

    lines = tmp_path / "요청.jsonl"
    request = {"custom_id": "hand-1", "params": {"model": "claude-haiku-4-5-20251001",
               "max_tokens": 20, "messages": [{"role": "user", "content": "안녕"}]}}  # fmt: skip
    lines.write_text(
        json.dumps({"prompt": "첫 줄 질문"}, ensure_ascii=False) + "\nnot json\n"
        + json.dumps(request, ensure_ascii=False) + "\n", "utf-8"
    )  # fmt: skip
    dialog.use_prompt_file(lines)
    qtbot.waitUntil(lambda: "요청.jsonl" in dialog.refusals.text(), timeout=WAIT_MS)
    assert len(dialog.sources()) == 2
    assert dialog.sources()[1].params == request["params"]
    assert "line 2: not valid JSON" in dialog.refusals.text()

    table.write_text("question\n왜?\n", "utf-8")
    dialog.use_prompt_file(table)
    qtbot.waitUntil(lambda: "column named 'prompt'" in dialog.refusals.text(), timeout=WAIT_MS)
    assert not dialog.submit_button.isEnabled()


def test_variants_with_a_preset_prompt_are_submitted_as_one_order(
    dialog: NewBatchDialog, qtbot: QtBot
) -> None:
    orders: list[BatchOrder] = []
    dialog.submitted.connect(orders.append)
    dialog.kind.setCurrentIndex(3)
    dialog.count.setValue(4)
    assert not dialog.submit_button.isEnabled()  # no prompt yet
    chip = next(b for b in dialog.presets.findChildren(QPushButton) if b.text() == PRESET.label)
    chip.click()
    assert dialog.prompt.toPlainText() == PRESET.prompt
    dialog.max_tokens.setValue(300)
    assert dialog.estimate.text().startswith("4 requests")
    dialog.submit_button.click()

    assert len(orders) == 1 and not dialog.isVisible()
    order = orders[0]
    assert order.prompt == PRESET.prompt and order.label == PRESET.prompt[:60]
    assert order.max_tokens == 300 and order.plan.estimate.requests == 4
    texts = [r.params["messages"][0]["content"][-1]["text"] for r in order.plan.requests]
    assert texts == [PRESET.prompt] * 4


def test_a_folder_is_prepared_on_a_worker_with_its_progress_shown(
    dialog: NewBatchDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "스크린샷 모음"
    images(folder, [f"화면 {n:02d}.png" for n in range(12)])
    seen: list[tuple[int, int]] = []
    labels: list[str] = []

    def on_progressed(_job: int, done: int, total: int) -> None:
        seen.append((done, total))
        labels.append(dialog.sources_label.text())

    dialog.jobs.progressed.connect(on_progressed)
    dialog.use_folder(folder)
    assert dialog.sources_label.text() == "Preparing 스크린샷 모음…"  # back at once, not done
    assert not dialog.submit_button.isEnabled()
    qtbot.waitUntil(lambda: len(dialog.sources()) == 12, timeout=WAIT_MS)
    assert seen == [(n, 12) for n in range(12)]
    assert "Preparing 스크린샷 모음: 11 of 12…" in labels
    assert dialog.sources_label.text().startswith("12 to send: 화면 00.png")
