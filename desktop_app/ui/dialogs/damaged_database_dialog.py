"""What to do about a damaged database at start-up: keep it aside and restore a backup, keep it
aside and start fresh, or quit. The file itself is never overwritten."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.storage.backups import Backup
from desktop_app.ui.date_text import date_time_text


class Recovery(Enum):
    RESTORE = "restore"
    FRESH = "fresh"
    QUIT = "quit"


def ask_recovery(problem: str, latest: Backup | None) -> Recovery:
    """Ask the user, in a modal box before any window exists."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("DamagedDatabaseDialog", "Parley's database is damaged"),
        problem,
    )
    box.setObjectName("damagedDatabaseBox")
    box.setInformativeText(
        QCoreApplication.translate(
            "DamagedDatabaseDialog", "The damaged file will be renamed and kept, never deleted."
        )
        if latest is not None
        else QCoreApplication.translate(
            "DamagedDatabaseDialog",
            "There is no backup. The damaged file will be renamed and kept, never deleted.",
        )
    )
    choices: dict[object, Recovery] = {}
    if latest is not None:
        when = date_time_text(latest.taken_at)
        restore = box.addButton(
            QCoreApplication.translate(
                "DamagedDatabaseDialog", "Keep it aside and restore backup %1 (%2)"
            )
            .replace("%1", str(latest.number))
            .replace("%2", when),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choices[restore] = Recovery.RESTORE
        box.setDefaultButton(restore)
    fresh = box.addButton(
        QCoreApplication.translate("DamagedDatabaseDialog", "Keep it aside and start fresh"),
        QMessageBox.ButtonRole.ActionRole,
    )
    choices[fresh] = Recovery.FRESH
    quit_button = box.addButton(
        QCoreApplication.translate("DamagedDatabaseDialog", "Quit"),
        QMessageBox.ButtonRole.RejectRole,
    )
    choices[quit_button] = Recovery.QUIT
    box.setEscapeButton(quit_button)
    box.exec()
    return choices.get(box.clickedButton(), Recovery.QUIT)
