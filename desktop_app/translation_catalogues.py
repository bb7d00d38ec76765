"""Where each language's compiled catalogue (`parley_<lang>.qm`) comes from, for window and CLI.

The frozen app ships `.qm` files compiled by packaging/build.py. A checkout or venv has only
the `.ts` sources: each is compiled on first use with PySide6's own `lrelease` (about 10 ms)
into the data folder, named by a hash of the source, so an edited or pulled `.ts` is
recompiled and never served stale. Qt-free: the CLI uses it without loading Qt.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import zlib
from pathlib import Path

from desktop_app import paths
from desktop_app.core import i18n
from desktop_app.core.language import DEFAULT_LANGUAGE, Language, choose_language
from desktop_app.core.qm_catalogue import QmCatalogue, QmFormatError

log = logging.getLogger(__name__)

CATALOGUE_NAME = "parley_{language}"
LRELEASE_TIMEOUT = 30.0


def translations_dir() -> Path:
    """`PARLEY_TRANSLATIONS` (a folder of `parley_<lang>.ts` or `.qm`) lets a translator try a
    file, and tests use their own; else the shipped resources."""
    override = os.environ.get("PARLEY_TRANSLATIONS")
    return Path(override) if override else paths.resource("translations")


def source_path(language: Language) -> Path:
    """The `.ts` file kept in the repository."""
    return translations_dir() / f"{CATALOGUE_NAME.format(language=language)}.ts"


def catalogue_path(language: Language) -> Path | None:
    """The compiled catalogue for `language`, compiling it when needed; None when there is
    none (English, or a language whose file cannot be had: the sources are shown then)."""
    if language == DEFAULT_LANGUAGE:
        return None
    source = source_path(language)
    if not source.is_file():
        shipped = translations_dir() / f"{CATALOGUE_NAME.format(language=language)}.qm"
        return shipped if shipped.is_file() else None
    try:
        digest = f"{zlib.crc32(source.read_bytes()):08x}"  # staleness, not security
        compiled = paths.data_dir() / "translations" / f"{source.stem}-{digest}.qm"
        if not compiled.is_file():
            _compile(source, compiled)
    except OSError as error:
        log.warning("could not compile %s: %s", source.name, error)
        return None
    return compiled


def lrelease_path() -> Path:
    """PySide6's lrelease binary, found without importing PySide6 (the CLI stays Qt-free)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder / ("lrelease.exe" if os.name == "nt" else "lrelease")


def _compile(source: Path, target: Path) -> None:
    """Raises OSError (a failed or timed-out lrelease included)."""
    import subprocess  # only when a catalogue is compiled, not on every start

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.part")
    try:
        subprocess.run(
            [str(lrelease_path()), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=LRELEASE_TIMEOUT,
        )
    except subprocess.SubprocessError as error:
        raise OSError(f"lrelease failed: {error}") from error
    partial.replace(target)  # another process compiling the same file writes the same bytes
    for stale in target.parent.glob(f"{source.stem}-*.qm"):
        if stale != target:
            stale.unlink(missing_ok=True)


def read_catalogue(language: Language) -> QmCatalogue | None:
    path = catalogue_path(language)
    if path is None:
        return None
    try:
        return QmCatalogue.read(path)
    except (OSError, QmFormatError) as error:
        log.warning("could not read %s: %s", path, error)
        return None


def use_language(setting: str) -> Language:
    """Chooses the language (settings, else environment) and makes `translate` speak it:
    what the CLI does before it parses its arguments."""
    language = choose_language(setting, os.environ)
    i18n.use_catalogue(language, read_catalogue(language))
    return language
