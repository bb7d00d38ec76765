"""The Files API endpoints under /v1/files, as the handler routes them.

upload (multipart, field `file`), list (newest first, paged by `after_id`/`before_id` as
documented, or by the SDK 2.x's opaque `page` cursor, answered in `next_page`), metadata and
delete. Every call needs the files beta header; unknown ids are 404 not_found_error.
"""

from __future__ import annotations

import email.parser
import email.policy
from typing import Any

from tests.fakeapi.api_error import ApiError
from tests.fakeapi.files import FileStore, beta_missing, file_not_found
from tests.fakeapi.response_writer import ResponseWriter

FILES_PATH = "/v1/files"
_PAGE = "page_"  # the SDK's cursors are opaque; ours is the last id seen


def uploaded_file(content_type: str, raw: bytes) -> tuple[str, str, bytes] | ApiError:
    """(filename, mime type, bytes) of the multipart body's `file` part."""
    if not content_type.lower().startswith("multipart/form-data"):
        return ApiError.invalid("file: Field required")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
    for part in message.iter_parts() if message.is_multipart() else ():
        if part.get_param("name", header="content-disposition") == "file":
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                break
            return part.get_filename() or "unnamed", part.get_content_type(), data
    return ApiError.invalid("file: Field required")


class FilesApi:
    """One request to the files endpoints."""

    def __init__(self, store: FileStore, writer: ResponseWriter) -> None:
        self._store = store
        self._writer = writer

    def serve(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        raw: bytes,
        query: dict[str, list[str]],
    ) -> None:
        if not self._store.served:
            return self._writer.send_error(ApiError(404, "not_found_error", "Not Found"))
        if error := beta_missing(headers):
            return self._writer.send_error(error)
        parts = path.removeprefix(FILES_PATH).strip("/").split("/")
        match method, parts:
            case "POST", [""]:
                self._upload(headers.get("content-type", ""), raw)
            case "GET", [""]:
                self._list(query)
            case "GET", [file_id]:
                self._metadata(file_id)
            case "DELETE", [file_id]:
                self._delete(file_id)
            case _:
                self._writer.send_error(ApiError(404, "not_found_error", "Not Found"))

    def _upload(self, content_type: str, raw: bytes) -> None:
        found = uploaded_file(content_type, raw)
        if isinstance(found, ApiError):
            return self._writer.send_error(found)
        filename, mime_type, data = found
        if len(data) > self._store.max_bytes:
            return self._writer.send_error(
                ApiError(413, "request_too_large", "File exceeds the maximum allowed size.")
            )
        if not data:
            return self._writer.send_error(ApiError.invalid("file: The file is empty."))
        self._writer.send_json(200, self._store.add(filename, mime_type, data).to_json())

    def _list(self, query: dict[str, list[str]]) -> None:
        try:
            limit = int(query.get("limit", ["20"])[-1])
        except ValueError:
            return self._writer.send_error(
                ApiError.invalid("limit: Input should be a valid integer")
            )
        if not 1 <= limit <= 1000:
            bound = "greater than or equal to 1" if limit < 1 else "less than or equal to 1000"
            return self._writer.send_error(ApiError.invalid(f"limit: Input should be {bound}"))
        after_id = query.get("after_id", [None])[-1]
        if (page := query.get("page", [None])[-1]) is not None:
            after_id = page.removeprefix(_PAGE)
        files, has_more = self._store.page(limit, after_id, query.get("before_id", [None])[-1])
        data = [f.to_json() for f in files]
        answer: dict[str, Any] = {
            "data": data,
            "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None,
            "has_more": has_more,
            "next_page": _PAGE + data[-1]["id"] if has_more and data else None,
        }
        self._writer.send_json(200, answer)

    def _metadata(self, file_id: str) -> None:
        stored = self._store.get(file_id)
        if stored is None:
            return self._writer.send_error(file_not_found(file_id))
        self._writer.send_json(200, stored.to_json())

    def _delete(self, file_id: str) -> None:
        if self._store.delete(file_id) is None:
            return self._writer.send_error(file_not_found(file_id))
        self._writer.send_json(200, {"id": file_id, "type": "file_deleted"})
