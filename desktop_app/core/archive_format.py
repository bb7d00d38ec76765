"""Parley's archive: everything a history holds, in one zip file that another Parley reads.

    manifest.json                 format, version, when, counts, the sha-256 of every member
    conversations/<uid>.json      a conversation: its settings and every message of every
                                  branch (ids local to the archive, parents, blocks as stored)
    attachments/<sha256>          an attached file's stored bytes, once however often used
    ledger.json                   the usage rows of those conversations
    settings.json                 the settings (there is no key in them: it lives in the keyring)

Each conversation carries a uid, so importing the same archive again, or one made later
from the same home, adds only what is new. Reading is bad input until proven otherwise:
member names, sizes, compression ratios, versions and checksums are all checked first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMAT = "parley-archive"
VERSION = 1
SUFFIX = ".parley"
MAX_MEMBER = 1024 * 1024 * 1024  # bytes, unpacked: far above any attachment Parley keeps
MAX_TOTAL = 64 * 1024 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed; text compresses ~10×, a zip bomb ~1000×
RATIO_FLOOR = 1024 * 1024  # smaller members may compress as they like
_MEMBER = re.compile(
    r"manifest\.json|ledger\.json|settings\.json|"
    r"conversations/[0-9a-f]{32}\.json|attachments/[0-9a-f]{64}"
)


class ArchiveError(Exception):
    """An archive that cannot be read or written, said in one sentence."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    conversations: int
    attachments: int
    size: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    imported: int  # conversations added
    present: int  # conversations this home already had (the same uid): left alone
    attachments: int  # files stored that were not there yet


def member_ok(name: str) -> bool:
    """Whether a member name is one the format has: no path of any other shape is read."""
    return _MEMBER.fullmatch(name) is not None


def size_ok(unpacked: int, packed: int) -> bool:
    if unpacked > MAX_MEMBER:
        return False
    return unpacked <= RATIO_FLOOR or unpacked <= MAX_RATIO * max(packed, 1)
