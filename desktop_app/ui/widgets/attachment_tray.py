"""The attachments above the prompt: tiles that wrap, refused files with their reasons, a total.

It follows an `AttachmentTrayModel` and hides itself when there is nothing to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.ui.view_models.attachment_tray_model import AttachmentTrayModel, Refusal
from desktop_app.ui.widgets.attachment_tile import AttachmentTile
from desktop_app.ui.widgets.flow_layout import FlowLayout


class RefusalRow(QFrame):
    """A file that was not attached: the reason, and a × to dismiss it."""

    dismissed = Signal(int)  # refusal id

    def __init__(self, refusal: Refusal | None, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.refusal_id = refusal.id if refusal is not None else 0
        self.setObjectName("attachmentRefusal")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 5, 4, 5)
        layout.setSpacing(6)
        self.label = QLabel(refusal.text if refusal is not None else text, self)
        self.label.setObjectName("refusalText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setObjectName("refusalDismiss")
        self.dismiss_button.setText("×")
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.on_dismiss_button_clicked)
        self.dismiss_button.setVisible(refusal is not None)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)

    def on_dismiss_button_clicked(self) -> None:
        self.dismissed.emit(self.refusal_id)


class AttachmentTray(QWidget):
    def __init__(self, model: AttachmentTrayModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("attachmentTray")
        self.tiles: dict[int, AttachmentTile] = {}
        self.refusal_rows: list[RefusalRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(6)
        self.tile_area = QWidget(self)
        self.flow = FlowLayout(self.tile_area, spacing=8)
        layout.addWidget(self.tile_area)
        self.refusal_box = QVBoxLayout()
        self.refusal_box.setSpacing(4)
        layout.addLayout(self.refusal_box)
        self.limit_row = RefusalRow(None, "", self)
        layout.addWidget(self.limit_row)
        self.total = QLabel(self)
        self.total.setObjectName("attachmentTotal")
        layout.addWidget(self.total)
        model.item_added.connect(self.on_item_added)
        model.item_changed.connect(self.on_item_changed)
        model.item_removed.connect(self.on_item_removed)
        model.refusals_changed.connect(self.on_refusals_changed)
        model.changed.connect(self.on_changed)
        self.on_changed()

    def on_item_added(self, item_id: int) -> None:
        tile = AttachmentTile(self.model.item(item_id), self.tile_area)
        tile.remove_clicked.connect(self.model.remove)
        tile.cite_toggled.connect(self.model.set_cited)
        self.tiles[item_id] = tile
        self.flow.addWidget(tile)
        tile.show()

    def on_item_changed(self, item_id: int) -> None:
        tile = self.tiles.get(item_id)
        if tile is not None:
            tile.show_item(self.model.item(item_id))

    def on_item_removed(self, item_id: int) -> None:
        tile = self.tiles.pop(item_id, None)
        if tile is not None:
            self.flow.removeWidget(tile)
            tile.hide()
            tile.deleteLater()

    def on_refusals_changed(self) -> None:
        for row in self.refusal_rows:
            self.refusal_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.refusal_rows = []
        for refusal in self.model.refusals():
            row = RefusalRow(refusal, parent=self)
            row.dismissed.connect(self.model.dismiss)
            self.refusal_box.addWidget(row)
            row.show()
            self.refusal_rows.append(row)

    def on_changed(self) -> None:
        self.tile_area.setVisible(bool(self.tiles))
        problem = self.model.limit_problem() if self.tiles else ""
        self.limit_row.label.setText(problem)
        self.limit_row.setVisible(bool(problem))
        summary = self.model.summary()
        self.total.setText(summary)
        self.total.setVisible(bool(summary) and len(self.tiles) > 1)
        self.setVisible(bool(self.tiles or self.refusal_rows))
        self.tile_area.updateGeometry()
