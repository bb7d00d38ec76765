"""`MessageCommands`: what the user does to messages already sent, in the current conversation.

Edit puts a question back in the composer, marked as an edit; sending it then
starts a new branch beside the old question. Regenerate asks for another answer
beside the old one. Delete asks first, then removes a message and what follows
it. Copy the last reply and Up-to-edit are here too: they are the keyboard's way
to the same things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.core.conversation import Role, is_question
from desktop_app.ui.chat_window import ChatWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox  # imported on first use: its enums (~1 ms)

STATUS_MS = 3000


class MessageCommands(QObject):
    def __init__(self, window: ChatWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.store = window.store
        self.editing: tuple[int, int] | None = None  # (conversation id, question id)
        self._sent: tuple[int, int, str] | None = None  # an edit sent, not yet stored
        self.confirm: QMessageBox | None = None  # the open "Delete?" question, if any
        actions = window.chat.message_actions
        actions.edit_requested.connect(self.on_edit_requested)
        actions.regenerate_requested.connect(self.on_regenerate_requested)
        actions.delete_requested.connect(self.on_delete_requested)
        actions.continue_requested.connect(self.on_continue_requested)
        actions.copied.connect(lambda: self._say(self.tr("Copied.")))
        actions.branch_shown.connect(lambda _cid: window.update_usage())
        window.view_model.unsent.connect(self.on_unsent)
        window.view_model.user_message_added.connect(lambda cid, _m: self._forget_sent(cid))
        window.composer.edit_cancelled.connect(self.cancel_edit)
        window.composer.recall_requested.connect(self.on_recall_requested)

    def submit(self, text: str) -> bool:
        """Send the composer's text as the edit under way, if one is; False when none is."""
        current = self.window.current_id
        if self.editing is None or current is None or self.editing[0] != current:
            return False
        _, message_id = self.editing
        self.cancel_edit(keep_text=True)
        self.window.composer.set_text("")
        self._sent = (current, message_id, text)
        self.window.view_model.edit(current, message_id, text)
        return True

    def on_unsent(self, conversation_id: int, text: str) -> None:
        """An edit that never reached the store (stopped at once, no key…) comes back as an
        edit, not as a new message."""
        sent, self._sent = self._sent, None
        if sent is None or sent[0] != conversation_id or sent[2] != text:
            return
        if conversation_id == self.window.current_id and self.window.composer.text() in ("", text):
            self._begin_edit(conversation_id, sent[1], text)

    def _forget_sent(self, conversation_id: int) -> None:
        if self._sent is not None and self._sent[0] == conversation_id:
            self._sent = None

    def cancel_edit(self, keep_text: bool = False) -> None:
        if self.editing is None:
            return
        self.editing = None
        self.window.composer.set_editing(False)
        if not keep_text:
            self.window.composer.set_text("")

    def on_edit_requested(self, message_id: int) -> None:
        current = self.window.current_id
        if current is None or self.window.view_model.is_busy(current):
            return
        self._begin_edit(current, message_id, None)

    def _begin_edit(self, conversation_id: int, message_id: int, text: str | None) -> None:
        """Edit question `message_id`, starting from `text` (None: the question's own)."""
        shown = self.store.messages(conversation_id)
        message = next((m for m in shown if m.id == message_id), None)
        if message is None:
            return
        self.editing = (conversation_id, message_id)
        files = sum(1 for b in message.content if b.get("type") != "text")
        self.window.composer.set_editing(True, files)
        self.window.composer.set_text(message.text if text is None else text)
        self.window.focus_composer()

    def on_recall_requested(self) -> None:
        """Up in an empty composer: the last question comes back to be edited."""
        current = self.window.current_id
        if current is None or self.window.view_model.is_busy(current):
            return
        questions = [m for m in self.store.messages(current) if is_question(m) and m.text]
        if questions:
            self.on_edit_requested(questions[-1].id)

    def on_regenerate_requested(self, message_id: int) -> None:
        current = self.window.current_id
        if current is not None:
            self.window.view_model.regenerate(current, message_id)

    def on_continue_requested(self, message_id: int) -> None:
        """Continue: a cut-off reply goes on, asked by a short turn shown as a marker; a
        paused one is sent back as it is, to be resumed."""
        current = self.window.current_id
        if current is not None and not self.window.view_model.is_busy(current):
            self.window.view_model.continue_reply(current, message_id)

    def on_delete_requested(self, message_id: int) -> None:
        current = self.window.current_id
        if current is None or self.window.view_model.is_busy(current):
            return
        shown = self.store.messages(current)
        at = next((i for i, m in enumerate(shown) if m.id == message_id), None)
        if at is None:
            return
        after = sum(1 for m in shown[at + 1 :] if is_question(m) or m.role is Role.ASSISTANT)
        question = shown[at].role is Role.USER
        if not after:
            text = self.tr("Delete this question?") if question else self.tr("Delete this answer?")
        elif question:
            text = self.tr("Delete this question and the %n message(s) after it?", "", after)
        else:
            text = self.tr("Delete this answer and the %n message(s) after it?", "", after)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete message"),
            text,
            QMessageBox.StandardButton.Cancel,
            self.window.window(),
        )
        box.setInformativeText(
            self.tr("Other branches that start below it go too. This can't be undone.")
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r: self._after_confirm(box, delete, current, message_id))
        self.confirm = box
        box.open()

    def _after_confirm(self, box: QMessageBox, delete: object, cid: int, message_id: int) -> None:
        self.confirm = None
        box.deleteLater()
        if box.clickedButton() is not delete or self.window.view_model.is_busy(cid):
            return
        if self.editing is not None and self.editing[0] == cid:
            self.cancel_edit()  # the question being edited may be among those deleted
        self.store.delete_message(message_id)
        self.window.view_model.dismiss_problem(cid)  # its Retry would answer what is left
        if cid == self.window.current_id:
            self.window.chat.reload()
            self.window.update_usage()
        self._say(self.tr("Deleted."))

    def copy_last_reply(self) -> None:
        """Ctrl+Shift+C: the newest reply's Markdown on the clipboard (as far as it has come)."""
        current = self.window.current_id
        if current is None:
            return
        live = self.window.view_model.live(current)
        text = live.text() if live is not None and live.streaming else ""
        if not text:
            replies = [m for m in self.store.messages(current) if m.role is Role.ASSISTANT]
            text = next((m.text for m in reversed(replies) if m.text), "")
        if text:
            QGuiApplication.clipboard().setText(text)
            self._say(self.tr("Copied the last reply."))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)
