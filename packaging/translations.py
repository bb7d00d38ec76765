"""The translation sources and their compilation: `python packaging/translations.py` refreshes
every `resources/translations/*.ts` from the code (run it after changing a user-visible
string), and the build compiles them to `.qm` with `compile_catalogues`.

lupdate reads `self.tr()`, `QCoreApplication.translate()`, `translate()` and
`QT_TRANSLATE_NOOP()` in desktop_app/; locations are left out of the `.ts` so that moving
code does not churn the translator's file.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop_app"
TRANSLATIONS = ROOT / "resources" / "translations"


def qt_tool(name: str) -> Path:
    """lupdate or lrelease from the PySide6 wheel (its pyside6-* scripts only wrap them)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder / (f"{name}.exe" if os.name == "nt" else name)


def ts_files(folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob("parley_*.ts"))


def update_sources(ts: list[Path], sources: Path = SOURCES) -> None:
    """Brings each `.ts` in line with the strings in `sources`: new ones added unfinished,
    vanished ones dropped, translations kept."""
    command = [str(qt_tool("lupdate")), "-silent", "-extensions", "py", "-locations", "none"]
    command += ["-no-obsolete", "-source-language", "en", str(sources), "-ts", *map(str, ts)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def compile_catalogues(target: Path, folder: Path = TRANSLATIONS) -> list[Path]:
    """Compiles every `.ts` in `folder` into `target`; returns the `.qm` files."""
    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in ts_files(folder):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def main() -> int:
    found = ts_files()
    if not found:
        print(f"no parley_*.ts in {TRANSLATIONS}", file=sys.stderr)
        return 1
    update_sources(found)
    for ts in found:
        print(f"updated: {ts.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
