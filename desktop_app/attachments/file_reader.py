"""Reads a file to attach, refusing plainly what is not a readable regular file.

Opened without blocking (a FIFO would otherwise wait forever for a writer), checked on the
open descriptor (the path may change between a check and the open), and read with a cap.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from desktop_app.core.attachments import AttachmentError
from desktop_app.core.i18n import translate
from desktop_app.core.text_encoding import readable_name

MAX_FILE_BYTES = 200 * 1024 * 1024  # larger than anything Parley could send, even converted


def _size_words(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def read_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; raises AttachmentError with a plain reason for anything else."""
    name = readable_name(path.name or str(path))
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise AttachmentError(
            name,
            translate(
                "Attachments", "the file is not there any more (it was moved, renamed or deleted)."
            ),
        ) from None
    except IsADirectoryError:
        raise AttachmentError(
            name, translate("Attachments", "it is a folder; attach the files inside it instead.")
        ) from None
    except PermissionError:
        raise AttachmentError(
            name, translate("Attachments", "Parley is not allowed to read it (permission denied).")
        ) from None
    except OSError as error:
        raise AttachmentError(name, _unreadable(error)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise AttachmentError(
                name,
                translate("Attachments", "it is a folder; attach the files inside it instead."),
            )
        if not stat.S_ISREG(info.st_mode):
            raise AttachmentError(
                name,
                translate(
                    "Attachments",
                    "it is not a regular file (a pipe, socket or device), so it cannot be read.",
                ),
            )
        if info.st_size > limit:
            raise AttachmentError(
                name,
                translate("Attachments", "it is {size}, more than Parley reads ({most}).").format(
                    size=_size_words(info.st_size), most=_size_words(limit)
                ),
            )
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 4 * 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise AttachmentError(name, _unreadable(error)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise AttachmentError(
            name,
            translate("Attachments", "it is more than Parley reads ({most}).").format(
                most=_size_words(limit)
            ),
        )
    return data


def _unreadable(error: OSError) -> str:
    if error.errno in (errno.ENOENT, errno.ESTALE):
        return "the file disappeared while it was being read."
    if error.errno == errno.EISDIR:
        return "it is a folder; attach the files inside it instead."
    return translate("Attachments", "it could not be read ({problem}).").format(
        problem=error.strerror or error
    )
