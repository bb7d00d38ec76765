"""`parley backup list|now|restore` and what every command says about a damaged, read-only or
full database: one line, a non-zero exit, what to run."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore


def _no_traceback(result) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def _conversation(parley_home: Path, title: str) -> int:
    parley_home.mkdir(parents=True, exist_ok=True)
    with SqliteConversationStore(parley_home / "parley.sqlite3") as store:
        conversation = store.create_conversation("m", title=title)
        store.add_message(conversation.id, Role.USER, [text_block(f"{title} 질문")])
        return conversation.id


def test_backup_now_then_list_shows_number_date_size_and_count(parley, parley_home):
    _conversation(parley_home, "부산 맛집")
    _conversation(parley_home, "Taxes")

    made = parley("backup", "now")
    listed = parley("backup", "list")

    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Backed up to {parley_home / 'backups'}/parley-")
    assert listed.returncode == 0
    (line,) = listed.stdout.splitlines()
    number, date, size, count = line.split("\t")
    assert number == "1" and len(date) == len("2026-01-01 12:00")
    assert size.endswith(("KB", "bytes")) and count == "2 conversations"


def test_an_empty_list_and_nothing_to_back_up_are_said_plainly(parley):
    listed = parley("backup", "list")
    assert listed.returncode == 0 and listed.stdout == ""
    assert "No backups yet" in listed.stderr
    made = parley("backup", "now")
    assert made.returncode == 1
    assert made.stderr == "parley: there is no history to back up yet\n"


def test_restore_asks_first_and_keeps_the_current_file(parley, parley_home):
    _conversation(parley_home, "before")
    assert parley("backup", "now").returncode == 0
    _conversation(parley_home, "after")

    declined = parley("backup", "restore", "1", stdin="n\n")
    assert declined.returncode == 1 and "[y/N]" in declined.stderr
    assert "Nothing was changed." in declined.stderr
    assert "after" in parley("history").stdout

    restored = parley("backup", "restore", "1", stdin="y\n")
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("Restored backup 1 of ")
    kept = Path(restored.stdout.split("kept as ", 1)[1].strip().rstrip("."))
    assert kept.name.startswith("parley.sqlite3.before-restore-") and kept.is_file()
    history = parley("history").stdout
    assert "before" in history and "after" not in history


def test_restore_of_a_backup_that_does_not_exist(parley, parley_home):
    _conversation(parley_home, "only")
    result = parley("backup", "restore", "3", "--yes")
    assert result.returncode == 1
    assert result.stderr == (
        "parley: There is no backup 3; there are 0. `parley backup list` shows them.\n"
    )


def test_restore_is_refused_while_the_history_is_open_elsewhere(parley, parley_home):
    _conversation(parley_home, "before")
    assert parley("backup", "now").returncode == 0
    with SqliteConversationStore(parley_home / "parley.sqlite3"):  # the window, say
        result = parley("backup", "restore", "1", "--yes")
    assert result.returncode == 1
    assert "Another Parley" in result.stderr and "close it, then restore" in result.stderr
    _no_traceback(result)


def _damage(path: Path, how: str) -> bytes:
    match how:
        case "random":
            path.write_bytes(os.urandom(64 * 1024))
        case "truncated":
            os.truncate(path, path.stat().st_size // 3)
        case "header":
            with path.open("r+b") as f:
                f.write(b"\x00" * 100)
    return path.read_bytes()


@pytest.mark.parametrize("how", ["random", "truncated", "header"])
def test_a_damaged_history_names_the_backup_to_restore(parley, parley_home, how):
    for n in range(20):
        _conversation(parley_home, f"대화 {n} " + "가" * 500)
    assert parley("backup", "now").returncode == 0
    db = parley_home / "parley.sqlite3"
    damaged = _damage(db, how)

    for command in (("history",), ("show", "1"), ("usage",), ("ask", "안녕")):
        result = parley(*command)
        assert result.returncode == 1, command
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"parley: The file {db} is not a Parley database, or it is damaged")
        assert "Run `parley backup restore 1` to keep it aside" in line
        _no_traceback(result)
    assert db.read_bytes() == damaged  # never overwritten

    restored = parley("backup", "restore", "1", "--yes")
    assert restored.returncode == 0, restored.stderr
    kept = next(parley_home.glob("parley.sqlite3.damaged-????????-??????"))
    assert kept.read_bytes() == damaged
    assert parley("history").stdout.count("\n") == 20


def test_a_damaged_history_without_backups_says_where_the_file_is(parley, parley_home):
    _conversation(parley_home, "x")
    db = parley_home / "parley.sqlite3"
    _damage(db, "random")
    result = parley("history")
    assert result.returncode == 1
    assert result.stderr.startswith(f"parley: The file {db} is not a Parley database")
    assert "There is no backup; rename or move that file" in result.stderr


def test_the_cli_makes_the_daily_backup_on_the_way(parley, parley_home):
    _conversation(parley_home, "daily")
    assert parley("history").returncode == 0
    assert parley("backup", "list").stdout.startswith("1\t")
    assert parley("history").returncode == 0
    assert len(parley("backup", "list").stdout.splitlines()) == 1  # once a day
    conn = sqlite3.connect(next((parley_home / "backups").iterdir()))
    assert conn.execute("SELECT title FROM conversations").fetchall() == [("daily",)]
    conn.close()


def test_a_full_disk_mid_command_is_one_plain_line(fakeapi, parley_home):
    import resource
    import subprocess
    import sys

    from tests.cli.conftest import ROOT, _environment

    _conversation(parley_home, "있던 대화")
    limit = (parley_home / "parley.sqlite3").stat().st_size + 40 * 1024

    def small_disk() -> None:  # files may not grow past `limit`: writes fail as on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "ask", "-"],
        input="아주 긴 질문 " * 8000,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(fakeapi, parley_home, "test-key", "keyring.backends.fail.Keyring"),
        cwd=ROOT,
        timeout=60,
        preexec_fn=small_disk,
    )

    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line == (
        f"parley: The disk holding {parley_home / 'parley.sqlite3'} is full. Free some space;"
        " the last change was not saved."
    )
    _no_traceback(result)


@pytest.mark.parametrize("command", [("show", "1"), ("history",), ("backup", "list")])
def test_output_to_a_full_disk_is_one_plain_line(fakeapi, parley_home, command):
    import subprocess
    import sys

    from tests.cli.conftest import ROOT, _environment

    _conversation(parley_home, "가득 찬 디스크")
    assert (
        subprocess.run(  # a backup, so that `backup list` has a line to write
            [sys.executable, "-m", "desktop_app", "backup", "now"],
            env=_environment(fakeapi, parley_home, "test-key", "keyring.backends.fail.Keyring"),
            cwd=ROOT,
            capture_output=True,
            timeout=60,
        ).returncode
        == 0
    )
    with open("/dev/full", "w") as full:  # every write fails with ENOSPC
        result = subprocess.run(
            [sys.executable, "-m", "desktop_app", *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_environment(fakeapi, parley_home, "test-key", "keyring.backends.fail.Keyring"),
            cwd=ROOT,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr == "parley: the disk is full: the output could not be written\n"
