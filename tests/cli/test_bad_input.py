"""Text that is not UTF-8 reaching `parley` (stdin, arguments, attached files, their names, batch
CSVs): read as Korean CP949 with a warning, or refused in one line with nothing stored or sent.
Real processes with raw bytes on stdin and in argv."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import ROOT, _environment
from tests.fakeapi import Reply

QUESTION = "한국의 수도는 어디인가요?"


@pytest.fixture
def parley_bytes(fakeapi, parley_home):  # type: ignore[no-untyped-def]
    """The CLI as a process, its arguments and stdin as raw bytes."""

    def run(*args: str | bytes, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
        env = _environment(fakeapi, parley_home, "test-key", "keyring.backends.fail.Keyring")
        command = [os.fsencode(sys.executable), b"-m", b"desktop_app"]
        command += [a if isinstance(a, bytes) else a.encode() for a in args]
        return subprocess.run(
            command, input=stdin, capture_output=True, env=env, cwd=ROOT, timeout=60
        )

    return run


def conversations(parley_home: Path) -> int:
    database = parley_home / "parley.sqlite3"
    if not database.exists():
        return 0
    with sqlite3.connect(database) as conn:
        return int(conn.execute("SELECT count(*) FROM conversations").fetchone()[0])


def stderr_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    text = result.stderr.decode("utf-8")  # what parley writes is always UTF-8
    assert "Traceback" not in text and "unexpected error" not in text
    return text.splitlines()


def sent_text(fakeapi, index: int = 0) -> str:  # type: ignore[no-untyped-def]
    content = fakeapi.message_requests()[index]["messages"][-1]["content"]
    return "\n".join(b.get("text", "") for b in content)


def test_korean_cp949_on_stdin_is_read_with_a_warning(parley_bytes, fakeapi, parley_home):
    fakeapi.queue(Reply.text("서울입니다."), Reply.text("수도"))
    result = parley_bytes("ask", "-", stdin=QUESTION.encode("cp949"))
    assert result.returncode == 0, result.stderr
    assert stderr_lines(result) == [
        "parley: warning: stdin is not UTF-8; read as CP949 (Korean, EUC-KR)"
    ]
    assert sent_text(fakeapi) == QUESTION
    assert result.stdout.decode("utf-8") == "서울입니다.\n"


@pytest.mark.parametrize(
    ("stdin", "words"),
    [
        ("Où est la capitale? Déjà vu".encode("latin-1"), "iconv -f WINDOWS-1252 -t UTF-8"),
        ("日本の首都はどこですか？".encode("shift_jis"), "iconv -f SHIFT_JIS -t UTF-8"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "stdin holds binary data, not text"),
    ],
)
def test_other_bytes_on_stdin_are_refused_before_anything_is_stored(
    parley_bytes, fakeapi, parley_home, stdin, words
):
    result = parley_bytes("ask", "-", stdin=stdin)
    assert result.returncode == 2
    [line] = stderr_lines(result)
    assert line.startswith("parley: stdin ") and words in line
    assert fakeapi.requests == [] and conversations(parley_home) == 0


def test_stdin_in_utf16_with_a_bom_is_plain_text(parley_bytes, fakeapi):
    fakeapi.queue(Reply.text("네."), Reply.text("T"))
    result = parley_bytes("ask", "-", stdin=QUESTION.encode("utf-16"))
    assert result.returncode == 0 and stderr_lines(result) == []
    assert sent_text(fakeapi) == QUESTION


def test_arguments_that_are_not_utf8(parley_bytes, fakeapi, parley_home):
    fakeapi.queue(Reply.text("네."), Reply.text("T"))
    result = parley_bytes("ask", "--system", "간결하게".encode("cp949"), QUESTION.encode("cp949"))
    assert result.returncode == 0, result.stderr
    assert stderr_lines(result) == [
        "parley: warning: the prompt argument is not UTF-8; read as CP949 (Korean, EUC-KR)",
        "parley: warning: the system argument is not UTF-8; read as CP949 (Korean, EUC-KR)",
    ]
    assert sent_text(fakeapi) == QUESTION
    assert fakeapi.message_requests()[0]["system"] == "간결하게"

    refused = parley_bytes("ask", "Déjà vu?".encode("latin-1"))
    assert refused.returncode == 2
    [line] = stderr_lines(refused)
    assert line.startswith("parley: the prompt argument is not UTF-8 text") and "iconv" in line
    assert conversations(parley_home) == 1  # only the first

    searched = parley_bytes("history", "수도".encode("cp949"))
    assert searched.returncode == 0 and searched.stdout.startswith(b"1\t")


def test_attached_text_files_in_cp949_or_latin1(parley_bytes, fakeapi, parley_home, tmp_path):
    korean = tmp_path / "회의록.txt"
    korean.write_bytes("회의록\n1. 예산 검토\n2. 일정 확정\n".encode("cp949"))
    fakeapi.queue(Reply.text("요약했습니다."), Reply.text("T"))
    result = parley_bytes("ask", "--attach", str(korean), "요약해 주세요")
    assert result.returncode == 0, result.stderr
    assert stderr_lines(result) == ["parley: 회의록.txt: not UTF-8, read as CP949 (Korean, EUC-KR)"]
    assert "1. 예산 검토" in sent_text(fakeapi)  # sent as UTF-8 text

    western = tmp_path / "notes.txt"
    western.write_bytes("Réunion: budget prévu".encode("latin-1"))
    before = len(fakeapi.requests)
    refused = parley_bytes("ask", "--attach", str(western), "Summarise")
    assert refused.returncode == 2
    [line] = stderr_lines(refused)
    assert line.startswith("parley: notes.txt: it is not UTF-8 text (it looks like Windows-1252")
    assert "iconv -f WINDOWS-1252 -t UTF-8" in line and line.endswith("Nothing was sent.")
    assert len(fakeapi.requests) == before and conversations(parley_home) == 1


def test_file_names_that_are_not_utf8_are_shown_and_stored_readably(
    parley_bytes, fakeapi, parley_home, tmp_path
):
    folder = os.fsencode(tmp_path)
    korean_name = folder + b"/" + "보고서.txt".encode("cp949")  # from a Korean Windows zip
    with open(korean_name, "wb") as file:
        file.write("분기 보고서 본문".encode())
    junk_name = folder + b"/caf\xe9 \xff.txt"
    with open(junk_name, "wb") as file:
        file.write(b"plain notes")
    fakeapi.queue(Reply.text("읽었습니다."), Reply.text("T"))
    result = parley_bytes("ask", "--attach", korean_name, "--attach", junk_name, "읽어 주세요")
    assert result.returncode == 0, result.stderr
    stderr_lines(result)
    shown = parley_bytes("show", "1")
    assert shown.returncode == 0
    assert "보고서.txt" in shown.stdout.decode("utf-8")
    assert "caf\ufffd \ufffd.txt" in shown.stdout.decode("utf-8")
    text = sent_text(fakeapi)
    assert "보고서.txt" in text and "caf\ufffd \ufffd.txt" in text

    missing = parley_bytes("ask", "--attach", folder + b"/\xc7\xd1\xb1\xb9.png", "hi")
    assert missing.returncode == 2
    [line] = stderr_lines(missing)
    assert line.startswith("parley: 한국.png: the file is not there")


def test_a_batch_csv_saved_by_korean_excel(parley_bytes, fakeapi, tmp_path):
    table = tmp_path / "질문.csv"
    table.write_bytes("prompt,note\n서울의 인구는?,a\n부산의 명소는?,b\n".encode("cp949"))
    done = parley_bytes("batch", "submit", "--csv", str(table))
    assert done.returncode == 0, done.stderr
    lines = stderr_lines(done)
    assert lines[0] == f"parley: warning: {table} is not UTF-8; read as CP949 (Korean, EUC-KR)"
    [body] = [r.body for r in fakeapi.requests if r.path == "/v1/messages/batches"]
    prompts = [r["params"]["messages"][-1]["content"][-1]["text"] for r in body["requests"]]
    assert prompts == ["서울의 인구는?", "부산의 명소는?"]

    western = tmp_path / "prompts.jsonl"
    western.write_bytes('{"custom_id": "a", "params": {"prompt": "café"}}\n'.encode("latin-1"))
    refused = parley_bytes("batch", "submit", "--jsonl", str(western))
    assert refused.returncode == 2
    [line] = stderr_lines(refused)
    assert line.startswith(f"parley: {western} is not UTF-8 text") and "iconv" in line
