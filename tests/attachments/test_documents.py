"""PDFs go whole with their page count; text and code files as UTF-8 text with their name."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop_app.attachments import prepare_bytes, prepare_file
from desktop_app.core.attachment_limits import PDF_PAGE_TOKENS
from desktop_app.core.attachments import AttachmentKind
from tests.attachments.corpus import pdf_bytes


def test_a_pdf_goes_as_it_is_with_its_page_count(tmp_path: Path) -> None:
    data = pdf_bytes(3)
    path = tmp_path / "Report Q3.pdf"
    path.write_bytes(data)
    attachment = prepare_file(path)
    assert attachment.kind is AttachmentKind.PDF
    assert attachment.media_type == "application/pdf"
    assert attachment.pages == 3 and attachment.tokens == 3 * PDF_PAGE_TOKENS
    assert attachment.data == data
    assert attachment.summary.startswith("PDF, 3 pages")


def test_a_pdf_with_a_wrong_name_is_still_a_pdf() -> None:
    attachment = prepare_bytes(pdf_bytes(1), "scan.jpg")
    assert attachment.kind is AttachmentKind.PDF and attachment.pages == 1
    assert "Named .jpg, but it is a PDF document" in attachment.notes[0]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("main.py", "def hello() -> str:\n    return '안녕하세요'\n"),
        ("notes.md", "# Plan\n\n- ship\n- 수도는 서울\n"),
        ("data.json", '{"a": [1, 2, 3]}\n'),
        ("table.csv", "name,score\nKim,9\n"),
        ("Makefile", "all:\n\tpython -m pytest\n"),
        ("server.log", "2026-01-01 12:00 started\n"),
    ],
)
def test_text_and_code_files_become_utf8_text(name: str, text: str) -> None:
    attachment = prepare_bytes(text.encode("utf-8"), name)
    assert attachment.kind is AttachmentKind.TEXT
    assert attachment.name == name and attachment.media_type == "text/plain"
    assert attachment.data.decode("utf-8") == text
    assert attachment.tokens >= len(text) // 4


def test_utf16_with_a_byte_order_mark_is_read_as_text() -> None:
    data = codecs.BOM_UTF16_LE + "Grüße, 세계\r\n".encode("utf-16-le")
    attachment = prepare_bytes(data, "windows.txt")
    assert attachment.data.decode("utf-8") == "Grüße, 세계\r\n"
