"""`AttachmentStore`: attached files' prepared bytes, stored once each under their sha256.

A file lives at `<root>/ab/abcdef…` (the first two hex digits fan the folder out). It is
written atomically and made durable before any message refers to it, and checked against
its name when read back, so a damaged file is reported rather than sent.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from pathlib import Path

from desktop_app import private_file
from desktop_app.core.attachments import Attachment, AttachmentError
from desktop_app.core.i18n import translate

_SHA256 = re.compile(r"[0-9a-f]{64}")


class AttachmentStore:
    """The `AttachmentSource` port on a folder (normally `paths.attachments_dir()`)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def __repr__(self) -> str:
        return f"AttachmentStore({str(self.root)!r})"

    def path(self, sha256: str) -> Path:
        """Where the bytes are (or would be); the UI may open it, e.g. for a full-size view."""
        if not _SHA256.fullmatch(sha256):
            raise AttachmentError("", f"{sha256[:80]!r} is not an attachment's sha256.")
        return self.root / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        try:
            return self.path(sha256).is_file()
        except (AttachmentError, OSError):
            return False

    def save(self, attachment: Attachment) -> Attachment:
        """Store a freshly prepared attachment's bytes (once); returns it unchanged."""
        if not attachment.data:
            if self.contains(attachment.sha256):
                return attachment
            raise AttachmentError(attachment.name, "there is nothing to store.")
        if self.put(attachment.data) != attachment.sha256:
            raise AttachmentError(attachment.name, "its bytes do not match its checksum.")
        return attachment

    def put(self, data: bytes) -> str:
        """Store bytes under their sha256 (a no-op when present); returns the sha256."""
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256)
        with contextlib.suppress(OSError):
            if target.stat().st_size == len(data):
                return sha256
        try:
            private_file.make_private_folder(target.parent)
            # Atomic: a crash or a second process writing the same file never leaves a
            # half-written attachment under its real name.
            private_file.write(target, data)
        except OSError as error:
            raise AttachmentError(
                "",
                translate(
                    "Attachments", "The attachment could not be saved in {path}: {problem}."
                ).format(path=self.root, problem=error.strerror or error),
            ) from None
        return sha256

    def load(self, sha256: str) -> bytes:
        path = self.path(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise AttachmentError(
                "",
                translate("Attachments", "The attachment {id}… is missing from {path}.").format(
                    id=sha256[:12], path=self.root
                ),
            ) from None
        except OSError as error:
            raise AttachmentError(
                "",
                translate(
                    "Attachments", "The attachment {id}… could not be read: {problem}."
                ).format(id=sha256[:12], problem=error.strerror or error),
            ) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise AttachmentError(
                "",
                translate("Attachments", "The attachment {id}… in {path} is damaged.").format(
                    id=sha256[:12], path=self.root
                ),
            )
        return data
