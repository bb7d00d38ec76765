"""read_file and search_files never show Claude a file swapped in after the path was checked.

The swap is made at the moment the file is opened (tests/tools/disk_attacker.py): a folder on
the way turned into a link to the outside, or the file itself turned into one.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.tool_calls import ToolContext, ToolError
from desktop_app.tools.builtin.files import ReadFileTool, SearchFilesTool
from desktop_app.tools.builtin.folder_access import FolderAccess
from tests.tools.disk_attacker import attacking

CTX = ToolContext(1)
SECRET = "바깥의 비밀 needle\n"


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    granted, outside = tmp_path / "허가된 폴더", tmp_path / "바깥"
    (granted / "하위").mkdir(parents=True)
    outside.mkdir()
    (granted / "하위" / "메모.txt").write_text("안쪽 메모 needle\n", encoding="utf-8")
    (outside / "메모.txt").write_text(SECRET, encoding="utf-8")
    return {"granted": granted, "outside": outside, "data": tmp_path / "data"}


def access(world: dict[str, Path]) -> FolderAccess:
    return FolderAccess([world["granted"]], world["data"])


def on_opening(path: Path, act: Any) -> Any:
    """An attacker acting once, as `path` is about to be opened."""
    done: list[bool] = []

    def action(event: str, args: tuple[Any, ...]) -> None:
        opened = args[0] if event == "open" and args else None
        if isinstance(opened, (str, bytes)) and os.fsdecode(opened) == str(path) and not done:
            done.append(True)
            act()

    return action


def swap_folder(world: dict[str, Path]) -> None:
    sub = world["granted"] / "하위"
    sub.rename(sub.with_name("하위-옮김"))
    os.symlink(world["outside"], sub)


def swap_file(world: dict[str, Path]) -> None:
    memo = world["granted"] / "하위" / "메모.txt"
    memo.unlink()
    os.symlink(world["outside"] / "메모.txt", memo)


@pytest.mark.parametrize("swap", [swap_folder, swap_file])
def test_read_file_refuses_a_file_swapped_after_the_check(world, swap):
    memo = world["granted"] / "하위" / "메모.txt"
    with (
        attacking(on_opening(memo, lambda: swap(world))),
        pytest.raises(ToolError) as caught,
    ):
        asyncio.run(ReadFileTool(access(world)).run({"path": "하위/메모.txt"}, CTX))
    assert "비밀" not in str(caught.value) and str(memo) in str(caught.value)


def test_read_file_reads_an_untouched_file(world):
    out = asyncio.run(ReadFileTool(access(world)).run({"path": "하위/메모.txt"}, CTX))
    assert out.content == "안쪽 메모 needle\n"


def test_search_skips_a_file_swapped_after_the_check(world):
    memo = world["granted"] / "하위" / "메모.txt"
    with attacking(on_opening(memo, lambda: swap_folder(world))):
        search = SearchFilesTool(access(world))
        found = asyncio.run(search.run({"path": ".", "query": "needle"}, CTX))
    assert found.content == "No matches."


def test_read_file_reads_korean_cp949_as_attached_files_are_read(world):
    text = "연말정산 서류는 다음 주 월요일까지 제출해 주세요.\n" * 20
    (world["granted"] / "하위" / "공지.txt").write_bytes(text.encode("cp949"))
    out = asyncio.run(ReadFileTool(access(world)).run({"path": "하위/공지.txt"}, CTX))
    assert out.content == text


def test_a_cut_inside_a_korean_character_drops_only_that_character(world):
    from desktop_app.tools.builtin.files import read_text

    path = world["granted"] / "하위" / "긴 글.txt"
    path.write_text("가나다", encoding="utf-8")  # three bytes per syllable
    assert read_text(path.resolve(), 7) == ("가나", True)
