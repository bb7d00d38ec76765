"""A file uploaded to Anthropic's Files API, and which attachments are sent that way.

A document uploaded once is named by its `file_id` in every later request, of any
conversation that attaches the same bytes, instead of travelling again as base64.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.attachments import Attachment, AttachmentKind

FILES_BETA = "files-api-2025-04-14"  # the anthropic-beta header the Files API needs

# A document this large is uploaded once rather than sent again with every turn: each
# later turn of the conversation would otherwise carry it again (as base64 for a PDF), and
# at 256 KB (about 64,000 tokens of text) that resending costs more than one upload's round
# trip. Smaller ones go inline, which needs no beta feature and leaves nothing at Anthropic.
# (Not 1 MB: text attachments stop at 512 KB, core/attachment_limits.py MAX_TEXT_BYTES.)
UPLOAD_MIN_BYTES = 256 * 1024
UPLOADED_KINDS = (AttachmentKind.PDF, AttachmentKind.TEXT)


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """One file as the Files API describes it (`created_at` in seconds since the epoch)."""

    file_id: str
    filename: str
    mime_type: str
    size: int
    created_at: float


def uploads(attachment: Attachment) -> bool:
    """Whether this attachment is sent by reference to an uploaded file."""
    return attachment.kind in UPLOADED_KINDS and attachment.size >= UPLOAD_MIN_BYTES


def upload_media_type(attachment: Attachment) -> str:
    """The media type an attachment is uploaded as (the API reads text as text/plain)."""
    return "application/pdf" if attachment.kind is AttachmentKind.PDF else "text/plain"
