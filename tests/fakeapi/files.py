"""The Files API's storage for the fake server: uploaded files in memory, and message blocks
that refer to them by `file_id` turned back into inline blocks before a request is checked.

A request that names a file needs the `files-api-2025-04-14` beta header, as the real API says.
"""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.identifiers import file_id as new_file_id

FILES_BETA = "files-api-2025-04-14"
MAX_FILE_BYTES = 500 * 1024 * 1024  # the documented limit; tests lower it on the FakeApi


@dataclass(frozen=True, slots=True)
class StoredFile:
    id: str
    filename: str
    mime_type: str
    data: bytes
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "file",
            "filename": self.filename,
            "mime_type": self.mime_type,
            "size_bytes": len(self.data),
            "created_at": self.created_at.isoformat().replace("+00:00", "Z"),
            "downloadable": False,
        }


def beta_missing(headers: dict[str, str]) -> ApiError | None:
    """The API's answer to a Files request without the beta header."""
    betas = {b.strip() for b in headers.get("anthropic-beta", "").split(",")}
    if FILES_BETA in betas:
        return None
    return ApiError.invalid(
        f"The Files API is in beta: add the header 'anthropic-beta: {FILES_BETA}' to use it."
    )


def file_not_found(file_id: str) -> ApiError:
    return ApiError(404, "not_found_error", f"File not found: {file_id}")


class FileStore:
    """Uploaded files, newest last; thread-safe (the server answers on many threads)."""

    def __init__(self) -> None:
        self.max_bytes = MAX_FILE_BYTES
        self.served = True  # False: /v1/files is a 404, as on a server without the Files API
        self._files: dict[str, StoredFile] = {}
        self._lock = threading.Lock()

    def add(self, filename: str, mime_type: str, data: bytes) -> StoredFile:
        stored = StoredFile(new_file_id(), filename, mime_type, data, datetime.now(UTC))
        with self._lock:
            self._files[stored.id] = stored
        return stored

    def get(self, file_id: str) -> StoredFile | None:
        with self._lock:
            return self._files.get(file_id)

    def delete(self, file_id: str) -> StoredFile | None:
        with self._lock:
            return self._files.pop(file_id, None)

    def all(self) -> list[StoredFile]:
        """Newest first, as the API lists them."""
        with self._lock:
            return list(reversed(self._files.values()))

    def clear(self) -> None:
        with self._lock:
            self._files.clear()

    def page(
        self, limit: int, after_id: str | None, before_id: str | None
    ) -> tuple[list[StoredFile], bool]:
        """One page of the newest-first list, after or before an id; and whether more follow."""
        files = self.all()
        ids = [f.id for f in files]
        if after_id in ids:
            files = files[ids.index(after_id) + 1 :]
        elif before_id in ids:
            files = files[: ids.index(before_id)]
            return files[-limit:], len(files) > limit
        return files[:limit], len(files) > limit

    def inline(self, body: Any, headers: dict[str, str]) -> Any:
        """`body` with every file source replaced by the inline source it stands for; an
        ApiError when a file is unknown or the beta header is missing; `body` itself when
        no block names a file."""
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return body
        if not any(_file_id(b) for m in body["messages"] for b in _blocks(m)):
            return body
        if error := beta_missing(headers):
            return error
        messages = []
        for i, message in enumerate(body["messages"]):
            if not isinstance(message, dict) or not isinstance(message.get("content"), list):
                messages.append(message)
                continue
            content = []
            for j, block in enumerate(message["content"]):
                inlined = self._inline_block(block, f"messages.{i}.content.{j}")
                if isinstance(inlined, ApiError):
                    return inlined
                content.append(inlined)
            messages.append({**message, "content": content})
        return {**body, "messages": messages}

    def _inline_block(self, block: Any, where: str) -> Any:
        file_id = _file_id(block)
        if not file_id:
            return block
        stored = self.get(file_id)
        if stored is None:
            return ApiError.invalid(
                f"{where}.{block['type']}.source.file: File not found: {file_id}"
            )
        if block["type"] == "document" and stored.mime_type.startswith("text/"):
            try:
                text = stored.data.decode("utf-8")
            except UnicodeDecodeError:
                return ApiError.invalid(f"{where}.document.source.file: File is not valid UTF-8")
            source = {"type": "text", "media_type": "text/plain", "data": text}
        else:
            data = base64.b64encode(stored.data).decode("ascii")
            source = {"type": "base64", "media_type": stored.mime_type, "data": data}
        return {**block, "source": source}


def _blocks(message: Any) -> list[Any]:
    content = message.get("content") if isinstance(message, dict) else None
    return content if isinstance(content, list) else []


def _file_id(block: Any) -> str:
    if not isinstance(block, dict) or block.get("type") not in ("document", "image"):
        return ""
    source = block.get("source")
    if isinstance(source, dict) and source.get("type") == "file":
        return str(source.get("file_id") or "")
    return ""
