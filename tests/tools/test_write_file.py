"""write_file against a hostile disk: planted links, hard links and folders swapped mid-write.

The attacks are real files made at the moment Parley makes the matching system call
(tests/tools/disk_attacker.py); what must hold is that nothing outside the granted folder
changes, the target is never turned into a link, and the refusal is a plain ToolError.
"""

from __future__ import annotations

import asyncio
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.tool_calls import ToolContext, ToolError
from desktop_app.tools.builtin.folder_access import FolderAccess
from desktop_app.tools.builtin.write_file import WriteFileTool
from tests.tools.disk_attacker import (
    attacking,
    changing_mode_by_descriptor,
    opening_folder,
    opening_temporary,
)

CTX = ToolContext(1)
SECRET = "비밀 열쇠\n"


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    granted, outside = tmp_path / "허가된 폴더", tmp_path / "바깥"
    (granted / "하위").mkdir(parents=True)
    outside.mkdir()
    (granted / "보고서.txt").write_text("원래 내용\n", encoding="utf-8")
    (outside / "비밀.txt").write_text(SECRET, encoding="utf-8")
    return {"root": tmp_path, "granted": granted, "outside": outside, "data": tmp_path / "data"}


def tool(world: dict[str, Path]) -> WriteFileTool:
    return WriteFileTool(FolderAccess([world["granted"]], world["data"]))


def write(world: dict[str, Path], path: str, content: str = "새 내용\n") -> str:
    out = asyncio.run(tool(world).run({"path": path, "content": content}, CTX))
    assert isinstance(out.content, str) and not out.is_error
    return out.content


def refused(world: dict[str, Path], path: str, content: str = "새 내용\n") -> str:
    with pytest.raises(ToolError) as caught:
        asyncio.run(tool(world).run({"path": path, "content": content}, CTX))
    return str(caught.value)


def snapshot(folder: Path) -> dict[str, Any]:
    """Every entry under `folder` with its kind and content (links as their target)."""
    found: dict[str, Any] = {}
    for entry in sorted(folder.rglob("*")):
        key = str(entry.relative_to(folder))
        if entry.is_symlink():
            found[key] = ("link", os.readlink(entry))
        elif entry.is_file():
            found[key] = ("file", entry.read_bytes(), entry.stat().st_nlink)
        else:
            found[key] = ("folder",)
    return found


def temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith(".parley-tmp")]


def umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def test_writes_korean_names_keeping_an_existing_mode(world):
    report = world["granted"] / "보고서.txt"
    report.chmod(0o640)
    assert "Wrote" in write(world, "보고서.txt", "바뀐 내용\n")
    assert report.read_text(encoding="utf-8") == "바뀐 내용\n"
    assert stat.S_IMODE(report.stat().st_mode) == 0o640
    write(world, "하위/새 파일.md", "# 제목\n")
    new = world["granted"] / "하위" / "새 파일.md"
    assert new.read_text(encoding="utf-8") == "# 제목\n"
    assert stat.S_IMODE(new.stat().st_mode) == 0o644 & ~umask()
    assert temporaries(world["root"]) == []


def test_temporary_names_are_unguessable_and_opened_exclusively_without_following(world):
    flags_seen: list[int] = []
    names: list[str] = []

    def watch(event: str, args: tuple[Any, ...]) -> None:
        name = opening_temporary(event, args)
        if name is not None:
            names.append(name)
            flags_seen.append(args[2])

    # The name the old code used, planted beforehand, is simply not used.
    os.symlink(world["outside"] / "비밀.txt", world["granted"] / ".보고서.txt.parley-tmp")
    with attacking(watch):
        for n in range(12):
            write(world, "보고서.txt", f"{n}번째\n")
    assert len(names) == 12 and len(set(names)) == 12
    for name in names:
        random_part = name.removeprefix(".보고서.txt.").removesuffix(".parley-tmp")
        assert len(random_part) == 16 and int(random_part, 16) >= 0
    for flags in flags_seen:
        assert flags & os.O_EXCL and flags & os.O_CREAT and flags & os.O_NOFOLLOW
    assert (world["outside"] / "비밀.txt").read_text(encoding="utf-8") == SECRET
    assert (world["granted"] / "보고서.txt").read_text(encoding="utf-8") == "11번째\n"


def test_a_link_planted_at_the_temporarys_name_is_never_followed(world):
    planted: list[str] = []

    def plant(event: str, args: tuple[Any, ...]) -> None:
        name = opening_temporary(event, args)
        if name is not None and len(planted) < 2:  # the first two names the writer picks
            os.symlink(world["outside"] / "비밀.txt", world["granted"] / name)
            planted.append(name)

    with attacking(plant):
        write(world, "보고서.txt", "안전하게\n")
    assert len(planted) == 2
    report = world["granted"] / "보고서.txt"
    assert not report.is_symlink() and report.read_text(encoding="utf-8") == "안전하게\n"
    assert (world["outside"] / "비밀.txt").read_text(encoding="utf-8") == SECRET


def test_links_planted_at_every_temporary_name_turn_the_write_into_a_refusal(world):
    def plant(event: str, args: tuple[Any, ...]) -> None:
        name = opening_temporary(event, args)
        if name is not None:
            os.symlink(world["outside"] / "비밀.txt", world["granted"] / name)

    before = snapshot(world["outside"])
    with attacking(plant):
        message = refused(world, "보고서.txt")
    assert message.startswith("Refused to write") and "temporary" in message
    assert snapshot(world["outside"]) == before
    assert (world["granted"] / "보고서.txt").read_text(encoding="utf-8") == "원래 내용\n"


