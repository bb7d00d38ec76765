"""Whole-file writes that are atomic and private: every file Parley writes goes through here.

The bytes go to a fresh temporary beside the target (an unguessable name, opened O_EXCL and
O_NOFOLLOW, mode 0600) in a folder held open by descriptor, are made durable, then renamed over
the target. A symlink planted at the temporary's name, or a folder swapped mid-way, is refused.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Final, TextIO

PRIVATE: Final = 0o600  # files: the owner alone reads and writes
PRIVATE_FOLDER: Final = 0o700

_NO_FOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_TEMPORARY_FLAGS: Final = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | _NO_FOLLOW
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
# Where the folder can be held by descriptor (POSIX), every step is relative to it, so a path
# component swapped for a symlink after the check cannot move the write elsewhere.
_PINNED: Final = os.name == "posix" and hasattr(os, "O_DIRECTORY")


class WriteRefused(OSError):
    """The folder or the temporary changed while writing (a planted link?); nothing was replaced."""

    def __init__(self, reason: str) -> None:
        super().__init__(errno.EPERM, reason)


def write(path: Path, data: bytes | str, *, mode: int = PRIVATE) -> None:
    """Replace `path` with `data` (text as UTF-8) atomically; the file ends with `mode`."""
    with replacing(path, mode=mode) as file:
        file.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextlib.contextmanager
def replacing_text(
    path: Path, *, mode: int = PRIVATE, newline: str | None = None
) -> Iterator[TextIO]:
    """`replacing` for UTF-8 text written piece by piece (CSV wants `newline=""`)."""
    with replacing(path, mode=mode) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline=newline)
        try:
            yield text
        finally:
            text.detach()  # flushes, and leaves closing the file to `replacing`


@contextlib.contextmanager
def replacing(
    path: Path, *, mode: int = PRIVATE, verify: Callable[[], None] | None = None
) -> Iterator[BinaryIO]:
    """A file to write; when the block ends without error it atomically becomes `path`.

    `verify`, the caller's own policy check, runs once the folder is held and again just
    before the rename; it refuses by raising. On any error the temporary is removed and
    `path` is untouched. Raises OSError (`WriteRefused` when something was swapped).
    """
    folder = path.parent
    folder_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY) if _PINNED else None
    try:
        _check_folder(folder, folder_fd)
        if verify is not None:
            verify()
        name, fd = _create_temporary(path.name, folder, folder_fd)
        try:
            with os.fdopen(fd, "wb") as file:
                yield file
                file.flush()
                os.fsync(file.fileno())
                _set_mode(file.fileno(), name, mode)
                if verify is not None:
                    verify()
                _check_folder(folder, folder_fd)
                _check_temporary(name, folder_fd, file.fileno())
                os.replace(name, _at(path.name, folder, folder_fd), **_dir_fds(folder_fd))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name, dir_fd=folder_fd)
            raise
        if folder_fd is not None:
            with contextlib.suppress(OSError):
                os.fsync(folder_fd)  # the rename itself survives a power cut
    finally:
        if folder_fd is not None:
            os.close(folder_fd)


def make_private_folder(path: Path, *, tighten: bool = True) -> Path:
    """`path` as a folder, creating it and any missing parent 0700; an existing one others
    could look into is made 0700 too, unless not `tighten` (a folder the user chose)."""
    try:
        found = path.stat()
    except FileNotFoundError:
        if path.parent != path:
            make_private_folder(path.parent, tighten=False)
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            path.mkdir(mode=PRIVATE_FOLDER)
            path.chmod(PRIVATE_FOLDER)  # the umask may have taken the owner's bits
        found = path.stat()
    else:
        if tighten and os.name == "posix" and stat.S_IMODE(found.st_mode) & 0o077:
            path.chmod(PRIVATE_FOLDER)
    if not stat.S_ISDIR(found.st_mode):
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    return path


def make_private(path: Path, *, follow_symlinks: bool = False) -> None:
    """Create `path` empty if missing (0600), or take group and others' access away.

    For files others open by name (SQLite's database, a log opened for appending); SQLite
    gives its -wal and -shm files the database file's mode. A symlink at `path` is refused
    (ELOOP) unless `follow_symlinks`; the owner's own bits (a read-only file) are kept."""
    flags = os.O_RDONLY | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags | (0 if follow_symlinks else _NO_FOLLOW), PRIVATE)
    try:
        current = stat.S_IMODE(os.fstat(fd).st_mode)
        if os.name == "posix" and current & 0o077:
            with contextlib.suppress(PermissionError):  # someone else's file is theirs to mind
                os.fchmod(fd, current & 0o700)
    finally:
        os.close(fd)


def _create_temporary(target: str, folder: Path, folder_fd: int | None) -> tuple[str, int]:
    stem = target[:60]  # room for the suffix within a 255-byte name, even in Hangul
    for _attempt in range(8):
        name = f".{stem}.{os.urandom(8).hex()}.parley-tmp"
        try:
            fd = os.open(_at(name, folder, folder_fd), _TEMPORARY_FLAGS, PRIVATE, dir_fd=folder_fd)
        except FileExistsError:
            continue  # a 64-bit random name taken: someone is planting names; try another
        return _at(name, folder, folder_fd), fd
    raise WriteRefused(f"no temporary file could be created in {folder}")


def _check_folder(folder: Path, folder_fd: int | None) -> None:
    """The folder's path still leads to the folder held open."""
    if folder_fd is None:
        return
    try:
        named, held = os.stat(folder), os.fstat(folder_fd)
    except OSError:
        named = None
    if named is None or (named.st_dev, named.st_ino) != (held.st_dev, held.st_ino):
        raise WriteRefused(f"the folder {folder} was moved or replaced while writing")


def _check_temporary(name: str, folder_fd: int | None, fd: int) -> None:
    """The temporary's name still leads to the file written (not a link put in its place)."""
    try:
        named = os.stat(name, dir_fd=folder_fd, follow_symlinks=False)
    except OSError:
        named = None
    held = os.fstat(fd)
    if named is None or (named.st_dev, named.st_ino) != (held.st_dev, held.st_ino):
        raise WriteRefused(f"the temporary file {name} was replaced while writing")


def _set_mode(fd: int, name: str, mode: int) -> None:
    if os.name == "posix":
        os.fchmod(fd, mode)
    else:
        os.chmod(name, mode)


def _at(name: str, folder: Path, folder_fd: int | None) -> str:
    """A name relative to the held folder, or a full path where folders cannot be held."""
    return name if folder_fd is not None else str(folder / name)


def _dir_fds(folder_fd: int | None) -> dict[str, int]:
    return {} if folder_fd is None else {"src_dir_fd": folder_fd, "dst_dir_fd": folder_fd}
