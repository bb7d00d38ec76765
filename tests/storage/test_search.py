"""Search over message text and titles: English, Korean, short queries, FTS syntax as text."""

from __future__ import annotations

import unicodedata

import pytest

from desktop_app.core.conversation import MessageState, Role, text_block
from desktop_app.storage.conversation_store import SqliteConversationStore
from desktop_app.storage.message_search import TITLE_MESSAGE_ID, snippet

KOREAN = "쿼키랜드의 수도는 어디인가요? 쿼키랜드의 수도는 플럼시티입니다."
TRICKY = (
    'Use "double quotes", ^caret, a * star, -minus, AND/OR, NEAR(x y), 50% off_sale and C:\\path'
)


@pytest.fixture
def seeded(store: SqliteConversationStore) -> SqliteConversationStore:
    korean = store.create_conversation("m", title="쿼키랜드 여행")
    store.add_message(korean.id, Role.USER, [text_block(KOREAN)])
    english = store.create_conversation("m", title="Weather chat")
    store.add_message(english.id, Role.USER, [text_block("What is the Weather in Paris today?")])
    store.add_message(english.id, Role.ASSISTANT, [text_block("Sunny and mild in PARIS.")])
    tricky = store.create_conversation("m", title="Syntax")
    store.add_message(tricky.id, Role.USER, [text_block(TRICKY)])
    return store


def _texts(store: SqliteConversationStore, query: str) -> list[str]:
    found = {
        message.id: message.text
        for conversation in store.list_conversations()
        for message in store.messages(conversation.id)
    }
    return [found[hit.message_id] for hit in store.search(query) if hit.message_id]


def test_two_korean_characters_are_found_inside_a_word(seeded: SqliteConversationStore):
    [hit] = seeded.search("수도")
    assert "쿼키랜드의 수도는" in hit.snippet
    assert hit.title == "쿼키랜드 여행"


@pytest.mark.parametrize("query", ["수도는", "랜드의 수", "플럼시티입니다", " 수도는 "])
def test_longer_korean_substrings_are_found(seeded: SqliteConversationStore, query: str):
    assert _texts(seeded, query) == [KOREAN]


def test_decomposed_hangul_finds_composed_text(seeded: SqliteConversationStore):
    assert _texts(seeded, unicodedata.normalize("NFD", "수도는")) == [KOREAN]


@pytest.mark.parametrize("query", ["paris", "PARIS", "Paris", "ri", "Ri", "in PaRiS"])
def test_english_is_case_insensitive_newest_first(seeded: SqliteConversationStore, query: str):
    assert _texts(seeded, query) == [
        "Sunny and mild in PARIS.",
        "What is the Weather in Paris today?",
    ]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"double quotes"',
        "*",
        "a * star",
        "-minus",
        "AND/OR",
        "/OR",
        "NEAR(x y)",
        "(x",
        ")",
        "50%",
        "%",
        "_",
        "f_s",
        "off_sale",
        "C:\\path",
        "\\",
        "^",
        ":",
    ],
)
def test_fts_syntax_is_searched_literally(seeded: SqliteConversationStore, query: str):
    assert _texts(seeded, query) == [TRICKY]


@pytest.mark.parametrize("query", ["%%", "_x", "o%f", "NOT", "zzz", "수수", "\\%"])
def test_wildcards_do_not_match_what_is_not_there(seeded: SqliteConversationStore, query: str):
    assert seeded.search(query) == []


@pytest.mark.parametrize("query", ["", "   ", "\n"])
def test_an_empty_query_finds_nothing(seeded: SqliteConversationStore, query: str):
    assert seeded.search(query) == []


def test_titles_are_searched(seeded: SqliteConversationStore):
    for query in ("weather", "we", "여행", "여"):
        title_hits = [h for h in seeded.search(query) if h.message_id == TITLE_MESSAGE_ID]
        assert [h.snippet for h in title_hits] == [h.title for h in title_hits]
        assert len(title_hits) == 1, query


def test_deleted_conversations_are_left_out(seeded: SqliteConversationStore):
    [conversation] = [c for c in seeded.list_conversations() if c.title == "Weather chat"]
    seeded.delete_conversation(conversation.id)
    assert seeded.search("paris") == []
    assert seeded.search("ri") == []
    assert seeded.search("weather") == []
    seeded.restore_conversation(conversation.id)
    assert len(seeded.search("paris")) == 2


def test_the_index_follows_edits_deletes_and_purges(store: SqliteConversationStore):
    conversation = store.create_conversation("m", title="old title")
    message = store.add_message(
        conversation.id, Role.ASSISTANT, [text_block("first draft")], state=MessageState.STREAMING
    )
    store.update_message(message.id, [text_block("final answer")], state=MessageState.COMPLETE)
    assert store.search("draft") == []
    assert [h.message_id for h in store.search("final answer")] == [message.id]

    store.update_conversation(conversation.id, title="new title")
    assert store.search("old title") == []
    assert [h.snippet for h in store.search("new title")] == ["new title"]

    store.delete_message(message.id)
    assert store.search("final answer") == []
    store.delete_conversation(conversation.id)
    store.purge_deleted()
    assert store.search("title") == []


def test_only_text_blocks_are_searched(store: SqliteConversationStore):
    conversation = store.create_conversation("m")
    store.add_message(
        conversation.id,
        Role.ASSISTANT,
        [
            {"type": "thinking", "thinking": "secret plan", "signature": "sig"},
            {"type": "tool_use", "id": "t1", "name": "lookup", "input": {"q": "hidden input"}},
            text_block("visible words"),
        ],
    )
    assert store.search("secret plan") == []
    assert store.search("hidden") == []
    assert len(store.search("visible")) == 1


def test_results_are_newest_first_and_limited(store: SqliteConversationStore):
    conversation = store.create_conversation("m")
    ids = [
        store.add_message(conversation.id, Role.USER, [text_block(f"needle {i}")]).id
        for i in range(10)
    ]
    assert [h.message_id for h in store.search("needle", limit=3)] == ids[::-1][:3]
    assert [h.message_id for h in store.search("ne", limit=3)] == ids[::-1][:3]
    assert store.search("needle", limit=0) == []


def test_snippet_keeps_about_thirty_characters_either_side():
    text = "a" * 100 + " The NEEDLE is here " + "b" * 100
    cut = snippet(text, "needle")
    assert cut.startswith("…") and cut.endswith("…")
    assert "NEEDLE" in cut
    left, _, right = cut[1:-1].partition("NEEDLE")
    assert (len(left), len(right)) == (30, 30)


def test_snippet_flattens_lines_and_marks_only_real_cuts():
    assert snippet("short\n\nanswer", "ans") == "short answer"
    assert snippet("x" * 40 + "needle", "needle") == "…" + "x" * 30 + "needle"