def test_a_temporary_swapped_for_a_link_before_the_rename_is_refused(world):
    swapped: list[str] = []

    def swap(event: str, args: tuple[Any, ...]) -> None:
        if changing_mode_by_descriptor(event, args) and not swapped:
            (name,) = temporaries(world["granted"])
            (world["granted"] / name).unlink()
            os.symlink(world["outside"] / "비밀.txt", world["granted"] / name)
            swapped.append(name)

    with attacking(swap):
        message = refused(world, "보고서.txt", "덮어쓰기\n")
    assert swapped and "was replaced while writing" in message
    report = world["granted"] / "보고서.txt"
    assert not report.is_symlink() and report.read_text(encoding="utf-8") == "원래 내용\n"
    assert (world["outside"] / "비밀.txt").read_text(encoding="utf-8") == SECRET
    assert temporaries(world["root"]) == []


def swap_folder_for_link(folder: Path, to: Path) -> Path:
    moved = folder.with_name(folder.name + "-옮김")
    folder.rename(moved)
    os.symlink(to, folder)
    return moved


def test_a_folder_swapped_for_a_link_while_writing_is_refused(world):
    sub = world["granted"] / "하위"
    moved: list[Path] = []

    def swap(event: str, args: tuple[Any, ...]) -> None:
        if opening_temporary(event, args) is not None and not moved:
            moved.append(swap_folder_for_link(sub, world["outside"]))

    before = snapshot(world["outside"])
    with attacking(swap):
        message = refused(world, "하위/메모.txt")
    assert moved and "a folder on its path was replaced" in message
    assert snapshot(world["outside"]) == before
    assert list(moved[0].iterdir()) == []  # the temporary, written in the held folder, is gone


def test_a_folder_swapped_before_the_write_begins_creates_nothing_outside(world):
    sub = world["granted"] / "하위"
    created: list[str] = []

    def swap(event: str, args: tuple[Any, ...]) -> None:
        if opening_folder(event, args) == str(sub) and not sub.is_symlink():
            swap_folder_for_link(sub, world["outside"])
        if opening_temporary(event, args) is not None:
            created.append("temporary")

    before = snapshot(world["outside"])
    with attacking(swap):
        message = refused(world, "하위/메모.txt")
    assert "a folder on its path was replaced" in message
    assert created == [] and snapshot(world["outside"]) == before


def test_a_folder_swapped_between_approval_and_run_is_refused(world):
    write_tool = tool(world)
    arguments = {"path": "하위/메모.txt", "content": "승인된 내용\n"}
    assert "+승인된 내용" in asyncio.run(write_tool.preview(arguments))
    swap_folder_for_link(world["granted"] / "하위", world["outside"])
    with pytest.raises(ToolError, match="outside the granted folders"):
        asyncio.run(write_tool.run(arguments, CTX))
    assert not (world["outside"] / "메모.txt").exists()


def test_a_hard_linked_target_is_refused_in_the_preview_and_the_run(world):
    os.link(world["outside"] / "비밀.txt", world["granted"] / "링크.txt")
    with pytest.raises(ToolError, match="hard link"):
        asyncio.run(tool(world).preview({"path": "링크.txt", "content": "x"}))
    assert "hard link" in refused(world, "링크.txt", "덮어쓰기\n")
    assert (world["outside"] / "비밀.txt").read_text(encoding="utf-8") == SECRET
    assert (world["granted"] / "링크.txt").stat().st_nlink == 2


def test_a_target_hard_linked_while_waiting_for_the_rename_is_refused(world):
    def link(event: str, args: tuple[Any, ...]) -> None:
        target = world["granted"] / "하위" / "새.txt"
        if opening_temporary(event, args) is not None and not target.exists():
            os.link(world["outside"] / "비밀.txt", target)

    with attacking(link):
        assert "hard link" in refused(world, "하위/새.txt")
    assert (world["outside"] / "비밀.txt").read_text(encoding="utf-8") == SECRET
    assert temporaries(world["root"]) == []


@pytest.mark.parametrize(
    ("name", "points_to"),
    [
        ("안쪽 링크.txt", "{granted}/보고서.txt"),
        ("바깥 링크.txt", "{outside}/비밀.txt"),
        ("끊긴 링크.txt", "{outside}/새로 생길 파일.txt"),
        ("폴더 링크", "{granted}/하위"),
        ("바깥 폴더 링크", "{outside}"),
    ],
)
def test_symlinked_targets_and_parents_are_refused(world, name, points_to):
    os.symlink(points_to.format(**{k: str(v) for k, v in world.items()}), world["granted"] / name)
    path = f"{name}/메모.txt" if "폴더" in name else name
    before = snapshot(world["root"])
    with pytest.raises(ToolError):
        asyncio.run(tool(world).preview({"path": path, "content": "x"}))
    refused(world, path)
    assert snapshot(world["root"]) == before


def test_a_link_above_the_granted_folder_is_the_users_own_choice(world):
    alias = world["root"] / "별칭"
    os.symlink(world["granted"], alias)
    access = FolderAccess([alias], world["data"])
    arguments = {"path": str(alias / "하위" / "메모.txt"), "content": "좋아\n"}
    out = asyncio.run(WriteFileTool(access).run(arguments, CTX))
    assert not out.is_error
    assert (world["granted"] / "하위" / "메모.txt").read_text(encoding="utf-8") == "좋아\n"
