"""Turns a history's attachment references into the blocks the API takes, just before sending.

Images and PDFs become base64 blocks, text files a text block headed by the file name (or,
sent for citing, a plain-text document), documents uploaded once a file block, and Parley-only
keys are stripped. Recent encodings are kept, so screenshots are not read again every turn.
"""

from __future__ import annotations

import base64
import threading
from collections import OrderedDict
from typing import Any
from xml.sax.saxutils import quoteattr

from desktop_app.core.attachment_limits import check_request
from desktop_app.core.attachments import (
    METADATA,
    REFERENCE,
    Attachment,
    AttachmentError,
    AttachmentKind,
    attachments_in,
)
from desktop_app.core.conversation import Block
from desktop_app.core.ports import AttachmentSource, UploadedFileStore
from desktop_app.core.uploaded_file import UPLOADED_KINDS, uploads

Turns = list[dict[str, Any]]
CITED = {"enabled": True}  # a document's citations switch, as the API takes it


def cite(block: Block) -> Block:
    """A stored attachment block sent as a document Claude may cite (text and PDF files)."""
    if block.get("type") == "document":
        return {**block, "citations": CITED}
    return block


def text_file_block(name: str, text: str) -> Block:
    """A text file as Claude sees it: its content inside a tag naming the file."""
    end = "" if text.endswith("\n") else "\n"
    return {"type": "text", "text": f"<file name={quoteattr(name)}>\n{text}{end}</file>"}


class AttachmentResolver:
    def __init__(
        self,
        source: AttachmentSource | None,
        cache_limit: int = 64 * 1024 * 1024,
        uploaded: UploadedFileStore | None = None,
    ):
        self.source = source
        self.uploaded = uploaded  # None: every attachment goes inline
        self.cache_limit = cache_limit
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._cached = 0
        self._lock = threading.Lock()  # resolve() may run on a worker thread

    def check(self, blocks: list[Block]) -> None:
        """Raise AttachmentError unless one request with these blocks can be sent: within the
        API's limits, and every referenced file still in the store. Reads no file."""
        attachments = attachments_in(blocks)
        if not attachments:
            return
        # Documents uploaded once travel as a file_id: a conversation may gather more of
        # them than one request could carry inline.
        check_request(attachments, uploads if self.uploaded is not None else None)
        for attachment in attachments:
            self._require(attachment)

    def pending(self, turns: Turns) -> bool:
        """Whether resolving these turns means reading files (worth a worker thread)."""
        with self._lock:
            waiting = [
                a
                for turn in turns
                for a in attachments_in(turn["content"])
                if a.sha256 not in self._cache
            ]
        return any(self._file_id(a) is None for a in waiting)

    def resolve(self, turns: Turns) -> Turns:
        """A copy of the turns with every reference replaced by the API's own block."""
        resolved: Turns = []
        for turn in turns:
            content = [self._resolve_block(block) for block in turn["content"]]
            resolved.append({**turn, "content": content})
        return resolved

    def _resolve_block(self, block: Block) -> Block:
        attachment = Attachment.from_block(block)
        if attachment is None:
            source = block.get("source")
            if isinstance(source, dict) and source.get("type") == REFERENCE:
                raise AttachmentError("", "A message refers to an attachment Parley cannot read.")
            if METADATA in block:
                return {k: v for k, v in block.items() if k != METADATA}
            return block
        cited = block.get("citations") == CITED  # answers may quote it, with the place
        if file_id := self._file_id(attachment):
            source = {"type": "file", "file_id": file_id}
            document = {"type": "document", "source": source, "title": attachment.name}
            return {**document, "citations": CITED} if cited else document
        payload = self._payload(attachment)
        match attachment.kind:
            case AttachmentKind.IMAGE:
                source = {"type": "base64", "media_type": attachment.media_type, "data": payload}
                return {"type": "image", "source": source}
            case AttachmentKind.PDF:
                source = {"type": "base64", "media_type": "application/pdf", "data": payload}
                document = {"type": "document", "source": source, "title": attachment.name}
            case AttachmentKind.TEXT if cited:
                source = {"type": "text", "media_type": "text/plain", "data": payload}
                document = {"type": "document", "source": source, "title": attachment.name}
            case AttachmentKind.TEXT:
                return text_file_block(attachment.name, payload)
        return {**document, "citations": CITED} if cited else document

    def _file_id(self, attachment: Attachment) -> str | None:
        """The file_id a document was uploaded under, if it was (see core/file_uploads.py)."""
        if self.uploaded is None or attachment.kind not in UPLOADED_KINDS:
            return None
        return self.uploaded.file_id(attachment.sha256)

    def _require(self, attachment: Attachment) -> None:
        if self.source is None:
            raise AttachmentError(attachment.name, "attachments cannot be sent from here.")
        if not self.source.contains(attachment.sha256):
            raise AttachmentError(
                attachment.name,
                "this attachment is no longer in Parley's attachment folder (it was removed "
                "outside Parley), so the conversation cannot be sent with it. Start a new "
                "conversation, or attach the file again.",
            )

    def _payload(self, attachment: Attachment) -> str:
        """Base64 text (images, PDFs) or the decoded text (text files), cached by sha256."""
        key = attachment.sha256
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        self._require(attachment)
        assert self.source is not None
        data = self.source.load(key)
        if attachment.kind is AttachmentKind.TEXT:
            try:
                payload = data.decode("utf-8")
            except UnicodeDecodeError:
                raise AttachmentError(attachment.name, "the stored text is damaged.") from None
        else:
            payload = base64.b64encode(data).decode("ascii")
        with self._lock:
            if key not in self._cache:
                self._cache[key] = payload
                self._cached += len(payload)
            while self._cached > self.cache_limit and len(self._cache) > 1:
                _, dropped = self._cache.popitem(last=False)
                self._cached -= len(dropped)
        return payload
