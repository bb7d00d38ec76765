"""Good images: downscaled to what the API keeps, always under 5 MB of base64, upright, with
transparency kept; small JPEG/PNG/GIF/WebP files go byte for byte as they came."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.attachments import prepare_bytes, prepare_file
from desktop_app.core.attachment_limits import MAX_IMAGE_BASE64
from desktop_app.core.attachments import AttachmentKind, base64_size, image_tokens
from tests.attachments.corpus import image_bytes, noise, screenshot, small_png


def pixel(image: Image.Image, xy: tuple[int, int]) -> tuple[int, ...]:
    value = image.getpixel(xy)
    return value if isinstance(value, tuple) else (int(value or 0),)


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_4k_screenshot_is_downscaled_to_what_the_api_keeps(tmp_path: Path) -> None:
    path = tmp_path / "Screenshot 2026-05-01 at 10.00.00.png"
    path.write_bytes(image_bytes(screenshot(), "PNG"))
    attachment = prepare_file(path)
    assert attachment.kind is AttachmentKind.IMAGE
    assert attachment.media_type == "image/png"  # text stays crisp
    assert (attachment.original_width, attachment.original_height) == (3840, 2160)
    assert max(attachment.width, attachment.height) <= 1568
    assert attachment.width * attachment.height <= 1_150_000
    assert attachment.width / attachment.height == pytest.approx(16 / 9, rel=0.01)
    assert attachment.tokens <= 1600
    assert attachment.tokens == image_tokens(attachment.width, attachment.height)
    assert base64_size(attachment.size) < MAX_IMAGE_BASE64
    assert decoded(attachment.data).size == (attachment.width, attachment.height)
    assert "from 3840×2160" in attachment.summary


@pytest.mark.parametrize("full_resolution", [False, True])
def test_a_huge_noisy_photo_still_fits_under_5_mb(tmp_path: Path, full_resolution: bool) -> None:
    # Noise cannot be compressed: a lossless encoding of it would be ~36 MB.
    path = tmp_path / "noise.png"
    path.write_bytes(image_bytes(noise(4000, 3000), "PNG", compress_level=1))
    attachment = prepare_file(path, full_resolution=full_resolution)
    assert base64_size(attachment.size) <= MAX_IMAGE_BASE64
    assert decoded(attachment.data).size == (attachment.width, attachment.height)
    if full_resolution:
        assert attachment.width > 1568  # as large as fits, not what the API would keep
    else:
        assert attachment.tokens <= 1600


def test_an_exif_rotated_photo_comes_out_upright(tmp_path: Path) -> None:
    # Stored sideways (red left, blue right) with orientation 6: shown turned 90° clockwise,
    # so red must end up on top.
    stored = Image.new("RGB", (400, 200), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 200, 200))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "IMG_1234.JPG"
    path.write_bytes(image_bytes(stored, "JPEG", exif=exif.tobytes(), quality=95))
    attachment = prepare_file(path)
    assert (attachment.width, attachment.height) == (200, 400)
    upright = decoded(attachment.data).convert("RGB")
    top, bottom = pixel(upright, (100, 50)), pixel(upright, (100, 350))
    assert top[0] > 200 and top[2] < 60, top
    assert bottom[2] > 200 and bottom[0] < 60, bottom


def test_transparency_is_kept_when_downscaled(tmp_path: Path) -> None:
    image = Image.new("RGBA", (3000, 2000), (0, 0, 0, 0))
    image.paste((30, 120, 250, 255), (1000, 500, 2000, 1500))
    path = tmp_path / "logo.png"
    path.write_bytes(image_bytes(image, "PNG"))
    attachment = prepare_file(path)
    assert attachment.width < 3000 and attachment.media_type == "image/png"
    out = decoded(attachment.data)
    assert out.mode == "RGBA"
    assert pixel(out, (0, 0))[3] == 0
    assert pixel(out, (out.width // 2, out.height // 2))[3] == 255


@pytest.mark.parametrize(
    ("name", "fmt", "media_type", "options"),
    [
        ("small.png", "PNG", "image/png", {}),
        ("small.jpg", "JPEG", "image/jpeg", {"quality": 80}),
        ("small.gif", "GIF", "image/gif", {}),
        ("small.webp", "WEBP", "image/webp", {"quality": 80}),
        ("clear.png", "PNG", "image/png", {"mode": "RGBA"}),
    ],
)
def test_small_files_of_the_api_s_formats_pass_unchanged(
    name: str, fmt: str, media_type: str, options: dict[str, object]
) -> None:
    mode = str(options.pop("mode", "RGB"))
    image = noise(300, 200).convert(mode)
    if fmt == "GIF":
        image = image.convert("P")
    data = image_bytes(image, fmt, **options)
    attachment = prepare_bytes(data, name)
    assert attachment.data == data  # not re-encoded: no quality lost, no time spent
    assert attachment.media_type == media_type
    assert attachment.converted_from == "" and not attachment.downscaled


@pytest.mark.parametrize(
    ("name", "fmt", "mode"),
    [("scan.bmp", "BMP", "RGB"), ("scan.tiff", "TIFF", "RGB"), ("icon.ico", "ICO", "RGBA")],
)
def test_other_readable_formats_are_converted(name: str, fmt: str, mode: str) -> None:
    image = Image.new(mode, (64, 64), (10, 200, 10, 255) if mode == "RGBA" else (10, 200, 10))
    attachment = prepare_bytes(image_bytes(image, fmt), name)
    assert attachment.media_type in ("image/png", "image/jpeg")
    assert attachment.converted_from == fmt
    assert pixel(decoded(attachment.data), (32, 32))[:3] == (10, 200, 10)


def test_the_bytes_decide_the_type_and_a_wrong_extension_is_noted() -> None:
    jpeg = image_bytes(noise(120, 80), "JPEG")
    attachment = prepare_bytes(jpeg, "holiday.png")
    assert attachment.media_type == "image/jpeg"
    assert attachment.data == jpeg
    assert attachment.notes and "Named .png, but it is a JPEG image" in attachment.notes[0]


def test_16_bit_greyscale_and_palette_transparency_are_converted_faithfully() -> None:
    grey = Image.new("I;16", (3000, 100), 65535)
    out = decoded(prepare_bytes(image_bytes(grey, "PNG"), "depth.png").data)
    assert pixel(out, (10, 10)) in ((255,), (255, 255, 255))
    palette = Image.new("P", (2000, 2000), 0)
    palette.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)
    palette.paste(1, (0, 0, 1000, 2000))
    data = image_bytes(palette, "PNG", transparency=0)
    out = decoded(prepare_bytes(data, "sprite.png").data).convert("RGBA")
    assert pixel(out, (10, 10))[1] == 255 and pixel(out, (out.width - 10, 10))[3] == 0


def test_a_pasted_image_without_a_name_gets_one() -> None:
    attachment = prepare_bytes(small_png(), "")
    assert attachment.name == "pasted" and attachment.media_type == "image/png"
