"""Writes Parley's archive (core/archive_format.py) from the database and the attachment folder.

One conversation is read and written at a time and attachments are copied from their files,
so a history of years is archived in little memory. The file is written under a temporary
name beside its target and renamed when whole: a failed export leaves nothing half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.core.archive_format import FORMAT, VERSION, ArchiveError, ExportResult
from desktop_app.core.attachments import REFERENCE
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.sqlite_file import SqliteFile

_CONVERSATION = (
    "id, title, model, system_prompt, created_at, updated_at, head_id, thinking, effort,"
    " max_tokens, cache_ttl, pinned_at, archived_at, project_id"
)
_MESSAGE = (
    "id, parent_id, role, content, state, model, usage, stop_reason, created_at, finished_at,"
    " updated_at"
)
_LEDGER = (
    "at, kind, message_id, batch_id, batch, model, input_tokens, output_tokens,"
    " cache_write_5m_tokens, cache_write_1h_tokens, cache_read_tokens, cost_usd, rates, priced"
)


class ArchiveExport(SqliteFile):
    def __init__(self, path: Path, attachments: AttachmentStore) -> None:
        super().__init__(path)
        self.attachments = attachments

    def write(
        self, target: Path, conversation_ids: Iterable[int] | None = None, settings: str = "{}"
    ) -> ExportResult:
        """The conversations (None: all but the deleted) into `target`; raises ArchiveError."""
        ids = list(conversation_ids) if conversation_ids is not None else self._all_ids()
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        checksums: dict[str, str] = {}
        seen: set[str] = set()
        try:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                ledger: list[dict[str, Any]] = []
                for conversation_id in ids:
                    uid, data, used = self._conversation(conversation_id)
                    _put(archive, f"conversations/{uid}.json", _json(data), checksums)
                    ledger += self._ledger(conversation_id, uid)
                    for sha256 in used - seen:
                        self._attachment(archive, sha256, checksums)
                    seen |= used
                _put(archive, "ledger.json", _json(ledger), checksums)
                _put(archive, "settings.json", settings.encode(), checksums)
                manifest = {
                    "format": FORMAT,
                    "version": VERSION,
                    "app_version": __version__,
                    "created_at": time.time(),
                    "conversations": len(ids),
                    "attachments": len(seen),
                    "members": checksums,
                }
                archive.writestr("manifest.json", _json(manifest))
            os.chmod(partial, 0o600)
            partial.replace(target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise ArchiveError(f"Cannot write {target}: {error.strerror or error}.") from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return ExportResult(len(ids), len(seen), target.stat().st_size)

    def _all_ids(self) -> list[int]:
        with self._read() as conn:
            rows = conn.execute("SELECT id FROM conversations WHERE deleted_at IS NULL ORDER BY id")
            return [row[0] for row in rows]

    def _uid(self, conversation_id: int) -> str:
        """The conversation's identity across homes, made on its first export."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT uid FROM conversation_uids WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
            if row:
                return str(row[0])
            uid = uuid.uuid4().hex
            conn.execute(
                "INSERT INTO conversation_uids (conversation_id, uid) VALUES (?, ?)",
                (conversation_id, uid),
            )
            return uid

    def _conversation(self, conversation_id: int) -> tuple[str, dict[str, Any], set[str]]:
        uid = self._uid(conversation_id)
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_CONVERSATION} FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            if row is None:
                raise ArchiveError(f"There is no conversation {conversation_id}.")
            messages = conn.execute(
                f"SELECT {_MESSAGE} FROM messages WHERE conversation_id = ? ORDER BY id",
                (conversation_id,),
            ).fetchall()
            project = conn.execute(
                "SELECT name, system_prompt, model FROM projects WHERE id = ?", (row[13],)
            ).fetchone()
            options = conn.execute(
                "SELECT options FROM request_options WHERE conversation_id = ?",
                (conversation_id,),
            ).fetchone()
            stops = dict(
                conn.execute(
                    "SELECT s.message_id, s.sequence FROM reply_stops s"
                    " JOIN messages m ON m.id = s.message_id WHERE m.conversation_id = ?",
                    (conversation_id,),
                ).fetchall()
            )
        used: set[str] = set()
        listed = []
        for m in messages:
            content = json.loads(m[3])
            used |= _references(content)
            listed.append(
                {
                    "id": m[0],
                    "parent": m[1],
                    "role": m[2],
                    "content": content,
                    "state": m[4],
                    "model": m[5],
                    "usage": json.loads(m[6]) if m[6] else None,
                    "stop_reason": m[7],
                    "stop_sequence": stops.get(m[0]),
                    "created_at": m[8],
                    "finished_at": m[9],
                    "updated_at": m[10],
                }
            )
        data = {
            "uid": uid,
            "title": row[1],
            "model": row[2],
            "system_prompt": row[3],
            "created_at": row[4],
            "updated_at": row[5],
            "head": row[6],
            "thinking": bool(row[7]),
            "effort": row[8],
            "max_tokens": row[9],
            "cache_ttl": row[10],
            "pinned": row[11] is not None,
            "archived": row[12] is not None,
            "project": dict(zip(("name", "system_prompt", "model"), project, strict=True))
            if project
            else None,
            "request_options": json.loads(options[0]) if options else None,
            "messages": listed,
        }
        return uid, data, used

    def _ledger(self, conversation_id: int, uid: str) -> list[dict[str, Any]]:
        names = [c.strip() for c in _LEDGER.split(",")]
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_LEDGER} FROM usage_ledger WHERE conversation_id = ? ORDER BY id",
                (conversation_id,),
            ).fetchall()
        return [{"conversation": uid, **dict(zip(names, row, strict=True))} for row in rows]

    def _attachment(self, archive: zipfile.ZipFile, sha256: str, sums: dict[str, str]) -> None:
        source = self.attachments.path(sha256)
        if not source.is_file():
            return  # removed outside Parley: the message keeps its reference, as at home
        name = f"attachments/{sha256}"
        archive.write(source, name)
        sums[name] = sha256  # content-addressed: the name is the checksum


def _references(content: list[Any]) -> set[str]:
    found = set()
    for block in content:
        source = block.get("source") if isinstance(block, dict) else None
        if isinstance(source, dict) and source.get("type") == REFERENCE:
            found.add(str(source.get("sha256")))
    return found


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode()


def _put(archive: zipfile.ZipFile, name: str, data: bytes, sums: dict[str, str]) -> None:
    archive.writestr(name, data)
    sums[name] = hashlib.sha256(data).hexdigest()
