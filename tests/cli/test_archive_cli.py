"""`parley export --all OUT` and `parley import FILE` through the real CLI: an archive, its
re-import adding nothing, Markdown folders for --all, and a bad file in one line."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.fakeapi import Reply


def test_export_all_then_import_merges_and_never_duplicates(parley, fakeapi, tmp_path):
    fakeapi.queue(
        Reply.text("서울입니다."), Reply.text("수도"), Reply.text("Paris."), Reply.text("t")
    )
    assert parley("ask", "한국의 수도는?").returncode == 0
    assert parley("ask", "Capital of France?").returncode == 0
    archive = tmp_path / "모두"
    done = parley("export", "--all", str(archive))
    assert done.returncode == 0, done.stderr
    written = archive.with_suffix(".parley")
    assert "2 conversation" in done.stdout and written.is_file()
    with zipfile.ZipFile(written) as opened:
        names = opened.namelist()
    assert "manifest.json" in names and sum(n.startswith("conversations/") for n in names) == 2

    again = parley("import", str(written))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 conversation") and "2 already here" in again.stdout
    assert len(parley("history").stdout.strip().splitlines()) == 2


def test_export_all_as_markdown_writes_a_folder_each(parley, fakeapi, tmp_path):
    fakeapi.queue(Reply.text("하나"), Reply.text("첫 대화"), Reply.text("둘"), Reply.text("t2"))
    parley("ask", "첫 번째")
    parley("ask", "두 번째")
    out = tmp_path / "md"
    done = parley("export", "--all", "--format", "md", str(out))
    assert done.returncode == 0, done.stderr
    pages = sorted(out.glob("*/conversation.md"))
    assert len(pages) == 2 and any("하나" in p.read_text(encoding="utf-8") for p in pages)


def test_a_bad_file_and_a_bad_call_get_one_line(parley, tmp_path: Path):
    junk = tmp_path / "junk.parley"
    junk.write_text("not a zip")
    bad = parley("import", str(junk))
    assert bad.returncode == 1 and "not a zip" in bad.stderr and "Traceback" not in bad.stderr
    both = parley("export", "--all", "3", str(tmp_path / "x"))
    assert both.returncode == 2 and "not both" in both.stderr
