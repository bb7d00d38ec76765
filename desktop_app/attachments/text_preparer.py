"""Text and code files: decoded to UTF-8 and sent as text headed by the file name."""

from __future__ import annotations

import codecs
import hashlib
import math
from dataclasses import dataclass

from desktop_app.core.attachment_limits import MAX_TEXT_BYTES
from desktop_app.core.attachments import Attachment, AttachmentError, AttachmentKind

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never appear in text files (tab, newlines, form feed and ESC do).
_BINARY_CONTROLS = frozenset(range(32)) - {9, 10, 12, 13, 27}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None
    problem: str = ""  # why it is not text, when text is None


def decode_text(data: bytes) -> Decoded:
    """The text in these bytes: UTF-8 (or UTF-16/32 with a byte order mark); else why not."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:8192]:
        return Decoded(None, "it holds binary data, not text.")
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError:
        if encoding is None and _looks_binary(data[:8192]):
            return Decoded(None, "it holds binary data, not text.")
        return Decoded(None, "it is not UTF-8 text. Save it as UTF-8 and attach it again.")
    sample = text[:8192]
    if sample and sum(ord(c) in _BINARY_CONTROLS for c in sample) > len(sample) // 100:
        return Decoded(None, "it holds binary data, not text.")
    return Decoded(text)


def _looks_binary(head: bytes) -> bool:
    return sum(b in _BINARY_CONTROLS for b in head) > len(head) // 100


def prepare_text(name: str, text: str, notes: tuple[str, ...] = ()) -> Attachment:
    """A text attachment; the stored bytes are the text in UTF-8, line endings unchanged."""
    if not text.strip():
        raise AttachmentError(name, "it holds no text (only blank space).")
    data = text.encode("utf-8")
    if len(data) > MAX_TEXT_BYTES:
        raise AttachmentError(
            name,
            f"it is {len(data) // 1024:,} KB of text; Parley attaches text files of up to "
            f"{MAX_TEXT_BYTES // 1024} KB (about {MAX_TEXT_BYTES // 4 // 1000:,},000 tokens). "
            "Attach the part that matters.",
        )
    return Attachment(
        kind=AttachmentKind.TEXT,
        name=name,
        media_type="text/plain",
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        tokens=max(1, math.ceil(len(text) / 4)),
        notes=notes,
        data=data,
    )
