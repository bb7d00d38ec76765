"""From a dropped, pasted or picked file to an `Attachment` ready to store and send.

Pure functions with no Qt: the window runs them on a worker thread, the CLI directly. Each
returns an Attachment (its `data` the bytes to store) or raises `AttachmentError`, whose
message names the file and says plainly why it cannot go.
"""

from __future__ import annotations

import io
from pathlib import Path

from desktop_app.attachments.file_reader import MAX_FILE_BYTES, read_file
from desktop_app.attachments.file_type import (
    Family,
    FileType,
    claimed_label,
    claims_text,
    extension,
    sniff,
)
from desktop_app.attachments.image_preparer import prepare_image
from desktop_app.attachments.pdf_preparer import prepare_pdf
from desktop_app.attachments.text_preparer import decode_text, prepare_text
from desktop_app.core.attachments import Attachment, AttachmentError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.text_encoding import readable_name

_NEEDS_CODEC = ("image/heic", "image/avif")  # Pillow reads these only with an extra plugin
SUPPORTED = QT_TRANSLATE_NOOP(
    "Attachments",
    "Parley attaches images (JPEG, PNG, GIF, WebP, and BMP, TIFF, ICO and others it converts), "
    "PDFs, and text or code files.",
)


def prepare_file(path: Path, *, full_resolution: bool = False) -> Attachment:
    """Read and prepare the file at `path`; the bytes decide what it is, not the name."""
    return prepare_bytes(read_file(path), path.name, full_resolution=full_resolution)


def prepare_bytes(data: bytes, name: str, *, full_resolution: bool = False) -> Attachment:
    """Prepare bytes that came without a file (a pasted image), or that were read already."""
    name = readable_name(name) or "pasted"
    if not data:
        raise AttachmentError(name, translate("Attachments", "the file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise AttachmentError(
            name, translate("Attachments", "it is larger than Parley reads (200 MB).")
        )
    found = sniff(data)
    if found is not None:
        return _prepare_known(data, name, found, full_resolution)
    decoded = decode_text(data)
    claimed = claimed_label(name)
    if decoded.text is not None:
        if claimed is not None:
            raise AttachmentError(
                name,
                translate(
                    "Attachments",
                    "the name says {kind}, but the file holds plain text. Rename it (for example "
                    "to .txt) to attach it as text.",
                ).format(kind=claimed),
            )
        return prepare_text(name, decoded.text, encoding=decoded.encoding)
    # Binary with no signature Parley knows: Pillow may still read it (TGA, PPM, PCX…).
    try:
        return prepare_image(name, data, full_resolution=full_resolution)
    except AttachmentError:
        pass
    if claimed is not None:
        raise AttachmentError(
            name,
            translate(
                "Attachments",
                "the name says {kind}, but the contents are damaged or something else.",
            ).format(kind=claimed),
        )
    if claims_text(name) or not decoded.binary:
        raise AttachmentError(name, decoded.problem)
    raise AttachmentError(
        name,
        translate("Attachments", "Parley cannot read this kind of file. {supported}").format(
            supported=translate("Attachments", SUPPORTED)
        ),
    )


def _prepare_known(data: bytes, name: str, found: FileType, full_resolution: bool) -> Attachment:
    notes = _mismatch(name, found)
    match found.family:
        case Family.IMAGE:
            try:
                return prepare_image(name, data, full_resolution=full_resolution, notes=notes)
            except AttachmentError:
                if found.media_type in _NEEDS_CODEC and not _readable(data):
                    raise AttachmentError(
                        name,
                        translate(
                            "Attachments",
                            "it is {kind}, which Parley cannot open on this system. Export it as "
                            "JPEG or PNG and attach that.",
                        ).format(kind=found.label),
                    ) from None
                raise
        case Family.PDF:
            return prepare_pdf(name, data, notes)
        case Family.OTHER:
            raise AttachmentError(
                name,
                translate(
                    "Attachments", "it is {kind}, which Claude cannot read. {supported}"
                ).format(kind=found.label, supported=translate("Attachments", SUPPORTED)),
            )


def _readable(data: bytes) -> bool:
    from PIL import Image, UnidentifiedImageError

    from desktop_app.attachments.image_preparer import READABLE_FORMATS

    try:
        Image.open(io.BytesIO(data), formats=READABLE_FORMATS).close()
    except (UnidentifiedImageError, OSError, ValueError):
        return False
    return True


def _mismatch(name: str, found: FileType) -> tuple[str, ...]:
    """A remark when the name says one format and the bytes another (they win)."""
    claimed = claimed_label(name)
    if claimed is None or found.label.endswith(claimed):
        return ()
    ext = extension(name)
    return (f"Named .{ext}, but it is {found.label}; it is sent as what it is.",)
