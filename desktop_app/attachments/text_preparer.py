"""Text and code files: decoded (UTF-8, or Korean CP949 with a warning) and sent as UTF-8 text
headed by the file name."""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

from desktop_app.core.attachment_limits import MAX_TEXT_BYTES
from desktop_app.core.attachments import Attachment, AttachmentError, AttachmentKind
from desktop_app.core.text_encoding import NotText, TextEncoding
from desktop_app.core.text_encoding import decode_text as decode_by_rule


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None
    problem: str = ""  # why it is not text, when text is None
    binary: bool = False  # not text at all, as opposed to text in an encoding Parley refuses
    encoding: TextEncoding = TextEncoding.UTF8


def decode_text(data: bytes) -> Decoded:
    """The text in these bytes by core.text_encoding's rule (UTF-8, a BOM'd UTF-16/32, or
    Korean CP949 with a warning); else why not, with how to convert it."""
    try:
        decoded = decode_by_rule(data)
    except NotText as error:
        if error.binary:
            return Decoded(None, f"{error.reason}.", binary=True)
        return Decoded(
            None,
            f"{error.reason}. Save it as UTF-8 and attach it again, or {error.advice}.",
        )
    return Decoded(decoded.text, encoding=decoded.encoding)


def prepare_text(
    name: str,
    text: str,
    notes: tuple[str, ...] = (),
    encoding: TextEncoding = TextEncoding.UTF8,
) -> Attachment:
    """A text attachment; the stored bytes are the text in UTF-8, line endings unchanged.
    Text read by a fallback encoding says so (`converted_from`, and a note)."""
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
        converted_from=encoding.value if encoding.is_fallback else "",
        notes=(*notes, f"Read as {encoding.label}: it is not UTF-8.")
        if encoding.is_fallback
        else notes,
        data=data,
    )
