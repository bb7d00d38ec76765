"""The short-query index's tokens: every character and pair of characters of a text, folded.

Trigrams cannot find one or two characters (서울, 수, "AI"), so `messages_grams` (m008) holds,
per message, the distinct unigrams and bigrams of its case-folded text, each written as the
hex of its UTF-8 bytes: one ASCII token per gram, whatever the script (Hangul, CJK, emoji,
punctuation), which FTS5's `ascii` tokenizer keeps whole. Grams holding whitespace are left
out: a stripped query of one or two characters never contains any.
"""

from __future__ import annotations

import operator
import sqlite3
import unicodedata
from typing import Final

GRAMS_FUNCTION: Final = "parley_grams"
MAX_GRAM: Final = 2


def grams(text: str | None) -> str:
    """The space-separated tokens of `text`'s distinct unigrams and bigrams (case-folded)."""
    if not text:
        return ""
    found: set[str] = set()
    for word in unicodedata.normalize("NFC", text).casefold().split():
        found.update(word)
        found.update(map(operator.add, word, word[1:]))
    return " ".join(gram.encode("utf-8", "surrogatepass").hex() for gram in found)


def gram_token(needle: str) -> str | None:
    """The token to look `needle` up with, or None when the index cannot answer it
    (longer than two characters once folded, or holding whitespace)."""
    folded = unicodedata.normalize("NFC", needle).casefold()
    if not 1 <= len(folded) <= MAX_GRAM or any(ch.isspace() for ch in folded):
        return None
    return folded.encode("utf-8", "surrogatepass").hex()


def register_grams_function(conn: sqlite3.Connection) -> None:
    """Make `parley_grams(text)` available: the triggers of `messages_grams` call it, so every
    connection that writes messages needs it (`open_database` registers it)."""
    conn.create_function(GRAMS_FUNCTION, 1, grams, deterministic=True)
