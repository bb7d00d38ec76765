"""A pasted key: blanks around it trimmed; what an HTTP header cannot carry refused in words that
never repeat the key."""

from __future__ import annotations

import pytest

from desktop_app.core.api_key_format import BadKeyError, KeyProblem, clean_key

KEY = "sk-ant-api03-Abc_def-123"


@pytest.mark.parametrize(
    "pasted",
    [
        KEY,
        f"  {KEY}\n",
        f"\t{KEY}\r\n",
        f"\u00a0{KEY}\u3000",  # a no-break space from a web page, an ideographic space
        f"\ufeff\u200b{KEY}\u200b",  # invisible characters a copy brings along
    ],
)
def test_blanks_around_the_key_are_trimmed(pasted: str) -> None:
    assert clean_key(pasted) == KEY


def test_keys_of_any_shape_are_taken() -> None:
    assert clean_key("test-key") == "test-key"  # a compatible server's own kind of key


@pytest.mark.parametrize(
    ("pasted", "problem", "position", "named"),
    [
        ("sk-ant-api03-Abc\ndef", KeyProblem.LINE_BREAK, 17, ""),
        ("sk-ant-api03-Abc\r\ndef", KeyProblem.LINE_BREAK, 17, ""),
        ("sk-ant-api03 Abc", KeyProblem.SPACE, 13, ""),
        ("sk-ant-api03\tAbc", KeyProblem.SPACE, 13, ""),
        ("sk-ant-api03-Abc’", KeyProblem.NOT_ASCII, 17, "U+2019 RIGHT SINGLE QUOTATION MARK"),
        ("ｓk-ant-api03", KeyProblem.NOT_ASCII, 1, "U+FF53 FULLWIDTH LATIN SMALL LETTER S"),
        ("sk-ant-\u200bapi03", KeyProblem.NOT_ASCII, 8, "U+200B ZERO WIDTH SPACE"),
        ("sk-ant-키", KeyProblem.NOT_ASCII, 8, "U+D0A4 HANGUL SYLLABLE KI"),
        ("sk-ant-\udcc7x", KeyProblem.NOT_ASCII, 8, "a byte that is not UTF-8 text (0xC7)"),
        ("sk-ant-\x01x", KeyProblem.CONTROL, 8, "U+0001"),
        ("sk-ant-\x7fx", KeyProblem.CONTROL, 8, "U+007F"),
    ],
)
def test_what_a_header_cannot_carry_is_refused_in_words(
    pasted: str, problem: KeyProblem, position: int, named: str
) -> None:
    with pytest.raises(BadKeyError) as refused:
        clean_key(pasted)
    error = refused.value
    assert (error.problem, error.position, error.character) == (problem, position, named)
    assert f"(character {position} of {len(pasted.strip())})" in error.sentence
    assert "sk-ant-api03" not in error.sentence and "Abc" not in error.sentence


@pytest.mark.parametrize("pasted", ["", "   ", "\n", "\u200b\ufeff"])
def test_nothing_is_an_empty_key(pasted: str) -> None:
    with pytest.raises(BadKeyError) as refused:
        clean_key(pasted)
    assert refused.value.problem is KeyProblem.EMPTY
    assert isinstance(refused.value, ValueError)
