"""Find in the open conversation: every match of a query in the messages' text, in order,
and which one is current (next and previous wrap round). Qt-free; the find bar shows it.

Matching is case-insensitive on NFC text, so Hangul typed decomposed (jamo) finds the
composed syllables and any substring of a word matches ("수도" in "수도는").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FindMatch:
    message_index: int  # the message's place in the conversation shown
    start: int  # in the message's NFC text, in characters
    end: int


def folded(text: str) -> str:
    """NFC text with each character lower-cased where that keeps one character, so
    offsets in the folded text are offsets in the NFC text."""
    nfc = unicodedata.normalize("NFC", text)
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in nfc)


def find_matches(texts: Sequence[str], query: str) -> list[FindMatch]:
    """Every non-overlapping match of `query` in `texts` (one text per message), in order."""
    needle = folded(query)
    if not needle.strip():
        return []
    matches: list[FindMatch] = []
    for index, text in enumerate(texts):
        haystack = folded(text)
        start = haystack.find(needle)
        while start >= 0:
            matches.append(FindMatch(index, start, start + len(needle)))
            start = haystack.find(needle, start + len(needle))
    return matches


class ConversationFind:
    """The matches of one query and the current one."""

    def __init__(self, texts: Sequence[str] = (), query: str = "") -> None:
        self.matches: list[FindMatch] = []
        self.current = -1  # index into matches; -1 with none
        self.search(texts, query)

    def search(self, texts: Sequence[str], query: str, near: int = 0) -> None:
        """Find `query` anew; the current match becomes the first one in message `near`
        or after it (wrapping), so refining a query stays where the reader is."""
        self.matches = find_matches(texts, query)
        if not self.matches:
            self.current = -1
            return
        self.current = next((i for i, m in enumerate(self.matches) if m.message_index >= near), 0)

    def next(self) -> FindMatch | None:
        return self._step(1)

    def previous(self) -> FindMatch | None:
        return self._step(-1)

    def _step(self, delta: int) -> FindMatch | None:
        if not self.matches:
            return None
        self.current = (self.current + delta) % len(self.matches)
        return self.matches[self.current]

    def current_match(self) -> FindMatch | None:
        return self.matches[self.current] if self.matches else None

    def position(self) -> tuple[int, int]:
        """(1-based current, count), (0, 0) with no match: the bar shows "3/17"."""
        return (self.current + 1, len(self.matches)) if self.matches else (0, 0)

    def in_message(self, message_index: int) -> list[FindMatch]:
        return [m for m in self.matches if m.message_index == message_index]
