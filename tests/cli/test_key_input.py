"""A key pasted with a line break, spaces or characters that are not ASCII, wherever it comes from
(ANTHROPIC_API_KEY, `parley key set`, the keyring): trimmed, or refused in one line before any
request. Real processes, the real Secret Service, the local API."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from tests.cli.conftest import ROOT, _environment
from tests.fakeapi import Reply
from tests.secret_service import SecretService

REAL = "keyring.backends.SecretService.Keyring"
SERVICE, USERNAME = "Parley", "anthropic-api-key"  # where `parley key set` keeps it
SECRET = "sk-ant-api03-Wx9_pasted-key"


def run_with_key(fakeapi, parley_home: Path, key: str | bytes, *args: str):  # type: ignore[no-untyped-def]
    """The CLI with ANTHROPIC_API_KEY set to exactly `key` (bytes: as the OS would pass them)."""
    env: dict[str | bytes, str | bytes] = dict(
        _environment(fakeapi, parley_home, None, "keyring.backends.fail.Keyring")
    )
    env[b"ANTHROPIC_API_KEY" if isinstance(key, bytes) else "ANTHROPIC_API_KEY"] = key
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("parley: ")
    return line


@pytest.mark.parametrize(
    ("key", "words"),
    [
        (f"{SECRET[:14]}\n{SECRET[14:]}", "ANTHROPIC_API_KEY has a line break inside it"),
        (f"{SECRET[:14]} {SECRET[14:]}", "ANTHROPIC_API_KEY has a space inside it"),
        (SECRET.replace("W", "Ｗ"), "holds U+FF37 FULLWIDTH LATIN CAPITAL LETTER W"),
        (f"{SECRET}’", "holds U+2019 RIGHT SINGLE QUOTATION MARK"),
        (SECRET.encode() + b"\xe2\x80", "holds a byte that is not UTF-8 text (0xE2)"),
    ],
)
def test_a_dirty_key_in_the_environment_is_refused_before_any_request(
    fakeapi, parley_home, key, words
):
    result = run_with_key(fakeapi, parley_home, key, "ask", "서울의 날씨는?")
    assert result.returncode == 2
    line = one_line(result)
    assert words in line and "set it again, or unset it" in line
    assert SECRET[14:] not in line  # the key itself is never repeated
    assert fakeapi.requests == []
    assert not (parley_home / "parley.sqlite3").exists()  # nothing stored either
    status = run_with_key(fakeapi, parley_home, key, "key", "status")
    assert status.returncode == 0 and words in status.stdout and "cannot be used" in status.stdout


def test_blanks_around_an_environment_key_are_trimmed(fakeapi, parley_home):
    fakeapi.queue(Reply.text("맑아요."), Reply.text("T"))
    result = run_with_key(fakeapi, parley_home, f"  {SECRET}\r\n", "ask", "서울의 날씨는?")
    assert result.returncode == 0, result.stderr
    assert {r.api_key for r in fakeapi.requests} == {SECRET}


def test_key_set_trims_or_refuses_and_a_dirty_stored_key_is_named(
    parley, fakeapi, parley_home, secret_service: SecretService
):
    wrapped = parley("key", "set", stdin=f"{SECRET[:20]}\n{SECRET[20:]}\n", key=None, keyring=REAL)
    assert wrapped.returncode == 2
    assert "line break inside it (character 21 of" in one_line(wrapped)
    assert "Nothing was saved" in wrapped.stderr
    assert keyring.get_password(SERVICE, USERNAME) is None  # not even the first line

    quoted = parley("key", "set", stdin=f"“{SECRET}”\n", key=None, keyring=REAL)
    assert quoted.returncode == 2 and "U+201C LEFT DOUBLE QUOTATION MARK" in one_line(quoted)
    assert keyring.get_password(SERVICE, USERNAME) is None

    saved = parley("key", "set", stdin=f"\t {SECRET}  \r\n", key=None, keyring=REAL)
    assert saved.returncode == 0, saved.stderr
    assert keyring.get_password(SERVICE, USERNAME) == SECRET

    # A key an older Parley (or another program) left in the keyring with a break inside.
    keyring.set_password(SERVICE, USERNAME, f"{SECRET[:10]}\n{SECRET[10:]}")
    refused = parley("ask", "안녕?", key=None, keyring=REAL)
    assert refused.returncode == 2
    line = one_line(refused)
    assert line.startswith("parley: the key in the system keyring has a line break inside it")
    assert line.endswith("run `parley key set` to replace it")
    assert fakeapi.requests == []
    status = parley("key", "status", key=None, keyring=REAL)
    assert status.stdout.startswith("The key in the system keyring has a line break")

    keyring.set_password(SERVICE, USERNAME, f"{SECRET}\n")  # only blanks around it: fine
    fakeapi.queue(Reply.text("안녕하세요."), Reply.text("T"))
    asked = parley("ask", "안녕?", key=None, keyring=REAL)
    assert asked.returncode == 0, asked.stderr
    assert {r.api_key for r in fakeapi.requests} == {SECRET}
    keyring.delete_password(SERVICE, USERNAME)
