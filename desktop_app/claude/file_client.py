"""The Files API (beta) behind the core's `FileClient` port, on the adapter's AsyncAnthropic.

Also says which Messages requests need the Files beta header: those naming a file_id.
"""

from __future__ import annotations

from typing import Any

import anthropic
import httpx2

from desktop_app.claude.translate import api_error_of
from desktop_app.core.uploaded_file import FILES_BETA, UploadedFile

_FAILURES = (anthropic.AnthropicError, httpx2.HTTPError, ValueError)
_BETAS: list[anthropic.types.AnthropicBetaParam] = [FILES_BETA]


def beta_headers(params: dict[str, Any]) -> dict[str, str]:
    """The extra headers a Messages request needs: the Files beta when it names a file."""
    for message in params.get("messages") or []:
        for block in message.get("content") or []:
            source = block.get("source") if isinstance(block, dict) else None
            if isinstance(source, dict) and source.get("type") == "file":
                return {"anthropic-beta": FILES_BETA}
    return {}


def uploaded_file_of(metadata: Any) -> UploadedFile:
    return UploadedFile(
        file_id=metadata.id,
        filename=metadata.filename,
        mime_type=metadata.mime_type,
        size=metadata.size_bytes,
        created_at=metadata.created_at.timestamp(),
    )


class AnthropicFileClient:
    def __init__(self, sdk: anthropic.AsyncAnthropic) -> None:
        self._files = sdk.beta.files

    async def upload_file(self, name: str, media_type: str, data: bytes) -> UploadedFile:
        try:
            metadata = await self._files.upload(file=(name, data, media_type), betas=_BETAS)
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        return uploaded_file_of(metadata)

    async def list_files(self) -> list[UploadedFile]:
        try:
            return [uploaded_file_of(f) async for f in self._files.list(limit=100, betas=_BETAS)]
        except _FAILURES as exc:
            raise api_error_of(exc) from None

    async def delete_file(self, file_id: str) -> bool:
        try:
            await self._files.delete(file_id, betas=_BETAS)
        except anthropic.NotFoundError:
            return False  # already gone: what deleting it was for
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        return True

    async def file_exists(self, file_id: str) -> bool:
        try:
            await self._files.retrieve_metadata(file_id, betas=_BETAS)
        except anthropic.NotFoundError:
            return False
        except _FAILURES as exc:
            raise api_error_of(exc) from None
        return True
