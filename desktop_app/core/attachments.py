"""Attachments as pure values: a prepared image, PDF or text file, and its place in a message.

A message stores a reference block (the content is kept once, by sha256, in the attachment
store); `AttachmentResolver` turns references into the API's real blocks just before sending.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop_app.core.conversation import Block
from desktop_app.core.i18n import translate
from desktop_app.core.locale_format import format_number

REFERENCE = "parley_attachment"  # the source type of a stored reference block
METADATA = "parley"  # the block key holding Parley-only details, stripped before sending

# What the API does to an image anyway: above these it downsizes (tokens ≈ w·h/750).
API_LONG_EDGE = 1568
API_PIXELS = 1_150_000

_IMAGE_NAMES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/gif": "GIF", "image/webp": "WebP"}


class AttachmentKind(StrEnum):
    IMAGE = "image"
    PDF = "pdf"
    TEXT = "text"


class AttachmentError(Exception):
    """A file that cannot be attached or sent, said plainly; `name` is the file, if one."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}" if name else reason)
        self.name = name
        self.reason = reason


def image_tokens(width: int, height: int) -> int:
    """Tokens an image costs: w·h/750, after the API's own downsizing."""
    if width <= 0 or height <= 0:
        return 0
    scale = min(1.0, API_LONG_EDGE / max(width, height), math.sqrt(API_PIXELS / (width * height)))
    if scale < 1.0:
        width, height = max(1, math.floor(width * scale)), max(1, math.floor(height * scale))
    return max(1, math.ceil(width * height / 750))


def base64_size(size: int) -> int:
    """Length of the base64 text for `size` bytes (the API measures its limits on it)."""
    return 4 * math.ceil(size / 3)


@dataclass(frozen=True, slots=True)
class Attachment:
    """One prepared file. `data` holds the bytes to send; it is empty when the value was read
    back from a stored message (the bytes are then in the attachment store, under `sha256`)."""

    kind: AttachmentKind
    name: str  # the file name, shown to the user and (for PDFs and text) to Claude
    media_type: str  # of the prepared bytes, found from the bytes, never from the name
    sha256: str  # of the prepared bytes: the key in the attachment store
    size: int  # prepared bytes
    tokens: int  # estimated input tokens
    width: int = 0
    height: int = 0
    pages: int = 0
    original_width: int = 0  # before downscaling; equal to width when not downscaled
    original_height: int = 0
    converted_from: str = ""  # e.g. "BMP" when the file was converted; "" when sent as it was
    notes: tuple[str, ...] = ()  # plain remarks for the user, e.g. a wrong file extension
    cited: bool = False  # sent as a document Claude may cite (text and PDF files only)
    data: bytes = field(default=b"", repr=False, compare=False)

    @property
    def downscaled(self) -> bool:
        return (self.original_width, self.original_height) != (self.width, self.height)

    @property
    def encoded_size(self) -> int:
        """Bytes this attachment adds to a request (base64 for images and PDFs)."""
        return self.size if self.kind is AttachmentKind.TEXT else base64_size(self.size)

    @property
    def summary(self) -> str:
        """One line for a thumbnail or the CLI, e.g. "1429×804 PNG · about 1,532 tokens"."""
        match self.kind:
            case AttachmentKind.IMAGE:
                kind = _IMAGE_NAMES.get(self.media_type, self.media_type)
                what = f"{self.width}×{self.height} {kind}"
                if self.downscaled:
                    what += " " + translate("Attachments", "(from {width}×{height})").format(
                        width=self.original_width, height=self.original_height
                    )
            case AttachmentKind.PDF:
                what = translate("Attachments", "PDF, %n page(s)", None, self.pages)
            case AttachmentKind.TEXT:
                what = translate("Attachments", "text, {size}").format(size=size_words(self.size))
        about = translate("Attachments", "about {tokens} tokens")
        return f"{what} · {about.format(tokens=format_number(self.tokens))}"

    def block(self) -> Block:
        """The block a stored message holds: a reference to the store, plus display details."""
        details: dict[str, Any] = {
            "kind": self.kind.value,
            "name": self.name,
            "size": self.size,
            "tokens": self.tokens,
        }
        if self.kind is AttachmentKind.IMAGE:
            details |= {
                "width": self.width,
                "height": self.height,
                "original_width": self.original_width,
                "original_height": self.original_height,
            }
        if self.pages:
            details["pages"] = self.pages
        if self.converted_from:
            details["converted_from"] = self.converted_from
        source = {"type": REFERENCE, "sha256": self.sha256, "media_type": self.media_type}
        if self.kind is AttachmentKind.IMAGE:
            return {"type": "image", "source": source, METADATA: details}
        return {"type": "document", "source": source, "title": self.name, METADATA: details}

    @classmethod
    def from_block(cls, block: Block) -> Attachment | None:
        """The attachment a stored block refers to; None for any other block."""
        source = block.get("source")
        details = block.get(METADATA)
        if not isinstance(source, dict) or source.get("type") != REFERENCE:
            return None
        if not isinstance(details, dict):
            details = {}
        try:
            kind = AttachmentKind(details.get("kind") or _kind_of(block, source))
            width, height = int(details.get("width") or 0), int(details.get("height") or 0)
            return cls(
                kind=kind,
                name=str(details.get("name") or block.get("title") or "attachment"),
                media_type=str(source.get("media_type") or ""),
                sha256=str(source.get("sha256") or ""),
                size=int(details.get("size") or 0),
                tokens=int(details.get("tokens") or 0),
                width=width,
                height=height,
                pages=int(details.get("pages") or 0),
                original_width=int(details.get("original_width") or width),
                original_height=int(details.get("original_height") or height),
                converted_from=str(details.get("converted_from") or ""),
            )
        except (TypeError, ValueError):
            return None


def _kind_of(block: Block, source: dict[str, Any]) -> str:
    if block.get("type") == "image":
        return AttachmentKind.IMAGE.value
    if source.get("media_type") == "application/pdf":
        return AttachmentKind.PDF.value
    return AttachmentKind.TEXT.value


def size_words(size: int) -> str:
    if size < 1024:
        return translate("Attachments", "%n byte(s)", None, size)
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def attachments_in(content: list[Block]) -> list[Attachment]:
    """The attachments referred to by a message's blocks, in order."""
    found = (Attachment.from_block(block) for block in content)
    return [a for a in found if a is not None]
