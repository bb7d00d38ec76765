"""A sent message's attachments in the transcript: images as thumbnails that open full size on
a click, PDFs and text files as chips with their name and size.

The images come from the attachment store by sha256, decoded on a worker (ThumbnailCache);
an image whose file is gone says so instead of breaking the card.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from desktop_app.core.attachments import Attachment, AttachmentError, AttachmentKind, size_words
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.thumbnail_cache import shared_cache
from desktop_app.ui.widgets.flow_layout import FlowLayout

ONE_IMAGE = QSize(260, 180)  # the box a message's only image fits in
SEVERAL_IMAGES = QSize(140, 100)
SPACING = 6
_KIND_LABELS = {
    AttachmentKind.PDF: QT_TRANSLATE_NOOP("MessageAttachments", "PDF"),
    AttachmentKind.TEXT: QT_TRANSLATE_NOOP("MessageAttachments", "Text"),
}
QT_TRANSLATE_NOOP("MessageAttachments", "File")


class MessageImage(QToolButton):
    """One image: its thumbnail, sized to its box; a click opens the full-size viewer."""

    def __init__(self, attachment: Attachment, box: QSize, parent: QWidget) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("messageImage")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setToolTip(
            f"{attachment.name}\n{attachment.summary}\n" + self.tr("Click to open at full size")
        )
        self.setAccessibleName(self.tr("Image {name}").format(name=attachment.name))
        width, height = attachment.width or box.width(), attachment.height or box.height()
        self.shown_size = QSize(width, height).scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        self.shown_size = self.shown_size.expandedTo(QSize(48, 36))
        self.setFixedSize(self.shown_size + QSize(2, 2))
        self.setIconSize(self.shown_size)
        self.clicked.connect(self.on_clicked)
        self.path = _path_of(attachment)
        cache = shared_cache()
        cache.loaded.connect(self.on_cache_loaded)
        self.refresh()

    def refresh(self) -> None:
        cache = shared_cache()
        sha = self.attachment.sha256
        image = cache.get(sha, self.path) if self.path is not None else None
        if image is not None:
            self.setIcon(QIcon(_fitted(image, self.shown_size, self.devicePixelRatioF())))
            self.setText("")
        elif self.path is None or cache.failed(sha):
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.setText(self.tr("Image missing"))
            self.setToolTip(
                self.tr("{name}: its file is no longer in Parley's folder.").format(
                    name=self.attachment.name
                )
            )

    @property
    def loaded(self) -> bool:
        return not self.icon().isNull()

    def on_cache_loaded(self, sha256: str) -> None:
        if sha256 == self.attachment.sha256 and not self.loaded:
            self.refresh()

    def on_clicked(self) -> None:
        if self.path is None or not self.path.is_file():
            return
        from desktop_app.ui.dialogs.image_viewer import ImageViewer  # on demand

        viewer = ImageViewer(self.path, self.attachment.name, self.attachment.summary, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()


class MessageAttachments(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageAttachments")
        self.flow = FlowLayout(self, spacing=SPACING)
        self.items: list[QWidget] = []
        self.shown: tuple[str, ...] = ()

    def set_attachments(self, attachments: Sequence[Attachment]) -> None:
        key = tuple(a.sha256 for a in attachments)
        if key == self.shown:
            return  # a card is shown again as it streams or finishes: keep what is built
        self.shown = key
        for item in self.items:
            self.flow.removeWidget(item)
            item.deleteLater()
        images = sum(a.kind is AttachmentKind.IMAGE for a in attachments)
        box = ONE_IMAGE if images == 1 else SEVERAL_IMAGES
        self.items = []
        for attachment in attachments:
            shown: QWidget
            if attachment.kind is AttachmentKind.IMAGE:
                shown = MessageImage(attachment, box, self)
            else:
                shown = _chip(attachment, self)
            self.flow.addWidget(shown)
            self.items.append(shown)
        self.setVisible(bool(attachments))

    def natural_width(self) -> int:
        """The width of all items side by side (a bubble grows to this, then they wrap)."""
        widths = [item.sizeHint().width() for item in self.items]
        return sum(widths) + SPACING * max(0, len(widths) - 1)

    def images(self) -> list[MessageImage]:
        return [item for item in self.items if isinstance(item, MessageImage)]


def _chip(attachment: Attachment, parent: QWidget) -> QLabel:
    kind = QCoreApplication.translate(
        "MessageAttachments", _KIND_LABELS.get(attachment.kind, "File")
    )
    detail = attachment.summary.rpartition(" · ")[0]
    if attachment.kind is AttachmentKind.TEXT:
        detail = size_words(attachment.size)
    if attachment.kind is AttachmentKind.PDF and attachment.pages:
        detail = QCoreApplication.translate(
            "MessageAttachments", "%n page(s)", "", attachment.pages
        )
    chip = QLabel(f"{kind} · {attachment.name} · {detail}", parent)
    chip.setObjectName("messageFile")
    chip.setToolTip(f"{attachment.name}\n{attachment.summary}")
    return chip


def _path_of(attachment: Attachment) -> Path | None:
    from desktop_app import paths
    from desktop_app.storage.attachment_store import AttachmentStore

    try:
        return AttachmentStore(paths.attachments_dir()).path(attachment.sha256)
    except (AttachmentError, OSError):
        return None


def _fitted(image: QImage, box: QSize, ratio: float) -> QPixmap:
    pixmap = QPixmap.fromImage(image)
    pixmap = pixmap.scaled(
        box * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
