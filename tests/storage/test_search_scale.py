"""Search at scale, checked against brute force: random English/Korean texts and queries
(quotes, *, -, AND/OR, emoji), before, during and after the short-query index's backfill."""

from __future__ import annotations

import random
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from desktop_app.core.conversation import Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.message_search import TITLE_MESSAGE_ID
from desktop_app.storage.migrations import MIGRATIONS, m008_short_query_index
from desktop_app.storage.search_grams import register_grams_function
from desktop_app.storage.search_index_build import build_progress, build_step

PIECES = [
    "the", "The", "THE", "data", "Seoul", "AI", "ai", "a", "I", "x", "ok", '"', '""', "*",
    "-", "AND", "OR", "and", "or", "(", ")", "NEAR", "^", "%", "_", "😀", "🇰🇷", "서울",
    "서울시", "수", "수도", "연말정산", "정산", "했습니다", "가", "나", "é", "É", "Ω", "ω",
]  # fmt: skip
# Not ß: queries of 3+ characters fold one character to one (SQLite's trigram), so ß ≠ ss there.
SEPARATORS = [" ", " ", " ", "", "\n", ", ", "."]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 12)):
        parts += [rng.choice(PIECES), rng.choice(SEPARATORS)]
    return "".join(parts).strip() or "empty"


def _queries(rng: random.Random, texts: list[str], count: int) -> list[str]:
    queries = ["서울", "수", "a", "AI", "😀", '"', "*", "-", "AND", "OR", "없는말", "zz", "the"]
    while len(queries) < count:
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        piece = text[start : start + rng.randint(1, 6)].strip()
        if piece:
            queries.append(piece.upper() if rng.random() < 0.2 else piece)
    return queries


class Corpus:
    """Conversations and messages written through the store, and the brute-force answers."""

    def __init__(self, store: SqliteConversationStore, seed: int) -> None:
        rng = random.Random(seed)
        self.rng, self.store = rng, store
        self.messages: dict[int, str] = {}
        self.titles: dict[int, str] = {}
        for _ in range(12):
            conversation = store.create_conversation("m", title=_random_text(rng))
            self.titles[conversation.id] = conversation.title
            for _ in range(rng.randint(1, 12)):
                message = store.add_message(
                    conversation.id, Role.USER, [text_block(_random_text(rng))]
                )
                self.messages[message.id] = message.text
        self.owner = {
            m.id: c for c in self.titles for m in store.messages(c)
        }  # each conversation is one branch here
        gone = rng.choice(list(self.titles))
        store.delete_conversation(gone)
        self.deleted = {gone}

    def expected_messages(self, query: str) -> list[int]:
        needle = _fold(query.strip())
        return sorted(
            (
                mid
                for mid, text in self.messages.items()
                if needle in _fold(text) and self.owner[mid] not in self.deleted
            ),
            reverse=True,
        )

    def expected_titles(self, query: str) -> set[int]:
        needle = _fold(query.strip())
        return {
            cid
            for cid, title in self.titles.items()
            if needle in _fold(title) and cid not in self.deleted
        }


def _check(store: SqliteConversationStore, corpus: Corpus, queries: list[str]) -> None:
    for query in queries:
        hits = store.search(query, limit=10_000)
        found = [hit.message_id for hit in hits if hit.message_id != TITLE_MESSAGE_ID]
        titles = {hit.conversation_id for hit in hits if hit.message_id == TITLE_MESSAGE_ID}
        assert found == corpus.expected_messages(query), query
        assert titles == corpus.expected_titles(query), query
        newest = store.search(query, limit=3)
        wanted = [h.message_id for h in hits[:3]]
        assert [h.message_id for h in newest] == wanted, query


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_search_matches_brute_force(store: SqliteConversationStore, seed: int):
    corpus = Corpus(store, seed)
    _check(store, corpus, _queries(corpus.rng, list(corpus.messages.values()), 150))


def test_search_is_right_before_during_and_after_the_backfill(tmp_path: Path):
    path = tmp_path / "old.sqlite3"
    before = MIGRATIONS.index(m008_short_query_index)
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in MIGRATIONS[:before]:
        migration(conn)
    conn.execute(f"PRAGMA user_version = {before:d}")
    rng = random.Random(7)
    texts = [_random_text(rng) for _ in range(120)]
    conn.execute("INSERT INTO conversations (id, title, model, created_at, updated_at)"
                 " VALUES (1, '서울 여행', 'm', 0, 0), (2, 'Data', 'm', 0, 0)")  # fmt: skip
    for n, text in enumerate(texts, start=1):
        conn.execute(
            "INSERT INTO messages (id, conversation_id, role, content, text, state, created_at)"
            " VALUES (?, ?, 'user', '[]', ?, 'complete', ?)",
            (n, 1 + n % 2, text, n),
        )
    conn.close()
    with SqliteConversationStore(path) as store:
        corpus = Corpus.__new__(Corpus)
        corpus.messages = dict(enumerate(texts, start=1))
        corpus.titles = {1: "서울 여행", 2: "Data"}
        corpus.owner = {n: 1 + n % 2 for n in corpus.messages}
        corpus.deleted = set()
        queries = _queries(rng, texts, 60)
        _check(store, corpus, queries)  # nothing indexed yet: all scanned
        with sqlite3.connect(path, isolation_level=None) as raw:
            register_grams_function(raw)
            progress = build_step(raw, batch=50)
            assert 0 < progress.fraction < 1
            # Written and deleted while the backfill is half way: triggers only touch ids
            # at or above the mark; the rest is left to the backfill.
            added = store.add_message(2, Role.USER, [text_block("새 서울 message")])
            corpus.messages[added.id] = added.text
            corpus.owner[added.id] = 2
            store.delete_message(3)  # an old, not yet indexed message
            del corpus.messages[3]
            _check(store, corpus, [*queries, "새", "서"])
            while not build_step(raw, batch=50).done:
                pass
            assert build_progress(raw).done
        _check(store, corpus, [*queries, "새", "서"])
