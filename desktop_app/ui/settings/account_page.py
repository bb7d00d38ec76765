"""The Account page: where the API key comes from (shown only by its tail), Replace and Forget,
and the address Parley sends to."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from desktop_app.core.settings import Settings, valid_base_url
from desktop_app.ui.settings.settings_page import SettingsHolder, SettingsPage, button_row

if TYPE_CHECKING:
    from desktop_app.ui.claude_connection import ClaudeConnection

BASE_URL_VARIABLE = "ANTHROPIC_BASE_URL"


class AccountPage(SettingsPage):
    def __init__(
        self,
        holder: SettingsHolder,
        connection: ClaudeConnection,
        ask_key: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Account"), holder, parent)
        self.connection = connection
        self._ask_key = ask_key
        self._forgetting: asyncio.Future[None] | None = None
        self.key_label = QLabel(self)
        self.key_label.setObjectName("keyStatusLabel")
        self.key_label.setWordWrap(True)
        self.row(self.tr("API key:"), self.key_label)
        buttons = button_row()
        self.replace_button = QPushButton(self.tr("Replace…"), self)
        self.replace_button.setObjectName("replaceKeyButton")
        self.replace_button.clicked.connect(self._ask_key)
        self.forget_button = QPushButton(self.tr("Forget…"), self)
        self.forget_button.setObjectName("forgetKeyButton")
        self.forget_button.clicked.connect(self.on_forget_button_clicked)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        self.form.addRow("", buttons)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("baseUrlEdit")
        self.url_edit.setPlaceholderText("https://api.anthropic.com")
        self.url_edit.editingFinished.connect(self.on_url_edit_editing_finished)
        self.row(self.tr("API address:"), self.url_edit)
        self.url_note = self.note("")
        connection.state_changed.connect(self.show_key)
        self.finish()
        self.show_key()

    def show_key(self) -> None:
        from desktop_app.storage.api_key import KeySource  # the enum alone; no keyring call

        tail = self.connection.key_hint()
        match self.connection.key_source if tail else None:
            case KeySource.ENVIRONMENT:
                where = self.tr("%1, from the ANTHROPIC_API_KEY environment variable.")
            case KeySource.KEYRING:
                where = self.tr("%1, kept in the system keyring.")
            case KeySource.SESSION:
                where = self.tr("%1, kept for this session only (no system keyring).")
            case _ if tail:
                where = self.tr("%1.")
            case _:
                where = self.tr("No API key is set.")
        self.key_label.setText(where.replace("%1", tail))
        self.forget_button.setEnabled(bool(tail) and self._forgetting is None)

    def show_settings(self, settings: Settings) -> None:
        if not self.url_edit.hasFocus():
            self.url_edit.setText(settings.base_url)
        if os.environ.get(BASE_URL_VARIABLE):
            self.url_note.setText(
                self.tr(
                    "The ANTHROPIC_BASE_URL environment variable is set and wins over this "
                    "address: Parley sends to %1."
                ).replace("%1", os.environ[BASE_URL_VARIABLE])
            )
        else:
            self.url_note.setText(
                self.tr("Empty: Anthropic's own. Any Anthropic-compatible server works.")
            )

    def on_url_edit_editing_finished(self) -> None:
        url = self.url_edit.text().strip().rstrip("/")
        if url and not valid_base_url(url):
            self.say(self.tr("An address starts with http:// or https:// and names a host."))
            return
        if url == self.settings.base_url:
            self.say("")
            return
        self.apply(base_url=url)

    def on_forget_button_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Forget the API key"),
            self.tr("Remove the API key from the system keyring? Sending then asks for a key."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.forget_button.setEnabled(False)
        self._forgetting = asyncio.ensure_future(self.connection.forget_key())
        self._forgetting.add_done_callback(self.on_forgotten)

    def on_forgotten(self, task: asyncio.Future[None]) -> None:
        self._forgetting = None
        if not task.cancelled() and task.exception() is not None:
            self.say(self.tr("The key could not be removed from the system keyring."))
        self.show_key()
