"""Message Batches through the window, end to end: the New batch dialog on a folder with Korean
file names, the Batches view following the job on the app's loop against the local server,
the notice when it ends, results as conversations, mixed outcomes, Cancel, Resubmit failed,
a restart while polling, and export."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

from PIL import Image
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.claude.batches import AnthropicBatchClient
from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.batch_export import ResultFormat
from desktop_app.core.batch_job import BatchJob, Outcome
from desktop_app.core.batch_plan import BatchLimits, BatchSource, custom_id_for, plan_batch
from desktop_app.core.batch_submitter import BatchSubmitter
from desktop_app.core.pricing import Pricing
from desktop_app.storage.batch_store import SqliteBatchStore
from desktop_app.ui.dialogs.batches_window import BatchesWindow
from desktop_app.ui.dialogs.new_batch_dialog import NewBatchDialog
from desktop_app.ui.view_models.batch_list_model import Column
from tests.fakeapi import FakeApi
from tests.file_modes import mode
from tests.ui.chat_driver import WAIT_MS, ChatDriver, type_into
from tests.ui.conftest import WindowFactory, close_window

PROMPT = "이 화면의 문제를 찾아 주세요"
MODEL = "claude-haiku-4-5-20251001"


def screenshots(folder: Path, count: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        path = folder / f"스크린샷 {n}.png"
        Image.new("RGB", (48 + n, 32), (40 * n, 90, 160)).save(path)
        paths.append(path)
    (folder / "메모.txt").write_text("not an image: a folder batch leaves it out", encoding="utf-8")
    return paths


def batch_window(open_window: WindowFactory, fakeapi: FakeApi, seconds: float) -> ChatDriver:
    """A main window whose batch follower polls every few tenths of a second."""
    fakeapi.batch_seconds = seconds
    driver = open_window(ready=False)
    follower = driver.window.batches.follower
    follower.first_interval, follower.max_interval = 0.1, 0.4
    driver.wait_ready()
    driver.qtbot.waitUntil(lambda: follower.ready, timeout=WAIT_MS)
    return driver


def new_batch(driver: ChatDriver) -> NewBatchDialog:
    driver.window.batches.on_new_batch_requested()
    dialog = driver.window.findChild(NewBatchDialog)
    assert dialog is not None
    model = dialog.model.findData(MODEL)
    assert model >= 0
    dialog.model.setCurrentIndex(model)
    return dialog


def batches_view(driver: ChatDriver) -> BatchesWindow:
    view = driver.window.findChild(BatchesWindow)
    if view is None:
        driver.window.batches.on_batches_requested()
        view = driver.window.findChild(BatchesWindow)
    assert view is not None and view.isVisible()
    return view


def submit_variants(driver: ChatDriver, count: int, prompt: str = PROMPT) -> BatchesWindow:
    dialog = new_batch(driver)
    dialog.kind.setCurrentIndex(3)
    dialog.count.setValue(count)
    dialog.prompt.setPlainText(prompt)
    driver.qtbot.waitUntil(dialog.submit_button.isEnabled, timeout=WAIT_MS)
    dialog.submit_button.click()
    return batches_view(driver)


def wait_sent(qtbot: QtBot, view: BatchesWindow) -> BatchJob:
    def sent() -> bool:
        job = view.model.job_at(0)
        return job is not None and job.batch_id is not None

    qtbot.waitUntil(sent, timeout=WAIT_MS)
    job = view.model.job_at(0)
    assert job is not None
    return job


def wait_finished(qtbot: QtBot, view: BatchesWindow, row: int = 0) -> BatchJob:
    def finished() -> bool:
        job = view.model.job_at(row)
        return job is not None and job.finished

    qtbot.waitUntil(finished, timeout=WAIT_MS)
    job = view.model.job_at(row)
    assert job is not None
    return job


def cell(view: BatchesWindow, row: int, column: Column) -> str:
    return str(view.model.index(row, column).data())


def test_a_folder_of_korean_screenshots_goes_as_a_batch_and_comes_back_as_conversations(
    claude_env: FakeApi, open_window: WindowFactory, tmp_path: Path
) -> None:
    driver = batch_window(open_window, claude_env, seconds=1.0)
    qtbot, window = driver.qtbot, driver.window
    shots = screenshots(tmp_path / "검토할 화면")
    dialog = new_batch(driver)
    dialog.use_folder(tmp_path / "검토할 화면")  # where the folder chooser leads
    qtbot.waitUntil(lambda: len(dialog.sources()) == 3, timeout=WAIT_MS)
    assert "스크린샷 1.png" in dialog.sources_label.text()
    assert not dialog.submit_button.isEnabled()  # no prompt yet
    type_into(qtbot, dialog.prompt, PROMPT)
    estimate = dialog.estimate.text()
    assert "3 requests" in estimate and "list price" in estimate and "batch price" in estimate
    plan = dialog.plan
    assert plan is not None and plan.estimate.input_cost_batch is not None
    assert plan.estimate.input_cost_list == 2 * plan.estimate.input_cost_batch  # Haiku: half

    dialog.submit_button.click()
    view = batches_view(driver)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    stored = window.batches.follower.store.jobs()
    assert len(stored) == 1 and stored[0].prompt == PROMPT and stored[0].model == MODEL
    wait_sent(qtbot, view)
    assert cell(view, 0, Column.LABEL) == PROMPT
    job = wait_finished(qtbot, view)

    assert job.counts.succeeded == 3 and job.counts.processing == 0
    assert cell(view, 0, Column.COUNTS) == "3 succeeded"
    assert cell(view, 0, Column.STATUS) == "Ended"
    notice = window.batches.notifier.last
    assert PROMPT in notice and "3 succeeded" in notice
    assert notice in window.statusBar().currentMessage()
    titles = [window.list_model.conversation_at(r).title for r in range(3)]
    for shot in shots:
        assert f"{shot.name} · from batch {job.batch_id}" in titles
    assert [view.details.item(r).text().split(" — ")[0] for r in range(3)] == [
        s.name for s in shots
    ]

    view.open_button.click()
    assert window.current_id is not None
    conversation = window.store.get_conversation(window.current_id)
    assert conversation is not None and f"from batch {job.batch_id}" in conversation.title
    messages = window.store.messages(window.current_id)
    assert [m.role.value for m in messages] == ["user", "assistant"]
    assert messages[0].text == PROMPT and messages[-1].text
    driver.wait_shown(messages[-1].text[:20])


def test_mixed_outcomes_show_counts_and_plain_errors_and_resubmit_sends_only_the_failed(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = batch_window(open_window, claude_env, seconds=0.3)
    qtbot = driver.qtbot
    ids = [custom_id_for(f"variant {n}", n) for n in range(1, 5)]
    claude_env.batch_outcomes.update({ids[1]: "errored", ids[2]: "expired"})
    view = submit_variants(driver, 4)
    job = wait_finished(qtbot, view)

    assert (job.counts.succeeded, job.counts.errored, job.counts.expired) == (2, 1, 1)
    assert cell(view, 0, Column.COUNTS) == "2 succeeded · 1 errored · 1 expired"
    details = [view.details.item(r).text() for r in range(view.details.count())]
    errored = next(d for d in details if d.startswith("variant 2"))
    assert "error:" in errored and "Traceback" not in errored and "{" not in errored
    assert any(d.startswith("variant 3") and "expired" in d for d in details)
    assert view.resubmit_button.isEnabled() and view.export_button.isEnabled()

    claude_env.batch_outcomes.clear()
    creates_before = len(_creates(claude_env))
    view.resubmit_button.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=WAIT_MS)
    again = wait_finished(qtbot, view)
    body = _creates(claude_env)[creates_before]
    assert sorted(r["custom_id"] for r in body["requests"]) == sorted([ids[1], ids[2]])
    assert again.counts.succeeded == 2 and again.label == f"{PROMPT} (resubmitted)"


def test_cancel_ends_a_running_batch_with_its_requests_canceled(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = batch_window(open_window, claude_env, seconds=60)
    qtbot = driver.qtbot
    view = submit_variants(driver, 2)
    qtbot.waitUntil(lambda: view.cancel_button.isEnabled(), timeout=WAIT_MS)
    assert cell(view, 0, Column.STATUS) == "In progress"
    view.cancel_button.click()
    job = wait_finished(qtbot, view)
    assert job.counts.canceled == 2 and not view.cancel_button.isEnabled()
    assert view.resubmit_button.isEnabled()
    details = [view.details.item(r).text() for r in range(view.details.count())]
    assert all(d.endswith("canceled") for d in details), details


def test_a_batch_followed_at_close_is_picked_up_by_the_next_window(
    claude_env: FakeApi, open_window: WindowFactory, qtbot: QtBot
) -> None:
    first = batch_window(open_window, claude_env, seconds=2.0)
    view = submit_variants(first, 2, prompt="재시작 후에도 이어서")
    batch_id = wait_sent(qtbot, view).batch_id
    close_window(qtbot, first.window)  # the app quits while the batch is processing

    second = batch_window(open_window, claude_env, seconds=2.0)
    window = second.window
    qtbot.waitUntil(lambda: bool(window.batches.notifier.last), timeout=WAIT_MS)
    assert "2 succeeded" in window.batches.notifier.last
    titles = [
        window.list_model.conversation_at(r).title for r in range(window.list_model.rowCount())
    ]
    assert sum(f"from batch {batch_id}" in t for t in titles) == 2
    view = batches_view(second)
    assert view.model.job_at(0).batch_id == batch_id and view.model.job_at(0).finished


def test_results_export_as_csv_jsonl_and_markdown(
    claude_env: FakeApi, open_window: WindowFactory, tmp_path: Path
) -> None:
    driver = batch_window(open_window, claude_env, seconds=0.2)
    ids = [custom_id_for(f"variant {n}", n) for n in range(1, 3)]
    claude_env.batch_outcomes.update({ids[1]: "errored"})
    view = submit_variants(driver, 2)
    job = wait_finished(driver.qtbot, view)
    answer = next(
        driver.window.store.messages(r.conversation_id)[-1].text
        for r in view.follower.store.requests(job.id)
        if r.outcome is Outcome.SUCCEEDED and r.conversation_id is not None
    )

    assert view.export(job, tmp_path / "결과.csv", ResultFormat.CSV)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "결과.csv").read_text("utf-8"))))
    assert [(r["source"], r["outcome"]) for r in rows] == [
        ("variant 1", "succeeded"),
        ("variant 2", "errored"),
    ]
    assert rows[0]["text"] == answer and rows[1]["error"] and not rows[1]["text"]
    assert float(rows[0]["cost_usd"]) > 0

    assert view.export(job, tmp_path / "결과.jsonl", ResultFormat.JSONL)
    lines = [json.loads(x) for x in (tmp_path / "결과.jsonl").read_text("utf-8").splitlines()]
    assert [x["custom_id"] for x in lines] == ids and lines[0]["text"] == answer

    assert view.export(job, tmp_path / "결과.md", ResultFormat.MARKDOWN)
    markdown = (tmp_path / "결과.md").read_text("utf-8")
    assert "## variant 1 — succeeded" in markdown and answer in markdown
    assert "## variant 2 — errored" in markdown
    assert [mode(tmp_path / f"결과.{x}") for x in ("csv", "jsonl", "md")] == [0o600] * 3

    assert not view.export(job, tmp_path / "없는 폴더" / "x.csv", ResultFormat.CSV)
    assert view.note.text().startswith("Could not write")
    assert [p for p in tmp_path.iterdir() if p.suffix == ".parley-tmp"] == []


def _creates(fakeapi: FakeApi) -> list[dict]:  # type: ignore[type-arg]
    return [
        r.body for r in fakeapi.requests if r.method == "POST" and r.path == "/v1/messages/batches"
    ]


def test_a_submission_above_the_limits_goes_as_several_batches(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = batch_window(open_window, claude_env, seconds=0.2)
    dialog = new_batch(driver)
    dialog.limits = BatchLimits(max_requests=2)  # the API's 100,000, made small
    dialog.kind.setCurrentIndex(3)
    dialog.count.setValue(5)
    type_into(driver.qtbot, dialog.prompt, "나눠서 보내기")
    assert dialog.estimate.text().startswith("5 requests in 3 batches")
    dialog.submit_button.click()
    view = batches_view(driver)
    driver.qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=WAIT_MS)
    for row in range(3):
        wait_finished(driver.qtbot, view, row)
    sizes = sorted(len(body["requests"]) for body in _creates(claude_env))
    assert sizes == [1, 2, 2]
    jobs = [view.model.job_at(r) for r in range(3)]
    assert len({j.group_id for j in jobs if j is not None}) == 1


def test_a_new_key_is_used_for_the_batches_that_follow(
    claude_env: FakeApi, open_window: WindowFactory
) -> None:
    driver = batch_window(open_window, claude_env, seconds=0.2)
    first_client = driver.window.batches.follower.client
    driver.window.connection.use_key("second-key")  # the key dialog does this when it changes
    follower = driver.window.batches.follower
    assert follower.client is not first_client
    view = submit_variants(driver, 1)
    wait_finished(driver.qtbot, view)
    batch_calls = [r for r in claude_env.requests if r.path.startswith("/v1/messages/batches")]
    assert batch_calls and all(r.api_key == "second-key" for r in batch_calls)


def test_a_batch_sent_by_parley_batch_while_the_window_is_open_is_followed(
    claude_env: FakeApi, open_window: WindowFactory, qtbot: QtBot
) -> None:
    claude_env.batch_seconds = 0.3
    driver = open_window(ready=False)
    follower = driver.window.batches.follower
    follower.first_interval, follower.max_interval = 0.1, 0.4
    follower.wake_timer.setInterval(200)
    driver.wait_ready()
    view = batches_view(driver)
    assert view.model.rowCount() == 0 and view.empty.isVisible()

    # What `parley batch submit` does, in its own objects on the same database.
    store = SqliteBatchStore(paths.database_path())
    client = AnthropicBatchClient("test-key", claude_env.url)
    submitter = BatchSubmitter(store, client, AttachmentResolver(None), first_poll=0.1)
    plan = plan_batch(
        [BatchSource("셸에서 1"), BatchSource("셸에서 2")],
        prompt="셸에서 보낸 묶음",
        model=MODEL,
        max_tokens=50,
        pricing=Pricing.load(),
    )
    sending = asyncio.ensure_future(
        submitter.submit(
            plan, label="셸", model=MODEL, prompt="셸에서 보낸 묶음", system="", max_tokens=50
        )
    )
    qtbot.waitUntil(sending.done, timeout=WAIT_MS)
    closing = asyncio.ensure_future(client.close())
    qtbot.waitUntil(closing.done, timeout=WAIT_MS)
    store.close()

    job = wait_finished(qtbot, view)
    assert job.label == "셸" and job.counts.succeeded == 2
    assert "셸" in driver.window.batches.notifier.last


def test_a_job_stranded_by_a_crash_mid_send_can_be_removed(
    open_window: WindowFactory, claude_env: FakeApi
) -> None:
    import sqlite3

    with SqliteBatchStore(paths.database_path()) as store:
        stranded = store.add_job(
            group_id=None, label="보내다 멈춘 작업", model=MODEL, prompt=PROMPT, system="",
            max_tokens=100, requests=[("a", "a.png", "", {"model": MODEL})],
        )  # fmt: skip
        fresh = store.add_job(
            group_id=None, label="지금 보내는 중", model=MODEL, prompt=PROMPT, system="",
            max_tokens=100, requests=[("b", "b.png", "", {"model": MODEL})],
        )  # fmt: skip
    with sqlite3.connect(paths.database_path()) as conn:  # sent an hour ago, never answered
        conn.execute("UPDATE batch_jobs SET created_at = created_at - 3600 WHERE id = ?",
                     (stranded.id,))  # fmt: skip
    driver = batch_window(open_window, claude_env, 0.1)
    view = batches_view(driver)
    view.table.selectRow(view.model.row_of(fresh.id))
    assert view.cancel_button.text() == "Cancel batch" and not view.cancel_button.isEnabled()
    view.table.selectRow(view.model.row_of(stranded.id))
    assert view.cancel_button.text() == "Remove" and view.cancel_button.isEnabled()
    view.cancel_button.click()
    with SqliteBatchStore(paths.database_path()) as store:
        assert [job.id for job in store.jobs()] == [fresh.id]
    assert view.model.rowCount() == 1
