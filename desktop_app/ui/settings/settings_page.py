"""`SettingsPage`: what every page of the Settings window shares — a title, rows of controls,
an inline message for a refused value, and one way to apply and save a change."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from desktop_app.core.settings import Settings


class SettingsHolder(Protocol):
    """Who holds the settings in force and saves them (ConversationOptions)."""

    @property
    def settings(self) -> Settings: ...
    def change(self, **changes: object) -> str:
        """Apply and save; '' or why the file could not be written."""
        ...


class SettingsPage(QWidget):
    """A page: subclasses add rows, call `apply()` on a change and fill `show_settings()`."""

    def __init__(self, title: str, holder: SettingsHolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.holder = holder
        self._showing = False  # filling the controls from the settings: no change to apply
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(24, 18, 24, 18)
        self.outer.setSpacing(10)
        heading = QLabel(title, self)
        heading.setObjectName("settingsPageTitle")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.outer.addWidget(heading)
        self.form = _form()
        self.outer.addLayout(self.form)
        self.message = QLabel("", self)  # a refused value, said inline
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()

    @property
    def settings(self) -> Settings:
        return self.holder.settings

    def note(self, text: str, name: str = "dialogStatus") -> QLabel:
        """A sentence under the rows so far, across the page."""
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(label)
        return label

    def section(self, title: str) -> None:
        """A heading; what follows goes in a form of its own under it."""
        heading = QLabel(title, self)
        heading.setObjectName("settingsSectionTitle")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        self.outer.addSpacing(10)
        self.outer.addWidget(heading)
        self.form = _form()
        self.outer.addLayout(self.form)

    def row(self, label: str, field: QWidget | QLayout, buddy: QWidget | None = None) -> QLabel:
        """A labelled row; the label names its control for screen readers too."""
        title = QLabel(label, self)
        self.form.addRow(title, field)
        target = buddy or (field if isinstance(field, QWidget) else None)
        if target is not None:
            title.setBuddy(target)
            if not target.accessibleName():
                target.setAccessibleName(label.replace("&", "").rstrip(":"))
        return title

    def apply(self, **changes: object) -> bool:
        """Put the change into effect and save it; the page says so if saving failed."""
        if self._showing:
            return False
        self.say(self.holder.change(**changes))
        return True

    def say(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.setVisible(bool(problem))

    def refresh(self) -> None:
        """Show the settings in force (after a change made here or elsewhere)."""
        self._showing = True
        try:
            self.show_settings(self.settings)
        finally:
            self._showing = False

    def show_settings(self, settings: Settings) -> None:
        """Fill the controls; subclasses override."""

    def finish(self) -> None:
        """The page's rows are all added: the message goes under them, then the space."""
        self.outer.addWidget(self.message)
        self.outer.addStretch(1)
        self.refresh()


def button_row() -> QHBoxLayout:
    """A row of buttons (and a field) on a page: nested in layouts that have no spacing of
    their own, it would otherwise inherit none and its buttons would touch."""
    row = QHBoxLayout()
    row.setSpacing(8)
    return row


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(10)
    return form
