"""The Advanced panel: a conversation's temperature, top-p, top-k and stop sequences, opened
from the composer's Advanced button.

"Default" (unset) is where every option starts and what Reset goes back to. What the model
cannot take with the conversation's settings is disabled or narrowed, and why is said beside
it (view_models/sampling_limits.py); every change is reported at once as `changed`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.request_options import MAX_STOP_SEQUENCES, RequestOptions
from desktop_app.ui.view_models.sampling_limits import STEP, Field, FieldLimit, limits

TOP_K_MOST = 500  # far above what anyone samples from; the API sets no lower ceiling


class AdvancedPanel(QFrame):
    changed = Signal(object)  # the RequestOptions now chosen (server tools as they came)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("advancedPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.options = RequestOptions()
        self.model_id, self.thinking = "", False
        self._filling = False
        self._anchors: tuple[QWidget, QWidget] | None = None  # the button, the composer
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.setSpacing(8)
        heading = QLabel(self.tr("Sampling for this conversation"), self)
        heading.setObjectName("advancedHeading")
        hint = QLabel(
            self.tr("“Default” leaves the choice to the model; most chats need nothing here."), self
        )
        hint.setObjectName("advancedHint")
        hint.setWordWrap(True)
        outer.addWidget(heading)
        outer.addWidget(hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        self.temperature = self._ratio_box(
            self.tr("Temperature: lower is steadier, higher more varied")
        )
        self.top_p = self._ratio_box(
            self.tr("Top-p: sample only from the likeliest words adding up to this share")
        )
        self.top_k = QSpinBox(self)
        self.top_k.setObjectName("topKBox")
        self.top_k.setRange(0, TOP_K_MOST)
        self.top_k.setSpecialValueText(self.tr("Default"))
        self.top_k.setToolTip(self.tr("Top-k: sample only from this many likeliest words"))
        self.top_k.setKeyboardTracking(False)
        self.top_k.valueChanged.connect(self.on_value_changed)
        self.notes: dict[Field, QLabel] = {}
        for name, label, box in (
            ("temperature", self.tr("Temperature"), self.temperature),
            ("top_p", self.tr("Top-p"), self.top_p),
            ("top_k", self.tr("Top-k"), self.top_k),
        ):
            note = QLabel(self)
            note.setWordWrap(True)
            note.hide()
            self.notes[name] = note  # type: ignore[index]
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(box)
            column.addWidget(note)
            form.addRow(label, column)
        outer.addLayout(form)
        outer.addWidget(QLabel(self.tr("Stop sequences"), self))
        self.stops = QListWidget(self)
        self.stops.setObjectName("stopSequenceList")
        self.stops.itemSelectionChanged.connect(self._update_buttons)
        outer.addWidget(self.stops)
        row = QHBoxLayout()
        self.stop_edit = QLineEdit(self)
        self.stop_edit.setObjectName("stopSequenceEdit")
        self.stop_edit.setPlaceholderText(self.tr("New stop sequence"))
        self.stop_edit.returnPressed.connect(self.on_add_clicked)
        self.stop_edit.textChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        row.addWidget(self.stop_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        outer.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setObjectName("advancedProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer.addWidget(self.problem)
        self.reset_button = QPushButton(self.tr("Reset to defaults"), self)
        self.reset_button.setObjectName("resetSamplingButton")
        self.reset_button.clicked.connect(self.on_reset_clicked)
        outer.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(360)
        self.setMaximumWidth(460)

    def _ratio_box(self, tip: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setDecimals(2)
        box.setSingleStep(STEP)
        box.setRange(-STEP, 1.0)  # the lowest step is "Default"
        box.setSpecialValueText(self.tr("Default"))
        box.setToolTip(tip)
        box.setKeyboardTracking(False)
        box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        box.valueChanged.connect(self.on_value_changed)
        return box

    def show_options(self, options: RequestOptions, model_id: str, thinking: bool) -> None:
        """Show these options, limited by what `model_id` takes with thinking on or off."""
        self.options, self.model_id, self.thinking = options, model_id, thinking
        self._fill()

    def open_above(self, anchor: QWidget, over: QWidget) -> None:
        """Open at `anchor`'s left, just above `over` (the composer, at the window's bottom),
        so that none of the composer's own controls is hidden."""
        self._anchors = (anchor, over)
        self._place()
        self.show()
        self.stop_edit.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        # Every other change here counts at once, so closing the panel (a click outside, Esc)
        # keeps what was typed as Enter would: a stop sequence or a number not yet confirmed.
        for box in (self.temperature, self.top_p, self.top_k):
            if box.text() != box.specialValueText():  # "Default" would read as 0
                box.interpretText()
        self.on_add_clicked()
        super().hideEvent(event)

    def _place(self) -> None:
        assert self._anchors is not None
        anchor, over = self._anchors
        self.adjustSize()
        top = over.mapToGlobal(QPoint(0, 0)).y() - self.height() - 4
        spot = QPoint(anchor.mapToGlobal(QPoint(0, 0)).x(), top)
        screen = anchor.screen().availableGeometry()
        spot.setX(max(screen.left(), min(spot.x(), screen.right() - self.width())))
        spot.setY(max(screen.top(), spot.y()))
        self.move(spot)

    def _fill(self) -> None:
        self._filling = True
        o = self.options
        allowed = limits(o, self.model_id, self.thinking)
        self._fill_ratio(self.temperature, o.temperature, allowed["temperature"])
        self._fill_ratio(self.top_p, o.top_p, allowed["top_p"])
        self.top_k.setEnabled(allowed["top_k"].enabled)
        self.top_k.setValue(o.top_k or 0)
        for name, limit in allowed.items():
            note = self.notes[name]
            note.setText(limit.note)
            note.setObjectName("advancedProblem" if limit.wrong else "advancedNote")
            note.style().unpolish(note)
            note.style().polish(note)
            note.setVisible(bool(limit.note))
        self.stops.clear()
        self.stops.addItems([s.replace("\n", "⏎") for s in o.stop_sequences])
        rows = min(max(self.stops.count(), 1), 4)  # grows with the list, then scrolls
        self.stops.setFixedHeight(rows * self.stops.fontMetrics().height() + 12)
        problems = [
            p for p in o.problems(self.model_id, thinking=self.thinking)
            if not any(p in n.text() for n in self.notes.values())
        ]  # fmt: skip
        self.problem.setText(" ".join(problems))
        self.problem.setVisible(bool(problems))
        self.reset_button.setEnabled(_sampling(o) != _sampling(RequestOptions()))
        self._update_buttons()
        self._filling = False
        if self.isVisible() and self._anchors is not None:
            self._place()  # its height follows the list and the notes

    def _fill_ratio(self, box: QDoubleSpinBox, value: float | None, limit: FieldLimit) -> None:
        low, high = (0.0, 1.0) if limit.wrong else (limit.low, limit.high)
        box.setRange(low - STEP, high)
        box.setEnabled(limit.enabled)
        box.setValue(box.minimum() if value is None else value)

    def _update_buttons(self) -> None:
        text = self.stop_edit.text()
        full = len(self.options.stop_sequences) >= MAX_STOP_SEQUENCES
        self.add_button.setEnabled(bool(text.strip()) and not full)
        self.remove_button.setEnabled(bool(self.stops.selectedItems()))

    def _choose(self, options: RequestOptions) -> None:
        if options != self.options:
            self.options = options
            self._fill()
            self.changed.emit(options)

    def on_value_changed(self) -> None:
        if self._filling:
            return
        self._choose(
            replace(
                self.options,
                temperature=_ratio(self.temperature),
                top_p=_ratio(self.top_p),
                top_k=self.top_k.value() or None,
            )
        )

    def on_add_clicked(self) -> None:
        text = self.stop_edit.text()
        if not text.strip() or len(self.options.stop_sequences) >= MAX_STOP_SEQUENCES:
            return  # only spaces: the API would refuse it
        self.stop_edit.clear()
        if text not in self.options.stop_sequences:
            self._choose(replace(self.options, stop_sequences=(*self.options.stop_sequences, text)))

    def on_remove_clicked(self) -> None:
        rows = {self.stops.row(item) for item in self.stops.selectedItems()}
        kept = tuple(s for i, s in enumerate(self.options.stop_sequences) if i not in rows)
        self._choose(replace(self.options, stop_sequences=kept))

    def on_reset_clicked(self) -> None:
        self._choose(replace(RequestOptions(), server_tools=self.options.server_tools))


def _ratio(box: QDoubleSpinBox) -> float | None:
    return None if box.value() <= box.minimum() else round(box.value(), 2)


def _sampling(options: RequestOptions) -> RequestOptions:
    return replace(options, server_tools=RequestOptions().server_tools)
