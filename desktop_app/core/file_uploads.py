"""`FileUploads`: uploads large documents once, and recovers when an uploaded file is gone.

Before a request is sent, every document that `uploads()` picks and that has no file_id yet is
uploaded (its bytes read on a worker thread); the resolver then names it by file_id. When the
API refuses a request that names files, those it no longer holds are forgotten, so the next
attempt uploads them again. An upload that fails leaves the document to go inline: the user
never sees a failure of the Files API itself.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from desktop_app.core.attachments import Attachment, AttachmentError, attachments_in
from desktop_app.core.errors import ApiError, ErrorKind
from desktop_app.core.ports import AttachmentSource, FileClient, UploadedFileStore
from desktop_app.core.uploaded_file import upload_media_type, uploads

log = logging.getLogger(__name__)

Turns = list[dict[str, Any]]
# What the API answers a request naming a file it does not hold (400; 404 on some paths).
_FILE_GONE = (ErrorKind.INVALID_REQUEST, ErrorKind.NOT_FOUND)
# An endpoint without the Files API (a compatible server, a key not allowed the beta): no
# upload is tried again this session, so each send does not pay a refused request.
_NO_FILES_API = (ErrorKind.NOT_FOUND, ErrorKind.PERMISSION)


def file_ids_in(turns: Turns) -> list[str]:
    """The file_ids that resolved turns refer to, each once, in order."""
    found: dict[str, None] = {}
    for turn in turns:
        for block in turn.get("content") or []:
            source = block.get("source") if isinstance(block, dict) else None
            if isinstance(source, dict) and source.get("type") == "file":
                found[str(source.get("file_id"))] = None
    return list(found)


class FileUploads:
    def __init__(
        self, store: UploadedFileStore, client: FileClient, source: AttachmentSource | None
    ) -> None:
        self.store = store
        self.client = client  # replaced by use() when the key changes
        self.source = source
        self.unavailable = False  # the endpoint has no Files API: everything goes inline

    def use(self, client: FileClient) -> None:
        """Talk to the Files API through `client` (a new key or address) from now on."""
        self.client = client
        self.unavailable = False

    def waiting(self, turns: Turns) -> list[Attachment]:
        """Documents in these (unresolved) turns to upload before sending, each once."""
        found: dict[str, Attachment] = {}
        for turn in turns:
            for attachment in attachments_in(turn["content"]):
                if uploads(attachment) and attachment.sha256 not in found:
                    found[attachment.sha256] = attachment
        return [a for a in found.values() if self.store.file_id(a.sha256) is None]

    async def upload_waiting(self, turns: Turns) -> None:
        """Upload what `waiting` names; one that cannot be uploaded is left to go inline."""
        for attachment in self.waiting(turns):
            if self.source is None or self.unavailable:
                return
            try:
                data = await asyncio.to_thread(self.source.load, attachment.sha256)
            except AttachmentError:
                continue  # the resolver says so, in its own words
            media_type = upload_media_type(attachment)
            try:
                uploaded = await self.client.upload_file(attachment.name, media_type, data)
            except ApiError as error:
                log.warning("Upload of an attachment failed (%s); it goes inline", error.kind)
                self.unavailable = error.kind in _NO_FILES_API
                continue
            if self.store.add(attachment.sha256, uploaded) != uploaded.file_id:
                await self._delete_spare(uploaded.file_id)

    async def _delete_spare(self, file_id: str) -> None:
        """Another window or `parley` uploaded the same bytes meanwhile, and its file is the
        one kept: ours would only be a second copy at the API."""
        try:
            await self.client.delete_file(file_id)
        except ApiError as error:
            log.warning("A second copy of an upload could not be deleted (%s)", error.kind)

    async def recover(self, error: ApiError, sent: Turns) -> bool:
        """After `error` answered a request with turns `sent`: forget the files it named that
        the API no longer holds; True when any was, so sending again uploads them anew."""
        if error.kind not in _FILE_GONE:
            return False
        gone = False
        for file_id in file_ids_in(sent):
            try:
                exists = await self.client.file_exists(file_id)
            except ApiError:
                continue
            if not exists:
                self.store.forget(file_id)
                gone = True
        return gone
