"""Find in the open conversation (Qt-free): Korean substrings, case, NFC, next/previous."""

from __future__ import annotations

import unicodedata

from desktop_app.core.conversation_find import ConversationFind, FindMatch, find_matches

TEXTS = [
    "쿼키랜드의 수도는 어디인가요?",
    "The capital of Quirkland is Zorbburg. 수도는 조르브버그입니다.",
    "수도 요금이 아니라 首都 이야기예요. Capital!",
]


def test_a_two_syllable_korean_substring_is_found_inside_words():
    assert find_matches(TEXTS, "수도") == [
        FindMatch(0, 6, 8),
        FindMatch(1, 38, 40),
        FindMatch(2, 0, 2),
    ]


def test_case_is_ignored_and_offsets_point_into_the_text():
    matches = find_matches(TEXTS, "CAPITAL")
    assert [(m.message_index, TEXTS[m.message_index][m.start : m.end]) for m in matches] == [
        (1, "capital"),
        (2, "Capital"),
    ]


def test_decomposed_hangul_input_finds_composed_text_and_back():
    typed = unicodedata.normalize("NFD", "수도는")
    assert len(typed) > 3
    assert [m.message_index for m in find_matches(TEXTS, typed)] == [0, 1]
    stored = [unicodedata.normalize("NFD", t) for t in TEXTS]
    assert [m.message_index for m in find_matches(stored, "수도는")] == [0, 1]


def test_next_and_previous_wrap_and_the_position_counts():
    find = ConversationFind(TEXTS, "수도")
    assert find.position() == (1, 3)
    assert find.next() == FindMatch(1, 38, 40)
    assert find.next() == FindMatch(2, 0, 2)
    assert find.next() == FindMatch(0, 6, 8)  # wrapped
    assert find.position() == (1, 3)
    assert find.previous() == FindMatch(2, 0, 2)  # wrapped back
    assert find.position() == (3, 3)
    assert find.in_message(1) == [FindMatch(1, 38, 40)]


def test_a_new_query_starts_near_the_message_read_and_nothing_found_is_zero():
    find = ConversationFind()
    find.search(TEXTS, "수도", near=2)
    assert find.current_match() == FindMatch(2, 0, 2)
    find.search(TEXTS, "없는 말")
    assert (find.position(), find.next(), find.current_match()) == ((0, 0), None, None)
    find.search(TEXTS, "   ")
    assert find.matches == []


def test_overlapping_repeats_count_once_each_place():
    assert len(find_matches(["하하하하"], "하하")) == 2
