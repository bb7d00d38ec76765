"""history_scale: years of history (default 1,000,000 messages in 20,000 conversations).

Builds the history once through the real schema (history_corpus.py; cached by schema version
and size), then prints `search_p95_ms` over English and Korean queries of 1–12 characters
(common, rare, none), `list_first_page_ms`, `open_latest_ms` (a 200-message conversation),
`start_ratio_big_vs_empty` and `start_ratio_big_vs_20` (process start to first paint, beside
an empty home and one holding only the newest 20 conversations), `db_mb` and
`db_ratio_vs_no_short_index`.
Goals: ≤ 50, ≤ 20, ≤ 150, ≤ 1.1, and a ratio ≤ 1.5. Usage: history_scale [--messages N].
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.history_corpus import build, cache_path
from tests.bench.startup import first_paint_ms

QUERIES = [
    "the", "a", "I", "AI", "and", "data", "model", "Python", "SQLite", "qz", "xylophone",
    "the database", "quick brown", "api", "index error", "THE", "cod", "x",
    "서울", "수", "연말정산", "데이터베이스", "검색 인덱스", "인공지능", "가", "했습니다",
    "쀍뷁", "서울 부산", "연말정산 세금 보고서", "회의", "부", "결과를",
]  # fmt: skip
ROUNDS = 3
START_RUNS = 9


def _home(messages: int) -> Path:
    from desktop_app.storage.migrations import LATEST_VERSION

    home = cache_path(messages, LATEST_VERSION)
    database = home / "parley.sqlite3"
    if not database.exists():
        home.mkdir(parents=True, exist_ok=True)
        partial = home / "building.sqlite3"
        for stale in home.glob("building.sqlite3*"):
            stale.unlink()
        print(f"history_scale: building {messages:,} messages in {home} …", file=sys.stderr)
        started = time.perf_counter()
        build(partial, messages)
        partial.rename(database)
        print(f"history_scale: built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return home


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _search_times(database: Path) -> tuple[list[float], dict[str, float]]:
    from desktop_app.storage.conversation_store import SqliteConversationStore

    times: list[float] = []
    worst: dict[str, float] = {}
    with SqliteConversationStore(database) as store:
        for _ in range(ROUNDS):
            for query in QUERIES:
                start = time.perf_counter()
                store.search(query)
                elapsed = (time.perf_counter() - start) * 1000
                times.append(elapsed)
                worst[query] = max(worst.get(query, 0.0), elapsed)
    return times, worst


def _list_first_page_ms(database: Path) -> float:
    from PySide6.QtWidgets import QApplication

    from desktop_app.storage.conversation_store import SqliteConversationStore
    from desktop_app.ui.view_models.conversation_list_model import ConversationListModel

    QApplication.instance() or QApplication([])
    times = []
    with SqliteConversationStore(database) as store:
        for _ in range(5):
            start = time.perf_counter()
            model = ConversationListModel(store)
            model.rowCount()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _open_latest_ms(home: Path) -> float:
    from desktop_app.app import build_main_window, make_application, open_store
    from tests.bench.open_long import _open_and_wait

    os.environ["PARLEY_HOME"] = str(home)
    os.environ.setdefault("ANTHROPIC_API_KEY", "bench")
    os.environ["ANTHROPIC_BASE_URL"] = "http://127.0.0.1:9"
    app = make_application([])
    store = open_store()
    latest = store.list_conversations()[0].id
    other = store.list_conversations()[1].id
    window = build_main_window(app, store)
    window.show()
    app.processEvents()
    times = []
    for _ in range(5):
        window.open_conversation(other)
        app.processEvents()
        times.append(_open_and_wait(window, latest))
    window.close()
    store.close()
    return statistics.median(times) * 1000


def _small_home(database: Path, folder: Path) -> None:
    """The newest 20 conversations of the big history (the same one opens at start)."""
    from desktop_app.storage.database import open_database

    conn = open_database(folder / "parley.sqlite3")
    conn.execute("ATTACH ? AS big", (str(database),))
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO conversations SELECT * FROM big.conversations"
        " ORDER BY updated_at DESC, id DESC LIMIT 20"
    )
    conn.execute(
        "INSERT INTO messages SELECT * FROM big.messages"
        " WHERE conversation_id IN (SELECT id FROM conversations) ORDER BY id"
    )
    conn.execute("COMMIT")
    conn.execute("DETACH big")
    conn.close()


def _start_times(home: Path) -> tuple[float, float, float]:
    """Median first-paint times with the big home, 20 of its conversations, and none."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        PARLEY_STARTUP_PROBE="1",
        ANTHROPIC_API_KEY="bench",
        ANTHROPIC_BASE_URL="http://127.0.0.1:9",
    )
    argv = [sys.executable, "-m", "desktop_app"]
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as small:
        _small_home(home / "parley.sqlite3", Path(small))
        homes = [dict(env, PARLEY_HOME=folder) for folder in (str(home), small, empty)]
        for each in homes:
            first_paint_ms(argv, each)
        times: list[list[float]] = [[], [], []]
        for _ in range(START_RUNS):
            for each, found in zip(homes, times, strict=True):
                found.append(first_paint_ms(argv, each)[0])
    big, twenty, none = (statistics.median(found) for found in times)
    return big, twenty, none


def _sizes(database: Path) -> tuple[float, float]:
    import sqlite3

    total = database.stat().st_size
    conn = sqlite3.connect(database)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    # Each stored row of the shadow tables costs its bytes plus a little page overhead.
    short_index = conn.execute(
        "SELECT (SELECT coalesce(sum(length(block)) + 16 * count(*), 0) FROM messages_grams_data)"
        " + (SELECT 32 * count(*) FROM messages_grams_idx)"
    ).fetchone()[0]
    conn.close()
    return total / 2**20, total / max(page, total - short_index)


def run(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="history_scale")
    parser.add_argument("--messages", type=int, default=1_000_000)
    args = parser.parse_args(argv or [])
    home = _home(args.messages)
    database = home / "parley.sqlite3"
    times, worst = _search_times(database)
    slowest = sorted(worst.items(), key=lambda item: item[1], reverse=True)[:5]
    print(f"history_scale_messages: {args.messages}")
    print(f"search_p95_ms: {_p95(times):.1f} ms")
    print(f"search_median_ms: {statistics.median(times):.1f} ms")
    print("search_slowest: " + ", ".join(f"{q!r} {ms:.0f} ms" for q, ms in slowest))
    print(f"list_first_page_ms: {_list_first_page_ms(database):.1f} ms")
    print(f"open_latest_ms: {_open_latest_ms(home):.0f} ms")
    big, twenty, empty = _start_times(home)
    print(f"start_big_ms: {big:.0f} ms")
    print(f"start_20_conversations_ms: {twenty:.0f} ms")
    print(f"start_empty_ms: {empty:.0f} ms")
    print(f"start_ratio_big_vs_empty: {big / empty:.2f} x")
    # The same newest conversation opens at start in both: this isolates the history's size.
    print(f"start_ratio_big_vs_20: {big / twenty:.2f} x")
    db_mb, ratio = _sizes(database)
    print(f"db_mb: {db_mb:.0f} MB")
    print(f"db_ratio_vs_no_short_index: {ratio:.2f} x")
    shutil.rmtree(home / "logs", ignore_errors=True)
