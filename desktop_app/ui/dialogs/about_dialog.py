"""About Parley: its version, where its data lives, the versions it runs on, and the licences
of the parts it ships with, with a button that copies it all for a bug report."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bundled_parts import BundledPart, app_version, bundled_parts


class AboutDialog(QDialog):
    def __init__(
        self, data_dir: Path, sdk_version: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Parley"))
        self.resize(760, 540)
        self.version = app_version()
        self.data_dir = data_dir
        self.parts = bundled_parts()
        self.sdk_version = sdk_version or next(
            (p.version for p in self.parts if p.name.startswith("Anthropic")), ""
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        title = QLabel(self.tr("Parley %1").replace("%1", self.version), self)
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        layout.addWidget(title)
        self.summary = QLabel(self.describe_runtime(), self)
        self.summary.setObjectName("aboutSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.parts_view = QTreeWidget(self)
        self.parts_view.setObjectName("bundledParts")
        self.parts_view.setAccessibleName(self.tr("Bundled parts and their licences"))
        self.parts_view.setHeaderLabels([self.tr("Part"), self.tr("Version"), self.tr("Licence")])
        self.parts_view.setRootIsDecorated(False)
        for part in self.parts:
            item = QTreeWidgetItem(self.parts_view, [part.name, part.version, part.licence])
            item.setToolTip(2, part.licence)  # a long expression is cut at the column's edge
        self.parts_view.resizeColumnToContents(0)
        layout.addWidget(self.parts_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def describe_runtime(self) -> str:
        return "\n".join(
            [
                self.tr("A desktop assistant for Anthropic's Claude API. MIT licence."),
                "",
                self.tr("Data folder: %1").replace("%1", str(self.data_dir)),
                self.tr("Qt %1 · PySide6 %2 · Python %3 · Anthropic SDK %4")
                .replace("%1", qVersion())
                .replace("%2", pyside_version)
                .replace("%3", platform.python_version())
                .replace("%4", self.sdk_version or "?"),
                self.tr("System: %1").replace("%1", platform.platform()),
            ]
        )

    def details(self) -> str:
        """All of it as plain text, for a bug report."""
        lines = [f"Parley {self.version}", self.describe_runtime(), ""]
        lines += [_part_line(p) for p in self.parts]
        return "\n".join(lines)

    def on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))


def _part_line(part: BundledPart) -> str:
    version = f" {part.version}" if part.version else ""
    return f"{part.name}{version}: {part.licence}"
