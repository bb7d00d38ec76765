"""The API's limits on attachments, and the check that a request stays inside them.

Figures from the Messages API documentation (checked in GOTCHAS.md): images ≤ 5 MB measured
on the base64 text and ≤ 8000 px a side; over 20 images in one request, each ≤ 2000×2000;
at most 100 images; a request ≤ 32 MB in all, with at most 100 PDF pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop_app.core.attachments import (
    API_LONG_EDGE,
    API_PIXELS,
    Attachment,
    AttachmentError,
    AttachmentKind,
)
from desktop_app.core.i18n import translate

MAX_IMAGE_BASE64 = 5 * 1024 * 1024
MAX_IMAGE_EDGE = 8000
MANY_IMAGES = 20
MANY_IMAGES_EDGE = 2000
MAX_IMAGES = 100
MAX_REQUEST_BYTES = 32 * 1024 * 1024
MAX_PDF_PAGES = 100
IMAGE_MEDIA_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")

# Room kept in a request for the JSON around the attachments and the conversation's text.
REQUEST_MARGIN = 1024 * 1024
MAX_ATTACHMENT_BYTES = MAX_REQUEST_BYTES - REQUEST_MARGIN

# What Parley prepares: what the API would keep anyway, so nothing is uploaded in vain.
TARGET_LONG_EDGE = API_LONG_EDGE
TARGET_PIXELS = API_PIXELS
MAX_TEXT_BYTES = 512 * 1024  # about 130,000 tokens: most of a context window
PDF_PAGE_TOKENS = 2_000  # the documentation's 1,500–3,000 tokens a page


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_request(
    attachments: Sequence[Attachment], by_reference: Callable[[Attachment], bool] | None = None
) -> None:
    """Raise AttachmentError if one request carrying all these attachments breaks a limit.
    Those `by_reference` picks (uploaded to the Files API) add no bytes to the request."""
    images = [a for a in attachments if a.kind is AttachmentKind.IMAGE]
    if len(images) > MAX_IMAGES:
        raise AttachmentError(
            "",
            translate(
                "Attachments",
                "This would send {count} images in one request; the API takes at most {most}. "
                "Remove some, or start a new conversation.",
            ).format(count=len(images), most=MAX_IMAGES),
        )
    if len(images) > MANY_IMAGES:
        for image in images:
            if max(image.width, image.height) > MANY_IMAGES_EDGE:
                raise AttachmentError(
                    image.name,
                    translate(
                        "Attachments",
                        "it is {width}×{height}, and with more than {many} images in a request "
                        "the API takes at most {edge}×{edge}. Attach it again without full "
                        "resolution.",
                    ).format(
                        width=image.width,
                        height=image.height,
                        many=MANY_IMAGES,
                        edge=MANY_IMAGES_EDGE,
                    ),
                )
    pages = sum(a.pages for a in attachments if a.kind is AttachmentKind.PDF)
    if pages > MAX_PDF_PAGES:
        raise AttachmentError(
            "",
            translate(
                "Attachments",
                "The PDFs in this request have {pages} pages in all; the API reads at most "
                "{most}. Remove a PDF, or start a new conversation.",
            ).format(pages=pages, most=MAX_PDF_PAGES),
        )
    total = sum(a.encoded_size for a in attachments if not (by_reference and by_reference(a)))
    if total > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(
            "",
            translate(
                "Attachments",
                "The attachments in this request come to {size}; the API takes requests of at "
                "most {most}. Remove some, or start a new conversation.",
            ).format(size=_mb(total), most=_mb(MAX_REQUEST_BYTES)),
        )
