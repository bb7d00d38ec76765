"""A real Secret Service for tests: gnome-keyring in a private D-Bus session.

`secret_service` (session scope) starts both daemons with their files in a temp dir,
points `keyring` at its SecretService backend, and stops both afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import pytest

PASSWORD: Final = "parley-test-keyring"
APT_PACKAGES: Final = "gnome-keyring dbus-daemon (or dbus-x11)"
_STARTUP_LIMIT: Final = 15.0  # seconds; only a guard against a daemon that never comes up
_LOGIN_COLLECTION: Final = "/org/freedesktop/secrets/collection/login"
_ENV_LINE: Final = re.compile(r"^([A-Z_][A-Z0-9_]*)=(.*)$")


@dataclass
class SecretService:
    """The running service: its bus address, its files, and lock/unlock of the login keyring."""

    address: str
    home: Path

    def lock(self) -> None:
        import secretstorage

        with _connection() as conn:
            secretstorage.Collection(conn, _LOGIN_COLLECTION).lock()

    def unlock(self) -> None:
        """Unlock without a prompt, through gnome-keyring's own interface for tests."""
        from secretstorage.util import DBusAddressWrapper, format_secret, open_session

        with _connection() as conn:
            internal = DBusAddressWrapper(
                "/org/freedesktop/secrets",
                "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
                conn,
            )
            secret = format_secret(open_session(conn), PASSWORD.encode(), "text/plain")
            internal.call("UnlockWithMasterPassword", "o(oayays)", _LOGIN_COLLECTION, secret)

    def is_locked(self) -> bool:
        import secretstorage

        with _connection() as conn:
            return bool(secretstorage.Collection(conn, _LOGIN_COLLECTION).is_locked())


@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService]:
    missing = [name for name in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(name)]
    if missing:
        message = f"{', '.join(missing)} not found; install: apt-get install {APT_PACKAGES}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    import keyring
    from keyring.backends import SecretService as SecretServiceBackend

    home = tmp_path_factory.mktemp("secret-service")
    env = _daemon_environment(home)
    changed: dict[str, str | None] = {}

    def set_environ(name: str, value: str) -> None:
        changed.setdefault(name, os.environ.get(name))
        os.environ[name] = value

    saved_backend = keyring.get_keyring()
    with (home / "dbus.log").open("wb") as log:
        bus = subprocess.Popen(
            ["dbus-daemon", f"--config-file={_bus_config(home)}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=log,
            env=env,
            text=True,
        )
    daemon: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        if not address:
            pytest.fail(f"dbus-daemon did not start; see {home / 'dbus.log'}")
        set_environ("DBUS_SESSION_BUS_ADDRESS", address)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        output = home / "gnome-keyring.out"
        with output.open("wb") as out, (home / "gnome-keyring.log").open("wb") as log:
            daemon = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=out,
                stderr=log,
                env=env,
            )
        assert daemon.stdin is not None
        daemon.stdin.write(PASSWORD.encode())
        daemon.stdin.close()
        _wait_for_service(daemon, home)
        for line in output.read_text(errors="replace").splitlines():
            if match := _ENV_LINE.match(line.strip()):
                set_environ(match[1], match[2])
        keyring.set_keyring(SecretServiceBackend.Keyring())
        yield SecretService(address, home)
    finally:
        keyring.set_keyring(saved_backend)
        for name, value in changed.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        if bus.stdout is not None:
            bus.stdout.close()
        for process in (daemon, bus):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _daemon_environment(home: Path) -> dict[str, str]:
    """The daemons' environment: every file they write stays under `home`."""
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    for name in ("data", "config", "home"):
        (home / name).mkdir()
    env = dict(os.environ)
    env.update(
        HOME=str(home / "home"),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    env.pop("DISPLAY", None)  # no unlock prompt on a real screen
    env.pop("WAYLAND_DISPLAY", None)
    return env


def _bus_config(home: Path) -> Path:
    """A session bus that activates no services: only our daemon answers for secrets, and no
    other gnome-keyring (or unlock prompt) is started behind the test's back."""
    config = home / "session.conf"
    config.write_text(
        f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tempfile.gettempdir()}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
    )
    return config


def _wait_for_service(daemon: subprocess.Popen[bytes], home: Path) -> None:
    """Until the login keyring exists and is unlocked (the name alone appears earlier)."""
    import secretstorage

    deadline = time.monotonic() + _STARTUP_LIMIT
    while time.monotonic() < deadline:
        if daemon.poll() is not None:
            break
        try:
            with _connection() as conn:
                if not secretstorage.Collection(conn, _LOGIN_COLLECTION).is_locked():
                    return
        except secretstorage.exceptions.SecretStorageException:
            pass  # not on the bus yet, or the login keyring not created yet
        time.sleep(0.02)
    pytest.fail(f"gnome-keyring-daemon did not start; see {home / 'gnome-keyring.log'}")


@contextmanager
def _connection() -> Iterator[Any]:
    """A D-Bus connection to the bus named by DBUS_SESSION_BUS_ADDRESS, closed after use."""
    import secretstorage

    conn = secretstorage.dbus_init()
    try:
        yield conn
    finally:
        conn.close()
