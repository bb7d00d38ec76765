"""Checks of a built Linux bundle: every library it links is bundled or left to the system on
purpose; the newest glibc and libstdc++ versions it needs tell the oldest system it runs on."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bundle_contents import SYSTEM_LIBRARY

# glibc's own libraries: always the target's.
_GLIBC = re.compile(r"(libc|libm|libdl|libpthread|librt|libutil|libresolv|ld-linux-[\w-]+)\.so.*")
_NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)", re.M)
_GLIBC_VERSION = re.compile(r"\bGLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")
_GLIBCXX_VERSION = re.compile(r"\bGLIBCXX_3\.4\.(\d+)\b")
_ELF_MAGIC = b"\x7fELF"


@dataclass(frozen=True, slots=True)
class BundleReport:
    files: int  # ELF files examined
    unresolved: dict[str, list[str]]  # library neither bundled nor system → files needing it
    system: list[str]  # libraries the bundle expects the target system to provide
    glibc: tuple[int, int]  # newest GLIBC_x.y symbol version needed
    glibcxx: int  # newest GLIBCXX_3.4.n needed (29: GCC 11's libstdc++)


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == _ELF_MAGIC:
                    found.append(path)
    return sorted(found)


def _objdump(flag: str, files: list[Path]) -> str:
    # Batched: one objdump per few hundred files, not one per file.
    out = []
    for start in range(0, len(files), 200):
        chunk = [str(f) for f in files[start : start + 200]]
        result = subprocess.run(
            ["objdump", flag, *chunk], capture_output=True, text=True, check=True
        )
        out.append(result.stdout)
    return "\n".join(out)


def check_bundle(bundle: Path) -> BundleReport:
    files = _elf_files(bundle)
    bundled = {p.name for p in bundle.rglob("*")}
    unresolved: dict[str, list[str]] = {}
    system: set[str] = set()
    for file in files:
        headers = subprocess.run(
            ["objdump", "-p", str(file)], capture_output=True, text=True, check=True
        ).stdout
        for library in _NEEDED.findall(headers):
            if library in bundled or _GLIBC.fullmatch(library):
                continue
            if SYSTEM_LIBRARY.fullmatch(library):
                system.add(library)
            else:
                unresolved.setdefault(library, []).append(str(file.relative_to(bundle)))
    symbols = _objdump("-T", files)
    versions = [(int(major), int(minor)) for major, minor, _ in _GLIBC_VERSION.findall(symbols)]
    glibcxx = max((int(n) for n in _GLIBCXX_VERSION.findall(symbols)), default=0)
    newest = max(versions, default=(0, 0))
    return BundleReport(len(files), unresolved, sorted(system), newest, glibcxx)
