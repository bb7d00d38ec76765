"""backup: the daily backup and a restore on a large history, as `parley` does them inline.

Builds a database of about 300 MB (Korean and English messages, with their full-text
indexes) through the real store, then prints `backup_db_mb`, `backup_ms` (Backups.now:
copy, quick_check, rename), `backup_quick_check_ms` (the check alone), `backup_due_ms`
(the check every command makes when no backup is due) and `backup_restore_ms`.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

CONVERSATIONS = 400
MESSAGES_EACH = 100  # 40,000 messages of ~2.5 KB


def _fill(db: Path) -> None:
    from desktop_app.core.conversation import text_block
    from desktop_app.storage.conversation_store import SqliteConversationStore

    SqliteConversationStore(db).close()  # the schema, through the real migrations
    korean = "서울의 봄은 짧지만 아름답습니다. 경복궁 앞 벚꽃길을 걸어 보세요. "
    english = "The quick brown fox reviews a screenshot and finds three bugs. "
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    for c in range(CONVERSATIONS):
        conn.execute(
            "INSERT INTO conversations (title, model, created_at, updated_at)"
            " VALUES (?, 'claude-sonnet-4-6', 0, 0)",
            (f"대화 {c} conversation",),
        )
        for m in range(MESSAGES_EACH):
            text = (korean if m % 2 else english) * 30 + f" {c}-{m}"
            conn.execute(
                "INSERT INTO messages (conversation_id, role, content, text, state, created_at)"
                " VALUES (?, ?, json(?), ?, 'complete', 0)",
                (c + 1, "user" if m % 2 == 0 else "assistant", _json([text_block(text)]), text),
            )
    conn.execute("COMMIT")
    conn.close()


def _json(blocks: object) -> str:
    import json

    return json.dumps(blocks, ensure_ascii=False)


def _ms(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f}"


def run() -> None:
    from desktop_app.storage.backups import Backups, _sound

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "parley.sqlite3"
        _fill(db)
        print(f"backup_db_mb: {db.stat().st_size / 2**20:.0f}")
        backups = Backups(db)
        start = time.perf_counter()
        made = backups.now()
        print(f"backup_ms: {_ms(start)}")
        start = time.perf_counter()
        _sound(made.path)
        print(f"backup_quick_check_ms: {_ms(start)}")
        start = time.perf_counter()
        backups.daily()
        print(f"backup_due_ms: {_ms(start)}")
        start = time.perf_counter()
        backups.restore(1)
        print(f"backup_restore_ms: {_ms(start)}")
