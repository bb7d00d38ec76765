"""Images: refused from their header if absurd, decoded, turned upright, downscaled to what the
API keeps, and encoded so the base64 stays under 5 MB. Small JPEG/PNG/GIF/WebP files go as
they are, untouched, once they have been proved to decode.
"""

from __future__ import annotations

import hashlib
import io
import math
import warnings

from PIL import Image, ImageFile

from desktop_app.attachments.image_encoder import encode_image
from desktop_app.core.attachment_limits import (
    IMAGE_MEDIA_TYPES,
    MAX_IMAGE_BASE64,
    MAX_IMAGE_EDGE,
    TARGET_LONG_EDGE,
    TARGET_PIXELS,
)
from desktop_app.core.attachments import Attachment, AttachmentError, AttachmentKind, base64_size
from desktop_app.core.attachments import image_tokens as estimate_tokens
from desktop_app.core.i18n import translate

# Pillow's own bomb check only warns below twice its limit (GOTCHAS.md); ours refuses from the
# header before any pixel is decoded. 120 MP covers 108 MP phone photos and large scans.
MAX_SOURCE_PIXELS = 120_000_000
Image.MAX_IMAGE_PIXELS = MAX_SOURCE_PIXELS
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
ImageFile.LOAD_TRUNCATED_IMAGES = False

# Formats Pillow may try. Left out on purpose: EPS (runs Ghostscript) and the exotic rest.
READABLE_FORMATS = (
    *("PNG", "JPEG", "GIF", "WEBP", "BMP", "DIB", "TIFF", "ICO", "CUR", "PSD", "AVIF"),
    *("TGA", "PPM", "PCX", "QOI", "SGI", "ICNS", "DDS", "JPEG2000"),
)
# MPO: a phone's JPEG with extra pictures after the first; the API reads it as a JPEG.
_PASS_THROUGH = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}
_LOSSY = {"JPEG", "MPO"}
# EXIF orientation → the transpose that makes the image upright.
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def target_size(width: int, height: int, full_resolution: bool) -> tuple[int, int]:
    """The size to send: what the API keeps (≤ 1568 px, ≈ ≤ 1.15 MP), or ≤ 8000 px a side."""
    if full_resolution:
        scale = min(1.0, MAX_IMAGE_EDGE / max(width, height))
    else:
        scale = min(
            1.0,
            TARGET_LONG_EDGE / max(width, height),
            math.sqrt(TARGET_PIXELS / (width * height)),
        )
    if scale >= 1.0:
        return width, height
    return max(1, math.floor(width * scale)), max(1, math.floor(height * scale))


def prepare_image(
    name: str,
    data: bytes,
    *,
    full_resolution: bool = False,
    notes: tuple[str, ...] = (),
) -> Attachment:
    image = _open(name, data)
    width, height = image.size
    if width <= 0 or height <= 0:
        raise AttachmentError(name, translate("Attachments", "the image has no pixels."))
    if width * height > MAX_SOURCE_PIXELS:
        raise AttachmentError(
            name,
            translate(
                "Attachments",
                "it claims to be {width}×{height} pixels ({mp} MP), more than Parley opens "
                "({most} MP). It may be a decompression bomb, or a damaged file.",
            ).format(
                width=f"{width:,}",
                height=f"{height:,}",
                mp=f"{width * height / 1e6:,.0f}",
                most=f"{MAX_SOURCE_PIXELS / 1e6:.0f}",
            ),
        )
    source_size = (width, height)
    orientation = _orientation(image)
    target = target_size(width, height, full_resolution)
    fmt = image.format or ""
    try:
        if (
            fmt in _PASS_THROUGH
            and orientation == 1
            and target == (width, height)
            and base64_size(len(data)) <= MAX_IMAGE_BASE64
        ):
            image.load()  # proves the file whole: a truncated image raises here
            out, media_type = data, _PASS_THROUGH[fmt]
        else:
            out, media_type, (width, height) = _convert(image, target, orientation)
    except AttachmentError:
        raise
    except MemoryError:
        raise AttachmentError(
            name, translate("Attachments", "it is too large to open with the memory available.")
        ) from None
    except Exception:  # Pillow raises many types for broken files; all mean the same here
        raise AttachmentError(
            name, translate("Attachments", "the image is damaged or incomplete (truncated).")
        ) from None
    finally:
        image.close()
    sideways = orientation in (5, 6, 7, 8)
    original = (source_size[1], source_size[0]) if sideways else source_size
    if media_type not in IMAGE_MEDIA_TYPES:  # never: the encoder only makes these
        raise AttachmentError(
            name,
            translate("Attachments", "it could not be converted ({type}).").format(type=media_type),
        )
    return Attachment(
        kind=AttachmentKind.IMAGE,
        name=name,
        media_type=media_type,
        sha256=hashlib.sha256(out).hexdigest(),
        size=len(out),
        tokens=estimate_tokens(width, height),
        width=width,
        height=height,
        original_width=original[0],
        original_height=original[1],
        converted_from="" if fmt in _PASS_THROUGH else fmt,
        notes=notes,
        data=out,
    )


def _open(name: str, data: bytes) -> Image.Image:
    """The image with only its header read."""
    try:
        return Image.open(io.BytesIO(data), formats=READABLE_FORMATS)
    except Image.DecompressionBombError:
        raise AttachmentError(
            name,
            translate("Attachments", "it claims an absurd size; it may be a decompression bomb."),
        ) from None
    except Exception:
        raise AttachmentError(
            name,
            translate(
                "Attachments",
                "the image is damaged, incomplete, or in a format Parley cannot read.",
            ),
        ) from None


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(0x0112, 1)
    except Exception:  # a damaged EXIF block must not cost the picture
        return 1
    return value if value in _UPRIGHT else 1


def _convert(
    image: Image.Image, target: tuple[int, int], orientation: int
) -> tuple[bytes, str, tuple[int, int]]:
    """Decode (cheaply, at a reduced scale where the format allows), resize, turn upright
    and encode. Returns the bytes, their media type and the final size."""
    lossy = image.format in _LOSSY
    if lossy and target != image.size:
        image.draft("RGB", target)  # the decoder's DCT scaling: far faster than a full decode
    image.load()
    frame = _normalised(image)
    if frame.size != target:
        # A box filter down to at most twice the target, then Lanczos: within one grey level
        # of Lanczos alone on a 4K screenshot, at half the time.
        factor = min(frame.width // target[0], frame.height // target[1])
        if factor >= 2:
            frame = frame.reduce(factor)
        frame = frame.resize(target, Image.Resampling.LANCZOS)
    if orientation in _UPRIGHT:
        frame = frame.transpose(_UPRIGHT[orientation])
    encoded = encode_image(frame, lossy=lossy, icc_profile=image.info.get("icc_profile"))
    return encoded.data, encoded.media_type, encoded.size


def _normalised(image: Image.Image) -> Image.Image:
    """The first frame in a mode every encoder takes, transparency kept."""
    mode = image.mode
    if mode in ("RGB", "RGBA", "L", "LA"):
        return image
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        return image.convert("I").point(lambda v: v / 256).convert("L")
    if mode == "F":
        return image.convert("L")
    if mode == "1":
        return image.convert("L")
    has_alpha = "A" in mode or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")
