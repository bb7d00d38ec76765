"""`parley batch …` as a real process against the local server: submit files with Korean names,
follow from new processes, read mixed results in three formats, cancel, resubmit, history."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.core.batch_rig import make_files, script_batches


def _submit(parley, *args: str) -> str:  # type: ignore[no-untyped-def]
    done = parley("batch", "submit", *args)
    assert done.returncode == 0, done.stderr
    (batch_id,) = done.stdout.split()
    assert batch_id.startswith("msgbatch_")
    return str(batch_id)


def _custom_ids(fakeapi) -> list[str]:  # type: ignore[no-untyped-def]
    bodies = [r.body for r in fakeapi.requests if r.path == "/v1/messages/batches"]
    return [r["custom_id"] for r in bodies[-1]["requests"]]


def _sent_prompts(fakeapi) -> list[str]:  # type: ignore[no-untyped-def]
    bodies = [r.body for r in fakeapi.requests if r.path == "/v1/messages/batches"]
    return [r["params"]["messages"][-1]["content"][-1]["text"] for r in bodies[-1]["requests"]]


def test_submit_files_wait_and_read_mixed_results(
    parley, parley_process, fakeapi, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    script_batches(fakeapi, seconds=0.5)
    files = make_files(tmp_path / "화면")
    done = parley(
        "batch", "submit", "--prompt", "이 화면을 검토해 주세요", "--model",
        "claude-haiku-4-5-20251001", "--max-tokens", "300", *map(str, files),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    batch_id = done.stdout.strip()
    assert batch_id.startswith("msgbatch_") and "\n" not in batch_id
    assert "4 requests" in done.stderr and "batch price" in done.stderr
    ids = _custom_ids(fakeapi)
    # Long enough that `wait` surely sees it in progress; the test then ends it.
    script_batches(fakeapi, seconds=600, outcomes={ids[1]: "errored", ids[3]: "expired"})
    # the outcomes apply to batches created from now on: send the same files again
    batch_id = _submit(
        parley, "--prompt", "이 화면을 검토해 주세요", "--model", "claude-haiku-4-5-20251001",
        *map(str, files),
    )  # fmt: skip

    listed = parley("batch", "list")
    assert listed.returncode == 0 and batch_id in listed.stdout and "이 화면을" in listed.stdout

    waiting = parley_process("batch", "wait", batch_id, "--interval", "0.1")
    assert waiting.stderr is not None
    assert "in_progress" in waiting.stderr.readline()
    fakeapi.batches.end_now(batch_id)
    out, _err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0
    assert "ended" in out and "2 succeeded" in out

    read = parley("batch", "results", batch_id)
    assert read.returncode == 0, read.stderr
    rows = [json.loads(line) for line in read.stdout.splitlines()]
    by_source = {row["source"]: row for row in rows}
    assert set(by_source) == {f.name for f in files}
    good = by_source["스크린샷 1.png"]
    assert good["outcome"] == "succeeded" and good["text"] and good["cost_usd"] > 0
    assert good["input_tokens"] > 0 and good["path"].endswith("스크린샷 1.png")
    errored = by_source[files[1].name]
    assert errored["outcome"] == "errored" and errored["error"].startswith("The API had an")
    assert by_source[files[3].name]["outcome"] == "expired"

    table = parley("batch", "results", batch_id, "--format", "csv").stdout
    csv_rows = list(csv.DictReader(io.StringIO(table)))
    assert [r["source"] for r in csv_rows] == [row["source"] for row in rows]
    markdown = parley("batch", "results", batch_id, "--format", "md").stdout
    assert (
        "## 스크린샷 1.png — succeeded" in markdown and "The API had an internal error" in markdown
    )

    spent = json.loads(parley("usage", "--json").stdout)
    batch_cost = sum(row["cost_usd"] for row in rows if row["outcome"] == "succeeded")
    assert spent["batch_cost"] == pytest.approx(batch_cost) and spent["requests"] == 2

    history = parley("history").stdout
    assert history.count(f"from batch {batch_id}") == 2  # read three times, stored once
    conversation_id = next(
        line.split("\t")[0] for line in history.splitlines() if "스크린샷 1.png" in line
    )
    shown = parley("show", conversation_id)
    assert shown.returncode == 0 and "이 화면을 검토해 주세요" in shown.stdout


def test_wait_picks_up_a_batch_after_the_process_is_killed(parley, parley_process, fakeapi) -> None:  # type: ignore[no-untyped-def]
    script_batches(fakeapi, seconds=600)
    batch_id = _submit(parley, "--prompt", "안녕", "--variants", "2")
    waiting = parley_process("batch", "wait", batch_id, "--interval", "0.1")
    assert waiting.stderr is not None
    assert "in_progress" in waiting.stderr.readline()  # it is following the batch
    waiting.kill()
    waiting.wait(timeout=10)
    fakeapi.batches.end_now(batch_id)
    again = parley("batch", "wait", batch_id, "--interval", "0.1")
    assert again.returncode == 0 and "2 succeeded" in again.stdout, again.stderr
    assert parley("history").stdout.count(batch_id) == 2


def test_cancel_and_resubmit_the_failed(parley, fakeapi) -> None:  # type: ignore[no-untyped-def]
    script_batches(fakeapi, seconds=30)
    batch_id = _submit(parley, "--prompt", "오래 걸리는 일", "--variants", "3")
    canceled = parley("batch", "cancel", batch_id)
    assert canceled.returncode == 0 and "cancel" in canceled.stdout, canceled.stderr
    assert parley("batch", "wait", batch_id, "--interval", "0.1").returncode == 0
    assert "3 canceled" in parley("batch", "status", batch_id).stdout
    again = parley("batch", "cancel", batch_id)
    assert (
        again.returncode == 1
        and again.stderr.startswith("parley: ")
        and "already ended" in again.stderr
    )

    script_batches(fakeapi, seconds=0.2)
    resubmitted = parley("batch", "resubmit", batch_id)
    assert resubmitted.returncode == 0, resubmitted.stderr
    new_id = resubmitted.stdout.strip()
    assert new_id.startswith("msgbatch_") and new_id != batch_id
    assert len(_custom_ids(fakeapi)) == 3
    assert parley("batch", "wait", new_id, "--interval", "0.1").returncode == 0
    nothing = parley("batch", "resubmit", new_id)
    assert nothing.returncode == 2 and "no failed requests" in nothing.stderr


def test_requests_written_by_hand_and_plain_refusals(parley, fakeapi, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    script_batches(fakeapi, seconds=0.2)
    lines = tmp_path / "요청.jsonl"
    request = {"max_tokens": 50, "messages": [{"role": "user", "content": "서울은?"}]}
    lines.write_text(
        json.dumps({"custom_id": "seoul-1", "params": request}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    batch_id = _submit(parley, "--jsonl", str(lines), "--model", "claude-haiku-4-5-20251001")
    assert _custom_ids(fakeapi) == ["seoul-1"]
    assert parley("batch", "wait", batch_id, "--interval", "0.1").returncode == 0
    read = parley("batch", "results", batch_id)
    assert read.returncode == 0, read.stderr
    row = json.loads(read.stdout)
    assert row["custom_id"] == "seoul-1" and row["outcome"] == "succeeded"

    prompts = tmp_path / "질문.csv"
    prompts.write_text("prompt\n첫 질문\n두 번째 질문\n", encoding="utf-8")
    _submit(parley, "--csv", str(prompts))  # the rows are the prompts
    assert _sent_prompts(fakeapi) == ["첫 질문", "두 번째 질문"]
    _submit(parley, "--csv", str(prompts), "--prompt", "짧게 답해 주세요.")
    assert _sent_prompts(fakeapi) == [
        "짧게 답해 주세요.\n\n첫 질문",
        "짧게 답해 주세요.\n\n두 번째 질문",
    ]

    bad = tmp_path / "bad.jsonl"
    for text, words in (
        ('{"custom_id": "한글", "params": ' + json.dumps(request) + "}", "not allowed"),
        ('{"custom_id": "a", "params": {"messages": []}}', "non-empty"),
        ("not json", "not valid JSON"),
        ('{"params": ' + json.dumps(request) + "}", "needs a custom_id"),
    ):
        bad.write_text(text + "\n", encoding="utf-8")
        refused = parley("batch", "submit", "--jsonl", str(bad))
        assert refused.returncode == 2 and words in refused.stderr, refused.stderr
        assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    missing = parley("batch", "submit", "--prompt", "p", str(tmp_path / "없는 파일.png"))
    assert missing.returncode == 2 and "Nothing was sent" in missing.stderr
    unknown = parley("batch", "status", "msgbatch_unknown")
    assert unknown.returncode == 2 and "no batch" in unknown.stderr


def test_a_job_stranded_mid_send_is_named_and_removed_by_cancel(parley, parley_home) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from desktop_app.storage.batch_store import SqliteBatchStore

    database = parley_home / "parley.sqlite3"
    parley("history")  # creates the database as the CLI does
    with SqliteBatchStore(database) as store:
        job = store.add_job(
            group_id=None, label="멈춘 작업", model="m", prompt="p", system="", max_tokens=10,
            requests=[("a", "a.png", "", {})],
        )  # fmt: skip
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE batch_jobs SET created_at = created_at - 3600")
    waited = parley("batch", "wait", str(job.id))
    assert waited.returncode != 0 and "`parley batch cancel` removes it" in waited.stderr
    removed = parley("batch", "cancel", str(job.id))
    assert removed.returncode == 0 and "removed" in removed.stdout, removed.stderr
    assert parley("batch", "list").stdout.strip() == ""
