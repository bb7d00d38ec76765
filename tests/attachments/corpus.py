"""Files the attachment tests make for themselves: good images of each kind, and bad input.

Every bad file comes with words its refusal must contain, so a test proves the user is told
why, not merely that something failed.
"""

from __future__ import annotations

import io
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont


def image_bytes(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def screenshot(width: int = 3840, height: int = 2160, seed: int = 5) -> Image.Image:
    """A screenshot-like picture: flat UI panels, lines of text, buttons and a photo region."""
    image = Image.new("RGB", (width, height), (246, 247, 249))
    draw = ImageDraw.Draw(image)
    scale = width / 3840
    font = ImageFont.load_default(size=max(8, int(28 * scale)))
    rnd = random.Random(seed)
    words = [
        "review",
        "parley",
        "claude",
        "screenshot",
        "token",
        "layout",
        "margin",
        "button",
        "window",
        "chart",
    ]
    draw.rectangle([0, 0, width, int(96 * scale)], fill=(32, 36, 44))
    draw.rectangle([0, int(96 * scale), int(560 * scale), height], fill=(236, 238, 242))
    for i in range(40):
        y = int((140 + i * 48) * scale)
        draw.text(
            (int(40 * scale), y), f"Conversation {i} · {rnd.random():.4f}", (40, 40, 40), font
        )
    for y in range(int(160 * scale), int(1300 * scale), max(1, int(44 * scale))):
        line = " ".join(rnd.choice(words) for _ in range(14))
        draw.text((int(620 * scale), y), line, (20, 20, 20), font)
    for k in range(6):
        x = int((620 + k * 300) * scale)
        box = [x, int(1350 * scale), x + int(260 * scale), int(1420 * scale)]
        draw.rounded_rectangle(box, radius=max(1, int(12 * scale)), fill=(60, 110, 230))
    pw, ph = max(1, int(1600 * scale)), max(1, int(700 * scale))
    red = Image.linear_gradient("L").resize((pw, ph))
    green = Image.radial_gradient("L").resize((pw, ph))
    blue = Image.effect_noise((pw, ph), 60).filter(ImageFilter.GaussianBlur(2))
    photo = Image.merge("RGB", (red, green, blue))
    photo = Image.blend(photo, Image.effect_noise((pw, ph), 30).convert("RGB"), 0.25)
    image.paste(photo, (int(620 * scale), int(1460 * scale)))
    return image


def noise(width: int, height: int) -> Image.Image:
    """Incompressible colour noise: the worst case for any encoder's size."""
    return Image.frombytes("RGB", (width, height), random.Random(1).randbytes(width * height * 3))


def small_png(width: int = 64, height: int = 48, colour: tuple[int, ...] = (200, 30, 30)) -> bytes:
    return image_bytes(Image.new("RGB", (width, height), colour), "PNG")


def png_claiming(width: int, height: int) -> bytes:
    """A tiny, well-formed PNG whose header claims any size (a decompression bomb's trick)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 1024, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def jpeg_claiming(width: int, height: int) -> bytes:
    """A JPEG whose frame header (SOF0) claims any size."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3)
    sof += b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    return b"\xff\xd8" + b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + sof


def pdf_bytes(pages: int = 3, password: str | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    if password is not None:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bytes(member: str = "word/document.xml") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, "<w:document/>")
    return buffer.getvalue()


Maker = Callable[[Path], Path]


def _file(name: str, data: bytes) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _missing(folder: Path) -> Path:
    return folder / "gone.png"


def _folder(folder: Path) -> Path:
    path = folder / "screenshots.png"
    path.mkdir()
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.png"
    os.mkfifo(path)
    return path


def _vanished(folder: Path) -> Path:
    """A path that pointed at a file, which was deleted before it was read."""
    target = folder / "was-here.png"
    target.write_bytes(small_png())
    link = folder / "link-to-vanished.png"
    link.symlink_to(target)
    target.unlink()
    return link


def _sparse(folder: Path) -> Path:
    path = folder / "huge.png"
    with path.open("wb") as file:
        file.write(small_png())
        file.truncate(300 * 1024 * 1024)  # sparse: costs no disk, reads as 300 MB
    return path


@dataclass(frozen=True, slots=True)
class BadFile:
    label: str
    make: Maker
    words: str  # the refusal must say this


def bad_files() -> list[BadFile]:
    png = small_png(400, 300)
    jpeg = image_bytes(noise(400, 300), "JPEG", quality=90)
    gif = image_bytes(noise(200, 100).convert("P"), "GIF")
    webp = image_bytes(noise(200, 100), "WEBP", quality=80)
    pdf = pdf_bytes(2)
    return [
        BadFile("empty image", _file("empty.png", b""), "empty"),
        BadFile("empty text", _file("empty.txt", b""), "empty"),
        BadFile("truncated PNG", _file("cut.png", png[: len(png) // 2]), "damaged or incomplete"),
        BadFile("truncated JPEG", _file("cut.jpg", jpeg[: len(jpeg) // 2]), "incomplete"),
        BadFile("truncated GIF", _file("cut.gif", gif[: len(gif) // 2]), "incomplete"),
        BadFile("truncated WebP", _file("cut.webp", webp[: len(webp) // 2]), "incomplete"),
        BadFile("PNG signature only", _file("sig.png", png[:8]), "damaged"),
        BadFile(
            "text renamed .png", _file("notes.png", b"Meeting notes\n- ship it\n"), "plain text"
        ),
        BadFile("Markdown renamed .jpg", _file("readme.jpg", b"# Title\n\nBody.\n"), "plain text"),
        BadFile("text renamed .pdf", _file("report.pdf", b"Quarterly report\n"), "plain text"),
        BadFile("ZIP renamed .jpg", _file("photo.jpg", zip_bytes()), "ZIP archive"),
        BadFile("PNG bomb header", _file("bomb.png", png_claiming(100_000, 100_000)), "bomb"),
        BadFile("JPEG bomb header", _file("bomb.jpg", jpeg_claiming(65_000, 65_000)), "bomb"),
        BadFile("144 MP header", _file("vast.png", png_claiming(12_000, 12_000)), "(144 MP)"),
        BadFile("zero-size PNG header", _file("zero.png", png_claiming(0, 10)), "damaged"),
        BadFile("ZIP archive", _file("archive.zip", zip_bytes("a.txt")), "ZIP archive"),
        BadFile("Word document", _file("letter.docx", zip_bytes()), "Office document"),
        BadFile("program", _file("tool", b"\x7fELF\x02\x01\x01" + bytes(120)), "program"),
        BadFile("MP3", _file("song.mp3", b"ID3\x04\x00\x00" + bytes(200)), "MP3"),
        BadFile("MP4 video", _file("clip.mp4", b"\x00\x00\x00\x18ftypisom" + bytes(64)), "video"),
        BadFile(
            "unknown binary", _file("blob.dat", bytes(range(256)) * 8), "cannot read this kind"
        ),
        BadFile("binary .txt", _file("binary.txt", b"abc\x00\x01\x02" * 100), "binary data"),
        BadFile("Latin-1 .txt", _file("latin1.txt", "café crème".encode("latin-1")), "not UTF-8"),
        BadFile("blank text", _file("blank.md", b" \n\t\n  \n"), "no text"),
        BadFile("text too long", _file("huge.log", b"x" * (600 * 1024)), "KB of text"),
        BadFile("truncated PDF", _file("cut.pdf", pdf[: len(pdf) // 2]), "incomplete"),
        BadFile("damaged PDF", _file("junk.pdf", b"%PDF-1.7\nnot a pdf\n%%EOF\n"), "damaged"),
        BadFile("password PDF", _file("locked.pdf", pdf_bytes(1, password="secret")), "password"),
        BadFile("PDF over 100 pages", _file("book.pdf", pdf_bytes(101)), "101 pages"),
        BadFile(
            "PDF too large",
            _file("scan.pdf", b"%PDF-1.4\n" + b"0" * (25 * 1024 * 1024) + b"\n%%EOF\n"),
            "MB",
        ),
        BadFile(
            "HEIC photo", _file("IMG_0001.HEIC", b"\x00\x00\x00\x18ftypheic" + bytes(64)), "HEIC"
        ),
        BadFile("missing file", _missing, "not there"),
        BadFile("folder", _folder, "folder"),
        BadFile("named pipe", _fifo, "not a regular file"),
        BadFile("vanished file", _vanished, "not there"),
        BadFile("300 MB file", _sparse, "more than Parley reads"),
    ]
