"""Small copies of stored images for the transcript, decoded on a worker and kept for a while.

A conversation with many screenshots opens without decoding any on the UI thread: a card
asks, gets None, and repaints when `loaded(sha256)` says its thumbnail is ready.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal, SignalInstance
from PySide6.QtGui import QImage, QImageReader

EDGE = 480  # the longest side kept: sharp in a 240 px box on a 2× screen
KEEP = 48  # thumbnails kept (about 25 MB at most)


class ThumbnailCache(QObject):
    loaded = Signal(str)  # sha256; its thumbnail (or its failure) is known now
    _done = Signal(str, object)  # sha256, QImage or None: from the worker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._failed: set[str] = set()
        self._pending: set[str] = set()
        self._done.connect(self.on_done)

    def get(self, sha256: str, path: Path) -> QImage | None:
        """The thumbnail if ready; else None, and it is loaded (`loaded` follows)."""
        image = self._images.get(sha256)
        if image is not None:
            self._images.move_to_end(sha256)
            return image
        if sha256 not in self._pending and sha256 not in self._failed:
            self._pending.add(sha256)
            done = self._done
            QThreadPool.globalInstance().start(lambda: _load(sha256, path, done))
        return None

    def failed(self, sha256: str) -> bool:
        return sha256 in self._failed

    def on_done(self, sha256: str, image: QImage | None) -> None:
        self._pending.discard(sha256)
        if image is None:
            self._failed.add(sha256)
        else:
            self._images[sha256] = image
            while len(self._images) > KEEP:
                self._images.popitem(last=False)
        self.loaded.emit(sha256)


def _load(sha256: str, path: Path, done: SignalInstance) -> None:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > EDGE:
        reader.setScaledSize(size.scaled(QSize(EDGE, EDGE), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    with contextlib.suppress(RuntimeError):  # the cache is gone (the app is closing)
        done.emit(sha256, None if image.isNull() else image)


_shared: ThumbnailCache | None = None


def shared_cache() -> ThumbnailCache:
    """One cache for the whole window, made on first use."""
    global _shared
    if _shared is None:
        _shared = ThumbnailCache()
    return _shared
