"""ApiKeyStore against the real gnome-keyring and against broken, locked and hanging backends.

Every test's key is unique; after each test no file under the temp dirs (PARLEY_HOME,
the keyring's own files) may contain it, and neither may logs or captured output.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from desktop_app.storage.api_key import ApiKeyStore, KeySource
from tests.secret_service import SecretService

ROOT = Path(__file__).resolve().parents[2]


class RaisingKeyring(KeyringBackend):
    """A backend whose every call fails, quoting what it was given (as careless ones do)."""

    priority = -1  # never picked by keyring's auto-detection

    def get_password(self, service: str, username: str) -> str | None:
        raise OSError(f"D-Bus exploded reading {service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise OSError(f"D-Bus exploded storing {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise OSError("D-Bus exploded deleting")


class HangingKeyring(KeyringBackend):
    """A backend that blocks until released, like one waiting on an unlock prompt."""

    priority = -1

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.released = threading.Event()

    def _hang(self) -> None:
        self.entered.set()
        self.released.wait(60)

    def get_password(self, service: str, username: str) -> str | None:
        self._hang()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._hang()

    def delete_password(self, service: str, username: str) -> None:
        self._hang()


def files_containing(root: Path, secret: str) -> list[Path]:
    needle = secret.encode()
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and needle in path.read_bytes()
    ]


@pytest.fixture(autouse=True)
def restore_keyring_backend() -> Iterator[None]:
    saved = keyring.get_keyring()
    yield
    keyring.set_keyring(saved)


@pytest.fixture
def api_key(
    tmp_path_factory: pytest.TempPathFactory,
    parley_home: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> Iterator[str]:
    caplog.set_level(logging.DEBUG)
    key = f"sk-ant-api03-test-{uuid.uuid4().hex}"
    yield key
    captured = capfd.readouterr()
    assert key not in captured.out + captured.err
    assert key not in caplog.text
    base = tmp_path_factory.getbasetemp()
    assert parley_home.is_relative_to(base)
    assert files_containing(base, key) == []


@pytest.fixture
def service() -> str:
    return f"Parley-test-{uuid.uuid4().hex[:8]}"


def test_the_scan_would_find_a_leaked_key(tmp_path: Path):
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "settings.json").write_text('{"key": "sk-leak-123"}')
    assert files_containing(tmp_path, "sk-leak-123") == [tmp_path / "deep/er/settings.json"]


def test_real_keyring_save_load_status_clear(
    secret_service: SecretService, api_key: str, service: str
):
    store = ApiKeyStore(service=service, environ={})
    assert store.load() == (None, KeySource.NONE)

    assert store.save(f"  {api_key}\n") is KeySource.KEYRING
    assert keyring.get_password(service, "anthropic-api-key") == api_key
    assert store.load() == (api_key, KeySource.KEYRING)
    restarted = ApiKeyStore(service=service, environ={})
    assert restarted.load() == (api_key, KeySource.KEYRING)

    status = restarted.status()
    assert status.source is KeySource.KEYRING
    assert status.sentence == "Using the key from the system keyring (Secret Service)."
    assert status.keyring_problem is None
    assert api_key not in repr(status) + repr(store)

    restarted.clear()
    assert keyring.get_password(service, "anthropic-api-key") is None
    assert store.load() == (None, KeySource.NONE)
    assert store.status().sentence == "No API key is set."
    restarted.clear()  # clearing twice is fine
    assert restarted.status().keyring_problem is None


def test_the_environment_variable_wins(secret_service: SecretService, api_key: str, service: str):
    ApiKeyStore(service=service, environ={}).save("sk-ant-in-the-keyring")
    store = ApiKeyStore(service=service, environ={"ANTHROPIC_API_KEY": api_key})
    assert store.load() == (api_key, KeySource.ENVIRONMENT)
    status = store.status()
    assert status.source is KeySource.ENVIRONMENT
    assert "ANTHROPIC_API_KEY" in status.sentence and api_key not in status.sentence

    blank = ApiKeyStore(service=service, environ={"ANTHROPIC_API_KEY": "  "})
    assert blank.load() == ("sk-ant-in-the-keyring", KeySource.KEYRING)
    blank.clear()


def test_a_locked_keyring_keeps_the_key_for_the_session(
    secret_service: SecretService, api_key: str, service: str
):
    store = ApiKeyStore(service=service, environ={})
    secret_service.lock()
    try:
        assert secret_service.is_locked()
        assert store.load() == (None, KeySource.NONE)
        assert "locked" in (store.status().keyring_problem or "")

        assert store.save(api_key) is KeySource.SESSION
        assert store.load() == (api_key, KeySource.SESSION)
        status = store.status()
        assert status.source is KeySource.SESSION
        assert status.keyring_problem == (
            "The system keyring is locked; unlock it to keep the key between sessions."
        )
    finally:
        secret_service.unlock()
    assert keyring.get_password(service, "anthropic-api-key") is None
    assert store.load() == (api_key, KeySource.SESSION)  # the newest key the user gave


def test_no_keyring_at_all(api_key: str):
    keyring.set_keyring(fail.Keyring())
    store = ApiKeyStore(environ={})
    assert store.load() == (None, KeySource.NONE)
    assert store.save(api_key) is KeySource.SESSION
    assert store.load() == (api_key, KeySource.SESSION)
    status = store.status()
    assert status.source is KeySource.SESSION
    assert status.sentence.startswith("The key is kept in memory for this session only")
    assert (status.keyring_problem or "").startswith("No system keyring is available")
    store.clear()
    assert store.load() == (None, KeySource.NONE)


def test_a_raising_backend_never_echoes_the_key(api_key: str):
    keyring.set_keyring(RaisingKeyring())
    store = ApiKeyStore(environ={})
    assert store.save(api_key) is KeySource.SESSION
    status = store.status()
    assert status.keyring_problem == "The system keyring failed (OSError)."
    assert api_key not in repr(status) + repr(store)
    store.clear()
    assert store.load() == (None, KeySource.NONE)


def test_a_backend_that_drops_secrets_is_not_trusted(api_key: str):
    keyring.set_keyring(null.Keyring())
    store = ApiKeyStore(environ={})
    assert store.save(api_key) is KeySource.SESSION
    assert store.status().keyring_problem == "The system keyring did not keep the key."
    assert store.load() == (api_key, KeySource.SESSION)


def test_a_hanging_backend_does_not_hold_up_the_caller(api_key: str):
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    store = ApiKeyStore(environ={}, timeout=0.2)
    try:
        assert store.save(api_key) is KeySource.SESSION
        # Returned while the backend is still blocked: the caller did not wait for it.
        assert backend.entered.is_set() and not backend.released.is_set()
        assert store.status().keyring_problem == (
            "The system keyring did not answer within 0.2 seconds."
        )
        assert store.load() == (api_key, KeySource.SESSION)

        fresh = ApiKeyStore(environ={}, timeout=0.2)
        assert fresh.load() == (None, KeySource.NONE)
        # The first call is still stuck: later ones give up at once instead of piling up.
        assert fresh.status().keyring_problem == "The system keyring is still not answering."
        fresh.clear()
        assert fresh.status().keyring_problem == "The system keyring is still not answering."
    finally:
        backend.released.set()


_HUNG_AT_EXIT = """
import threading, keyring
from keyring.backend import KeyringBackend
from desktop_app.storage.api_key import ApiKeyStore

class Forever(KeyringBackend):
    priority = -1
    def get_password(self, service, username): threading.Event().wait()
    def set_password(self, service, username, password): threading.Event().wait()
    def delete_password(self, service, username): threading.Event().wait()

keyring.set_keyring(Forever())
print(ApiKeyStore(environ={}, timeout=0.2).save("sk-ant-exit-test"), flush=True)
"""


def test_a_hung_keyring_call_does_not_keep_the_app_from_exiting():
    result = subprocess.run(
        [sys.executable, "-c", _HUNG_AT_EXIT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout) == (0, "session\n"), result.stderr


def test_an_empty_key_is_refused_without_touching_the_keyring():
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    with pytest.raises(ValueError, match="empty"):
        ApiKeyStore(environ={}).save(" \n")
    assert not backend.entered.is_set()
