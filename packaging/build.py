"""Build Parley's frozen app in one command: `python packaging/build.py`.

Renders the icons, compiles the translations, runs PyInstaller on parley.spec (onedir:
dist/parley/parley), checks the bundle's libraries, and on Linux packs
dist/parley-<version>-linux-<arch>.tar.xz
(or .tar.gz with --gz: ~25% bigger, ~30 s quicker) with the installer inside. It installs
nothing: PyInstaller comes from the `packaging` extra (`pip install -e '.[packaging]'`).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bundle_check import check_bundle  # noqa: E402
from icon_set import render_icon_set  # noqa: E402
from translations import compile_catalogues  # noqa: E402

from desktop_app import __version__  # noqa: E402

MIB = 1024 * 1024  # sizes as `du -h` and `ls -h` show them
XZ = ["xz", "-6", "-T0"]  # -9 saves 1 MB for twice the time


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_text(size: int) -> str:
    return f"{size / MIB:.1f} MiB ({size / 1e6:.1f} million bytes)"


def run_pyinstaller(dist: Path, work: Path) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(HERE / "parley.spec")]
    subprocess.run(command, cwd=ROOT, check=True)


def add_linux_extras(app_dir: Path, icons: Path) -> None:
    """Put the installer and the icon tree inside the app folder, so the archive is complete."""
    share = app_dir / "share" / "icons"
    if share.exists():
        shutil.rmtree(share)
    shutil.copytree(icons / "hicolor", share / "hicolor")
    installer = app_dir / "install.sh"
    shutil.copyfile(HERE / "linux" / "install.sh", installer)
    installer.chmod(0o755)


def make_archive(app_dir: Path, archive: Path, compressor: list[str]) -> None:
    """A reproducible tarball of app_dir (top folder `parley/`), compressed by a pipe."""
    tar = ["tar", "--sort=name", "--owner=0", "--group=0", "--numeric-owner"]
    tar += ["--mtime=@0", "-C", str(app_dir.parent), "-cf", "-", app_dir.name]
    with archive.open("wb") as out:
        packer = subprocess.Popen(tar, stdout=subprocess.PIPE)
        assert packer.stdout is not None
        compressing = subprocess.run(compressor, stdin=packer.stdout, stdout=out, check=False)
        packer.stdout.close()
        if packer.wait() != 0 or compressing.returncode != 0:
            archive.unlink(missing_ok=True)
            raise RuntimeError(f"could not write {archive}")


def archive_name(suffix: str) -> str:
    return f"parley-{__version__}-linux-{platform.machine()}{suffix}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__)
    parser.add_argument("--gz", action="store_true", help="pack .tar.gz (bigger, quicker)")
    parser.add_argument("--no-archive", action="store_true", help="only the onedir app")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is missing: pip install -e '.[packaging]'", file=sys.stderr)
        return 2
    started = time.monotonic()
    dist, build = ROOT / "dist", ROOT / "build"
    icons = build / "icons"
    render_icon_set(ROOT / "resources" / "icons" / "parley.svg", icons)
    compile_catalogues(build / "translations")  # parley.spec ships them in place of the .ts
    for old in dist.glob("parley-*.tar.*"):
        old.unlink()
    run_pyinstaller(dist, build / "pyinstaller")
    app_dir = dist / "parley"
    if not sys.platform.startswith("linux"):
        print(f"built: {dist}")
        return 0

    report = check_bundle(app_dir)
    if report.unresolved:
        for library, users in sorted(report.unresolved.items()):
            print(f"unresolved: {library} (needed by {', '.join(users[:3])})", file=sys.stderr)
        return 1
    add_linux_extras(app_dir, icons)
    print(f"onedir_mb: {size_text(tree_size(app_dir))}")
    print(f"glibc_min: {report.glibc[0]}.{report.glibc[1]}")
    print(f"glibcxx_min: 3.4.{report.glibcxx}")
    print(f"system_libraries: {' '.join(report.system)}")
    if not args.no_archive:
        suffix, compressor = (".tar.gz", ["gzip", "-9n"]) if args.gz else (".tar.xz", XZ)
        if args.gz and shutil.which("pigz"):
            compressor = ["pigz", "-9n"]
        archive = dist / archive_name(suffix)
        make_archive(app_dir, archive, compressor)
        print(f"archive: {archive.relative_to(ROOT)}")
        print(f"archive_mb: {size_text(archive.stat().st_size)}")
    print(f"build_s: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
