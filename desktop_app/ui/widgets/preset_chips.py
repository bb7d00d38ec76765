"""The screenshot-review presets as a row of chips on the empty composer, and "Edit…".

A click on a chip fills the prompt with that preset's text; nothing is sent until the user
sends. The row wraps when the labels do not fit on one line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.core.settings import ReviewPreset
from desktop_app.ui.widgets.flow_layout import FlowLayout


class PresetChips(QWidget):
    chosen = Signal(object)  # ReviewPreset
    edit_requested = Signal()
    rebuilt = Signal()  # new chip buttons: the window puts them in its Tab order

    def __init__(self, presets: Sequence[ReviewPreset], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presetBar")
        self.flow = FlowLayout(self, spacing=6)
        self.chips: list[QPushButton] = []
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("presetEdit")
        self.edit_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.edit_button.setToolTip(
            self.tr("Edit the review presets: change, add or remove prompts")
        )
        self.edit_button.clicked.connect(self.edit_requested)
        self.flow.addWidget(self.edit_button)
        self.set_presets(presets)

    def set_presets(self, presets: Sequence[ReviewPreset]) -> None:
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        for index, preset in enumerate(presets):
            chip = QPushButton(preset.label, self)
            chip.setObjectName("presetChip")
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setToolTip(preset.prompt)
            chip.clicked.connect(lambda _=False, p=preset: self.chosen.emit(p))
            self.flow.insertWidget(index, chip)
            self.chips.append(chip)
        self.edit_button.setText(self.tr("Edit…") if presets else self.tr("Add a review preset…"))
        self.updateGeometry()
        self.rebuilt.emit()
