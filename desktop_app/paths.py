"""The one place that knows where Parley's files live.

Everything Parley writes goes under one data folder: the platform's (via
platformdirs) or `PARLEY_HOME` when set. Bundled read-only resources are found
beside the source tree, or inside a PyInstaller bundle when frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.private_file import make_private_folder

APP_NAME = "Parley"


def data_dir() -> Path:
    """The folder for the database, settings, logs and attachments; created on demand.

    It is the owner's alone (0700), `PARLEY_HOME` included: an existing folder others could
    read is tightened."""
    home = os.environ.get("PARLEY_HOME")
    if home:
        path = Path(home).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    return make_private_folder(path)


def database_path() -> Path:
    return data_dir() / "parley.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def view_state_path() -> Path:
    """The open conversation and its scroll position at the last close (core/view_state.py)."""
    return data_dir() / "view_state.json"


def models_cache_path() -> Path:
    return data_dir() / "models.json"


def pricing_override_path() -> Path:
    """The user's corrections to the shipped price list (same shape as resources/pricing.json)."""
    return data_dir() / "pricing.json"


def attachments_dir() -> Path:
    """Attached files, prepared and stored once each under their sha256."""
    return make_private_folder(data_dir() / "attachments")


def log_dir() -> Path:
    return make_private_folder(data_dir() / "logs")


def resource_dir() -> Path:
    """Read-only resources: `resources/` in the source tree or the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def instance_lock_path() -> Path:
    """Locked by the process showing the window: one running Parley per data folder."""
    return data_dir() / "parley.lock"


def instance_socket_path() -> Path:
    """Where the running Parley listens for a second launch: in a folder of the user's alone
    (a data folder's path may be too long for a Unix socket), one name per data folder."""
    import hashlib
    import tempfile

    runtime = os.environ.get("XDG_RUNTIME_DIR")
    uid = os.getuid() if hasattr(os, "getuid") else 0
    base = Path(runtime) / "parley" if runtime else Path(tempfile.gettempdir()) / f"parley-{uid}"
    folder = make_private_folder(base)
    if hasattr(os, "getuid") and folder.stat().st_uid != uid:  # made by someone else: not ours
        folder = make_private_folder(data_dir() / "run")
    key = hashlib.sha256(str(data_dir().resolve()).encode()).hexdigest()[:16]
    return folder / f"instance-{key}.sock"
