"""The parts Parley ships with and their licences, read from the installed distributions'
metadata (a frozen build without it falls back to what each part is known to use)."""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from typing import Final

from desktop_app import __version__

# distribution, shown name, licence when the metadata says nothing usable
PARTS: Final = (
    ("PySide6-Essentials", "Qt for Python (PySide6) and Qt", "LGPL-3.0-only"),
    ("anthropic", "Anthropic Python SDK", "Apache-2.0"),
    ("qasync", "qasync", "BSD-2-Clause"),
    ("keyring", "keyring", "MIT"),
    ("markdown-it-py", "markdown-it-py", "MIT"),
    ("mdit-py-plugins", "mdit-py-plugins", "MIT"),
    ("linkify-it-py", "linkify-it-py", "MIT"),
    ("pygments", "Pygments", "BSD-2-Clause"),
    ("pillow", "Pillow", "MIT-CMU"),
    ("pypdf", "pypdf", "BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("mcp", "MCP Python SDK", "MIT"),
)
HANGUL_FONT: Final = ("Parley Hangul font (resources/fonts/OFL.txt)", "OFL-1.1")
_CLASSIFIER_PREFIX: Final = "License :: OSI Approved :: "


@dataclass(frozen=True, slots=True)
class BundledPart:
    name: str
    version: str  # '' when not known
    licence: str


def app_version() -> str:
    try:
        return importlib.metadata.version("parley")
    except importlib.metadata.PackageNotFoundError:
        return __version__  # a frozen build keeps no metadata


def licence_of(metadata: importlib.metadata.PackageMetadata | None, fallback: str) -> str:
    """The SPDX expression, else the short License field, else an OSI classifier."""
    if metadata is None:
        return fallback
    expression = (metadata.get("License-Expression") or "").strip()
    short = (metadata.get("License") or "").strip()
    if expression:
        return expression
    if short and "\n" not in short and len(short) <= 60:  # some put the whole text there
        return short
    for classifier in metadata.get_all("Classifier") or []:
        if classifier.startswith(_CLASSIFIER_PREFIX):
            return classifier.removeprefix(_CLASSIFIER_PREFIX).removesuffix(" License")
    return fallback


def bundled_parts() -> list[BundledPart]:
    parts: list[BundledPart] = []
    for distribution, name, fallback in PARTS:
        try:
            metadata: importlib.metadata.PackageMetadata | None = importlib.metadata.metadata(
                distribution
            )
        except importlib.metadata.PackageNotFoundError:
            metadata = None
        version = (metadata.get("Version") or "") if metadata is not None else ""
        parts.append(BundledPart(name, version, licence_of(metadata, fallback)))
    parts.append(BundledPart(HANGUL_FONT[0], "", HANGUL_FONT[1]))
    return parts
