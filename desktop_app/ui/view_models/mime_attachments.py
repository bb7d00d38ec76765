"""What a drop or a paste offers to attach: local files, or a picture's own bytes.

A screenshot copied with the system's tool arrives as image data (usually PNG, taken as it
is); files copied or dragged from a file manager arrive as file URLs. Anything else (text,
web links) is left to the prompt box as text.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QImage

from desktop_app.ui.view_models.attachment_tray_model import AttachmentTrayModel

# Taken as they are, without decoding and encoding again; the preparer checks the bytes.
_RAW_IMAGE_TYPES = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/webp": "webp",
    "image/gif": "gif",
    "image/bmp": "bmp",
}


def local_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def attachable(mime: QMimeData | None) -> bool:
    """Whether the data holds something to attach rather than text to type."""
    if mime is None:
        return False
    return bool(local_files(mime)) or mime.hasImage() or _raw_type(mime) is not None


def attach_from(mime: QMimeData, model: AttachmentTrayModel, stem: str = "pasted") -> bool:
    """Add what the data offers to the tray; False when it offers nothing to attach."""
    files = local_files(mime)
    if files:
        model.add_files(files)
        return True
    raw = _raw_type(mime)
    data = bytes(mime.data(raw).data()) if raw is not None else b""
    if raw is not None and data:
        model.add_bytes(data, timestamped(stem, _RAW_IMAGE_TYPES[raw]))
        return True
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            model.add_image(image, timestamped(stem, "png"))
        else:
            model.refuse(
                QCoreApplication.translate(
                    "MimeAttachments", "The pasted picture is empty or could not be read."
                )
            )
        return True
    return False


def timestamped(stem: str, extension: str) -> str:
    """A name for a picture that came without one, e.g. "screenshot 21-41-50.png"."""
    return f"{stem} {datetime.now():%H-%M-%S}.{extension}"


def _raw_type(mime: QMimeData) -> str | None:
    return next((t for t in _RAW_IMAGE_TYPES if mime.hasFormat(t)), None)
