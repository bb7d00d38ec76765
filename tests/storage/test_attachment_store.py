"""The attachment store: content-addressed files, written once and atomically, checked on read."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from pathlib import Path

import pytest

from desktop_app.attachments import prepare_bytes
from desktop_app.core.attachments import AttachmentError
from desktop_app.paths import attachments_dir
from desktop_app.storage.attachment_store import AttachmentStore
from tests.attachments.corpus import small_png


@pytest.fixture
def files() -> AttachmentStore:
    return AttachmentStore(attachments_dir())


def test_bytes_live_under_their_sha256_in_parley_home(files, parley_home: Path) -> None:
    data = b"some prepared bytes"
    sha = files.put(data)
    assert sha == hashlib.sha256(data).hexdigest()
    path = parley_home / "attachments" / sha[:2] / sha
    assert files.path(sha) == path and path.read_bytes() == data
    assert files.contains(sha) and files.load(sha) == data
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)  # screenshots can be private


def test_the_same_bytes_are_stored_once_and_no_temporary_file_is_left(files) -> None:
    first = files.put(b"x" * 1000)
    mtime = files.path(first).stat().st_mtime_ns
    assert files.put(b"x" * 1000) == first
    assert files.path(first).stat().st_mtime_ns == mtime
    assert [p.name for p in files.root.rglob("*") if p.is_file()] == [first]


def test_save_stores_a_prepared_attachment_and_checks_its_checksum(files) -> None:
    attachment = prepare_bytes(small_png(), "dot.png")
    assert files.save(attachment) is attachment
    assert files.load(attachment.sha256) == attachment.data
    from dataclasses import replace

    with pytest.raises(AttachmentError, match="do not match"):
        files.save(replace(attachment, sha256="0" * 64))


def test_a_missing_or_damaged_file_is_a_plain_error(files) -> None:
    sha = files.put(b"original")
    files.path(sha).write_bytes(b"bit rot")
    with pytest.raises(AttachmentError, match="damaged"):
        files.load(sha)
    files.path(sha).unlink()
    assert not files.contains(sha)
    with pytest.raises(AttachmentError, match="missing"):
        files.load(sha)


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ABC", "a" * 63, "g" * 64, ""])
def test_only_real_sha256_names_are_accepted(files, bad: str) -> None:
    assert not files.contains(bad)
    with pytest.raises(AttachmentError):
        files.load(bad)


def _put_many(root: str, count: int) -> None:
    store = AttachmentStore(Path(root))
    for i in range(count):
        store.put(f"shared {i % 5}".encode() * 10_000)


def test_two_processes_storing_the_same_files_never_clash(files) -> None:
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_put_many, args=(str(files.root), 40)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    stored = [p for p in files.root.rglob("*") if p.is_file()]
    assert len(stored) == 5
    for path in stored:
        assert files.load(path.name)  # each whole and matching its name
    assert not any(name.startswith(".") for name in os.listdir(stored[0].parent))  # temporaries
