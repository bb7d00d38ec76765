"""Reads Parley's archive (core/archive_format.py) into this home, merging: a conversation whose
uid is here already is left as it is, never overwritten and never added twice.

Everything is checked before anything is written: member names and sizes, the format and
version, every member's checksum, each conversation's JSON. Attachments go in first
(content-addressed: a leftover file is harmless); the conversations, their messages (ids
renumbered, branches and the branch shown kept), options and usage rows go in one
transaction, so a failure leaves the history as it was.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from desktop_app.core.archive_format import (
    FORMAT,
    MAX_TOTAL,
    VERSION,
    ArchiveError,
    ImportResult,
    member_ok,
    size_ok,
)
from desktop_app.core.i18n import translate
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.rows import searchable_text, to_json
from desktop_app.storage.sqlite_file import SqliteFile

_STATES = ("complete", "streaming", "stopped", "interrupted", "failed")


class ArchiveImport(SqliteFile):
    def __init__(self, path: Path, attachments: AttachmentStore) -> None:
        super().__init__(path)
        self.attachments = attachments

    def read(self, source: Path) -> ImportResult:
        """Import `source`; raises ArchiveError (one sentence) and changes nothing then."""
        try:
            with zipfile.ZipFile(source) as archive:
                sums = _checked_manifest(archive)
                conversations = [_conversation(archive, n, sums) for n in sorted(sums)
                                 if n.startswith("conversations/")]  # fmt: skip
                ledger = _json(archive, "ledger.json", sums) if "ledger.json" in sums else []
                added = self._attachments(archive, sums)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
            raise ArchiveError(
                translate("Archive", "{name} is not a Parley archive (not a zip file).").format(
                    name=source.name
                )
            ) from None
        except OSError as error:
            raise ArchiveError(
                translate("Archive", "Cannot read {name}: {why}.").format(
                    name=source.name, why=error.strerror or error
                )
            ) from None
        imported = present = 0
        with self._write() as conn:
            for data in conversations:
                if conn.execute(
                    "SELECT 1 FROM conversation_uids WHERE uid = ?", (data["uid"],)
                ).fetchone():
                    present += 1
                    continue
                rows = [
                    r
                    for r in ledger
                    if isinstance(r, dict) and r.get("conversation") == data["uid"]
                ]
                _insert(conn, data, rows)
                imported += 1
        return ImportResult(imported, present, added)

    def _attachments(self, archive: zipfile.ZipFile, sums: dict[str, str]) -> int:
        added = 0
        for name in sums:
            if not name.startswith("attachments/"):
                continue
            sha256 = name.removeprefix("attachments/")
            if self.attachments.contains(sha256):
                continue
            data = archive.read(name)
            if hashlib.sha256(data).hexdigest() != sha256:
                raise _damaged(name)
            self.attachments.put(data)
            added += 1
        return added


def _damaged(name: str) -> ArchiveError:
    return ArchiveError(
        translate(
            "Archive", "The archive is damaged: {member} does not match its checksum."
        ).format(member=name)
    )


def _checked_manifest(archive: zipfile.ZipFile) -> dict[str, str]:
    """The members and their checksums, once every name and size is one the format allows."""
    total = 0
    for info in archive.infolist():
        if not member_ok(info.filename) or not size_ok(info.file_size, info.compress_size):
            raise ArchiveError(
                translate(
                    "Archive", "The archive holds something Parley does not read: {m}."
                ).format(m=info.filename[:120])
            )
        total += info.file_size
    if total > MAX_TOTAL:
        raise ArchiveError(translate("Archive", "The archive is too large to be Parley's."))
    try:
        manifest = json.loads(archive.read("manifest.json"))
    except KeyError:
        raise ArchiveError(translate("Archive", "The archive has no manifest.")) from None
    except ValueError:
        raise ArchiveError(translate("Archive", "The archive's manifest is damaged.")) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(translate("Archive", "This is not a Parley archive."))
    if manifest.get("version") != VERSION:
        raise ArchiveError(
            translate(
                "Archive", "The archive is version {v}; this Parley reads version {mine}."
            ).format(v=manifest.get("version"), mine=VERSION)
        )
    sums = manifest.get("members")
    names = set(archive.namelist()) - {"manifest.json"}
    if not isinstance(sums, dict) or set(sums) != names:
        raise ArchiveError(translate("Archive", "The archive's members do not match its manifest."))
    return {str(k): str(v) for k, v in sums.items()}


def _json(archive: zipfile.ZipFile, name: str, sums: dict[str, str]) -> Any:
    data = archive.read(name)
    if hashlib.sha256(data).hexdigest() != sums[name]:
        raise _damaged(name)
    try:
        return json.loads(data)
    except ValueError:
        raise _damaged(name) from None


def _conversation(archive: zipfile.ZipFile, name: str, sums: dict[str, str]) -> dict[str, Any]:
    data = _json(archive, name, sums)
    uid = name.removeprefix("conversations/").removesuffix(".json")
    messages = data.get("messages") if isinstance(data, dict) else None
    ok = isinstance(data, dict) and data.get("uid") == uid and isinstance(messages, list)
    ok = ok and all(
        isinstance(m, dict)
        and isinstance(m.get("id"), int)
        and m.get("role") in ("user", "assistant")
        and isinstance(m.get("content"), list)
        and m.get("state") in _STATES
        for m in messages or []
    )
    if not ok or not isinstance(data.get("model"), str):
        raise ArchiveError(
            translate("Archive", "The archive is damaged: {member} is not a conversation.").format(
                member=name
            )
        )
    return data


def _insert(conn: Any, data: dict[str, Any], ledger: list[dict[str, Any]]) -> None:
    project_id = _project(conn, data.get("project"))
    now = float(data.get("updated_at") or 0)
    conversation_id = conn.execute(
        "INSERT INTO conversations (title, model, system_prompt, created_at, updated_at,"
        " thinking, effort, max_tokens, cache_ttl, pinned_at, archived_at, project_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(data.get("title") or ""),
            data["model"],
            str(data.get("system_prompt") or ""),
            float(data.get("created_at") or now),
            now,
            int(bool(data.get("thinking"))),
            str(data.get("effort") or ""),
            data.get("max_tokens") if isinstance(data.get("max_tokens"), int) else None,
            "1h" if data.get("cache_ttl") == "1h" else "5m",
            now if data.get("pinned") else None,
            now if data.get("archived") else None,
            project_id,
        ),
    ).lastrowid
    conn.execute(
        "INSERT INTO conversation_uids (conversation_id, uid) VALUES (?, ?)",
        (conversation_id, data["uid"]),
    )
    new_ids: dict[int, int] = {}
    for m in sorted(data["messages"], key=lambda m: m["id"]):  # parents come before children
        parent = new_ids.get(m["parent"]) if isinstance(m.get("parent"), int) else None
        created = float(m.get("created_at") or now)
        new_ids[m["id"]] = conn.execute(
            "INSERT INTO messages (conversation_id, role, content, text, state, model, usage,"
            " stop_reason, created_at, parent_id, finished_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conversation_id,
                m["role"],
                to_json(m["content"]),
                searchable_text(m["content"]),
                "interrupted" if m["state"] == "streaming" else m["state"],
                m.get("model"),
                to_json(m["usage"]) if isinstance(m.get("usage"), dict) else None,
                m.get("stop_reason"),
                created,
                parent,
                m.get("finished_at"),
                m.get("updated_at") or created,
            ),
        ).lastrowid
        if isinstance(m.get("stop_sequence"), str):
            conn.execute(
                "INSERT INTO reply_stops (message_id, sequence) VALUES (?, ?)",
                (new_ids[m["id"]], m["stop_sequence"]),
            )
    shown = data.get("head")
    head = new_ids.get(shown) if isinstance(shown, int) else None
    head = head or (max(new_ids.values()) if new_ids else None)
    conn.execute("UPDATE conversations SET head_id = ? WHERE id = ?", (head, conversation_id))
    if isinstance(data.get("request_options"), dict):
        conn.execute(
            "INSERT INTO request_options (conversation_id, options) VALUES (?, ?)",
            (conversation_id, to_json(data["request_options"])),
        )
    for row in ledger:
        _ledger_row(conn, row, conversation_id, new_ids)


def _project(conn: Any, project: object) -> int | None:
    """The project of that name here, made when missing."""
    if not isinstance(project, dict) or not isinstance(project.get("name"), str):
        return None
    row = conn.execute("SELECT id FROM projects WHERE name = ?", (project["name"],)).fetchone()
    if row:
        return int(row[0])
    made = conn.execute(
        "INSERT INTO projects (name, system_prompt, model, created_at, sort_key)"
        " VALUES (?, ?, ?, strftime('%s','now'), strftime('%s','now'))",
        (project["name"], str(project.get("system_prompt") or ""), str(project.get("model") or "")),
    )
    return int(made.lastrowid)


_LEDGER_COLUMNS = (
    "at", "kind", "batch_id", "batch", "model", "input_tokens", "output_tokens",
    "cache_write_5m_tokens", "cache_write_1h_tokens", "cache_read_tokens", "cost_usd", "rates",
    "priced",
)  # fmt: skip


def _ledger_row(conn: Any, row: dict[str, Any], conversation_id: int, ids: dict[int, int]) -> None:
    values = [row.get(c) for c in _LEDGER_COLUMNS]
    if not isinstance(row.get("at"), (int, float)) or not isinstance(row.get("model"), str):
        return  # a row without its time or model prices nothing: left out
    message = ids.get(row["message_id"]) if isinstance(row.get("message_id"), int) else None
    conn.execute(
        f"INSERT OR IGNORE INTO usage_ledger (conversation_id, message_id,"
        f" {', '.join(_LEDGER_COLUMNS)}) VALUES (?, ?, {', '.join('?' * len(_LEDGER_COLUMNS))})",
        (conversation_id, message, *values),
    )
