"""Preparing files to attach: type from the bytes, images downscaled and encoded, PDFs and
text checked. Uses Pillow and pypdf; no Qt, so the window runs it on a worker thread."""

from desktop_app.attachments.preparer import prepare_bytes, prepare_file

__all__ = ["prepare_bytes", "prepare_file"]
