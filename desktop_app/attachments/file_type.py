"""What a file is, told from its first bytes; and what its name claims it is.

The bytes decide; the name only explains a refusal ("the name says PNG image, but…").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath


class Family(StrEnum):
    IMAGE = "image"  # Pillow opens it; JPEG, PNG, GIF and WebP may go as they are
    PDF = "pdf"
    OTHER = "other"  # known, but nothing Claude reads


@dataclass(frozen=True, slots=True)
class FileType:
    family: Family
    label: str  # for sentences: "a PNG image", "a ZIP archive"
    media_type: str = ""


_PNG = FileType(Family.IMAGE, "a PNG image", "image/png")
_JPEG = FileType(Family.IMAGE, "a JPEG image", "image/jpeg")
_GIF = FileType(Family.IMAGE, "a GIF image", "image/gif")
_WEBP = FileType(Family.IMAGE, "a WebP image", "image/webp")
_PDF = FileType(Family.PDF, "a PDF document", "application/pdf")

# (offset, magic, type): checked in order, first match wins.
_MAGIC: list[tuple[int, bytes, FileType]] = [
    (0, b"\x89PNG\r\n\x1a\n", _PNG),
    (0, b"\xff\xd8\xff", _JPEG),
    (0, b"GIF87a", _GIF),
    (0, b"GIF89a", _GIF),
    (0, b"II*\x00", FileType(Family.IMAGE, "a TIFF image", "image/tiff")),
    (0, b"MM\x00*", FileType(Family.IMAGE, "a TIFF image", "image/tiff")),
    (0, b"\x00\x00\x01\x00", FileType(Family.IMAGE, "an ICO icon", "image/x-icon")),
    (0, b"8BPS", FileType(Family.IMAGE, "a Photoshop image", "image/vnd.adobe.photoshop")),
    (0, b"PK\x03\x04", FileType(Family.OTHER, "a ZIP archive (or an Office document)")),
    (0, b"\x1f\x8b", FileType(Family.OTHER, "a gzip archive")),
    (0, b"7z\xbc\xaf\x27\x1c", FileType(Family.OTHER, "a 7-Zip archive")),
    (0, b"Rar!\x1a\x07", FileType(Family.OTHER, "a RAR archive")),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileType(Family.OTHER, "an old Office document")),
    (0, b"\x7fELF", FileType(Family.OTHER, "a program (ELF executable)")),
    (0, b"SQLite format 3\x00", FileType(Family.OTHER, "an SQLite database")),
    (0, b"OggS", FileType(Family.OTHER, "an Ogg audio or video file")),
    (0, b"fLaC", FileType(Family.OTHER, "a FLAC audio file")),
    (0, b"\x1aE\xdf\xa3", FileType(Family.OTHER, "a Matroska/WebM video")),
]
_BMP = FileType(Family.IMAGE, "a BMP image", "image/bmp")
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}

_IMAGE_NAMES = {
    "png": "PNG image",
    "jpg": "JPEG image",
    "jpeg": "JPEG image",
    "jpe": "JPEG image",
    "gif": "GIF image",
    "webp": "WebP image",
    "bmp": "BMP image",
    "tif": "TIFF image",
    "tiff": "TIFF image",
    "ico": "icon",
    "heic": "HEIC photo",
    "heif": "HEIF photo",
    "avif": "AVIF image",
    "psd": "Photoshop image",
}
_BINARY_NAMES = {
    "pdf": "PDF document",
    **{ext: "Office document" for ext in ("doc", "docx", "xls", "xlsx", "ppt", "pptx")},
    **{ext: "OpenDocument file" for ext in ("odt", "ods", "odp")},
    **{ext: "archive" for ext in ("zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "jar")},
    **{ext: "program" for ext in ("exe", "dll", "so", "dylib", "bin", "class", "o", "pyc")},
    **{ext: "audio file" for ext in ("mp3", "wav", "flac", "ogg", "m4a", "aac")},
    **{ext: "video" for ext in ("mp4", "mov", "avi", "mkv", "webm")},
    **{ext: "database" for ext in ("sqlite", "sqlite3", "db")},
}


_TEXT_WORDS = """txt text md markdown rst adoc org tex bib log csv tsv json jsonl ndjson yaml yml
toml ini cfg conf env properties xml html htm xhtml css scss sass less svg py pyi ipynb js mjs cjs
ts tsx jsx vue svelte c h cc cpp cxx hpp hh m mm rs go java kt kts scala groovy gradle swift rb php
pl pm lua r jl dart cs fs vb sh bash zsh fish ps1 bat cmd sql graphql proto ex exs erl hs ml mli
clj lisp el vim diff patch srt vtt"""
_TEXT_EXTENSIONS = frozenset(_TEXT_WORDS.split())


def sniff(data: bytes) -> FileType | None:
    """The type told by the first bytes; None when they name nothing known."""
    for offset, magic, file_type in _MAGIC:
        if data.startswith(magic, offset):
            return file_type
    # Two- and three-byte signatures also start ordinary text: check a field more.
    if data[:2] == b"BM" and data[6:10] == b"\x00\x00\x00\x00":
        return _BMP
    if data[:2] == b"MZ" and b"\x00" in data[:64]:
        return FileType(Family.OTHER, "a Windows program")
    if data[:3] == b"ID3" and data[3:4] in (b"\x02", b"\x03", b"\x04"):
        return FileType(Family.OTHER, "an MP3 audio file")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _WEBP
    if data[:4] == b"RIFF" and data[8:12] in (b"WAVE", b"AVI "):
        return FileType(Family.OTHER, "an audio or video file")
    if data[4:8] == b"ftyp":
        brand = data[8:12]
        if brand in _HEIF_BRANDS:
            return FileType(Family.IMAGE, "a HEIC photo", "image/heic")
        if brand in (b"avif", b"avis"):
            return FileType(Family.IMAGE, "an AVIF image", "image/avif")
        return FileType(Family.OTHER, "a video or audio file (MP4/MOV)")
    # The PDF header may follow some junk, within the first kilobyte.
    if b"%PDF-" in data[:1024]:
        return _PDF
    return None


def extension(name: str) -> str:
    return PurePath(name).suffix.lower().lstrip(".")


def claimed_label(name: str) -> str | None:
    """What the file name claims the file is, for a binary format ("PNG image"); else None."""
    ext = extension(name)
    return _IMAGE_NAMES.get(ext) or _BINARY_NAMES.get(ext)


def claims_text(name: str) -> bool:
    """Whether the name is a text or code file's (or has no extension, like a Makefile)."""
    ext = extension(name)
    return ext == "" or ext in _TEXT_EXTENSIONS
