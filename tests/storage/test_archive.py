"""Parley's archive: a rich history exported and imported into an empty home comes back row for
row and byte for byte; importing again adds nothing; other homes merge; bad archives are
refused in one sentence and change nothing."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.archive_format import ArchiveError
from desktop_app.core.conversation import MessageState, Role, Usage, text_block
from desktop_app.core.ledger import LedgerEntry, Spend
from desktop_app.core.pricing import Pricing
from desktop_app.core.request_options import RequestOptions
from desktop_app.core.server_tools import ServerTools
from desktop_app.storage.archive_export import ArchiveExport
from desktop_app.storage.archive_import import ArchiveImport
from desktop_app.storage.attachment_store import AttachmentStore
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.organiser import SqliteOrganiser
from desktop_app.storage.usage_ledger import SqliteUsageLedger

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def home(root: Path) -> tuple[Path, AttachmentStore]:
    root.mkdir(parents=True, exist_ok=True)
    return root / "parley.sqlite3", AttachmentStore(root / "attachments")


def fill(db: Path, files: AttachmentStore) -> None:
    """Korean and English, branches, an attachment, thinking, tool and server blocks, usage,
    a failed reply, options, a stop sequence, a project and a pin."""
    sha = files.put(PNG)
    picture = {
        "type": "image",
        "source": {"type": "parley_attachment", "sha256": sha, "media_type": "image/png"},
        "parley": {"kind": "image", "name": "화면.png", "size": len(PNG), "tokens": 100},
    }
    search = [
        {"type": "server_tool_use", "id": "srvtoolu_01A", "name": "web_search",
         "input": {"query": "서울 날씨"}},
        {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_01A", "content": [
            {"type": "web_search_result", "title": "날씨", "url": "https://w.example",
             "encrypted_content": "EiQ=", "page_age": None}]},
        {"citations": [{"type": "web_search_result_location", "cited_text": "맑음",
                        "url": "https://w.example", "title": "날씨", "encrypted_index": "Eg=="}],
         "type": "text", "text": "맑습니다."},
    ]  # fmt: skip
    with SqliteConversationStore(db) as store, SqliteUsageLedger(db) as ledger:
        first = store.create_conversation("claude-sonnet-4-6", title="화면 검토")
        q = store.add_message(first.id, Role.USER, [picture, text_block("이 화면 어때요?")])
        a = store.add_message(
            first.id,
            Role.ASSISTANT,
            [{"type": "thinking", "thinking": "살펴보자", "signature": "EsIg"},
             text_block("버튼이 작습니다.")],
            model="claude-sonnet-4-6",
            usage=Usage(1200, 80, cache_read_input_tokens=300),
        )  # fmt: skip
        store.add_message(  # a second reply to the same question: a branch
            first.id, Role.ASSISTANT, [text_block("Spacing is tight.")], after=q.id
        )
        store.show_branch(a.id)
        ledger.record(
            LedgerEntry.priced(Pricing.load(), 1_700_000_000.0, Spend.REPLY, "claude-sonnet-4-6",
                               Usage(1200, 80), conversation_id=first.id, message_id=a.id)
        )  # fmt: skip
        second = store.create_conversation("claude-opus-4-6", title="Weather and tools")
        store.add_message(second.id, Role.USER, [text_block("Seoul weather?")])
        store.add_message(second.id, Role.ASSISTANT, search, model="claude-opus-4-6",
                          usage=Usage(900, 40, web_search_requests=1))  # fmt: skip
        store.add_message(second.id, Role.USER, [text_block("Count to 5")])
        counted = store.add_message(second.id, Role.ASSISTANT, [text_block("1, 2, ")],
                                    state=MessageState.STREAMING)  # fmt: skip
        store.update_message(counted.id, [text_block("1, 2, ")], state=MessageState.COMPLETE,
                             stop_reason="stop_sequence", stop_sequence="3")  # fmt: skip
        store.add_message(second.id, Role.USER, [text_block("tool?")])
        store.add_message(second.id, Role.ASSISTANT, [
            {"type": "tool_use", "id": "toolu_1", "name": "current_time", "input": {}}],
            stop_reason="tool_use")  # fmt: skip
        store.add_message(second.id, Role.USER, [
            {"type": "tool_result", "tool_use_id": "toolu_1", "content": "12:00"}])  # fmt: skip
        store.add_message(second.id, Role.ASSISTANT, [text_block("Partial")],
                          state=MessageState.FAILED, stop_reason="failed: overloaded")  # fmt: skip
        options = RequestOptions(temperature=0.2, stop_sequences=("3",),
                                 server_tools=ServerTools(web_search=True))  # fmt: skip
        store.set_request_options(second.id, options)
    with SqliteOrganiser(db) as organiser:
        project = organiser.create_project("여행", system_prompt="짧게")
        organiser.move_to_project([second.id], project.id)
        organiser.pin([first.id])


def snapshot(db: Path) -> list[dict[str, Any]]:
    """Every conversation by uid, as a user sees it: no local ids, parents as positions."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        found = []
        for c in conn.execute(
            "SELECT c.*, u.uid, p.name AS project FROM conversations c"
            " LEFT JOIN conversation_uids u ON u.conversation_id = c.id"
            " LEFT JOIN projects p ON p.id = c.project_id ORDER BY u.uid"
        ):
            rows = conn.execute(
                "SELECT m.*, s.sequence FROM messages m LEFT JOIN reply_stops s"
                " ON s.message_id = m.id WHERE conversation_id = ? ORDER BY m.id",
                (c["id"],),
            ).fetchall()
            position = {r["id"]: n for n, r in enumerate(rows)}
            ledger = conn.execute(
                "SELECT at, kind, model, input_tokens, output_tokens, cost_usd, message_id"
                " FROM usage_ledger WHERE conversation_id = ?",
                (c["id"],),
            ).fetchall()
            options = conn.execute(
                "SELECT options FROM request_options WHERE conversation_id = ?", (c["id"],)
            ).fetchone()
            found.append({
                "uid": c["uid"], "title": c["title"], "model": c["model"],
                "system_prompt": c["system_prompt"], "created_at": c["created_at"],
                "pinned": c["pinned_at"] is not None, "archived": c["archived_at"] is not None,
                "project": c["project"], "head": position.get(c["head_id"]),
                "options": json.loads(options[0]) if options else None,
                "messages": [
                    (r["role"], json.loads(r["content"]), r["state"], r["model"], r["usage"],
                     r["stop_reason"], r["sequence"], r["created_at"],
                     position.get(r["parent_id"]))
                    for r in rows
                ],
                "ledger": [(*tuple(r)[:6], position.get(r["message_id"])) for r in ledger],
            })  # fmt: skip
        return found
    finally:
        conn.close()


