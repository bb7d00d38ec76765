"""`DialogGate`: the window's PermissionGate, asking in non-modal dialogs on the qasync loop.

Each question is a Future resolved by the dialog's buttons. Closing the dialog, a stopped
turn (the Future cancelled) or a window going away all end in "no"; nothing else answers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from desktop_app.core.permissions import ContinueRequest, Decision, ToolCallRequest
from desktop_app.ui.dialogs.permission_dialog import PermissionDialog

ParentFinder = Callable[[], QWidget | None]


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


class DialogGate:
    def __init__(self, parent: ParentFinder = _active_window) -> None:
        self._parent = parent
        self.dialogs: list[PermissionDialog] = []  # open now, oldest first
        self.questions: list[QMessageBox] = []

    async def ask(self, request: ToolCallRequest) -> Decision:
        answer: asyncio.Future[Decision] = asyncio.get_running_loop().create_future()
        dialog = PermissionDialog(request, self._parent())

        def settle(decision: Decision) -> None:
            if not answer.done():
                answer.set_result(decision)

        dialog.decided.connect(settle)
        dialog.finished.connect(lambda _code: settle(Decision.deny()))
        dialog.destroyed.connect(lambda: settle(Decision.deny()))
        self.dialogs.append(dialog)
        dialog.show()
        dialog.raise_()
        try:
            return await answer
        finally:
            self.dialogs.remove(dialog)
            if isValid(dialog):  # its window may have taken it along already
                dialog.hide()
                dialog.deleteLater()

    async def ask_continue(self, request: ContinueRequest) -> bool:
        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        box = QMessageBox(self._parent())
        box.setObjectName("continueQuestion")
        box.setWindowTitle(QCoreApplication.translate("DialogGate", "Keep going? — Parley"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            QCoreApplication.translate(
                "DialogGate", "Claude has used {rounds} rounds of tools in this reply."
            ).format(rounds=request.rounds_done)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "DialogGate", "Let it go on for up to {rounds} more?"
            ).format(rounds=request.rounds)
        )
        go_on = box.addButton(
            QCoreApplication.translate("DialogGate", "Go on"), QMessageBox.ButtonRole.AcceptRole
        )
        stop = box.addButton(
            QCoreApplication.translate("DialogGate", "Stop here"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(stop)
        box.setEscapeButton(stop)
        box.setModal(False)

        def settle(_code: int) -> None:
            if not answer.done():
                answer.set_result(box.clickedButton() is go_on)

        def gone() -> None:
            if not answer.done():
                answer.set_result(False)

        box.finished.connect(settle)
        box.destroyed.connect(gone)
        self.questions.append(box)
        box.show()
        try:
            return await answer
        finally:
            self.questions.remove(box)
            if isValid(box):
                box.hide()
                box.deleteLater()
