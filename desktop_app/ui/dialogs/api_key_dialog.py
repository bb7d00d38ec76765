"""Asks for the Anthropic API key, checks it with one Models API call, then stores it.

The check and the keyring run without blocking the window; the key itself is
never shown back, logged or put in a message.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.api_key_format import BadKeyError, KeyProblem, clean_key
from desktop_app.core.errors import ApiError, describe
from desktop_app.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KeyChecker = Callable[[str], Awaitable[None]]
KeySaver = Callable[[str], Awaitable[str]]  # answers where the key went (a KeySource value)

SESSION_ONLY = QT_TRANSLATE_NOOP(
    "ApiKeyDialog", "No system keyring: the key is kept for this session only."
)
CONSOLE_URL = "https://console.anthropic.com/settings/keys"


class ApiKeyDialog(QDialog):
    key_accepted = Signal(str)

    def __init__(
        self,
        check: KeyChecker,
        save: KeySaver,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._save = save
        self._task: asyncio.Task[None] | None = None
        self._saved_key: str | None = None
        self.setObjectName("apiKeyDialog")
        self.setWindowTitle(self.tr("Anthropic API key"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        intro = QLabel(
            (f"{reason}<br><br>" if reason else "")
            + self.tr(
                "Parley talks to Claude with your own API key. Paste it below; you can create "
                'one in the <a href="{url}">Anthropic Console</a>. It is kept in your '
                "system keyring, never in a file."
            ).format(url=CONSOLE_URL),
            self,
        )
        intro.setObjectName("dialogNote")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setOpenExternalLinks(True)
        layout.addWidget(intro)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("sk-ant-…")
        self.key_edit.textChanged.connect(self.on_key_text_changed)
        layout.addWidget(self.key_edit)
        self.status = QLabel(self)
        self.status.setObjectName("dialogStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)  # Enter always means Save, even after a failed check
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def on_key_text_changed(self, text: str) -> None:
        self.save_button.setEnabled(bool(text.strip()) and self._task is None)

    def on_save_clicked(self) -> None:
        if self._saved_key is not None:  # the key is kept for the session; the user has read why
            self._finish(self._saved_key)
            return
        if self._task is not None:
            return
        try:
            key = clean_key(self.key_edit.text())
        except BadKeyError as error:
            # Refused here, in words: nothing is sent with a key no HTTP header can carry.
            if error.problem is not KeyProblem.EMPTY:
                self.say(describe_key_problem(error))
            return
        self._busy(True)
        self.say(self.tr("Checking…"))
        self._task = asyncio.ensure_future(self._check_and_save(key))

    async def _check_and_save(self, key: str) -> None:
        try:
            await self._check(key)
            source = await self._save(key)
        except ApiError as error:
            self.say(describe(error))
            return
        except Exception:
            log.exception("Checking the API key failed")
            self.say(self.tr("The key could not be checked. Try again."))
            return
        finally:
            self._task = None
            self._busy(False)
        if source == "session":
            self._saved_key = key
            self.say(self.tr(SESSION_ONLY))
            self.key_edit.setEnabled(False)
            self.save_button.setText(self.tr("Continue"))
            return
        self._finish(key)

    def _finish(self, key: str) -> None:
        self.key_accepted.emit(key)
        self.accept()

    def _busy(self, busy: bool) -> None:
        self.key_edit.setEnabled(not busy)
        self.save_button.setEnabled(not busy and bool(self.key_edit.text().strip()))
        self.save_button.setDefault(True)

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)


def describe_key_problem(error: BadKeyError, where: str = "") -> str:
    """A refused key in the user's language. `where` is "environment" or "keyring" for a key
    Parley found rather than one just pasted."""

    match where:
        case "environment":
            subject = QCoreApplication.translate(
                "ApiKeyDialog", "The key in the ANTHROPIC_API_KEY environment variable"
            )
        case "keyring":
            subject = QCoreApplication.translate(
                "ApiKeyDialog", "The key kept in the system keyring"
            )
        case _:
            subject = QCoreApplication.translate("ApiKeyDialog", "The pasted key")
    match error.problem:
        case KeyProblem.EMPTY:
            fault = QCoreApplication.translate("ApiKeyDialog", "%1 is empty.")
        case KeyProblem.LINE_BREAK:
            fault = QCoreApplication.translate(
                "ApiKeyDialog", "%1 has a line break inside it (character %2 of %3)."
            )
        case KeyProblem.SPACE:
            fault = QCoreApplication.translate(
                "ApiKeyDialog", "%1 has a space inside it (character %2 of %3)."
            )
        case KeyProblem.NOT_ASCII:
            fault = QCoreApplication.translate(
                "ApiKeyDialog", "%1 holds %4 (character %2 of %3), which no API key has."
            )
        case KeyProblem.CONTROL:
            fault = QCoreApplication.translate(
                "ApiKeyDialog", "%1 holds a control character, %4 (character %2 of %3)."
            )
    match (where, error.problem):
        case ("environment", _):
            advice = QCoreApplication.translate(
                "ApiKeyDialog", "Fix the variable, or paste a key below for this session."
            )
        case ("keyring", _):
            advice = QCoreApplication.translate(
                "ApiKeyDialog", "Paste the key below to replace it."
            )
        case (_, KeyProblem.LINE_BREAK):
            advice = QCoreApplication.translate("ApiKeyDialog", "Paste it again on one line.")
        case (_, KeyProblem.NOT_ASCII):
            advice = QCoreApplication.translate(
                "ApiKeyDialog",
                "Keys are plain letters, digits, - and _: copy it again from the Anthropic "
                "Console (a web page can turn a character into a look-alike).",
            )
        case _:
            advice = QCoreApplication.translate(
                "ApiKeyDialog", "Copy it again from the Anthropic Console."
            )
    text = (
        fault.replace("%1", subject)
        .replace("%2", str(error.position))
        .replace("%3", str(error.length))
        .replace("%4", error.character)
    )
    return f"{text} {advice}"
