"""Encodes a prepared frame in the format that suits it, always under the API's 5 MB (base64).

Screenshots and other lossless sources stay PNG, which keeps text crisp, unless PNG is much
larger than a JPEG (a photo saved as PNG); transparency stays (PNG, else WebP); photos go as
JPEG. Too large still: lower quality, then smaller size, until it fits.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field

from PIL import Image

from desktop_app.core.attachment_limits import MAX_IMAGE_BASE64
from desktop_app.core.attachments import base64_size

SOFT_PNG_BYTES = 1_500_000  # above this a PNG is worth comparing with a JPEG
PNG_LEVEL = 1  # zlib level: 3–6 save a few percent on screenshots and cost twice the time
_QUALITIES = (85, 70, 50)
_SHRINK = 0.8


def fits(data: bytes) -> bool:
    return base64_size(len(data)) <= MAX_IMAGE_BASE64


@dataclass(frozen=True, slots=True)
class Encoded:
    data: bytes = field(repr=False)
    media_type: str
    size: tuple[int, int]  # smaller than the frame's when shrinking was needed to fit


def encode_image(frame: Image.Image, *, lossy: bool, icc_profile: bytes | None = None) -> Encoded:
    """The frame encoded; the base64 of the bytes is under 5 MB."""
    frame = _without_opaque_alpha(frame)
    alpha = frame.mode in ("RGBA", "LA")
    extra = {"icc_profile": icc_profile} if icc_profile else {}
    if lossy and not alpha:
        first = _save(frame, "JPEG", quality=90, **extra)
        if fits(first):
            return Encoded(first, "image/jpeg", frame.size)
    else:
        png = _save(frame, "PNG", compress_level=PNG_LEVEL, **extra)
        if fits(png) and (alpha or len(png) <= SOFT_PNG_BYTES):
            return Encoded(png, "image/png", frame.size)
        if not alpha:
            jpeg = _save(frame, "JPEG", quality=90, subsampling=0, **extra)
            if fits(png) and len(png) <= 2 * len(jpeg):
                return Encoded(png, "image/png", frame.size)
            if fits(jpeg):
                return Encoded(jpeg, "image/jpeg", frame.size)
    return _shrunk(frame, alpha, extra)


def _shrunk(frame: Image.Image, alpha: bool, extra: dict[str, bytes]) -> Encoded:
    """Lossy at falling quality, then smaller, until it fits; ends (a 1×1 image always fits)."""
    fmt, media_type = ("WEBP", "image/webp") if alpha else ("JPEG", "image/jpeg")
    if alpha and frame.mode == "LA":
        frame = frame.convert("RGBA")  # WebP takes RGB(A) only
    while True:
        for quality in _QUALITIES:
            data = _save(frame, fmt, quality=quality, **extra)
            if fits(data):
                return Encoded(data, media_type, frame.size)
        # Bytes grow with the area: aim the new size at the limit, a little under.
        scale = min(_SHRINK, math.sqrt(MAX_IMAGE_BASE64 / base64_size(len(data))) * 0.95)
        size = (max(1, int(frame.width * scale)), max(1, int(frame.height * scale)))
        frame = frame.resize(size, Image.Resampling.LANCZOS)


def _without_opaque_alpha(frame: Image.Image) -> Image.Image:
    """Drop an alpha channel that hides nothing: smaller files, and JPEG becomes possible."""
    if frame.mode not in ("RGBA", "LA"):
        return frame
    low, _high = frame.getchannel("A").getextrema()
    if isinstance(low, (int, float)) and low >= 255:
        return frame.convert("RGB" if frame.mode == "RGBA" else "L")
    return frame


def _save(frame: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    frame.save(buffer, fmt, **options)
    return buffer.getvalue()
