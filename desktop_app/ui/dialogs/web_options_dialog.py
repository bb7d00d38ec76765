"""The options of web search and fetch for one conversation: how many uses a reply may make,
which domains only (or which never), and a location that makes search results local."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.server_tools import WebToolOptions

MAX_USES_LIMIT = 100


def _domains(text: str) -> tuple[str, ...]:
    return tuple(d for d in text.replace(",", " ").split() if d)


class WebOptionsDialog(QDialog):
    accepted_options = Signal(object)  # the WebToolOptions chosen

    def __init__(self, options: WebToolOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webOptionsDialog")
        self.setWindowTitle(self.tr("Web options"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.max_uses = QSpinBox(self)
        self.max_uses.setRange(0, MAX_USES_LIMIT)
        self.max_uses.setSpecialValueText(self.tr("No limit"))
        self.max_uses.setValue(options.max_uses or 0)
        form.addRow(self.tr("Uses per reply:"), self.max_uses)
        self.allowed = QLineEdit(" ".join(options.allowed_domains), self)
        self.allowed.setPlaceholderText(self.tr("e.g. wikipedia.org docs.python.org"))
        form.addRow(self.tr("Only these domains:"), self.allowed)
        self.blocked = QLineEdit(" ".join(options.blocked_domains), self)
        form.addRow(self.tr("Never these domains:"), self.blocked)
        self.city = QLineEdit(options.city, self)
        self.city.setPlaceholderText(self.tr("e.g. Seoul"))
        form.addRow(self.tr("City:"), self.city)
        self.country = QLineEdit(options.country, self)
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("e.g. KR"))
        form.addRow(self.tr("Country code:"), self.country)
        self.timezone = QLineEdit(options.timezone, self)
        self.timezone.setPlaceholderText(self.tr("e.g. Asia/Seoul"))
        form.addRow(self.tr("Time zone:"), self.timezone)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("webOptionsProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.on_ok_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> WebToolOptions:
        return WebToolOptions(
            max_uses=self.max_uses.value() or None,
            allowed_domains=_domains(self.allowed.text()),
            blocked_domains=_domains(self.blocked.text()),
            city=self.city.text().strip(),
            country=self.country.text().strip().upper(),
            timezone=self.timezone.text().strip(),
        )

    def on_ok_clicked(self) -> None:
        chosen = self.options()
        if chosen.allowed_domains and chosen.blocked_domains:
            self.problem.setText(
                self.tr("Give either the domains to use only or those never to use, not both.")
            )
            self.problem.show()
            return
        self.accepted_options.emit(chosen)
        self.accept()
