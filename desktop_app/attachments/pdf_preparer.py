"""PDFs: checked whole and unlocked with pypdf, counted, and sent as they are (document blocks)."""

from __future__ import annotations

import hashlib
import io
import logging

from desktop_app.core.attachment_limits import MAX_ATTACHMENT_BYTES, MAX_PDF_PAGES, PDF_PAGE_TOKENS
from desktop_app.core.attachments import Attachment, AttachmentError, AttachmentKind, base64_size
from desktop_app.core.i18n import translate

# pypdf reports repairs it makes as warnings; a damaged file is refused with our own words.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def prepare_pdf(name: str, data: bytes, notes: tuple[str, ...] = ()) -> Attachment:
    if base64_size(len(data)) > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(
            name,
            translate(
                "Attachments",
                "it is {size}; the API takes PDFs of up to about {most} (32 MB per request once "
                "encoded).",
            ).format(size=_mb(len(data)), most=_mb(MAX_ATTACHMENT_BYTES * 3 // 4)),
        )
    if b"%%EOF" not in data[-2048:]:
        raise AttachmentError(
            name, translate("Attachments", "the PDF is incomplete (truncated) or damaged.")
        )
    pages = _page_count(name, data)
    if pages == 0:
        raise AttachmentError(name, translate("Attachments", "the PDF has no pages."))
    if pages > MAX_PDF_PAGES:
        raise AttachmentError(
            name,
            translate(
                "Attachments",
                "it has {pages} pages; the API reads at most {most} pages per request. Split it, "
                "or attach the pages that matter.",
            ).format(pages=pages, most=MAX_PDF_PAGES),
        )
    return Attachment(
        kind=AttachmentKind.PDF,
        name=name,
        media_type="application/pdf",
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        tokens=pages * PDF_PAGE_TOKENS,
        pages=pages,
        notes=notes,
        data=data,
    )


def _page_count(name: str, data: bytes) -> int:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise AttachmentError(
                name,
                translate(
                    "Attachments",
                    "the PDF is password-protected; the API cannot read it. Remove the password.",
                ),
            )
        return len(reader.pages)
    except AttachmentError:
        raise
    except Exception:  # pypdf raises many types for damaged files; all mean the same here
        raise AttachmentError(
            name, translate("Attachments", "the PDF is damaged and cannot be read.")
        ) from None
