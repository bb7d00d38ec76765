"""`Drafts`: what the user typed and attached but has not sent, kept per conversation.

Switching conversations parks the composer's text and files and brings back the
other conversation's; a message that could not be sent comes back the same way,
to the composer if its conversation is shown, else to that conversation's draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.ui.view_models.attachment_tray_model import TrayDraft

if TYPE_CHECKING:
    from desktop_app.core.attachments import Attachment
    from desktop_app.ui.widgets.composer import Composer


class Drafts(QObject):
    def __init__(self, composer: Composer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.composer = composer
        self.shown: int | None = None  # the conversation the composer writes to
        self._texts: dict[int | None, str] = {}
        self._files: dict[int | None, TrayDraft] = {}

    def switch(self, conversation_id: int | None) -> None:
        """Park the shown conversation's draft and put `conversation_id`'s in the composer."""
        tray = self.composer.attachments.model
        self._texts[self.shown] = self.composer.text()
        self._files[self.shown] = tray.park()
        self.shown = conversation_id
        self.composer.set_text(self._texts.pop(conversation_id, ""))
        tray.unpark(self._files.pop(conversation_id, TrayDraft()))

    def adopt(self, conversation_id: int) -> None:
        """The new chat's draft now belongs to the conversation its first message made."""
        self.shown = conversation_id

    def discard(self, conversation_id: int | None) -> None:
        """A deleted conversation's draft goes with it (None: the new conversation's)."""
        self._texts.pop(conversation_id, None)
        self.composer.attachments.model.discard(self._files.pop(conversation_id, TrayDraft()))

    def clear(self) -> None:
        self._texts.clear()

    def on_unsent(self, conversation_id: int, text: str) -> None:
        if conversation_id == self.shown and not self.composer.text().strip():
            self.composer.set_text(text)
        elif conversation_id != self.shown and not self._texts.get(conversation_id):
            self._texts[conversation_id] = text

    def on_attachments_unsent(self, conversation_id: int, attachments: list[Attachment]) -> None:
        tray = self.composer.attachments.model
        if conversation_id == self.shown:
            tray.restore(attachments)
        else:
            draft = self._files.get(conversation_id, TrayDraft())
            self._files[conversation_id] = tray.restore_parked(draft, attachments)
