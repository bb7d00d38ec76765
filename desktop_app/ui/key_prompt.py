"""Opens the API key dialog when a key is missing or refused; a good key goes to the connection."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desktop_app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection
    from desktop_app.ui.dialogs.api_key_dialog import ApiKeyDialog

REFUSED = QT_TRANSLATE_NOOP("KeyPrompt", "The API key was refused.")


def refused_text() -> str:
    return QCoreApplication.translate("KeyPrompt", REFUSED)


class KeyPrompt(QObject):
    def __init__(self, connection: ClaudeConnection, window: QWidget) -> None:
        super().__init__(window)
        self.connection = connection
        self.window = window
        self.dialog: ApiKeyDialog | None = None

    def ask(self, reason: str = "", then: Callable[[], None] | None = None) -> None:
        """Show the dialog (once); after a key is accepted, run `then`."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        # Imported on demand: the dialog (and asyncio with it) is not needed for the first paint.
        from desktop_app.ui.dialogs.api_key_dialog import ApiKeyDialog, describe_key_problem

        found = self.connection.key_problem
        if not reason and found is not None:
            # The key in the environment or the keyring cannot be sent: say why, in words.
            reason = describe_key_problem(found.problem, found.source.value)
        dialog = ApiKeyDialog(self._check, self._save, reason, self.window)
        dialog.key_accepted.connect(self.connection.use_key)
        if then is not None:
            dialog.key_accepted.connect(lambda _key: then())
        dialog.finished.connect(self.on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    async def _check(self, key: str) -> None:
        await self.connection.check_key(key)

    async def _save(self, key: str) -> str:
        return str(await self.connection.save_key(key))

    def on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
