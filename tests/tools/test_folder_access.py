"""The path-boundary corpus: every way out of a granted folder is refused, on the real path."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from desktop_app.core.tool_calls import ToolContext, ToolError
from desktop_app.tools.builtin.files import ListFilesTool, ReadFileTool, SearchFilesTool
from desktop_app.tools.builtin.folder_access import FolderAccess
from desktop_app.tools.builtin.write_file import WriteFileTool

CTX = ToolContext(1)


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    granted = tmp_path / "granted"
    evil = tmp_path / "granted_evil"
    data = granted / "parley-data"  # Parley's data folder inside a granted one
    for folder in (granted / "sub", evil, data, tmp_path / "outside"):
        folder.mkdir(parents=True)
    (granted / "ok.txt").write_text("inside text\n")
    (granted / "sub" / "deep.txt").write_text("deep needle\n")
    (evil / "secret.txt").write_text("evil needle\n")
    (tmp_path / "outside" / "secret.txt").write_text("outside needle\n")
    (data / "parley.sqlite3").write_text("db needle\n")
    os.symlink(tmp_path / "outside" / "secret.txt", granted / "link_out.txt")
    os.symlink(tmp_path / "outside", granted / "dir_link_out")
    os.symlink(granted / "ok.txt", granted / "link_in.txt")
    os.symlink(data, granted / "data_link")
    return {"root": tmp_path, "granted": granted, "data": data}


def access(world) -> FolderAccess:
    return FolderAccess([world["granted"]], world["data"])


REFUSED = [
    "../outside/secret.txt",
    "sub/../../outside/secret.txt",
    "sub/..",
    "..",
    "{root}/outside/secret.txt",
    "{root}/granted_evil/secret.txt",
    "{root}/granted_evil",
    "{root}/granted/../granted_evil/secret.txt",
    "/etc/passwd",
    "/",
    "link_out.txt",
    "dir_link_out/secret.txt",
    "dir_link_out",
    "parley-data/parley.sqlite3",
    "{root}/granted/parley-data",
    "data_link/parley.sqlite3",
    "./parley-data/parley.sqlite3",
    "sub//../../outside",
    "",
    "ok.txt\0.png",
]

ALLOWED = ["ok.txt", "./ok.txt", "sub/deep.txt", "{root}/granted/ok.txt", "link_in.txt", "."]


@pytest.mark.parametrize("raw", REFUSED)
def test_refused(world, raw):
    with pytest.raises(ToolError):
        access(world).resolve(raw.format(root=world["root"]))


@pytest.mark.parametrize("raw", ALLOWED)
def test_allowed(world, raw):
    real = access(world).resolve(raw.format(root=world["root"]))
    assert real.is_relative_to(world["granted"])


def test_the_corpus_is_large_enough():
    assert len(REFUSED) >= 15


def test_read_file_refuses_and_reads(world):
    tool = ReadFileTool(access(world))
    assert asyncio.run(tool.run({"path": "ok.txt"}, CTX)).content == "inside text\n"
    with pytest.raises(ToolError):
        asyncio.run(tool.run({"path": "link_out.txt"}, CTX))


def test_listing_and_search_never_show_what_is_outside(world):
    listing = asyncio.run(ListFilesTool(access(world)).run({"path": "."}, CTX)).content
    assert isinstance(listing, str)
    assert "ok.txt" in listing and "sub/" in listing and "link_in.txt" in listing
    for hidden in ("link_out.txt", "dir_link_out", "parley-data", "data_link"):
        assert hidden not in listing
    found = asyncio.run(SearchFilesTool(access(world)).run({"path": ".", "query": "NEEDLE"}, CTX))
    assert isinstance(found.content, str)
    assert "deep needle" in found.content
    assert "evil" not in found.content and "outside" not in found.content
    assert "db needle" not in found.content


def test_write_file_shows_a_diff_and_cannot_escape(world):
    tool = WriteFileTool(access(world))
    diff = asyncio.run(tool.preview({"path": "ok.txt", "content": "changed text\n"}))
    assert "-inside text" in diff and "+changed text" in diff
    asyncio.run(tool.run({"path": "ok.txt", "content": "changed text\n"}, CTX))
    assert (world["granted"] / "ok.txt").read_text() == "changed text\n"
    with pytest.raises(ToolError):
        asyncio.run(tool.run({"path": "link_out.txt", "content": "pwned"}, CTX))
    assert (world["root"] / "outside" / "secret.txt").read_text() == "outside needle\n"
    assert tool.always_asks


def test_a_large_file_is_cut_with_a_note(world):
    (world["granted"] / "big.txt").write_text("x" * 300_000)
    text = asyncio.run(ReadFileTool(access(world)).run({"path": "big.txt"}, CTX)).content
    assert isinstance(text, str) and text.endswith("bytes]") and len(text) < 270_000
