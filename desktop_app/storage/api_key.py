"""Where the API key comes from: the environment, the OS keyring, or this session's memory.

The only module that touches the key's storage. The key never goes to a file, a log,
an exception message or a repr. Keyring backends can hang (a locked collection
prompts, D-Bus stalls), so every keyring call runs on a daemon thread with a timeout.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, TypeVar

from desktop_app.core.api_key_format import BadKeyError, KeyProblem, clean_key
from desktop_app.core.i18n import translate

ENVIRONMENT_VARIABLE: Final = "ANTHROPIC_API_KEY"

_T = TypeVar("_T")

# Friendly names by backend module; anything else falls back to the backend's own name.
_BACKEND_NAMES: Final = {
    "keyring.backends.SecretService": "Secret Service",
    "keyring.backends.libsecret": "Secret Service",
    "keyring.backends.kwallet": "KWallet",
    "keyring.backends.macOS": "macOS Keychain",
    "keyring.backends.Windows": "Windows Credential Manager",
}


class KeySource(StrEnum):
    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    SESSION = "session"  # in memory only, forgotten when Parley quits
    NONE = "none"


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """Where the key comes from, in words for the settings dialog; never the key itself."""

    source: KeySource
    sentence: str
    keyring_problem: str | None = None


class UnusableKeyError(Exception):
    """The key found in the environment or the keyring cannot be sent; the message says where
    and why, in words, without the key."""

    def __init__(self, source: KeySource, problem: BadKeyError) -> None:
        self.source = source
        self.problem = problem
        where = (
            ENVIRONMENT_VARIABLE
            if source is KeySource.ENVIRONMENT
            else translate("ApiKey", "the key in the system keyring")
        )
        super().__init__(problem.described(where))


def _usable(raw: str, source: KeySource) -> str | None:
    """The key trimmed; None when there is none; UnusableKeyError when it cannot be sent."""
    try:
        return clean_key(raw)
    except BadKeyError as error:
        if error.problem is KeyProblem.EMPTY:
            return None
        raise UnusableKeyError(source, error) from None


class ApiKeyStore:
    """Loads, saves and clears the API key; see `load` for the order of sources."""

    def __init__(
        self,
        service: str = "Parley",
        username: str = "anthropic-api-key",
        timeout: float = 3.0,
        environ: Mapping[str, str] = os.environ,
    ) -> None:
        self._service = service
        self._username = username
        self._timeout = timeout
        self._environ = environ
        self._lock = threading.Lock()
        self._session_key: str | None = None
        self._problem: str | None = None
        self._backend_name = "system keyring"
        self._stuck: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"ApiKeyStore(service={self._service!r}, username={self._username!r})"

    def load(self) -> tuple[str | None, KeySource]:
        """`ANTHROPIC_API_KEY` when set; else a key saved this session that the keyring
        refused (it is newer than anything the keyring holds); else the keyring.

        Blanks around the key are trimmed; a key that cannot be sent (a line break or space
        inside, a character that is not ASCII) raises UnusableKeyError, before any request."""
        key = _usable(self._environ.get(ENVIRONMENT_VARIABLE, ""), KeySource.ENVIRONMENT)
        if key:
            return key, KeySource.ENVIRONMENT
        with self._lock:
            if self._session_key:
                return self._session_key, KeySource.SESSION
            stored = self._keyring(
                lambda backend: backend.get_password(self._service, self._username)
            )
        key = _usable(stored or "", KeySource.KEYRING)
        if key:
            return key, KeySource.KEYRING
        return None, KeySource.NONE

    def save(self, key: str) -> KeySource:
        """Store `key` in the keyring; if that fails or hangs, keep it for this session only.
        Raises BadKeyError (a ValueError) for a key that cannot be sent, storing nothing."""
        key = clean_key(key)

        def store(backend: Any) -> bool:
            backend.set_password(self._service, self._username, key)
            # Some backends (null, chained fallbacks) accept and silently drop secrets.
            return bool(backend.get_password(self._service, self._username) == key)

        with self._lock:
            kept = self._keyring(store)
            if kept:
                self._session_key = None
                return KeySource.KEYRING
            if kept is False:
                self._problem = translate("ApiKey", "The system keyring did not keep the key.")
            self._session_key = key
            return KeySource.SESSION

    def clear(self) -> None:
        """Forget the key here and in the keyring (`ANTHROPIC_API_KEY` is left alone)."""

        def forget(backend: Any) -> None:
            from keyring.errors import PasswordDeleteError

            # Nothing stored is as good as deleted.
            with contextlib.suppress(PasswordDeleteError):
                backend.delete_password(self._service, self._username)

        with self._lock:
            self._session_key = None
            self._keyring(forget)

    def status(self) -> KeyStatus:
        try:
            _, source = self.load()
        except UnusableKeyError as error:
            text = str(error)
            sentence = f"{text[0].upper()}{text[1:]}"
            unusable = translate("ApiKey", "{problem}, so it cannot be used.")
            return KeyStatus(error.source, unusable.format(problem=sentence))
        with self._lock:
            problem, backend_name = self._problem, self._backend_name
        match source:
            case KeySource.ENVIRONMENT:
                text = translate(
                    "ApiKey", "Using the key from the {variable} environment variable."
                ).format(variable=ENVIRONMENT_VARIABLE)
            case KeySource.KEYRING:
                text = translate(
                    "ApiKey", "Using the key from the system keyring ({name})."
                ).format(name=backend_name)
            case KeySource.SESSION:
                text = translate(
                    "ApiKey",
                    "The key is kept in memory for this session only; Parley forgets it on exit.",
                )
            case KeySource.NONE:
                text = translate("ApiKey", "No API key is set.")
        return KeyStatus(source, text, problem)

    def _keyring(self, action: Callable[[Any], _T]) -> _T | None:
        """Run `action(backend)` on a daemon thread; None (with `_problem` set) on failure.

        A call still stuck from before makes later ones fail at once rather than pile up.
        """
        if self._stuck is not None and self._stuck.is_alive():
            self._problem = translate("ApiKey", "The system keyring is still not answering.")
            return None
        outcome: list[tuple[_T | None, str | None, str | None]] = []

        def work() -> None:
            try:
                import keyring

                backend = keyring.get_keyring()
                name = _backend_name(backend)
                outcome.append((action(backend), None, name))
            except Exception as error:
                outcome.append((None, _problem_sentence(error), None))

        thread = threading.Thread(target=work, name="parley-keyring", daemon=True)
        thread.start()
        thread.join(self._timeout)
        if thread.is_alive() or not outcome:
            self._stuck = thread
            self._problem = translate(
                "ApiKey", "The system keyring did not answer within {seconds} seconds."
            ).format(seconds=f"{self._timeout:g}")
            return None
        value, problem, name = outcome[0]
        self._problem = problem
        if name:
            self._backend_name = name
        return value


def _backend_name(backend: Any) -> str:
    inner = getattr(backend, "backends", None)  # keyring's ChainerBackend
    if inner:
        return " / ".join(dict.fromkeys(_backend_name(each) for each in inner))
    module = type(backend).__module__
    return _BACKEND_NAMES.get(module) or str(getattr(backend, "name", type(backend).__name__))


def _problem_sentence(error: Exception) -> str:
    """Why the keyring failed, in words. Only the class name of the error is shown:
    a backend's own message could quote what it was given, key included."""
    try:
        from keyring import errors
    except ImportError:
        return translate("ApiKey", "Keyring support is not installed.")
    if isinstance(error, errors.NoKeyringError):
        return translate(
            "ApiKey",
            "No system keyring is available (such as GNOME Keyring, KWallet, the macOS "
            "Keychain or the Windows Credential Manager).",
        )
    if isinstance(error, errors.KeyringLocked):
        return translate(
            "ApiKey", "The system keyring is locked; unlock it to keep the key between sessions."
        )
    if isinstance(error, errors.InitError):
        return translate("ApiKey", "The system keyring could not be started.")
    if isinstance(error, errors.PasswordSetError):
        return translate("ApiKey", "The system keyring refused to store the key.")
    return translate("ApiKey", "The system keyring failed ({kind}).").format(
        kind=type(error).__name__
    )
