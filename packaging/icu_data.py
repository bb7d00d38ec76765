"""Cuts ICU's data library (libicudata, 31 MB in Qt's wheel) down to what Qt's widgets use.

QtCore links ICU for collation (QCollator: sorting in file dialogs), text codecs
beyond UTF-8/16 and Latin-1, case mapping and time-zone names. Case mapping lives
in libicuuc itself; collation needs its root and Korean/English rules; the rest
(break iterators, locale display names, dictionaries, most converters, time-zone
names) Qt never asks ICU for, or falls back without. The cut data is rebuilt into a
library of the same name with binutils (objcopy, as, ld).
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

MAGIC = (0xDA, 0x27)
ALIGN = 16
# Items kept, by name inside the data (after "icudt73l/"): collation rules for sorting file
# names, the locale and time-zone tables ucal and ucol open first, the converters' alias
# table and Korean legacy codecs (EUC-KR, CP949). Everything else is dropped.
KEPT = re.compile(
    r"(root|en|en_US|ko|ko_KR|res_index|pool|supplementalData|likelySubtags|keyTypeData|"
    r"metaZones|timezoneTypes|windowsZones|zoneinfo64)\.res|"
    r"(coll|zone)/(root|en|ko|res_index|pool)\.res|coll/ucadata\.icu|"
    r"cnvalias\.icu|nfkc\.nrm|uts46\.nrm|ulayout\.icu|"
    r"(ibm-949_P110-1999|ibm-970_P110_P110-2006_U2|windows-949-2000)\.cnv"
)


def read_symbol(library: Path, symbol: str) -> bytes:
    """The bytes of one exported data symbol of a shared library."""
    table = subprocess.run(
        ["objdump", "-T", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(rf"^([0-9a-f]+)\s.*\s([0-9a-f]+)\s+{symbol}$", table, re.M)
    if found is None:
        raise ValueError(f"{library.name} exports no {symbol}")
    address, size = int(found.group(1), 16), int(found.group(2), 16)
    sections = subprocess.run(
        ["objdump", "-h", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[1] == ".rodata":
            start, offset = int(parts[3], 16), int(parts[5], 16)
            with library.open("rb") as file:
                file.seek(offset + address - start)
                return file.read(size)
    raise ValueError(f"{library.name} has no .rodata")


def items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The common data's header and its items (name, bytes), in the order stored."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if tuple(data[2:4]) != MAGIC:
        raise ValueError("not ICU common data")
    toc = header_size
    count = struct.unpack_from("<I", data, toc)[0]
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    found = []
    for i, (name_at, data_at) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(data) - toc
        name = data[toc + name_at : data.index(b"\0", toc + name_at)].decode("ascii")
        found.append((name, data[toc + data_at : toc + end]))
    return data[:header_size], found


def cut(data: bytes, keep: Callable[[str], bool]) -> bytes:
    """The common data with only the items `keep` says yes to (names stay sorted)."""
    header, stored = items(data)
    chosen = [(name, body) for name, body in stored if keep(name)]
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in chosen)
    table_size = 4 + 8 * len(chosen)
    name_offsets, at = [], table_size
    for name, _ in chosen:
        name_offsets.append(at)
        at += len(name) + 1
    at = -(-at // ALIGN) * ALIGN
    body = bytearray()
    data_offsets = []
    for _, item in chosen:
        data_offsets.append(at + len(body))
        body += item + b"\0" * (-len(item) % ALIGN)
    table = struct.pack("<I", len(chosen)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    padding = b"\0" * (at - table_size - len(names))
    return header + table + names + padding + bytes(body)


def build_library(data: bytes, symbol: str, soname: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "data.bin").write_bytes(data)
        (work / "data.s").write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n"
            f'{symbol}:\n.incbin "{work / "data.bin"}"\n.size {symbol}, . - {symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", str(work / "data.o"), str(work / "data.s")], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-o", str(target), str(work / "data.o")],
            check=True,
        )


def cut_library(library: Path, target: Path) -> None:
    """Write `target`: `library` (libicudata.so.NN) holding only the KEPT items."""
    version = re.search(r"\.so\.(\d+)", library.name)
    if version is None:
        raise ValueError(f"no ICU version in {library.name}")
    symbol = f"icudt{version.group(1)}_dat"
    data = read_symbol(library, symbol)
    prefix = f"icudt{version.group(1)}l/"
    kept = cut(data, lambda name: bool(KEPT.fullmatch(name.removeprefix(prefix))))
    build_library(kept, symbol, library.name, target)


def cut_entry(entry: tuple[str, str, str], work: Path) -> tuple[str, str, str]:
    """A PyInstaller table entry with libicudata swapped for its cut copy (made in `work`)."""
    destination, source, kind = entry
    name = Path(destination).name
    if kind != "BINARY" or not re.fullmatch(r"libicudata\.so\.\d+", name):
        return entry
    target = work / name
    cut_library(Path(source), target)
    return destination, str(target), kind
