"""Attachment values, the API's limits, and references turned into the API's own blocks."""

from __future__ import annotations

import base64
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from desktop_app.attachments import prepare_bytes
from desktop_app.core.attachment_limits import MAX_IMAGES, check_request
from desktop_app.core.attachment_resolver import AttachmentResolver
from desktop_app.core.attachments import (
    Attachment,
    AttachmentError,
    AttachmentKind,
    attachments_in,
    image_tokens,
)
from desktop_app.storage.attachment_store import AttachmentStore
from tests.attachments.corpus import pdf_bytes, small_png


class CountingStore(AttachmentStore):
    """The real store, counting reads, to see the resolver's cache at work."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.loads = 0

    def load(self, sha256: str) -> bytes:
        self.loads += 1
        return super().load(sha256)


@pytest.fixture
def files(tmp_path: Path) -> CountingStore:
    return CountingStore(tmp_path / "attachments")


def test_tokens_follow_the_api_s_own_downscaling() -> None:
    assert image_tokens(750, 1) == 1
    assert image_tokens(1000, 1000) == 1334  # under the limits: w·h/750
    assert image_tokens(3840, 2160) == image_tokens(1429, 804) == 1532
    assert image_tokens(0, 10) == 0


def test_a_stored_block_is_a_reference_that_reads_back_the_same() -> None:
    image = prepare_bytes(small_png(640, 480), "dot.png")
    block = image.block()
    assert block["type"] == "image"
    assert block["source"] == {
        "type": "parley_attachment",
        "sha256": image.sha256,
        "media_type": "image/png",
    }
    assert "data" not in str(block)  # no megabytes of base64 in the database
    assert Attachment.from_block(block) == image
    pdf = prepare_bytes(pdf_bytes(2), "a.pdf")
    assert Attachment.from_block(pdf.block()) == pdf
    assert attachments_in([{"type": "text", "text": "hi"}, block, pdf.block()]) == [image, pdf]
    legacy = {"type": "image", "source": {"type": "base64", "media_type": "image/png"}}
    assert Attachment.from_block(legacy) is None


def image_of(width: int, height: int, name: str = "x.png") -> Attachment:
    return Attachment(AttachmentKind.IMAGE, name, "image/png", "0" * 64, 100, 1, width, height)


def test_request_limits() -> None:
    check_request([image_of(1568, 882)] * MAX_IMAGES)
    with pytest.raises(AttachmentError, match="101 images"):
        check_request([image_of(10, 10)] * 101)
    check_request([image_of(2000, 2000)] * 21)
    with pytest.raises(AttachmentError, match="2001×10"):
        check_request([image_of(10, 10)] * 20 + [image_of(2001, 10)])
    pdf = Attachment(AttachmentKind.PDF, "b.pdf", "application/pdf", "1" * 64, 100, 1, pages=60)
    with pytest.raises(AttachmentError, match="120 pages"):
        check_request([pdf, pdf])
    big = replace(pdf, pages=1, size=12 * 1024 * 1024)
    with pytest.raises(AttachmentError, match="MB"):
        check_request([big, big])


def test_references_become_the_api_s_blocks_and_parley_keys_go(files) -> None:
    image = files.save(prepare_bytes(small_png(), "dot.png"))
    pdf = files.save(prepare_bytes(pdf_bytes(1), "Q3 report.pdf"))
    text = files.save(prepare_bytes(b"print('hi')\n", "main.py"))
    content = [image.block(), pdf.block(), text.block(), {"type": "text", "text": "?"}]
    turns: list[dict[str, Any]] = [{"role": "user", "content": content}]
    resolver = AttachmentResolver(files)
    resolver.check(content)
    sent = resolver.resolve(turns)[0]["content"]
    assert sent[0] == {
        "type": "image",
        "source": {
            "type": "base64",
            "media_type": "image/png",
            "data": base64.b64encode(image.data).decode(),
        },
    }
    assert sent[1]["type"] == "document" and sent[1]["title"] == "Q3 report.pdf"
    assert base64.b64decode(sent[1]["source"]["data"]) == pdf.data
    assert sent[2] == {"type": "text", "text": "<file name=\"main.py\">\nprint('hi')\n</file>"}
    assert sent[3] == {"type": "text", "text": "?"}
    assert turns[0]["content"][0] == image.block()  # the stored history is left alone
    assert files.loads == 3
    resolver.resolve(turns)
    assert files.loads == 3  # encoded once, reused on the next turn
    assert not resolver.pending(turns)


def test_a_missing_file_is_a_plain_error_before_anything_is_read(files) -> None:
    image = files.save(prepare_bytes(small_png(), "gone.png"))
    files.path(image.sha256).unlink()
    with pytest.raises(AttachmentError, match=r"^gone.png: this attachment is no longer"):
        AttachmentResolver(files).check([image.block()])
    with pytest.raises(AttachmentError, match="no longer"):
        AttachmentResolver(files).resolve([{"role": "user", "content": [image.block()]}])
    with pytest.raises(AttachmentError, match="cannot be sent from here"):
        AttachmentResolver(None).check([image.block()])
