"""One file, pasted picture or screenshot prepared on a worker thread, with its thumbnail.

The job runs on Qt's thread pool and reports through a signal, which Qt queues to the UI
thread. Pillow and the preparers are imported on the worker, on first use, never on the
window's import path. Anything unexpected becomes a plain message, never a traceback.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QImageWriter

from desktop_app.core.attachments import Attachment, AttachmentError, AttachmentKind

log = logging.getLogger(__name__)

THUMBNAIL_PIXELS = 160  # the longest side of a thumbnail, enough for a 2× screen at 80 px


@dataclass(frozen=True, slots=True)
class Source:
    """What to prepare: a file, bytes already in hand, or a picture (pasted or captured)."""

    name: str
    path: Path | None = None
    data: bytes = b""
    image: QImage | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """The outcome: an attachment and its thumbnail, or the plain reason it cannot go."""

    attachment: Attachment | None
    error: str = ""
    thumbnail: QImage | None = None


class _Relay(QObject):
    finished = Signal(int, object)  # job id, Prepared


class AttachmentJobs(QObject):
    """Starts jobs on the global thread pool; `finished(job_id, Prepared)` on the UI thread."""

    finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self.finished)
        self._next = 0

    def start(self, source: Source | Attachment) -> int:
        """Prepare a source, or only make the thumbnail of an attachment already prepared."""
        self._next += 1
        job_id, relay = self._next, self._relay

        def run() -> None:
            result = _thumbnailed(source) if isinstance(source, Attachment) else _prepare(source)
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                relay.finished.emit(job_id, result)

        QThreadPool.globalInstance().start(run)
        return job_id


def _prepare(source: Source) -> Prepared:
    try:
        from desktop_app.attachments import prepare_bytes, prepare_file

        if source.path is not None:
            attachment = prepare_file(source.path)
        else:
            data = source.data or png_bytes(source.image, source.name)
            attachment = prepare_bytes(data, source.name)
    except AttachmentError as error:
        return Prepared(None, str(error))
    except MemoryError:
        return Prepared(
            None,
            QCoreApplication.translate(
                "AttachmentJob", "{name}: it is too large to prepare on this computer."
            ).format(name=source.name),
        )
    except Exception:
        log.exception("Preparing an attachment failed")
        return Prepared(
            None,
            QCoreApplication.translate(
                "AttachmentJob", "{name}: Parley could not prepare it; the details are in its log."
            ).format(name=source.name),
        )
    return _thumbnailed(attachment)


def _thumbnailed(attachment: Attachment) -> Prepared:
    if attachment.kind is not AttachmentKind.IMAGE or not attachment.data:
        return Prepared(attachment)
    return Prepared(attachment, thumbnail=thumbnail_of(QImage.fromData(attachment.data)))


def thumbnail_of(image: QImage, pixels: int = THUMBNAIL_PIXELS) -> QImage | None:
    """A small copy for tiles and the transcript; None when the picture cannot be read."""
    if image.isNull():
        return None
    if max(image.width(), image.height()) <= pixels:
        return image
    return image.scaled(
        pixels,
        pixels,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def png_bytes(image: QImage | None, name: str = "") -> bytes:
    """A picture as PNG (for pasted and captured images, which come without a file)."""
    if image is None or image.isNull():
        raise AttachmentError(
            name, QCoreApplication.translate("AttachmentJob", "the picture is empty.")
        )
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        raise AttachmentError(
            name,
            QCoreApplication.translate(
                "AttachmentJob", "the picture could not be converted to PNG."
            ),
        )
    buffer.close()
    return bytes(array.data())
