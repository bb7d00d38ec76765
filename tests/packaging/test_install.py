"""packaging/linux/install.sh on a stand-in build: install from .tar.xz, .tar.gz or a folder,
reinstall, refuse a bad archive, and uninstall everything but the user's own files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.packaging.installation import INSTALLER, PNG_SIZES, Installation

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")


def stand_in_build(folder: Path, version: str = "9.9.9") -> Path:
    """A folder shaped like dist/parley: the launcher, _internal/, icons and the installer."""
    app = folder / "parley"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "libpython3.12.so.1.0").write_bytes(b"\x7fELF stand-in")
    launcher = app / "parley"
    launcher.write_text(f'#!/bin/sh\necho "parley {version}"\n')
    launcher.chmod(0o755)
    hicolor = app / "share" / "icons" / "hicolor"
    for size in PNG_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / "parley.png"
        png.parent.mkdir(parents=True)
        png.write_bytes(b"\x89PNG stand-in")
    svg = hicolor / "scalable" / "apps" / "parley.svg"
    svg.parent.mkdir(parents=True)
    svg.write_text("<svg/>")
    shutil.copyfile(INSTALLER, app / "install.sh")
    return app


def pack(app: Path, archive: Path) -> Path:
    xz = archive.suffix == ".xz"
    with tarfile.open(archive, "w:xz") if xz else tarfile.open(archive, "w:gz") as tar:
        tar.add(app, arcname="parley")
    return archive


def assert_installed(installed: Installation, version: str = "9.9.9") -> None:
    assert installed.launcher.is_symlink()
    assert installed.run_launcher("--version").stdout.strip() == f"parley {version}"
    entry = installed.desktop_file.read_text()
    assert f'Exec="{installed.app_dir}/parley"' in entry
    assert "Icon=parley" in entry
    assert "[Desktop Action quick]" in entry and "Actions=quick;" in entry
    quick = installed.desktop_file.with_name("parley-quick.desktop").read_text()
    assert f'Exec="{installed.app_dir}/parley" --quick' in quick
    for size in (*PNG_SIZES, None):
        assert installed.icon(size).is_file(), size
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(installed.desktop_file)], capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
    staging = list((installed.prefix / "lib").glob(".parley-*"))
    assert staging == []


@pytest.mark.parametrize("suffix", [".tar.xz", ".tar.gz"])
def test_install_from_an_archive(tmp_path: Path, suffix: str) -> None:
    archive = pack(stand_in_build(tmp_path / "build"), tmp_path / f"parley-9.9.9{suffix}")
    installed = Installation(tmp_path / "user")
    result = installed.install(archive)
    assert result.returncode == 0, result.stderr
    assert_installed(installed)


def test_install_from_the_unpacked_folder_by_its_own_script(tmp_path: Path) -> None:
    app = stand_in_build(tmp_path / "build")
    installed = Installation(tmp_path / "user")
    result = installed.install(script=app / "install.sh")
    assert result.returncode == 0, result.stderr
    assert_installed(installed)


def test_reinstall_replaces_the_old_version(tmp_path: Path) -> None:
    installed = Installation(tmp_path / "user")
    installed.install(pack(stand_in_build(tmp_path / "old", "1.0"), tmp_path / "old.tar.gz"))
    result = installed.install(pack(stand_in_build(tmp_path / "new", "2.0"), tmp_path / "n.tar.xz"))
    assert result.returncode == 0, result.stderr
    assert_installed(installed, "2.0")


def test_a_bad_archive_installs_nothing(tmp_path: Path) -> None:
    not_parley = tmp_path / "other"
    (not_parley / "something").mkdir(parents=True)
    installed = Installation(tmp_path / "user")
    for source in (pack(not_parley, tmp_path / "other.tar.gz"), tmp_path / "missing.tar.xz"):
        result = installed.install(source)
        assert result.returncode != 0
        assert "install.sh: " in result.stderr, result.stderr
    assert installed.leftovers() == []
    assert list((installed.prefix / "lib").glob(".parley-*")) == []


def test_uninstall_removes_the_app_and_keeps_the_users_files(tmp_path: Path) -> None:
    installed = Installation(tmp_path / "user")
    installed.install(pack(stand_in_build(tmp_path / "build"), tmp_path / "p.tar.xz"))
    conversations = installed.data_home / "Parley" / "parley.sqlite3"
    conversations.parent.mkdir(parents=True)
    conversations.write_bytes(b"years of conversations")
    result = installed.uninstall()
    assert result.returncode == 0, result.stderr
    assert installed.leftovers() == [str(conversations)]
    assert str(conversations.parent) in result.stdout


def test_uninstall_leaves_a_launcher_that_is_not_ours(tmp_path: Path) -> None:
    installed = Installation(tmp_path / "user")
    installed.launcher.parent.mkdir(parents=True)
    installed.launcher.write_text("#!/bin/sh\necho mine\n")
    assert installed.uninstall().returncode == 0
    assert installed.launcher.read_text() == "#!/bin/sh\necho mine\n"
