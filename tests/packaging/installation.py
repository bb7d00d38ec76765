"""A user's install of Parley made by packaging/linux/install.sh into a private home folder."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "packaging" / "linux" / "install.sh"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RUN_LIMIT = 120.0  # seconds; a guard against a hang only


@dataclass(frozen=True)
class Installation:
    """Everything lives under `home`; PREFIX and XDG_DATA_HOME point inside it as a user's would."""

    home: Path

    @property
    def prefix(self) -> Path:
        return self.home / "prefix"

    @property
    def data_home(self) -> Path:
        return self.home / "data"

    @property
    def app_dir(self) -> Path:
        return self.prefix / "lib" / "parley"

    @property
    def launcher(self) -> Path:
        return self.prefix / "bin" / "parley"

    @property
    def desktop_file(self) -> Path:
        return self.data_home / "applications" / "parley.desktop"

    def icon(self, size: int | None) -> Path:
        if size is None:
            return self.data_home / "icons" / "hicolor" / "scalable" / "apps" / "parley.svg"
        return self.data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "parley.png"

    def environment(self) -> dict[str, str]:
        self.home.mkdir(parents=True, exist_ok=True)
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "PREFIX": str(self.prefix),
            "XDG_DATA_HOME": str(self.data_home),
            "LANG": "C.UTF-8",
        }

    def _installer(self, *args: str, script: Path = INSTALLER) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["sh", str(script), *args],
            env=self.environment(),
            capture_output=True,
            text=True,
            timeout=RUN_LIMIT,
        )

    def install(
        self, source: Path | None = None, script: Path = INSTALLER
    ) -> subprocess.CompletedProcess[str]:
        return self._installer(*([str(source)] if source else []), script=script)

    def uninstall(self) -> subprocess.CompletedProcess[str]:
        return self._installer("--uninstall")

    def run_launcher(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = self.environment()
        env["PARLEY_HOME"] = str(self.home / "parley-data")
        return subprocess.run(
            [str(self.launcher), *args], env=env, capture_output=True, text=True, timeout=RUN_LIMIT
        )

    def leftovers(self) -> list[str]:
        """Files (not folders) the installer left under the prefix and data folders."""
        found = []
        for top in (self.prefix, self.data_home):
            if top.exists():
                found += [str(p) for p in top.rglob("*") if not p.is_dir() or p.is_symlink()]
        return sorted(found)
