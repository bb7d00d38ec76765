"""The composer's attachments before sending: each one preparing or ready, and refused files.

Files, pasted pictures and screenshots go in; each is prepared by an `AttachmentJobs` worker
while its tile says "Preparing…". A file that cannot go leaves a dismissable refusal with the
reason. A conversation switched away from keeps its attachments as a draft (`park`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QImage

from desktop_app.core.attachment_limits import check_request
from desktop_app.core.attachments import Attachment, AttachmentError, AttachmentKind
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.locale_format import format_number

if TYPE_CHECKING:  # the jobs' module loads with the first file, not for the first paint
    from desktop_app.ui.view_models.attachment_job import AttachmentJobs, Prepared, Source

_KIND_WORDS = {
    AttachmentKind.IMAGE: QT_TRANSLATE_NOOP("AttachmentTray", "%n image(s)"),
    AttachmentKind.PDF: QT_TRANSLATE_NOOP("AttachmentTray", "%n PDF(s)"),
    AttachmentKind.TEXT: QT_TRANSLATE_NOOP("AttachmentTray", "%n text file(s)"),
}


class ItemState(StrEnum):
    PREPARING = "preparing"
    READY = "ready"


@dataclass(frozen=True, slots=True)
class TrayItem:
    id: int
    name: str
    state: ItemState
    attachment: Attachment | None = None
    thumbnail: QImage | None = None


@dataclass(frozen=True, slots=True)
class Refusal:
    """A file that was not attached, and why, until the user dismisses it."""

    id: int
    text: str


@dataclass(frozen=True, slots=True)
class TrayDraft:
    """The attachments of a conversation the user switched away from."""

    item_ids: tuple[int, ...] = ()


class AttachmentTrayModel(QObject):
    item_added = Signal(int)
    item_changed = Signal(int)
    item_removed = Signal(int)
    refusals_changed = Signal()
    changed = Signal()  # anything at all: the totals, emptiness, whether sending may go

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: dict[int, TrayItem] = {}  # shown and parked alike
        self._order: list[int] = []  # shown, in order
        self._jobs: dict[int, int] = {}  # job id -> item id
        self._refusals: list[Refusal] = []
        self._next = 0
        self._runner: AttachmentJobs | None = None

    @property
    def jobs(self) -> AttachmentJobs:
        """The worker preparing the files, made with the first one."""
        if self._runner is None:
            from desktop_app.ui.view_models.attachment_job import AttachmentJobs

            self._runner = AttachmentJobs(self)
            self._runner.finished.connect(self.on_jobs_finished)
        return self._runner

    def items(self) -> list[TrayItem]:
        return [self._items[i] for i in self._order]

    def item(self, item_id: int) -> TrayItem:
        return self._items[item_id]

    def refusals(self) -> list[Refusal]:
        return list(self._refusals)

    @property
    def is_empty(self) -> bool:
        return not self._order

    @property
    def preparing(self) -> bool:
        return any(self._items[i].state is ItemState.PREPARING for i in self._order)

    def attachments(self) -> list[Attachment]:
        """The ready attachments, in order."""
        found = (self._items[i].attachment for i in self._order)
        return [a for a in found if a is not None]

    def add_files(self, paths: Iterable[Path]) -> None:
        from desktop_app.ui.view_models.attachment_job import Source

        for path in paths:
            self._start(path.name or str(path), Source(path.name or str(path), path=path))

    def add_bytes(self, data: bytes, name: str) -> None:
        from desktop_app.ui.view_models.attachment_job import Source

        self._start(name, Source(name, data=data))

    def add_image(self, image: QImage, name: str) -> None:
        """A picture without a file (pasted or captured); encoded as PNG on the worker."""
        from desktop_app.ui.view_models.attachment_job import Source

        self._start(name, Source(name, image=image))

    def restore(self, attachments: Sequence[Attachment]) -> None:
        """Put back prepared attachments (a message that could not be sent)."""
        for attachment in attachments:
            self._start(attachment.name, attachment)

    def restore_parked(self, draft: TrayDraft, attachments: Sequence[Attachment]) -> TrayDraft:
        """As `restore`, into a conversation's draft while another conversation is shown."""
        ids = [self._start(a.name, a, shown=False) for a in attachments]
        return TrayDraft(draft.item_ids + tuple(ids))

    def remove(self, item_id: int) -> None:
        if item_id not in self._order:
            return
        self._order.remove(item_id)
        del self._items[item_id]
        self.item_removed.emit(item_id)
        self.changed.emit()

    def set_cited(self, item_id: int, cited: bool) -> None:
        """Send this text or PDF file as a document Claude may cite, or not."""
        item = self._items.get(item_id)
        if item is None or item.attachment is None or item.attachment.cited == cited:
            return
        self._items[item_id] = replace(item, attachment=replace(item.attachment, cited=cited))
        self.item_changed.emit(item_id)
        self.changed.emit()

    def clear(self) -> None:
        for item_id in list(self._order):
            self.remove(item_id)
        self.clear_refusals()

    def take(self) -> list[Attachment]:
        """The ready attachments, which leave the tray (they are being sent)."""
        taken = self.attachments()
        self.clear()
        return taken

    def refuse(self, text: str, refusal_id: int = 0) -> None:
        """Show a refusal. Files refused keep the order they were added in (their item id);
        others (a capture that failed, say) come last."""
        if not refusal_id:
            self._next += 1
            refusal_id = self._next
        self._refusals.append(Refusal(refusal_id, text))
        self._refusals.sort(key=lambda r: r.id)
        self.refusals_changed.emit()
        self.changed.emit()

    def dismiss(self, refusal_id: int) -> None:
        self._refusals = [r for r in self._refusals if r.id != refusal_id]
        self.refusals_changed.emit()
        self.changed.emit()

    def clear_refusals(self) -> None:
        if self._refusals:
            self._refusals = []
            self.refusals_changed.emit()
            self.changed.emit()

    def park(self) -> TrayDraft:
        """Take the shown attachments aside (still preparing or not); the tray is then empty."""
        draft = TrayDraft(tuple(self._order))
        for item_id in list(self._order):
            self._order.remove(item_id)
            self.item_removed.emit(item_id)
        self.clear_refusals()
        self.changed.emit()
        return draft

    def unpark(self, draft: TrayDraft) -> None:
        """Show a parked draft's attachments again, after any already shown."""
        for item_id in draft.item_ids:
            if item_id in self._items and item_id not in self._order:
                self._order.append(item_id)
                self.item_added.emit(item_id)
        self.changed.emit()

    def discard(self, draft: TrayDraft) -> None:
        for item_id in draft.item_ids:
            if item_id not in self._order:
                self._items.pop(item_id, None)

    def summary(self) -> str:
        """E.g. "3 images · about 4,200 tokens", or "" when nothing is attached."""
        ready = self.attachments()
        waiting = len(self._order) - len(ready)
        counts = Counter(a.kind for a in ready)
        parts = [_tr(_KIND_WORDS[kind], n) for kind in AttachmentKind if (n := counts[kind])]
        text = ", ".join(parts)
        if ready:
            about = QCoreApplication.translate("AttachmentTray", "about {tokens} tokens").format(
                tokens=format_number(sum(a.tokens for a in ready))
            )
            text += f" · {about}"
        if waiting:
            text += (" · " if text else "") + QCoreApplication.translate(
                "AttachmentTray", "preparing {count}…"
            ).format(count=waiting)
        return text

    def limit_problem(self) -> str:
        """Why these attachments cannot go in one request, or ""."""
        try:
            check_request(self.attachments())
        except AttachmentError as error:
            return str(error)
        return ""

    def _start(self, name: str, source: Source | Attachment, *, shown: bool = True) -> int:
        self._next += 1
        item_id = self._next
        self._items[item_id] = TrayItem(item_id, name, ItemState.PREPARING)
        self._jobs[self.jobs.start(source)] = item_id
        if shown:
            self._order.append(item_id)
            self.item_added.emit(item_id)
            self.changed.emit()
        return item_id

    def on_jobs_finished(self, job_id: int, prepared: Prepared) -> None:
        item_id = self._jobs.pop(job_id, None)
        if item_id is None or item_id not in self._items:
            return  # removed while it was being prepared
        attachment = prepared.attachment
        shown = item_id in self._order
        if attachment is None or self._duplicate(item_id, attachment):
            del self._items[item_id]
            if shown:
                self._order.remove(item_id)
                self.item_removed.emit(item_id)
                name = attachment.name if attachment is not None else ""
                already = QCoreApplication.translate(
                    "AttachmentTray", "{name} is attached already."
                ).format(name=name)
                self.refuse(prepared.error or already, item_id)
            return
        item = self._items[item_id]
        self._items[item_id] = replace(
            item,
            name=attachment.name,
            state=ItemState.READY,
            attachment=attachment,
            thumbnail=prepared.thumbnail,
        )
        if shown:
            self.item_changed.emit(item_id)
            self.changed.emit()

    def _duplicate(self, item_id: int, attachment: Attachment) -> bool:
        """The same bytes are attached already (the same file dropped twice)."""
        return any(
            other != item_id
            and (found := self._items[other].attachment) is not None
            and found.sha256 == attachment.sha256
            for other in self._order
        )


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("AttachmentTray", text, "", n)
