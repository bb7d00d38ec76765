"""`parley history --archived` and `--project NAME`: the window's archive and folders, from
the shell; the plain list leaves archived conversations out and puts pins first."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.organiser import SqliteOrganiser


@pytest.fixture
def organised(parley_home: Path) -> dict[str, int]:
    parley_home.mkdir(parents=True, exist_ok=True)
    path = parley_home / "parley.sqlite3"
    with SqliteConversationStore(path) as store, SqliteOrganiser(path) as organiser:
        ids = {
            title: store.create_conversation("m", title=title).id
            for title in ("오래된 메모", "여행 계획", "세금 문의", "보관함 대화")
        }
        store.add_message(ids["보관함 대화"], Role.USER, [text_block("제주도 날씨")])
        travel = organiser.create_project("여행")
        organiser.move_to_project([ids["여행 계획"]], travel.id)
        organiser.archive([ids["보관함 대화"]])
        organiser.pin([ids["오래된 메모"]])
    return ids


def _titles(output: str) -> list[str]:
    return [line.split("\t")[3] for line in output.splitlines()]


def test_the_list_puts_pins_first_and_leaves_the_archive_out(parley, organised):
    result = parley("history", "--all")
    assert result.returncode == 0, result.stderr
    assert _titles(result.stdout) == ["오래된 메모", "세금 문의", "여행 계획"]


def test_archived_and_project_flags(parley, organised):
    assert _titles(parley("history", "--archived").stdout) == ["보관함 대화"]
    assert _titles(parley("history", "--project", "여행").stdout) == ["여행 계획"]


def test_a_search_still_finds_an_archived_conversation_unless_scoped(parley, organised):
    assert _titles(parley("history", "제주도").stdout) == ["보관함 대화"]
    assert _titles(parley("history", "--project", "여행", "제주도").stdout) == []


def test_an_unknown_project_is_one_plain_line(parley, organised):
    result = parley("history", "--project", "없는 폴더")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "없는 폴더" in result.stderr
    assert "Traceback" not in result.stderr