def export_all(db: Path, files: AttachmentStore, target: Path) -> None:
    with ArchiveExport(db, files) as export:
        result = export.write(target, settings='{"theme": "dark"}')
    assert result.conversations == 2 and result.attachments == 1


def test_a_round_trip_keeps_every_row_and_byte(tmp_path: Path) -> None:
    db, files = home(tmp_path / "old")
    fill(db, files)
    archive = tmp_path / "모두.parley"
    export_all(db, files, archive)
    assert archive.stat().st_mode & 0o777 == 0o600

    new_db, new_files = home(tmp_path / "new")
    SqliteConversationStore(new_db).close()  # an empty home
    with ArchiveImport(new_db, new_files) as reader:
        result = reader.read(archive)
    assert (result.imported, result.present, result.attachments) == (2, 0, 1)
    assert snapshot(new_db) == snapshot(db)
    [sha] = [p.name for p in (tmp_path / "new" / "attachments").rglob("*") if p.is_file()]
    assert new_files.path(sha).read_bytes() == PNG

    with ArchiveImport(new_db, new_files) as reader:  # again: nothing new
        again = reader.read(archive)
    assert (again.imported, again.present, again.attachments) == (0, 2, 0)
    assert snapshot(new_db) == snapshot(db)


def test_an_import_merges_with_what_a_home_has(tmp_path: Path) -> None:
    db, files = home(tmp_path / "old")
    fill(db, files)
    archive = tmp_path / "a.parley"
    export_all(db, files, archive)
    other_db, other_files = home(tmp_path / "other")
    with SqliteConversationStore(other_db) as store:
        mine = store.create_conversation("claude-haiku-4-5", title="내 대화")
        store.add_message(mine.id, Role.USER, [text_block("안녕")])
    with ArchiveImport(other_db, other_files) as reader:
        assert reader.read(archive).imported == 2
    with SqliteConversationStore(other_db) as store:
        titles = sorted(c.title for c in store.list_conversations())
        assert titles == sorted(["내 대화", "화면 검토", "Weather and tools"])
        assert store.messages(mine.id)[0].text == "안녕"  # untouched


def rewrite(source: Path, target: Path, change: Any) -> None:
    """A copy of the archive with `change(name, data) -> (name, data) | None` applied."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            kept = change(info.filename, old.read(info.filename))
            if kept is not None:
                new.writestr(kept[0], kept[1])


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda n, d: (
                (n, d.replace(b'"version": 1', b'"version": 9')) if n == "manifest.json" else (n, d)
            ),
            "version 9",
        ),
        (
            lambda n, d: (
                (n, d.replace("화면".encode(), "엉뚱".encode()))
                if n.startswith("conversations/")
                else (n, d)
            ),
            "checksum",
        ),
        (lambda n, d: ("../../evil.json", d) if n == "ledger.json" else (n, d), "does not read"),
        (lambda n, d: None if n.startswith("attachments/") else (n, d), "do not match"),
        (lambda n, d: (n, b"{not json") if n == "manifest.json" else (n, d), "manifest"),
    ],
    ids=["version", "checksum", "traversal", "missing-member", "bad-manifest"],
)
def test_a_bad_archive_is_refused_and_changes_nothing(
    tmp_path: Path, change: Any, words: str
) -> None:
    db, files = home(tmp_path / "old")
    fill(db, files)
    good, bad = tmp_path / "good.parley", tmp_path / "bad.parley"
    export_all(db, files, good)
    rewrite(good, bad, change)
    new_db, new_files = home(tmp_path / "new")
    SqliteConversationStore(new_db).close()
    with ArchiveImport(new_db, new_files) as reader, pytest.raises(ArchiveError, match=words):
        reader.read(bad)
    assert snapshot(new_db) == []


def test_a_zip_bomb_and_a_non_zip_are_refused(tmp_path: Path) -> None:
    new_db, new_files = home(tmp_path / "new")
    bomb = tmp_path / "bomb.parley"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ledger.json", b"\x00" * (64 * 1024 * 1024))
        archive.writestr("manifest.json", b"{}")
    not_zip = tmp_path / "notes.parley"
    not_zip.write_text("그냥 텍스트")
    with ArchiveImport(new_db, new_files) as reader:
        with pytest.raises(ArchiveError, match="does not read"):
            reader.read(bomb)
        with pytest.raises(ArchiveError, match="not a zip"):
            reader.read(not_zip)
