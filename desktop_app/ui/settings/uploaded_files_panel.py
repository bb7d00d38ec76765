"""The files uploaded to Anthropic (large documents sent once, core/file_uploads.py) as a panel
on the Data page: name, size and date as the API lists them, with Refresh and Delete.

Every call goes through the SDK on the event loop, never blocking the window; a file the API
no longer lists is forgotten here too, so the next send uploads it anew.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ApiError
from desktop_app.core.uploaded_file import UPLOAD_MIN_BYTES
from desktop_app.ui.date_text import date_time_text
from desktop_app.ui.settings.settings_page import button_row

if TYPE_CHECKING:
    from desktop_app.core.file_uploads import FileUploads
    from desktop_app.core.uploaded_file import UploadedFile

ID_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    """A size in the window's number format, in the units attachments show (core/attachments.py
    size_words): "512 bytes", "498 KB", "1.5 MB"."""
    locale = QLocale()
    if size < 1024:
        return QCoreApplication.translate("UploadedFilesPanel", "%n byte(s)", "", size)
    if size < 1024 * 1024:
        return f"{locale.toString(size / 1024, 'f', 0)} KB"
    return f"{locale.toString(size / (1024 * 1024), 'f', 1)} MB"


class UploadedFilesPanel(QWidget):
    files_listed = Signal()  # a list (or its failure) is shown
    file_deleted = Signal(str)  # the file_id, deleted at Anthropic and here

    def __init__(
        self, uploads_of: Callable[[], FileUploads | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("uploadedFilesPanel")
        self.uploads_of = uploads_of  # None while no API key is in use
        self._tasks: set[asyncio.Task[Any]] = set()
        self._listed_once = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Large documents are uploaded to Anthropic once and then sent by reference, in "
                "every conversation that attaches them. Deleting one here deletes it at "
                "Anthropic; Parley uploads it again if it is sent again."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("uploadedFilesList")
        self.tree.setAccessibleName(self.tr("Files uploaded to Anthropic"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Uploaded")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(140)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self.on_current_item_changed)
        layout.addWidget(self.tree, 1)
        self.status = QLabel("", self)
        self.status.setObjectName("uploadedFilesStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = button_row()
        buttons.addStretch(1)  # at the right, as the backups' buttons above
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshUploadedFilesButton")
        self.refresh_button.clicked.connect(self.on_refresh_clicked)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteUploadedFileButton")
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.delete_button.setEnabled(False)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._listed_once:  # asked for when first seen, not when the window is built
            self._listed_once = True
            self.refresh()

    def refresh(self) -> None:
        """List the files again (from the API)."""
        uploads = self.uploads_of()
        if uploads is None:
            self.tree.clear()
            self.status.setText(self.tr("Add an API key to see the files uploaded with it."))
            self.files_listed.emit()
            return
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Loading…"))
        self._run(self._list(uploads))

    def on_refresh_clicked(self) -> None:
        self.refresh()

    def on_current_item_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        self.delete_button.setEnabled(current is not None)

    def on_delete_clicked(self) -> None:
        item = self.tree.currentItem()
        uploads = self.uploads_of()
        if item is None or uploads is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete uploaded file"),
            self.tr(
                "Delete “%1” at Anthropic? Conversations keep it; it is uploaded again if "
                "it is sent again."
            ).replace("%1", item.text(0)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.delete_button.setEnabled(False)
        self.status.setText(self.tr("Deleting…"))
        self._run(self._delete(uploads, str(item.data(0, ID_ROLE))))

    def _run(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _list(self, uploads: FileUploads) -> None:
        try:
            listed = await uploads.client.list_files()
        except ApiError as error:
            self.status.setText(str(error))
        else:
            held = {f.file_id for f in listed}
            for row in uploads.store.files():
                if row.file_id not in held:  # deleted elsewhere: upload it anew when sent
                    uploads.store.forget(row.file_id)
            self._show(listed)
        finally:
            self.refresh_button.setEnabled(True)
            self.files_listed.emit()

    async def _delete(self, uploads: FileUploads, file_id: str) -> None:
        try:
            await uploads.client.delete_file(file_id)
        except ApiError as error:
            self.status.setText(str(error))
            self.delete_button.setEnabled(self.tree.currentItem() is not None)
            return
        uploads.store.forget(file_id)
        self.file_deleted.emit(file_id)
        self.refresh()

    def _show(self, listed: list[UploadedFile]) -> None:
        self.tree.clear()
        for uploaded in listed:
            size = size_text(uploaded.size)
            when = date_time_text(uploaded.created_at)
            item = QTreeWidgetItem(self.tree, [uploaded.filename, size, when])
            item.setData(0, ID_ROLE, uploaded.file_id)
            item.setToolTip(0, uploaded.file_id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if len(listed) == 1:  # English plurals need no catalogue; Korean has one form anyway
            self.status.setText(self.tr("1 file at Anthropic."))
        elif listed:
            self.status.setText(self.tr("%n files at Anthropic.", "", len(listed)))
        else:
            self.status.setText(
                self.tr(
                    "No files are uploaded to Anthropic. Documents of %1 or more are uploaded "
                    "the first time they are sent."
                ).replace("%1", size_text(UPLOAD_MIN_BYTES))
            )
        self.delete_button.setEnabled(False)
