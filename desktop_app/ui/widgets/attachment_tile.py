"""One attachment in the composer: its thumbnail, name, size and token estimate, and a ×.

While the file is being prepared the tile says so; PDFs and text files show their kind in
place of a picture. Remarks (a wrong extension, a downscaled image) are in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.core.attachments import Attachment, AttachmentKind
from desktop_app.ui.view_models.attachment_tray_model import ItemState, TrayItem

THUMB = QSize(52, 52)
TEXT_WIDTH = 170
_GLYPHS = {AttachmentKind.PDF: "PDF", AttachmentKind.TEXT: "TXT"}


class AttachmentTile(QFrame):
    remove_clicked = Signal(int)  # item id
    cite_toggled = Signal(int, bool)  # item id, sent as a document Claude may cite

    def __init__(self, item: TrayItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.setObjectName("attachmentTile")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 4, 6)
        layout.setSpacing(8)
        self.thumb = QLabel(self)
        self.thumb.setObjectName("attachmentThumb")
        self.thumb.setFixedSize(THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel(self)
        self.name.setObjectName("attachmentName")
        self.detail = QLabel(self)
        self.detail.setObjectName("attachmentDetail")
        self.tokens = QLabel(self)
        self.tokens.setObjectName("attachmentDetail")
        for label in (self.name, self.detail, self.tokens):
            label.setFixedWidth(TEXT_WIDTH)
            texts.addWidget(label)
        texts.addStretch(1)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("attachmentRemove")
        self.remove_button.setText("×")
        self.remove_button.setToolTip(self.tr("Remove this attachment"))
        self.remove_button.setAccessibleName(self.tr("Remove"))
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.cite_button = QToolButton(self)
        self.cite_button.setObjectName("attachmentCite")
        self.cite_button.setCheckable(True)
        self.cite_button.setText(self.tr("Cite"))
        self.cite_button.setToolTip(
            self.tr("Let Claude cite this file: its answer marks the passages it used")
        )
        self.cite_button.toggled.connect(self.on_cite_button_toggled)
        self.cite_button.hide()
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addStretch(1)
        side.addWidget(self.cite_button)
        layout.addWidget(self.thumb)
        layout.addLayout(texts)
        layout.addLayout(side)
        self.show_item(item)

    def show_item(self, item: TrayItem) -> None:
        preparing = item.state is ItemState.PREPARING
        self.setProperty("preparing", preparing)
        self.style().unpolish(self)
        self.style().polish(self)
        self._set_elided(self.name, item.name)
        attachment = item.attachment
        citable = attachment is not None and attachment.kind is not AttachmentKind.IMAGE
        self.cite_button.setVisible(citable and not preparing)
        self.cite_button.blockSignals(True)  # showing the state is not choosing it
        self.cite_button.setChecked(attachment is not None and attachment.cited)
        self.cite_button.blockSignals(False)
        if preparing or attachment is None:
            self.thumb.setText("…")
            self.detail.setText(self.tr("Preparing…"))
            self.tokens.setText("")
            self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=item.name))
            self.setToolTip(item.name)
            return
        # A text read by a fallback encoding says so in plain sight: the guess may be wrong.
        warning = attachment.kind is AttachmentKind.TEXT and bool(attachment.converted_from)
        self.detail.setObjectName("attachmentNote" if warning else "attachmentDetail")
        self.detail.style().unpolish(self.detail)
        self.detail.style().polish(self.detail)
        detail = (
            self.tr("Not UTF-8: read as %1").replace("%1", attachment.converted_from)
            if warning
            else _detail(attachment)
        )
        self._set_elided(self.detail, detail)
        self.tokens.setText(attachment.summary.rpartition(" · ")[2])
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=attachment.name))
        self.setToolTip(_tooltip(attachment))
        if item.thumbnail is not None and not item.thumbnail.isNull():
            pixmap = QPixmap.fromImage(item.thumbnail)
            ratio = self.devicePixelRatioF()
            pixmap = pixmap.scaled(
                THUMB * ratio,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap = pixmap.copy(
                (pixmap.width() - int(THUMB.width() * ratio)) // 2,
                (pixmap.height() - int(THUMB.height() * ratio)) // 2,
                int(THUMB.width() * ratio),
                int(THUMB.height() * ratio),
            )
            pixmap.setDevicePixelRatio(ratio)
            self.thumb.setPixmap(pixmap)
        else:
            self.thumb.setText(_GLYPHS.get(attachment.kind, "IMG"))

    def _set_elided(self, label: QLabel, text: str) -> None:
        metrics = label.fontMetrics()
        label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, TEXT_WIDTH))

    def on_cite_button_toggled(self, on: bool) -> None:
        self.cite_toggled.emit(self.item_id, on)

    def on_remove_button_clicked(self) -> None:
        self.remove_clicked.emit(self.item_id)


def _detail(attachment: Attachment) -> str:
    """The middle line: what the file is, short enough for the tile."""
    if attachment.kind is AttachmentKind.IMAGE and attachment.downscaled:
        original = f"{attachment.original_width}×{attachment.original_height}"
        return f"{original} → {attachment.width}×{attachment.height}"
    return attachment.summary.rpartition(" · ")[0].split(" (from ")[0]


def _tooltip(attachment: Attachment) -> str:
    lines = [attachment.name, attachment.summary]
    if attachment.converted_from:
        lines.append(
            QCoreApplication.translate("AttachmentTile", "Converted from {encoding}.").format(
                encoding=attachment.converted_from
            )
        )
    if attachment.downscaled:
        lines.append(
            QCoreApplication.translate(
                "AttachmentTile", "Downscaled to what Claude reads; the original is unchanged."
            )
        )
    lines.extend(attachment.notes)
    return "\n".join(lines)
