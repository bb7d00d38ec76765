"""A project's name and the defaults new conversations filed in it start with: a system
prompt and a model."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.core.project import Project


class ProjectDialog(QDialog):
    def __init__(
        self, project: Project | None, models: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("projectDialog")
        self.setWindowTitle(self.tr("New project") if project is None else self.tr("Project"))
        self.resize(480, 320)
        form = QFormLayout(self)
        self.name = QLineEdit(project.name if project else "", self)
        self.name.setPlaceholderText(self.tr("Name"))
        self.system_prompt = QPlainTextEdit(project.system_prompt if project else "", self)
        self.system_prompt.setPlaceholderText(
            self.tr("Instructions every new conversation in this project starts with")
        )
        self.model = QLineEdit(project.model if project else "", self)
        self.model.setPlaceholderText(self.tr("The usual model"))
        if models:
            from PySide6.QtWidgets import QCompleter

            self.model.setCompleter(QCompleter(models, self))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("System prompt"), self.system_prompt)
        form.addRow(self.tr("Model"), self.model)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.on_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        self._ok.setEnabled(bool(self.name.text().strip()))

    def on_accepted(self) -> None:
        if self.name.text().strip():
            self.accept()

    def values(self) -> tuple[str, str, str]:
        """(name, system prompt, model) as entered."""
        return (
            self.name.text().strip(),
            self.system_prompt.toPlainText(),
            self.model.text().strip(),
        )
